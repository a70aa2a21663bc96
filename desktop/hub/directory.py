"""The national service directory the hub publishes (``relais hub directory publish FILE``).

The file is the CSV or XLSX a site's directory import reads, read by the same parser
(``desktop.core.exports.directory_csv``); its good rows become directory version *n + 1*, signed
by the hub's key (``desktop.core.services.sync.published``) and kept whole in
``hub_publications``. Sites fetch the newest during ``relais sync`` (``GET /v1/directory``) or
find it in the acknowledgement file ``relais hub import`` writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select

from desktop.core.errors import UserError
from desktop.core.exports import directory_csv, directory_files, directory_synonyms
from desktop.core.i18n import translate
from desktop.core.services.sync import published
from desktop.core.store.models.base import utcnow
from desktop.hub import db, hub_keys
from desktop.hub.models import HubPublication

KIND = "directory"


@dataclass
class Published:
    """A directory version just published: its number, providers, rows left out (line: why)."""

    version: int
    providers: int
    size: int
    skipped: list[tuple[int, str]] = field(default_factory=list)


def read_source(path: Path) -> bytes:
    """The file's bytes (too large or unreadable: one line)."""
    try:
        if path.stat().st_size > directory_files.MAX_BYTES:
            raise UserError(str(directory_files.too_large()))
        return path.read_bytes()
    except OSError as exc:
        raise UserError(translate("Hub", "Cannot read {file}: {why}").format(
            file=path.name, why=exc.strerror or exc)) from exc


def providers_of(data: bytes) -> tuple[list[dict[str, object]], list[tuple[int, str]]]:
    """The providers of a directory file as published, and the rows left out (line, why).
    A row without a kind is left out (a site could not add it); rows repeating an earlier one
    were merged into it by the parser."""
    try:
        parsed = directory_csv.read(data, directory_synonyms.load())
    except directory_csv.FileProblem as exc:
        raise UserError(str(exc)) from exc
    providers: dict[str, dict[str, object]] = {}
    skipped: list[tuple[int, str]] = []
    for row in parsed.rows:
        if row.merged_into is not None:
            continue
        record = row.record
        blocking = [p.reason for p in row.problems if p.blocking]
        if record is None or record.kind is None or blocking:
            skipped.append((row.line, blocking[0] if blocking else translate(
                "Hub", "no kind (NGO, Network, Government service…)")))
            continue
        key = directory_csv.natural_key(record.name, record.region, record.town)
        if key in providers:
            skipped.append((row.line, translate(
                "Hub", "another row has this name, region and town")))
            continue
        providers[key] = {"key": key, **{name: getattr(record, name)
                                         for name in published.PROVIDER_TEXT},
                          "services": list(record.services),
                          "takes_sea": bool(record.takes_sea),
                          "active": record.active is not False}
    return list(providers.values()), skipped


def publish(url: str, data: bytes) -> Published:
    """Publish the directory file's providers as the next version, signed by the hub."""
    providers, skipped = providers_of(data)
    if not providers:
        raise UserError(translate("Hub", "Refused: the file holds no provider to publish."))
    with db.session(url) as session:
        keys = hub_keys.load(session)
        session.execute(select(func.pg_advisory_xact_lock(0x7E1A15)))  # one publisher at a time
        version = int(session.scalar(select(func.coalesce(func.max(HubPublication.version), 0))
                                     .where(HubPublication.kind == KIND)) or 0) + 1
        now = utcnow()
        document = published.seal_directory(version, now.isoformat(timespec="seconds"),
                                            providers, keys.sign)
        session.add(HubPublication(kind=KIND, version=version, items=len(providers),
                                   size=len(document), document=document, published_at=now))
    return Published(version=version, providers=len(providers), size=len(document),
                     skipped=skipped)


def newest(url: str, after: int = 0) -> bytes | None:
    """The newest directory's signed bytes, or None when there is none newer than ``after``."""
    with db.session(url) as session:
        row = session.scalar(select(HubPublication).where(HubPublication.kind == KIND)
                             .order_by(HubPublication.version.desc()).limit(1))
        return row.document if row is not None and row.version > after else None

"""The reference lists the hub publishes (``relais hub reference publish FILE_OR_DIR``).

The file is JSON in the shape of ``resources/reference``: either ``{"list name": [entries],
…}``, or one list (``[entries]``) in a file named after it (``regions.json``); a folder holds
such files. Each list is checked strictly (``catalogue.reference_rules``: known lists that are
data, not rules; codes; French and English labels; no code Relais ships left out — it is
retired instead), then replaces that list in ``hub_reference_lists``; every list held there
becomes reference version *n + 1*, signed by the hub's key
(``desktop.core.services.sync.published_lists``) and kept whole in ``hub_publications``. Sites
fetch the newest during ``relais sync`` (``GET /v1/reference``) or find it in the
acknowledgement file ``relais hub import`` writes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.core.catalogue import reference_rules
from desktop.core.errors import UserError
from desktop.core.i18n import translate
from desktop.core.services.sync import published_lists
from desktop.core.store.models.base import utcnow
from desktop.hub import db, hub_keys
from desktop.hub.models import HubPublication, HubReferenceList

KIND = "reference"


@dataclass(frozen=True)
class Published:
    """A reference version just published: its number, the lists the file changed, every list
    it carries, its size in bytes."""

    version: int
    changed: tuple[str, ...]
    lists: tuple[str, ...]
    size: int


def _json(path: Path) -> Any:
    try:
        if path.stat().st_size > published_lists.MAX_DOCUMENT:
            raise UserError(translate("Hub", "Refused: {file} is larger than {most} kB.").format(
                file=path.name, most=published_lists.MAX_DOCUMENT // 1024))
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(translate("Hub", "Cannot read {file}: {why}").format(
            file=path.name, why=exc.strerror or exc)) from exc
    except ValueError as exc:  # not UTF-8, or not JSON
        raise UserError(translate("Hub", "Refused: {file} is not JSON ({why}).").format(
            file=path.name, why=str(exc)[:120])) from exc


def read_source(path: Path) -> dict[str, Any]:
    """The lists of a JSON file or of a folder's ``*.json`` files (one line when unreadable)."""
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    if not files:
        raise UserError(translate("Hub", "Refused: {file} holds no .json file.").format(
            file=path.name))
    lists: dict[str, Any] = {}
    for file in files:
        value = _json(file)
        found = value if isinstance(value, dict) else {file.stem: value}
        for name in found:
            if name in lists:
                raise UserError(translate("Hub", "Refused: the list {name} is given twice.")
                                .format(name=str(name)[:60]))
        lists.update(found)
    return lists


def publish(url: str, lists: Any) -> Published:
    """Check ``lists`` and publish them, with the lists published before, as the next
    version signed by the hub."""
    clean = reference_rules.check_update(lists, complete=True)
    with db.session(url) as session:
        keys = hub_keys.load(session)
        session.execute(select(func.pg_advisory_xact_lock(0x7E1A16)))  # one publisher at a time
        held = {row.name: row for row in session.scalars(select(HubReferenceList))}
        changed = tuple(sorted(name for name, entries in clean.items()
                               if name not in held or json.loads(held[name].entries) != entries))
        version = int(session.scalar(select(func.coalesce(func.max(HubPublication.version), 0))
                                     .where(HubPublication.kind == KIND)) or 0) + 1
        if not changed:
            raise UserError(translate("Hub", "Refused: these lists are the ones published "
                                             "already (version {version}).").format(
                version=version - 1))
        now = utcnow()
        for name in changed:
            text = json.dumps(clean[name], ensure_ascii=False)
            if name in held:
                held[name].entries, held[name].version, held[name].updated_at = text, version, now
            else:
                session.add(HubReferenceList(name=name, entries=text, version=version,
                                             updated_at=now))
        every = {name: json.loads(row.entries) for name, row in held.items()} | clean
        document = published_lists.seal(version, now.isoformat(timespec="seconds"), every,
                                        keys.sign)
        if len(document) > published_lists.MAX_DOCUMENT:
            raise UserError(translate("Hub", "Refused: the reference lists would be larger than "
                                             "{most} kB.").format(
                most=published_lists.MAX_DOCUMENT // 1024))
        session.add(HubPublication(kind=KIND, version=version, items=len(every),
                                   size=len(document), document=document, published_at=now))
    return Published(version=version, changed=changed, lists=tuple(sorted(every)),
                     size=len(document))


def newest(url: str, after: int = 0) -> bytes | None:
    """The newest reference lists' signed bytes, or None when none is newer than ``after``."""
    with db.session(url) as session:
        row = session.scalar(select(HubPublication).where(HubPublication.kind == KIND)
                             .order_by(HubPublication.version.desc()).limit(1))
        return row.document if row is not None and row.version > after else None

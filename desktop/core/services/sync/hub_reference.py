"""The reference lists the hub published, kept by this site and read over the shipped ones.

Only a document signed by the hub this site enrolled with is read (the key kept at
enrolment); its version must be newer than the one held (the same version again changes
nothing; an older one is refused), and every list must pass ``reference_rules.check_update``
(known names, lists that are data and not rules, codes and French and English labels). Anything
else is refused in one line and changes nothing. Applied in one transaction (the lists held are
replaced by the document's), audited ``reference_from_hub``; then, and after each login
(:func:`install`), ``catalogue.reference`` reads the lists over the shipped ones.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.core.catalogue import reference, reference_rules
from desktop.core.errors import DamagedData, UserError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.permissions import Permission, require
from desktop.core.services.sync import client, journal, published_lists
from desktop.core.store.models import HubPublicationApplied, HubReferenceList
from desktop.core.store.vault import Vault

KIND = "reference"


@dataclass(frozen=True)
class Applied:
    """What applying reference lists did (``version`` None: nothing newer, nothing changed)."""

    version: int | None
    lists: tuple[str, ...] = ()


@dataclass(frozen=True)
class Held:
    """The reference lists version this site holds (0: the shipped lists only)."""

    version: int
    published_at: str | None
    lists: tuple[str, ...]


def held(session: Session) -> Held:
    """The version held, when the hub published it, and the lists it updated."""
    row = session.get(HubPublicationApplied, KIND)
    names = tuple(session.scalars(select(HubReferenceList.name).order_by(
        HubReferenceList.name)))
    return Held(version=row.version if row else 0,
                published_at=row.published_at if row else None, lists=names)


def check(session: Session, data: bytes) -> tuple[published_lists.Lists,
                                                  dict[str, list[dict[str, Any]]]]:
    """The lists read from ``data`` and checked, refused unless signed by this site's hub."""
    document = published_lists.read(data)
    if not journal.signed_by_hub(journal.state(session), document.signed, document.signature):
        raise DamagedData(translate("Sync", "Refused: these reference lists are not signed by "
                                            "the hub this site is enrolled with."))
    return document, reference_rules.check_update(document.lists, complete=False)


def apply(vault: Vault, data: bytes) -> Applied:
    """Keep the published reference lists ``data`` (see the module's docstring)."""
    actor = require(vault, Permission.MANAGE_SETTINGS)
    with vault.session() as session:
        document, lists = check(session, data)
        current = held(session).version
        if document.version == current:
            return Applied(version=None)
        if document.version < current:
            raise DamagedData(translate(
                "Sync", "Refused: these reference lists (version {version}) are older than the "
                        "ones this site holds (version {held}).").format(
                version=document.version, held=current))
        session.execute(delete(HubReferenceList))
        for name, entries in lists.items():
            session.add(HubReferenceList(name=name, version=document.version,
                                         entries=json.dumps(entries, ensure_ascii=False)))
        row = session.get(HubPublicationApplied, KIND)
        if row is None:
            session.add(HubPublicationApplied(kind=KIND, version=document.version,
                                              published_at=document.published_at))
        else:
            row.version, row.published_at = document.version, document.published_at
        audit.record(session, actor, "reference_from_hub", record_type="hub", details=(
            f"version={document.version} lists={','.join(sorted(lists))}"))
    install(vault)
    return Applied(version=document.version, lists=tuple(sorted(lists)))


def install(vault: Vault) -> None:
    """Read the lists this site holds over the shipped ones from now on (after a login)."""
    with vault.reader() as session:
        lists = {row.name: json.loads(row.entries)
                 for row in session.scalars(select(HubReferenceList))
                 if row.name in reference_rules.UPDATABLE}  # a later version may make it a rule
    reference.use_hub_lists(lists)


def forget() -> None:
    """The shipped lists only again (the database is closed, or a new one made)."""
    reference.use_hub_lists(None)


def downloader(url: str, cafile: str | None) -> Any:
    """``download(after)`` over the line: the hub's reference lists newer than version
    ``after``, or None (nothing newer, or a hub too old to publish lists)."""
    def download(after: int) -> bytes | None:
        try:
            return client.call(url, f"/v1/reference?after={after}", cafile=cafile,
                               limit=published_lists.MAX_DOCUMENT) or None
        except client.HubRefused as exc:
            if exc.status == 404:
                return None
            raise
    return download


def fetch_and_apply(vault: Vault, download: Any) -> Applied | str:
    """During a sync: ``download(after)`` gives the hub's newest reference lists or None; the
    result applied, or the one line of a refusal (the sync itself goes on)."""
    with vault.reader() as session:
        after = held(session).version
    try:
        data = download(after)
        return apply(vault, data) if data else Applied(version=None)
    except UserError as exc:
        return str(exc)

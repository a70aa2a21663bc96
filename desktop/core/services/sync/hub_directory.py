"""The national directory the hub published, applied to this site's directory.

Only a document signed by the hub this site enrolled with is read (the key kept at
enrolment), and only a version newer than the one applied is applied; anything else is refused
or ignored with one line and changes nothing. Providers from the hub carry their key there
(``ServiceProvider.hub_key``): a new version adds and updates those, and never touches the
site's own providers; a provider of the hub that has the name, region and town of one of the
site's own is left out (the site's stays as it is). A hub provider no longer published is
marked inactive when anything of this site points to it (a referral, a plan, a card…), else
removed. Applied in one transaction; audited ``directory_from_hub``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, exists, select
from sqlalchemy.orm import Session, selectinload

from desktop.core.catalogue import reference
from desktop.core.errors import DamagedData, UserError
from desktop.core.exports import directory_csv
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.permissions import Permission, require
from desktop.core.services.referrals.directory import apply_values
from desktop.core.services.sync import journal, published
from desktop.core.store.models import Base, HubPublicationApplied, ServiceProvider
from desktop.core.store.models.base import new_id
from desktop.core.store.vault import Actor, Vault

KIND = "directory"
# Tables whose rows go with their provider (a provider removed takes them along). A contact
# card attached to a hub provider keeps it (inactive): the partner's keys are not lost.
_OWNED = {"provider_services"}


@dataclass(frozen=True)
class Applied:
    """What applying a directory did (``version`` None: nothing newer, nothing changed)."""

    version: int | None
    added: int = 0
    updated: int = 0
    deactivated: int = 0
    removed: int = 0
    kept_local: int = 0


def applied_version(session: Session) -> int:
    """The directory version this site applied (0: none yet)."""
    row = session.get(HubPublicationApplied, KIND)
    return row.version if row is not None else 0


def check(session: Session, data: bytes) -> published.Directory:
    """The directory read from ``data``, refused unless signed by the hub this site enrolled
    with."""
    directory = published.read_directory(data)
    if not journal.signed_by_hub(journal.state(session), directory.signed, directory.signature):
        raise DamagedData(translate("Sync", "Refused: this directory is not signed by the hub "
                                            "this site is enrolled with."))
    return directory


def apply(vault: Vault, data: bytes, *, authority: Actor | None = None) -> Applied:
    """Apply the published directory ``data`` (see the module's docstring); ``authority``: the
    actor a sync already authorised (the sync at login runs under the site's authority)."""
    actor = authority or require(vault, Permission.MANAGE_DIRECTORY)
    with vault.session() as session:
        directory = check(session, data)
        if directory.version <= applied_version(session):
            return Applied(version=None)
        done = _apply(session, actor.site_id, directory)
        row = session.get(HubPublicationApplied, KIND)
        if row is None:
            session.add(HubPublicationApplied(kind=KIND, version=directory.version,
                                              published_at=directory.published_at))
        else:
            row.version, row.published_at = directory.version, directory.published_at
        audit.record(session, actor, "directory_from_hub", details=(
            f"version={directory.version} added={done.added} updated={done.updated} "
            f"deactivated={done.deactivated} removed={done.removed} "
            f"kept_local={done.kept_local}"))
        return done


def _values(item: dict[str, Any]) -> dict[str, Any]:
    values = {name: item[name] for name in published.PROVIDER_TEXT}
    if values["kind"] not in reference.codes("provider_kinds"):
        values["kind"] = "ngo"
    if values["region"] not in reference.codes("regions"):
        values["region"] = None
    offered = set(item["services"])
    values["services"] = tuple(c for c in reference.codes("service_types") if c in offered)
    values["takes_sea"], values["active"] = item["takes_sea"], item["active"]
    return values


def _apply(session: Session, site_id: str, directory: published.Directory) -> Applied:
    providers = list(session.scalars(select(ServiceProvider).options(
        selectinload(ServiceProvider.services))))
    from_hub = {p.hub_key: p for p in providers if p.hub_key}
    local_keys = {p.natural_key for p in providers if not p.hub_key}
    added = updated = kept_local = 0
    seen: set[str] = set()
    for item in directory.providers:
        values = _values(item)
        key = directory_csv.natural_key(values["name"], values["region"], values["town"])
        if key in local_keys:
            kept_local += 1
            continue
        seen.add(item["key"])
        provider = from_hub.get(item["key"])
        if provider is None:
            provider = ServiceProvider(id=new_id(), site_id=site_id, hub_key=item["key"],
                                       natural_key=key)
            apply_values(session, provider, values)
            session.add(provider)
            added += 1
        elif apply_values(session, provider, values):
            updated += 1
    deactivated = removed = 0
    for hub_key, provider in from_hub.items():
        if hub_key in seen:
            continue
        if _referenced(session, provider.id):
            deactivated += provider.active
            provider.active = False
        else:
            session.delete(provider)
            removed += 1
    return Applied(version=directory.version, added=added, updated=updated,
                   deactivated=deactivated, removed=removed, kept_local=kept_local)


def _referencing() -> list[Table]:
    tables = []
    for table in Base.metadata.sorted_tables:
        if table.name in _OWNED:
            continue
        if any(fk.column.table.name == "service_providers" for fk in table.foreign_keys):
            tables.append(table)
    return tables


def _referenced(session: Session, provider_id: str) -> bool:
    """True when a row of this site (a referral, a plan item, a card…) points to the provider."""
    for table in _referencing():
        for fk in table.foreign_keys:
            if fk.column.table.name == "service_providers" and session.scalar(
                    select(exists().where(fk.parent == provider_id))):
                return True
    return False


def fetch_and_apply(vault: Vault, download: Any, *,
                    authority: Actor | None = None) -> Applied | str:
    """During a sync: ``download(after)`` gives the hub's newest directory bytes or None; the
    result applied (as :func:`apply` with ``authority``), or the one line of a refusal (the sync
    itself goes on)."""
    with vault.reader() as session:
        after = applied_version(session)
    data = download(after)
    if data is None:
        return Applied(version=None)
    try:
        return apply(vault, data, authority=authority)
    except UserError as exc:
        return str(exc)

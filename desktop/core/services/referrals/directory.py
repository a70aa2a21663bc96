"""The service directory: providers, what they offer, where; search, edit, CSV export.

Everyone logged in may read the directory; adding, editing, deactivating and importing need
``Permission.MANAGE_DIRECTORY`` (administrators). Every change is audited
(``provider_changed``, ``directory_import``, ``directory_export``). A provider is never deleted
(old referrals point to it): it is deactivated.

A new database starts with the three One-Stop Centres (Bamako, Mopti, Gao) and nothing else:
the rest of the mapping is entered or imported by the organisation.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.atomic import write_atomically
from desktop.core.catalogue import reference
from desktop.core.errors import NotFound, StorageError, ValidationError
from desktop.core.exports import directory_csv
from desktop.core.exports.directory_csv import ProviderRecord
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.permissions import Permission, require, require_actor
from desktop.core.store.models import ProviderService, ServiceProvider, Setting
from desktop.core.store.vault import Actor, Vault

TEXT_FIELDS = ("name", "town", "address", "contact_person", "phone", "email", "languages",
               "hours", "notes")


@dataclass(frozen=True)
class ProviderRow:
    """A provider as the screens, the letter and the CLI show it."""

    id: str
    name: str
    kind: str
    region: str | None
    town: str | None
    address: str | None
    contact_person: str | None
    phone: str | None
    email: str | None
    languages: str | None
    hours: str | None
    notes: str | None
    services: tuple[str, ...]
    takes_sea: bool
    active: bool


def _tr(text: str) -> str:
    return translate("Directory", text)


def provider_row(p: ServiceProvider) -> ProviderRow:
    return ProviderRow(
        id=p.id, name=p.name, kind=p.kind, region=p.region, town=p.town, address=p.address,
        contact_person=p.contact_person, phone=p.phone, email=p.email, languages=p.languages,
        hours=p.hours, notes=p.notes,
        services=tuple(c for c in reference.codes("service_types")
                       if c in {s.service_type for s in p.services}),
        takes_sea=bool(p.takes_sea), active=bool(p.active))


def _query() -> Any:
    return select(ServiceProvider).options(selectinload(ServiceProvider.services)).order_by(
        ServiceProvider.name)


# -- reading --------------------------------------------------------------------------------
def list_providers(vault: Vault, *, text: str | None = None, service_type: str | None = None,
                   region: str | None = None, include_inactive: bool = False,
                   takes_sea: bool | None = None) -> list[ProviderRow]:
    """Providers by name; ``text`` searches name, town, contact, address, languages and
    notes (case- and accent-insensitive); the other arguments filter."""
    require_actor(vault)
    query = _query()
    if not include_inactive:
        query = query.where(ServiceProvider.active.is_(True))
    if region:
        query = query.where(ServiceProvider.region == region)
    if takes_sea is not None:
        query = query.where(ServiceProvider.takes_sea.is_(takes_sea))
    if service_type:
        query = query.where(ServiceProvider.services.any(ProviderService.service_type ==
                                                         service_type))
    with vault.reader() as session:
        rows = [provider_row(p) for p in session.scalars(query)]
    if text:
        wanted = directory_csv.fold(text)
        rows = [r for r in rows if wanted in directory_csv.fold(" ".join(
            v or "" for v in (r.name, r.town, r.contact_person, r.address, r.languages,
                              r.notes, r.email, r.phone)))]
    return rows


def matching_providers(vault: Vault, service_types: list[str] | tuple[str, ...], *,
                       sea: bool = False) -> list[ProviderRow]:
    """Active providers offering every one of ``service_types`` (and taking SEA cases when
    ``sea``), for the referral dialog."""
    rows = list_providers(vault, takes_sea=True if sea else None)
    wanted = set(service_types)
    return [r for r in rows if wanted <= set(r.services)]


def get_provider(vault: Vault, provider_id: str) -> ProviderRow:
    """One provider, or ``NotFound``."""
    require_actor(vault)
    with vault.reader() as session:
        provider = session.get(ServiceProvider, provider_id)
        if provider is None:
            raise NotFound(_tr("This provider is not in the directory."))
        return provider_row(provider)


# -- changing -------------------------------------------------------------------------------
def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """Check the fields the dialog (or an import) gives; ``ValidationError`` per field."""
    errors: dict[str, str] = {}
    out: dict[str, Any] = {key: (str(values.get(key) or "").strip() or None)
                           for key in TEXT_FIELDS}
    if not out["name"]:
        errors["name"] = _tr("Enter the provider's name.")
    if not reference.has("provider_kinds", values.get("kind")):
        errors["kind"] = _tr("Choose the kind of provider.")
    region = values.get("region") or None
    if region is not None and not reference.has("regions", region):
        errors["region"] = _tr("Choose a region from the list.")
    services = [s for s in values.get("services") or () if s]
    unknown = [s for s in services if not reference.has("service_types", s)]
    if unknown:
        errors["services"] = _tr("Unknown service type.")
    email = out["email"]
    if email and ("@" not in email or " " in email):
        errors["email"] = _tr("Enter an email address like name@example.org.")
    if errors:
        raise ValidationError(errors)
    out.update(kind=values["kind"], region=region, services=tuple(dict.fromkeys(services)),
               takes_sea=bool(values.get("takes_sea")), active=bool(values.get("active", True)))
    return out


def apply_values(session: Session, provider: ServiceProvider, clean: dict[str, Any]) -> bool:
    """Copy checked values (``TEXT_FIELDS``, kind, region, services, takes_sea, active) onto
    ``provider``; True when anything changed."""
    changed = False
    for key, value in clean.items():
        if key == "services":
            continue
        if getattr(provider, key) != value:
            setattr(provider, key, value)
            changed = True
    key = directory_csv.natural_key(clean["name"], clean["region"], clean["town"])
    if provider.natural_key != key:
        provider.natural_key = key
        changed = True
    have = {s.service_type: s for s in provider.services}
    for code in set(have) - set(clean["services"]):
        provider.services.remove(have[code])
        changed = True
    for code in clean["services"]:
        if code not in have:
            provider.services.append(ProviderService(service_type=code,
                                                     site_id=provider.site_id))
            changed = True
    return changed


def _same_key_elsewhere(session: Session, key: str, provider_id: str | None) -> None:
    other = session.scalar(select(ServiceProvider).where(ServiceProvider.natural_key == key))
    if other is not None and other.id != provider_id:
        raise ValidationError({"name": _tr(
            "A provider with this name already exists in this region and town.")})


def create_provider(vault: Vault, values: dict[str, Any]) -> ProviderRow:
    """Add a provider (administrators); audited ``provider_changed``."""
    actor = require(vault, Permission.MANAGE_DIRECTORY)
    clean = _clean(values)
    with vault.session() as session:
        key = directory_csv.natural_key(clean["name"], clean["region"], clean["town"])
        _same_key_elsewhere(session, key, None)
        provider = ServiceProvider(site_id=actor.site_id, natural_key=key)
        apply_values(session, provider, clean)
        session.add(provider)
        session.flush()
        audit.record(session, actor, "provider_changed", record_type="provider",
                     record_id=provider.id, details="created")
        return provider_row(provider)


def update_provider(vault: Vault, provider_id: str, values: dict[str, Any]) -> ProviderRow:
    """Change a provider (administrators); audited ``provider_changed``."""
    actor = require(vault, Permission.MANAGE_DIRECTORY)
    clean = _clean(values)
    with vault.session() as session:
        provider = session.get(ServiceProvider, provider_id)
        if provider is None:
            raise NotFound(_tr("This provider is not in the directory."))
        _same_key_elsewhere(session, directory_csv.natural_key(
            clean["name"], clean["region"], clean["town"]), provider_id)
        if apply_values(session, provider, clean):
            audit.record(session, actor, "provider_changed", record_type="provider",
                         record_id=provider.id, details="edited")
        return provider_row(provider)


def set_active(vault: Vault, provider_id: str, active: bool) -> ProviderRow:
    """Deactivate (or reactivate) a provider; kept for the referrals that name it."""
    actor = require(vault, Permission.MANAGE_DIRECTORY)
    with vault.session() as session:
        provider = session.get(ServiceProvider, provider_id)
        if provider is None:
            raise NotFound(_tr("This provider is not in the directory."))
        if provider.active != active:
            provider.active = active
            audit.record(session, actor, "provider_changed", record_type="provider",
                         record_id=provider.id,
                         details="activated" if active else "deactivated")
        return provider_row(provider)


# -- CSV (import: see directory_import) ---------------------------------------------------
def export_csv_bytes(vault: Vault, lang: str = "fr") -> tuple[bytes, int]:
    """Every provider (inactive too) as CSV bytes, and how many; audited."""
    require_actor(vault)
    rows = list_providers(vault, include_inactive=True)
    records = [ProviderRecord(**{key: getattr(r, key) for key in directory_csv.FIELDS})
               for r in rows]
    data = directory_csv.write(records, lang)
    audit.log(vault, "directory_export", details=f"rows={len(rows)}")
    return data, len(rows)


def export_csv(vault: Vault, path: str | Path, lang: str = "fr") -> int:
    """Write the directory to ``path`` (the place the person chose), completely or not at
    all; returns the count. A name that is not a CSV file's (``.xlsx``) is refused first."""
    directory_csv.check_file_name(str(path))
    data, count = export_csv_bytes(vault, lang)
    try:
        write_atomically(Path(path), data)
    except OSError as exc:
        raise StorageError(_tr("The file could not be written to this place."),
                           hint=_tr("Choose another folder or a USB key with free space.")) \
            from exc
    return count


# -- seeding --------------------------------------------------------------------------------
ONE_STOP_CENTRES = (("bamako", "Bamako"), ("mopti", "Mopti"), ("gao", "Gao"))


def seed_directory(session: Session, actor: Actor) -> None:
    """Setup hook: the One-Stop Centres of Bamako, Mopti and Gao (health and psychosocial
    care on site; legal aid and reintegration through partners; SEA cases taken). No address
    or phone is invented: the administrator completes them."""
    setting = session.scalar(select(Setting).where(Setting.key == "default_language"))
    lang = "en" if setting is not None and "en" in setting.value else "fr"
    note = translate("Directory", "Medical and psychosocial care on site; legal aid and "
                     "socio-economic reintegration through the centre's partners.", lang=lang)
    for region, town in ONE_STOP_CENTRES:
        name = translate("Directory", "One-Stop Centre of {town}", lang=lang).format(town=town)
        key = directory_csv.natural_key(name, region, town)
        if session.scalar(select(ServiceProvider).where(ServiceProvider.natural_key == key)):
            continue
        provider = ServiceProvider(site_id=actor.site_id, natural_key=key)
        apply_values(session, provider, {
            "name": name, "kind": "osc", "region": region, "town": town, "address": None,
            "contact_person": None, "phone": None, "email": None, "languages": None,
            "hours": None, "notes": note, "services": ("health", "psychosocial"),
            "takes_sea": True, "active": True})
        session.add(provider)

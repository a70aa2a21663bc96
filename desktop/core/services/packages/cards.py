"""Contact cards (``.relaiscard``): who an installation is to another one.

A card is a small UTF-8 JSON file: the format name and version, the organisation and site, the
two public keys (Ed25519 for signatures, X25519/age for encryption), the day the keys were made,
and an Ed25519 signature by the card's own signing key over the canonical JSON of all the other
fields (it proves the maker holds the private key and that nothing was changed). The card's
fingerprint (``site_identity.fingerprint_of``) is what two people compare over the phone before
a card is attached to a provider of the directory; only then can referrals be sent to that
provider and its packages be imported here.

An administrator exports this installation's card; a directory manager attaches and detaches
providers' cards. Every step is audited (``card_exported``, ``card_attached``,
``card_detached``); a card carries nothing about survivors.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.atomic import write_atomically
from desktop.core.errors import DamagedData, NotFound, StorageError, UserError, ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.permissions import Permission, require, require_actor
from desktop.core.services.identity import site_identity
from desktop.core.store.models import ProviderCard, ServiceProvider
from desktop.core.store.vault import Vault

CARD_FORMAT = "relais-card"
CARD_VERSION = 1
CARD_SUFFIX = ".relaiscard"
MAX_CARD_BYTES = 16 * 1024
_FIELDS = ("format", "version", "organisation", "site", "signing_key", "age_recipient",
           "created")


def _tr(text: str) -> str:
    return translate("Packages", text)


def canonical(value: Any) -> bytes:
    """The one byte form of a JSON value that is signed: keys sorted, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def normalise_fingerprint(text: str) -> str:
    """A fingerprint as typed (any case, spaces or dashes) in its printed form ``XXXX-…``."""
    chars = "".join(c for c in text.upper() if c.isalnum())
    size = site_identity.GROUP_SIZE
    return "-".join(chars[i:i + size] for i in range(0, len(chars), size))


@dataclass(frozen=True)
class Card(site_identity.PublicIdentity):
    """A contact card's content: an installation's names and public keys (``organisation``,
    ``site``, ``signing_key``, ``age_recipient``, ``created``; ``fingerprint()`` to compare
    over the phone, the same on both ends)."""

    def signed_part(self) -> dict[str, Any]:
        """The fields the card's signature covers."""
        return {"format": CARD_FORMAT, "version": CARD_VERSION,
                "organisation": self.organisation, "site": self.site,
                "signing_key": base64.b64encode(self.signing_key).decode("ascii"),
                "age_recipient": self.age_recipient, "created": self.created.isoformat()}


def card_of(public: site_identity.PublicIdentity) -> Card:
    """The card of a public identity."""
    return Card(organisation=public.organisation, site=public.site,
                signing_key=public.signing_key, age_recipient=public.age_recipient,
                created=public.created)


def own_card(vault: Vault) -> Card:
    """This installation's card (anyone logged in may see its fingerprint)."""
    require_actor(vault)
    return card_of(site_identity.own_public(vault))


def card_bytes(vault: Vault) -> bytes:
    """This installation's card file, signed by its current signing key."""
    card = card_of(site_identity.own_public(vault))
    signed = card.signed_part()
    signature = site_identity.sign(vault, canonical(signed))
    document = {**signed, "signature": base64.b64encode(signature).decode("ascii")}
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode() + b"\n"


def export_card(vault: Vault, path: Path) -> Card:
    """Write this installation's card to ``path`` (administrators), completely or not at all;
    audited ``card_exported``."""
    actor = require(vault, Permission.MANAGE_SETTINGS)
    data = card_bytes(vault)
    try:
        write_atomically(Path(path), data)
    except OSError as exc:
        raise StorageError(_tr("The card could not be written: {error}").format(
            error=exc.strerror or exc)) from exc
    card = parse_card(data)
    with vault.session() as session:
        audit.record(session, actor, "card_exported", record_type="installation",
                     details=card.fingerprint())
    return card


def _damaged() -> DamagedData:
    return DamagedData(_tr("This is not a Relais contact card, or it is damaged."),
                       hint=_tr("Ask the organisation for its card again."))


def parse_card(data: bytes) -> Card:
    """The card in ``data``, or ``DamagedData`` (one line) when it is not a whole, well-signed
    card of a version this Relais reads."""
    if len(data) > MAX_CARD_BYTES:
        raise DamagedData(_tr("This file is too large to be a contact card."))
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _damaged() from exc
    if not isinstance(document, dict) or document.get("format") != CARD_FORMAT:
        raise _damaged()
    version = document.get("version")
    if type(version) is not int or version != CARD_VERSION:  # True == 1: not a version
        raise DamagedData(_tr("This contact card was made by a newer version of Relais."),
                          hint=_tr("Update Relais, then import the card again."))
    if "signature" not in document:
        raise DamagedData(_tr("This contact card is not signed: it cannot be trusted."))
    if set(document) != {*_FIELDS, "signature"}:
        raise _damaged()
    try:
        card = Card(organisation=_text(document["organisation"]), site=_text(document["site"]),
                    signing_key=base64.b64decode(document["signing_key"], validate=True),
                    age_recipient=_text(document["age_recipient"]),
                    created=date.fromisoformat(_text(document["created"])))
        signature = base64.b64decode(document["signature"], validate=True)
        site_identity.parse_recipient(card.age_recipient)
    except (TypeError, ValueError, binascii.Error, UserError) as exc:
        raise _damaged() from exc
    if card.signed_part() != {k: document[k] for k in _FIELDS} or not site_identity.verify(
            card.signing_key, canonical(card.signed_part()), signature):
        raise DamagedData(_tr("This contact card's signature does not match its content: it "
                              "was changed or damaged."),
                          hint=_tr("Ask the organisation for its card again."))
    return card


def _text(value: object) -> str:
    if not isinstance(value, str) or len(value) > 200:
        raise ValueError("not a short text")
    return value


def read_card(path: Path) -> Card:
    """The card in the file ``path`` (see ``parse_card``); a missing, huge or unreadable file is
    refused with one line."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_CARD_BYTES:
            raise DamagedData(_tr("This file is too large to be a contact card."))
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(_tr("The card {path} cannot be read: {error}").format(
            path=path.name, error=exc.strerror or exc)) from exc
    return parse_card(data)


def _provider(session: Session, provider_id: str) -> ServiceProvider:
    provider = session.get(ServiceProvider, provider_id)
    if provider is None:
        raise NotFound(_tr("This provider is not in the directory."))
    return provider


def attach_card(vault: Vault, provider_id: str, card: Card, confirmed_fingerprint: str) -> None:
    """Attach ``card`` to a provider of the directory (directory managers) once the person has
    typed or confirmed the fingerprint read by the provider; replaces an earlier card of that
    provider. Audited ``card_attached``."""
    actor = require(vault, Permission.MANAGE_DIRECTORY)
    fingerprint = card.fingerprint()
    if normalise_fingerprint(confirmed_fingerprint) != fingerprint:
        raise ValidationError({"fingerprint": _tr(
            "The fingerprint confirmed is not the card's: do not attach this card.")},
            _tr("The fingerprint confirmed is not the card's ({fingerprint}): do not attach "
                "this card; check it with the organisation.").format(fingerprint=fingerprint))
    if fingerprint == site_identity.own_public(vault).fingerprint():
        raise ValidationError({"card": _tr("This is this installation's own card.")})
    with vault.session() as session:
        provider = _provider(session, provider_id)
        other = session.scalar(select(ProviderCard).where(
            ProviderCard.fingerprint == fingerprint, ProviderCard.provider_id != provider.id))
        if other is not None:
            holder = session.get(ServiceProvider, other.provider_id)
            raise ValidationError({"card": _tr(
                "This card is already attached to {provider}.").format(
                    provider=holder.name if holder else "?")})
        row = session.scalar(select(ProviderCard).where(
            ProviderCard.provider_id == provider.id))
        if row is None:
            row = ProviderCard(provider_id=provider.id)
            session.add(row)
        row.organisation, row.site = card.organisation, card.site
        row.signing_key, row.age_recipient = card.signing_key, card.age_recipient
        row.card_created, row.fingerprint = card.created, fingerprint
        row.attached_by_id = actor.staff_id
        session.flush()
        audit.record(session, actor, "card_attached", record_type="provider",
                     record_id=provider.id, details=fingerprint)


def detach_card(vault: Vault, provider_id: str) -> None:
    """Remove a provider's card (directory managers): no more packages to or from it.
    Audited ``card_detached``; nothing happens when it had none."""
    actor = require(vault, Permission.MANAGE_DIRECTORY)
    with vault.session() as session:
        provider = _provider(session, provider_id)
        row = session.scalar(select(ProviderCard).where(
            ProviderCard.provider_id == provider.id))
        if row is None:
            return
        fingerprint = row.fingerprint
        session.delete(row)
        audit.record(session, actor, "card_detached", record_type="provider",
                     record_id=provider.id, details=fingerprint)


def _card_of_row(row: ProviderCard) -> Card:
    return Card(organisation=row.organisation, site=row.site, signing_key=row.signing_key,
                age_recipient=row.age_recipient, created=row.card_created)


def provider_card(vault: Vault, provider_id: str) -> Card | None:
    """The card attached to a provider, or None."""
    require_actor(vault)
    with vault.reader() as session:
        row = session.scalar(select(ProviderCard).where(
            ProviderCard.provider_id == provider_id))
        return _card_of_row(row) if row is not None else None


def card_in_session(session: Session, provider_id: str) -> Card | None:
    """``provider_card`` inside a transaction of the caller's."""
    row = session.scalar(select(ProviderCard).where(ProviderCard.provider_id == provider_id))
    return _card_of_row(row) if row is not None else None


def provider_of_fingerprint(session: Session, fingerprint: str) -> str | None:
    """The id of the provider whose attached card has this fingerprint, or None."""
    return session.scalar(select(ProviderCard.provider_id).where(
        ProviderCard.fingerprint == fingerprint))


def electronic_provider_ids(vault: Vault) -> set[str]:
    """The providers that can receive packages: those with an attached card."""
    require_actor(vault)
    with vault.reader() as session:
        return set(session.scalars(select(ProviderCard.provider_id)))

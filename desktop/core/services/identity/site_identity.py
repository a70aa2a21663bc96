"""This installation's identity: an Ed25519 key that signs what it sends, an X25519 (age) key
that others encrypt to, both generated inside the encrypted database (by its migration, so a new
folder and an upgraded one alike have them) and never written anywhere else.

``own_public`` is what a contact card carries; ``fingerprint`` is what two people read to each
other over the phone before trusting a card. ``rotate`` makes a new generation and keeps the old
one, retired, so that packages already encrypted to it still open.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import DamagedData, UserError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit, settings
from desktop.core.services.accounts.permissions import Permission, require
from desktop.core.store.models import InstallationKey, Site, utcnow
from desktop.core.store.vault import Vault

# The fingerprint's characters: no look-alikes when read aloud or copied (no 0/O, 1/I/L).
FINGERPRINT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
FINGERPRINT_GROUPS = 5
GROUP_SIZE = 4
SIGNATURE_SIZE = 64
KEY_SIZE = 32


def fingerprint_of(signing_key: bytes, age_recipient: str) -> str:
    """Both public keys in 20 characters, in groups of four (``K7QM-4TXR-…``): the same on
    both ends, about 99 bits, so that a card cannot be swapped for a look-alike."""
    digest = hashlib.sha256(b"relais-identity-v1\0" + signing_key + age_recipient.encode())
    number = int.from_bytes(digest.digest(), "big")
    chars = []
    for _ in range(FINGERPRINT_GROUPS * GROUP_SIZE):
        number, index = divmod(number, len(FINGERPRINT_ALPHABET))
        chars.append(FINGERPRINT_ALPHABET[index])
    return "-".join("".join(chars[i:i + GROUP_SIZE])
                    for i in range(0, len(chars), GROUP_SIZE))


@dataclass(frozen=True)
class PublicIdentity:
    """What others may know of an installation: its names and its two public keys."""

    organisation: str
    site: str
    signing_key: bytes
    age_recipient: str
    created: date

    def fingerprint(self) -> str:
        """The identity's fingerprint (see ``fingerprint_of``)."""
        return fingerprint_of(self.signing_key, self.age_recipient)


def _current(session: Session) -> InstallationKey:
    row = session.scalar(select(InstallationKey).where(InstallationKey.retired_at.is_(None))
                         .order_by(InstallationKey.created_at.desc()))
    if row is None:
        raise DamagedData(translate("Identity", "This installation has no key pair: the "
                                    "database is damaged. Restore the latest backup."))
    return row


def _installation_site(session: Session) -> Site | None:
    return session.scalar(select(Site).order_by(Site.created_at))


def own_public(vault: Vault) -> PublicIdentity:
    """This installation's current public identity (organisation and its first site)."""
    with vault.reader() as session:
        row = _current(session)
        site = _installation_site(session)
        organisation = settings.get_in_session(session, "organisation") or (
            site.organisation if site else "")
        return PublicIdentity(organisation=organisation, site=site.name if site else "",
                              signing_key=row.signing_public, age_recipient=row.age_recipient,
                              created=row.created_at.date())


def sign(vault: Vault, data: bytes) -> bytes:
    """A 64-byte Ed25519 signature of ``data`` by this installation's current key."""
    with vault.reader() as session:
        private = _current(session).signing_private
    return Ed25519PrivateKey.from_private_bytes(private).sign(data)


def verify(signing_key: bytes, data: bytes, signature: bytes) -> bool:
    """Whether ``signature`` is ``signing_key``'s Ed25519 signature of ``data`` (no vault)."""
    if len(signing_key) != KEY_SIZE or len(signature) != SIGNATURE_SIZE:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(signing_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def parse_recipient(text: str) -> x25519.Recipient:
    """An age X25519 recipient (``age1…``); a ``UserError`` when it is not one."""
    try:
        return x25519.Recipient.from_str(text)
    except Exception as exc:  # pyrage raises its own error types
        raise UserError(translate("Identity", "This is not an age public key.")) from exc


def encrypt_to(recipients: list[str], data: bytes) -> bytes:
    """``data`` encrypted with age to each X25519 recipient (the binary age format, readable
    by the standard ``age`` tool with the matching identity)."""
    if not recipients:
        raise UserError(translate("Identity", "Encrypting needs at least one recipient."))
    return pyrage.encrypt(data, [parse_recipient(r) for r in recipients])


def decrypt(vault: Vault, data: bytes) -> bytes:
    """``data`` decrypted with this installation's age identities (the current one first, then
    the retired ones); ``DamagedData`` when none opens it or the file is not age."""
    with vault.reader() as session:
        rows = session.scalars(select(InstallationKey).order_by(
            InstallationKey.retired_at.is_not(None), InstallationKey.created_at.desc())).all()
        identities = [x25519.Identity.from_str(row.age_identity) for row in rows]
    try:
        return pyrage.decrypt(data, identities)
    except Exception as exc:  # pyrage.DecryptError and friends
        raise DamagedData(translate(
            "Identity", "This file was not encrypted to this installation, or it is damaged."
        )) from exc


def new_key_pair() -> InstallationKey:
    """A fresh, unsaved generation of key pairs."""
    signing = Ed25519PrivateKey.generate()
    age = x25519.Identity.generate()
    return InstallationKey(
        signing_private=signing.private_bytes(serialization.Encoding.Raw,
                                              serialization.PrivateFormat.Raw,
                                              serialization.NoEncryption()),
        signing_public=signing.public_key().public_bytes(serialization.Encoding.Raw,
                                                         serialization.PublicFormat.Raw),
        age_identity=str(age), age_recipient=str(age.to_public()), retired_at=None)


def rotate(vault: Vault) -> PublicIdentity:
    """Retire the current key pairs and make new ones (administrators only); the old ones still
    open what was encrypted to them. Partners need the new card afterwards."""
    actor = require(vault, Permission.MANAGE_SETTINGS)
    with vault.session() as session:
        old = _current(session)
        old.retired_at = utcnow()
        fresh = new_key_pair()
        session.add(fresh)
        session.flush()
        audit.record(session, actor, "identity_rotated", record_type="installation_key",
                     record_id=fresh.id)
    return own_public(vault)

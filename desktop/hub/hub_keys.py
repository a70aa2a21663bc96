"""The hub's own key pair, kept in its PostgreSQL (table ``hub_keys``, so ``pg_dump`` backs it
up with the data it protects): Ed25519 signs the acknowledgements a site checks, X25519 (age)
opens the batch files sites bring on a stick."""

from __future__ import annotations

from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import DamagedData, UserError
from desktop.core.i18n import translate
from desktop.hub.models import HubKey


@dataclass(frozen=True)
class HubIdentity:
    """The hub's keys, loaded."""

    signing: Ed25519PrivateKey
    age: pyrage.x25519.Identity

    @property
    def signing_key(self) -> bytes:
        """The raw 32-byte Ed25519 public key a site keeps at enrolment."""
        return self.signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def age_recipient(self) -> str:
        """The ``age1…`` recipient sites encrypt their batch files to."""
        return str(self.age.to_public())

    def fingerprint(self) -> str:
        """The hub's fingerprint, computed as a site's is: what its administrator compares."""
        from desktop.core.services.identity.site_identity import fingerprint_of

        return fingerprint_of(self.signing_key, self.age_recipient)

    def sign(self, data: bytes) -> bytes:
        """A 64-byte Ed25519 signature by the hub."""
        return self.signing.sign(data)

    def decrypt(self, data: bytes) -> bytes:
        """Open an age file encrypted to the hub; one clear line when it cannot."""
        try:
            return pyrage.decrypt(data, [self.age])
        except Exception as exc:  # pyrage raises its own DecryptError and ValueErrors
            raise DamagedData(translate(
                "Hub", "This file is not encrypted to this hub, or it is damaged.")) from exc


def ensure(session: Session) -> bool:
    """Make the hub's key pair if it has none; True when made now."""
    if session.scalar(select(HubKey.id).limit(1)) is not None:
        return False
    from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

    private = Ed25519PrivateKey.generate().private_bytes(
        Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    session.add(HubKey(id=1, signing_private=private,
                       age_identity=str(pyrage.x25519.Identity.generate())))
    return True


def load(session: Session) -> HubIdentity:
    """The hub's keys (``relais hub init`` makes them)."""
    row = session.get(HubKey, 1)
    if row is None:
        raise UserError(translate("Hub", "This hub has no keys yet: run relais hub init."))
    return HubIdentity(signing=Ed25519PrivateKey.from_private_bytes(row.signing_private),
                       age=pyrage.x25519.Identity.from_str(row.age_identity))

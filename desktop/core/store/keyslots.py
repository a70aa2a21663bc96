"""Key slots: the database key, sealed once per staff account and once for recovery.

Design (like LUKS, with one improvement). Each slot holds an X25519 key pair whose private half
is wrapped with AES-256-GCM under a key derived from the person's password with Argon2id
(64 MiB, t=3). The database key is sealed to each slot's *public* key (ephemeral X25519 + HKDF +
AES-GCM). Opening a slot needs the password; sealing a new database key to a slot does not.
That is what lets an administrator remove a person and rekey the database while every other
person's slot keeps working, without knowing their passwords.

The file is JSON, written atomically (temp file, fsync, rename). It holds usernames and public
keys, never survivor data.
"""

from __future__ import annotations

import base64
import json
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop.core.atomic import write_atomically
from desktop.core.errors import DamagedData, WrongPassword
from desktop.core.i18n import translate

FORMAT = "relais-keyslots"
VERSION = 1
KEY_BYTES = 32
RECOVERY = "recovery"
USER = "user"

# Crockford's base32: no I, L, O or U, so a key read aloud or copied by hand is unambiguous.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters stored with each slot (so they can be raised later)."""

    memory_kib: int = 64 * 1024
    time_cost: int = 3
    parallelism: int = 2

    def as_dict(self) -> dict[str, int]:
        return {"m": self.memory_kib, "t": self.time_cost, "p": self.parallelism}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KdfParams:
        return cls(int(data["m"]), int(data["t"]), int(data["p"]))


MIN_KDF = KdfParams()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id over the UTF-8 secret (quotes, accents and Bambara letters are plain bytes)."""
    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _seal_key(db_key: bytes, public: X25519PublicKey) -> dict[str, str]:
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(public)
    wrap = HKDF(hashes.SHA256(), 32, salt=None, info=b"relais-seal-v1").derive(shared)
    nonce = secrets.token_bytes(12)
    eph_pub = ephemeral.public_key().public_bytes_raw()
    sealed = AESGCM(wrap).encrypt(nonce, db_key, eph_pub)
    return {"epk": _b64(eph_pub), "nonce": _b64(nonce), "ct": _b64(sealed)}


def _open_sealed(sealed: dict[str, str], private: X25519PrivateKey) -> bytes:
    eph_pub = _unb64(sealed["epk"])
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_pub))
    wrap = HKDF(hashes.SHA256(), 32, salt=None, info=b"relais-seal-v1").derive(shared)
    return AESGCM(wrap).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["ct"]), eph_pub)


@dataclass
class Slot:
    """One key slot: a person's (or the recovery key's) way into the database."""

    slot_id: str
    kind: str
    username: str
    public_key: str
    salt: str
    kdf: dict[str, int]
    wrapped_private: dict[str, str]
    sealed_db_key: dict[str, str]

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def create(cls, kind: str, username: str, secret: str, db_key: bytes,
               params: KdfParams = MIN_KDF) -> Slot:
        """A new slot for ``username`` opened by ``secret``, holding ``db_key``."""
        private = X25519PrivateKey.generate()
        salt = secrets.token_bytes(16)
        kek = derive_key(secret, salt, params)
        nonce = secrets.token_bytes(12)
        slot_id = str(uuid.uuid4())
        wrapped = AESGCM(kek).encrypt(nonce, private.private_bytes_raw(), slot_id.encode())
        public = private.public_key()
        return cls(
            slot_id=slot_id,
            kind=kind,
            username=username,
            public_key=_b64(public.public_bytes_raw()),
            salt=_b64(salt),
            kdf=params.as_dict(),
            wrapped_private={"nonce": _b64(nonce), "ct": _b64(wrapped)},
            sealed_db_key=_seal_key(db_key, public),
        )

    def open(self, secret: str) -> bytes:
        """The database key, or ``WrongPassword``."""
        try:
            kek = derive_key(secret, _unb64(self.salt), KdfParams.from_dict(self.kdf))
            raw = AESGCM(kek).decrypt(
                _unb64(self.wrapped_private["nonce"]),
                _unb64(self.wrapped_private["ct"]),
                self.slot_id.encode(),
            )
            key = _open_sealed(self.sealed_db_key, X25519PrivateKey.from_private_bytes(raw))
        except InvalidTag as exc:
            raise WrongPassword(_wrong_password_message()) from exc
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # Bad base64, a missing field, a key of the wrong length: the file is damaged.
            raise _damaged() from exc
        if len(key) != KEY_BYTES:
            raise DamagedData(translate("Storage", "The key-slot file is damaged."))
        return key

    def reseal(self, db_key: bytes) -> None:
        """Seal a new database key to this slot (no password needed)."""
        self.sealed_db_key = _seal_key(db_key, X25519PublicKey.from_public_bytes(
            _unb64(self.public_key)))


def _damaged() -> DamagedData:
    return DamagedData(translate("Storage", "The key-slot file is damaged."),
                       hint=translate("Storage", "Restore the latest backup."))


def _wrong_password_message() -> str:
    return translate("Storage", "The username or password is not correct.")


@dataclass
class SlotFile:
    """The key-slot file beside the database."""

    database_id: str
    slots: list[Slot] = field(default_factory=list)

    def find_user(self, username: str) -> Slot | None:
        """The slot of ``username`` (case-insensitive), if any."""
        wanted = username.strip().casefold()
        for slot in self.slots:
            if slot.kind == USER and slot.username.casefold() == wanted:
                return slot
        return None

    def recovery(self) -> Slot | None:
        """The recovery slot, if any."""
        return next((s for s in self.slots if s.kind == RECOVERY), None)

    def usernames(self) -> list[str]:
        """Usernames that have a slot."""
        return [s.username for s in self.slots if s.kind == USER]

    def set_user(self, username: str, password: str, db_key: bytes) -> None:
        """Add or replace the slot of ``username``."""
        self.remove_user(username)
        self.slots.append(Slot.create(USER, username, password, db_key))

    def remove_user(self, username: str) -> bool:
        """Remove the slot of ``username``; True if there was one."""
        slot = self.find_user(username)
        if slot is None:
            return False
        self.slots.remove(slot)
        return True

    def set_recovery(self, recovery_key: str, db_key: bytes) -> None:
        """Replace the recovery slot."""
        self.slots = [s for s in self.slots if s.kind != RECOVERY]
        self.slots.append(Slot.create(RECOVERY, RECOVERY, normalise_recovery_key(recovery_key),
                                      db_key))

    def reseal_all(self, db_key: bytes) -> None:
        """After a rekey: seal the new database key to every remaining slot."""
        for slot in self.slots:
            slot.reseal(db_key)

    def to_json(self) -> str:
        return json.dumps(
            {"format": FORMAT, "version": VERSION, "database_id": self.database_id,
             "slots": [s.as_dict() for s in self.slots]},
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> SlotFile:
        damaged = DamagedData(translate("Storage", "The key-slot file is damaged."),
                              hint=translate("Storage", "Restore the latest backup."))
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT or int(data.get("version", 0)) > VERSION:
                raise damaged
            slots = [Slot(**s) for s in data["slots"]]
            return cls(database_id=str(data["database_id"]), slots=slots)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise damaged from exc


def read_slot_file(path: Path) -> SlotFile:
    """Load the slot file; ``DamagedData`` when it cannot be read."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DamagedData(translate("Storage", "The key-slot file is missing."),
                          hint=translate("Storage", "Restore the latest backup.")) from exc
    except (UnicodeDecodeError, OSError) as exc:
        raise _damaged() from exc
    return SlotFile.from_json(text)


def write_slot_file(path: Path, slots: SlotFile) -> None:
    """Save the slot file atomically."""
    write_atomically(path, slots.to_json().encode("utf-8"))


def new_database_key() -> bytes:
    """32 random bytes for SQLCipher's raw key."""
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """A 130-bit recovery key in groups of four Crockford base32 characters."""
    chars = "".join(secrets.choice(_CROCKFORD) for _ in range(26))
    groups = [chars[i:i + 4] for i in range(0, len(chars), 4)]
    return "-".join(groups)


def normalise_recovery_key(text: str) -> str:
    """Uppercase, drop spaces and dashes, and read O as 0 and I/L as 1 (as typed from paper)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.replace("O", "0").replace("I", "1").replace("L", "1")

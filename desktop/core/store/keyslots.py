"""Key slots: the database key, sealed once per staff account and once for recovery.

Design (like LUKS, with one improvement). Each slot holds an X25519 key pair whose private half
is wrapped with AES-256-GCM under a key derived from the person's password with Argon2id
(64 MiB, t=3). The database key is sealed to each slot's *public* key (ephemeral X25519 + HKDF +
AES-GCM). Opening a slot needs the password; sealing a new database key to a slot does not.
That is what lets an administrator remove a person and rekey the database while every other
person's slot keeps working, without knowing their passwords.

Binding (slot format 2). Every field of a slot (id, kind, username, KDF parameters, public key,
salt) and the database id are the authenticated data of the wrapped private key, and the public
key must be the one the unwrapped private key gives: an edited slot is refused by name as
damaged. A short check value derived from the password tells a wrong password (the check fails)
from an edited slot (the check passes, the authenticated data does not). The database itself
keeps the list of slot public keys (``SlotKey``) and a rekey reseals only to slots in that list.
Slots of format 1 (no binding) still open and are rewrapped with the binding at their owner's
next login.

The file is JSON, written atomically (temp file, fsync, rename), parsed strictly by
``slot_format`` before any Argon2 runs. It holds usernames and public keys, never survivor data.
"""

from __future__ import annotations

import base64
import hmac
import json
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
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
from desktop.core.store import slot_format

FORMAT = slot_format.FORMAT
VERSION = 2
BOUND = 2  # the slot binding written today
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


def normalise_password(secret: str) -> str:
    """The NFC form: a decomposed "é" (e + accent) and a precomposed "é" are one password."""
    return unicodedata.normalize("NFC", secret)


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


def dummy_derive(secret: str) -> None:
    """The work of one wrong password, for a username that has no slot (same timing)."""
    derive_key(normalise_password(secret), secrets.token_bytes(16), MIN_KDF)


def _subkey(kek: bytes, purpose: bytes, length: int = 32) -> bytes:
    return HKDF(hashes.SHA256(), length, salt=None, info=purpose).derive(kek)


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


def slot_damaged(username: str) -> DamagedData:
    """An edited (or otherwise inconsistent) slot, named by its staff username."""
    return DamagedData(translate("Storage", "The key slot of {user} is damaged.").format(
        user=username), hint=translate("Storage", "Restore the latest backup."))


@dataclass(frozen=True)
class Unlocked:
    """What opening a slot with its secret gives: the database key and the slot's private
    key (kept only to rewrap an old-format slot with the binding)."""

    db_key: bytes
    private: bytes
    secret: str


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
    binding: int = 1
    check: str = ""
    database_id: str = ""  # the file's, bound into the slot; not written per slot

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "slot_id": self.slot_id, "kind": self.kind, "username": self.username,
            "public_key": self.public_key, "salt": self.salt, "kdf": dict(self.kdf),
            "wrapped_private": dict(self.wrapped_private),
            "sealed_db_key": dict(self.sealed_db_key), "binding": self.binding}
        if self.binding >= BOUND:
            data["check"] = self.check
        return data

    def entry(self) -> tuple[str, str, str, str]:
        """(slot id, kind, username, public key): what the database lists for this slot."""
        return (self.slot_id, self.kind, self.username, self.public_key)

    def bound_data(self) -> bytes:
        """The authenticated data of the wrapped private key: every field of the slot."""
        return json.dumps(
            {"v": BOUND, "database_id": self.database_id, "slot_id": self.slot_id,
             "kind": self.kind, "username": self.username, "public_key": self.public_key,
             "salt": self.salt, "kdf": [self.kdf["m"], self.kdf["t"], self.kdf["p"]]},
            sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def create(cls, kind: str, username: str, secret: str, db_key: bytes, database_id: str,
               params: KdfParams = MIN_KDF, *, private: bytes | None = None,
               slot_id: str | None = None) -> Slot:
        """A new bound slot for ``username`` opened by ``secret``, holding ``db_key``
        (``private``/``slot_id`` given: the same key pair rewrapped under a new secret)."""
        key = X25519PrivateKey.from_private_bytes(private) if private else \
            X25519PrivateKey.generate()
        public = key.public_key()
        slot = cls(
            slot_id=slot_id or str(uuid.uuid4()), kind=kind, username=username,
            public_key=_b64(public.public_bytes_raw()), salt=_b64(secrets.token_bytes(16)),
            kdf=params.as_dict(), wrapped_private={}, sealed_db_key=_seal_key(db_key, public),
            binding=BOUND, database_id=database_id)
        kek = derive_key(normalise_password(secret), _unb64(slot.salt), params)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(_subkey(kek, b"relais-slot-wrap-v2")).encrypt(
            nonce, key.private_bytes_raw(), slot.bound_data())
        slot.wrapped_private = {"nonce": _b64(nonce), "ct": _b64(wrapped)}
        slot.check = _b64(_subkey(kek, b"relais-slot-check-v2", 16))
        return slot

    def unlock(self, secret: str) -> Unlocked:
        """The database key and private key, or ``WrongPassword``; an edited slot is
        ``DamagedData`` naming its user."""
        try:
            if self.binding >= BOUND:
                raw, used = self._unwrap_bound(secret)
            else:
                raw, used = self._unwrap_legacy(secret)
            private = X25519PrivateKey.from_private_bytes(raw)
            if not hmac.compare_digest(private.public_key().public_bytes_raw(),
                                       _unb64(self.public_key)):
                raise slot_damaged(self.username)  # a public key planted in the slot
            key = _open_sealed(self.sealed_db_key, private)
        except InvalidTag as exc:  # the sealed key is not sealed to this slot's key pair
            raise slot_damaged(self.username) from exc
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise slot_format.damaged() from exc
        if len(key) != KEY_BYTES:
            raise slot_damaged(self.username)
        return Unlocked(key, raw, used)

    def open(self, secret: str) -> bytes:
        """The database key, or ``WrongPassword`` (``DamagedData`` for an edited slot)."""
        return self.unlock(secret).db_key

    def _unwrap_bound(self, secret: str) -> tuple[bytes, str]:
        secret = normalise_password(secret)
        kek = derive_key(secret, _unb64(self.salt), KdfParams.from_dict(self.kdf))
        if not hmac.compare_digest(_subkey(kek, b"relais-slot-check-v2", 16),
                                   _unb64(self.check)):
            raise WrongPassword(_wrong_password_message())
        try:
            raw = AESGCM(_subkey(kek, b"relais-slot-wrap-v2")).decrypt(
                _unb64(self.wrapped_private["nonce"]), _unb64(self.wrapped_private["ct"]),
                self.bound_data())
        except InvalidTag as exc:  # right password, but a field was changed
            raise slot_damaged(self.username) from exc
        return raw, secret

    def _unwrap_legacy(self, secret: str) -> tuple[bytes, str]:
        # Format 1: the private key's authenticated data is the slot id only. Made before
        # passwords were normalised, so the password as typed is tried after its NFC form.
        tries = [normalise_password(secret)]
        if secret != tries[0]:
            tries.append(secret)
        for attempt in tries:
            kek = derive_key(attempt, _unb64(self.salt), KdfParams.from_dict(self.kdf))
            try:
                return AESGCM(kek).decrypt(
                    _unb64(self.wrapped_private["nonce"]), _unb64(self.wrapped_private["ct"]),
                    self.slot_id.encode()), attempt
            except InvalidTag:
                continue
        raise WrongPassword(_wrong_password_message())

    def rewrapped(self, unlocked: Unlocked) -> Slot:
        """This slot with the binding (same key pair, id and sealed key), after ``unlock``."""
        bound = Slot.create(self.kind, self.username, unlocked.secret, unlocked.db_key,
                            self.database_id, private=unlocked.private, slot_id=self.slot_id)
        return replace(bound, sealed_db_key=dict(self.sealed_db_key))

    def reseal(self, db_key: bytes) -> None:
        """Seal a new database key to this slot (no password needed)."""
        self.sealed_db_key = _seal_key(db_key, X25519PublicKey.from_public_bytes(
            _unb64(self.public_key)))


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

    def entries(self) -> list[tuple[str, str, str, str]]:
        """(slot id, kind, username, public key) of every slot, as the database lists them."""
        return [s.entry() for s in self.slots]

    def set_user(self, username: str, password: str, db_key: bytes) -> Slot:
        """Add or replace the slot of ``username`` (a new key pair); returns the new slot."""
        self.remove_user(username)
        slot = Slot.create(USER, username, password, db_key, self.database_id)
        self.slots.append(slot)
        return slot

    def remove_user(self, username: str) -> bool:
        """Remove the slot of ``username``; True if there was one."""
        slot = self.find_user(username)
        if slot is None:
            return False
        self.slots.remove(slot)
        return True

    def replace_slot(self, new: Slot) -> None:
        """Put ``new`` in place of the slot with the same id (a rewrap)."""
        self.slots = [new if s.slot_id == new.slot_id else s for s in self.slots]

    def set_recovery(self, recovery_key: str, db_key: bytes) -> Slot:
        """Replace the recovery slot; returns the new slot."""
        self.slots = [s for s in self.slots if s.kind != RECOVERY]
        slot = Slot.create(RECOVERY, RECOVERY, normalise_recovery_key(recovery_key), db_key,
                           self.database_id)
        self.slots.append(slot)
        return slot

    def keep_only(self, entries: set[tuple[str, str, str, str]]) -> list[Slot]:
        """Drop every slot whose (id, kind, username, public key) is not in ``entries``;
        returns the dropped ones."""
        dropped = [s for s in self.slots if s.entry() not in entries]
        self.slots = [s for s in self.slots if s.entry() in entries]
        return dropped

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
        """Parse strictly (``slot_format``): ``DamagedData`` for anything unexpected."""
        data = slot_format.parse(text)
        database_id = data["database_id"]
        slots = [Slot(**s, database_id=database_id) for s in data["slots"]]
        return cls(database_id=database_id, slots=slots)


def read_slot_file(path: Path) -> SlotFile:
    """Load the slot file; ``DamagedData`` when it cannot be read (or is too large)."""
    try:
        if path.stat().st_size > slot_format.MAX_FILE_BYTES:
            raise slot_format.damaged()
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DamagedData(translate("Storage", "The key-slot file is missing."),
                          hint=translate("Storage", "Restore the latest backup.")) from exc
    except (UnicodeDecodeError, OSError) as exc:
        raise slot_format.damaged() from exc
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

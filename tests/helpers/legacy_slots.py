"""Slot files as Relais wrote them before issue 10 (format 1: fields not bound, no NFC).

``as_version_1`` rewrites a data folder's slot file that way, with the same database key, and
empties the database's slot list, as the migration that adds it (``c3d4e5f6a7b8``) leaves a
database of the previous version.
"""

from __future__ import annotations

import json
import secrets
import uuid

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import text

from desktop.core.store import keyslots
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault


def legacy_slot(kind: str, username: str, secret: str, db_key: bytes) -> dict[str, object]:
    """One slot exactly as format 1 made it (the secret used as typed, not normalised)."""
    private = X25519PrivateKey.generate()
    salt = secrets.token_bytes(16)
    kek = keyslots.derive_key(secret, salt, keyslots.MIN_KDF)
    nonce = secrets.token_bytes(12)
    slot_id = str(uuid.uuid4())
    wrapped = AESGCM(kek).encrypt(nonce, private.private_bytes_raw(), slot_id.encode())
    public = private.public_key()
    return {
        "slot_id": slot_id, "kind": kind, "username": username,
        "public_key": keyslots._b64(public.public_bytes_raw()),
        "salt": keyslots._b64(salt), "kdf": keyslots.MIN_KDF.as_dict(),
        "wrapped_private": {"nonce": keyslots._b64(nonce), "ct": keyslots._b64(wrapped)},
        "sealed_db_key": keyslots._seal_key(db_key, public),
    }


def as_version_1(folder: DataFolder, db_key: bytes, secrets_by_user: dict[str, str],
                 recovery_key: str) -> None:
    """Rewrite the folder as the previous version left it, just upgraded (slot file v1, an
    empty slot list)."""
    slots = [legacy_slot(keyslots.USER, user, secret, db_key)
             for user, secret in secrets_by_user.items()]
    slots.append(legacy_slot(keyslots.RECOVERY, keyslots.RECOVERY,
                             keyslots.normalise_recovery_key(recovery_key), db_key))
    database_id = folder.read_slots().database_id
    folder.slots_path.write_text(json.dumps(
        {"format": keyslots.FORMAT, "version": 1, "database_id": database_id, "slots": slots},
        indent=1), encoding="utf-8")
    vault = Vault.open(folder, db_key)
    try:
        with vault.require_engine().begin() as conn:
            conn.execute(text("DELETE FROM slot_keys"))
    finally:
        vault.close()

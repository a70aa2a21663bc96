"""Strict reading of the key-slot file: sizes, depth, types and bounds, before any Argon2 runs.

A slot file comes from the data folder or from inside a backup being restored; either may have
been edited or crafted. Everything is checked here, fast, so that a crafted file can neither
hang the login (``t=10^6``), allocate gigabytes (``m=4 GiB``) nor raise a traceback: anything
out of bounds is ``DamagedData`` with the usual message.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import uuid
from typing import Any

from desktop.core.errors import DamagedData
from desktop.core.i18n import translate

FORMAT = "relais-keyslots"
VERSIONS = (1, 2)  # 1: fields not bound to each other (before issue 10); 2: bound
MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 6  # the file itself uses 4: file → slots → slot → kdf
MAX_SLOTS = 500
# Argon2id bounds (memory in KiB).
MIN_MEMORY_KIB, MAX_MEMORY_KIB = 64 * 1024, 1024 * 1024
MIN_TIME, MAX_TIME = 1, 10
MIN_PARALLELISM, MAX_PARALLELISM = 1, 8
MIN_SALT, MAX_SALT = 16, 64

KINDS = ("user", "recovery")
_USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
_DATABASE_ID = re.compile(r"^[0-9A-Za-z_-]{1,64}$")
_SLOT_KEYS = {"slot_id", "kind", "username", "public_key", "salt", "kdf", "wrapped_private",
              "sealed_db_key"}
_V2_KEYS = {"binding", "check"}


def damaged() -> DamagedData:
    """The one refusal for a slot file that cannot be trusted as read."""
    return DamagedData(translate("Storage", "The key-slot file is damaged."),
                       hint=translate("Storage", "Restore the latest backup."))


class _Bad(Exception):
    """Raised inside the checks; turned into ``DamagedData`` by ``parse``."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _Bad("duplicate key")
        result[key] = value
    return result


def _no_constant(_name: str) -> Any:
    raise _Bad("NaN or Infinity")


def _depth(value: Any, level: int = 1) -> int:
    if level > MAX_DEPTH:
        raise _Bad("too deep")
    children = value.values() if isinstance(value, dict) else value if isinstance(
        value, list) else ()
    return max((_depth(child, level + 1) for child in children), default=level)


def _str(value: Any, *, max_len: int = 200) -> str:
    if type(value) is not str or not value or len(value) > max_len:
        raise _Bad("not a string")
    return value


def _int(value: Any, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:  # bool is not accepted either
        raise _Bad("integer out of bounds")
    return value


def b64_exact(value: Any, low: int, high: int | None = None) -> bytes:
    """Strict base64 of ``low``..``high`` bytes (``high`` defaults to ``low``)."""
    text = _str(value, max_len=4 * ((high or low) + 2) // 3 + 4)
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError) as exc:
        raise _Bad("bad base64") from exc
    if not low <= len(raw) <= (high or low):
        raise _Bad("wrong length")
    return raw


def _exact_keys(value: Any, keys: set[str],
                optional: frozenset[str] | set[str] = frozenset()) -> dict[str, Any]:
    if not isinstance(value, dict) or not keys <= set(value) <= keys | optional:
        raise _Bad("unexpected fields")
    return value


def _check_slot(raw: Any, file_version: int) -> dict[str, Any]:
    slot = _exact_keys(raw, _SLOT_KEYS, _V2_KEYS)
    try:
        uuid.UUID(_str(slot["slot_id"], max_len=36))
    except ValueError as exc:
        raise _Bad("bad slot id") from exc
    kind = _str(slot["kind"], max_len=20)
    if kind not in KINDS:
        raise _Bad("unknown kind")
    username = _str(slot["username"], max_len=64)
    if kind == "user" and not _USERNAME.match(username):
        raise _Bad("bad username")
    if kind == "recovery" and username != "recovery":
        raise _Bad("bad recovery name")
    b64_exact(slot["public_key"], 32)
    b64_exact(slot["salt"], MIN_SALT, MAX_SALT)
    kdf = _exact_keys(slot["kdf"], {"m", "t", "p"})
    _int(kdf["m"], MIN_MEMORY_KIB, MAX_MEMORY_KIB)
    _int(kdf["t"], MIN_TIME, MAX_TIME)
    _int(kdf["p"], MIN_PARALLELISM, MAX_PARALLELISM)
    wrapped = _exact_keys(slot["wrapped_private"], {"nonce", "ct"})
    b64_exact(wrapped["nonce"], 12)
    b64_exact(wrapped["ct"], 32 + 16)
    sealed = _exact_keys(slot["sealed_db_key"], {"epk", "nonce", "ct"})
    b64_exact(sealed["epk"], 32)
    b64_exact(sealed["nonce"], 12)
    b64_exact(sealed["ct"], 32 + 16)
    binding = slot.get("binding", 1)
    _int(binding, 1, 2)
    if binding == 2 and file_version < 2:
        raise _Bad("bound slot in an old file")
    if (binding == 2) != ("check" in slot):
        raise _Bad("check value without binding (or the reverse)")
    if binding == 2:
        b64_exact(slot["check"], 16)
    return slot


def parse(text: str) -> dict[str, Any]:
    """The checked content of a slot file (``DamagedData`` for anything unexpected)."""
    if not isinstance(text, str) or len(text) > MAX_FILE_BYTES:
        raise damaged()
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
        _depth(data)
        top = _exact_keys(data, {"format", "version", "database_id", "slots"})
        if top["format"] != FORMAT:
            raise _Bad("not a slot file")
        version = top["version"]
        if type(version) is not int or version not in VERSIONS:
            raise _Bad("unknown version")
        if not _DATABASE_ID.match(_str(top["database_id"], max_len=64)):
            raise _Bad("bad database id")
        slots = top["slots"]
        if not isinstance(slots, list) or not 1 <= len(slots) <= MAX_SLOTS:
            raise _Bad("bad slot list")
        checked = [_check_slot(s, version) for s in slots]
        ids = [s["slot_id"] for s in checked]
        names = [s["username"].casefold() for s in checked if s["kind"] == "user"]
        recovery = [s for s in checked if s["kind"] == "recovery"]
        if len(set(ids)) != len(ids) or len(set(names)) != len(names) or len(recovery) > 1:
            raise _Bad("duplicate slot")
        return top
    except (_Bad, ValueError, RecursionError, TypeError, KeyError, AttributeError) as exc:
        raise damaged() from exc

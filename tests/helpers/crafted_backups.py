"""Crafted ``.relaisbak`` files, as an attacker or a broken stick would make them.

Each builder takes a real backup and writes a file that Relais must refuse at once (one clear
line, well under a second, nothing changed in the data folder).
"""

from __future__ import annotations

import json
import os
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

MEMBERS = ("manifest.json", "keyslots.json", "relais.db")


def _members(backup: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(backup) as archive:
        return {name: archive.read(name) for name in MEMBERS}


def _write(target: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def _with(backup: Path, target: Path, **changes: bytes) -> Path:
    members = _members(backup)
    for key, value in changes.items():
        members[{"manifest": "manifest.json", "slots": "keyslots.json",
                 "db": "relais.db"}[key]] = value
    return _write(target, members)


def garbage(backup: Path, target: Path) -> Path:
    target.write_bytes(os.urandom(8192))
    return target


def empty(backup: Path, target: Path) -> Path:
    target.write_bytes(b"")
    return target


def truncated(backup: Path, target: Path) -> Path:
    data = backup.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def huge_manifest(backup: Path, target: Path) -> Path:
    manifest = json.loads(_members(backup)["manifest.json"])
    manifest["reason"] = "x" * (4 * 1024 * 1024)
    return _with(backup, target, manifest=json.dumps(manifest).encode())


def huge_slot_file(backup: Path, target: Path) -> Path:
    slots = json.loads(_members(backup)["keyslots.json"])
    slots["padding"] = "y" * (8 * 1024 * 1024)
    return _with(backup, target, slots=json.dumps(slots).encode())


def nested_manifest(backup: Path, target: Path) -> Path:
    return _with(backup, target, manifest=b"[" * 200_000 + b"]" * 200_000)


def nested_slot_file(backup: Path, target: Path) -> Path:
    return _with(backup, target, slots=b'{"a":' * 100_000 + b"1" + b"}" * 100_000)


def slot_file_not_an_object(backup: Path, target: Path) -> Path:
    return _with(backup, target, slots=b'"relais-keyslots"')


def zip_bomb(backup: Path, target: Path) -> Path:
    """The database member deflated from 256 MiB of zeros (a few hundred KiB on disk)."""
    members = _members(backup)
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("manifest.json", members["manifest.json"])
        archive.writestr("keyslots.json", members["keyslots.json"])
        info = zipfile.ZipInfo("relais.db")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as sink:
            block = bytes(1024 * 1024)
            for _ in range(256):
                sink.write(block)
    return target


def lying_sizes(backup: Path, target: Path) -> Path:
    """A stored database member whose central-directory entry claims nearly 4 GiB."""
    _write(target, _members(backup))
    data = bytearray(target.read_bytes())
    entry = data.rfind(b"PK\x01\x02")  # the last central-directory entry: the database
    struct.pack_into("<II", data, entry + 20, 0xFFFFFFF0, 0xFFFFFFF0)
    target.write_bytes(bytes(data))
    return target


def huge_directory(backup: Path, target: Path) -> Path:
    """The three real members followed by 100,000 empty ones (a central directory of MBs)."""
    _write(target, _members(backup))
    with zipfile.ZipFile(target, "a") as archive:
        for n in range(100_000):
            archive.writestr(f"x/{n}", b"")
    return target


def garbage_database(backup: Path, target: Path) -> Path:
    """The real slot file with a database that is not the one it opens."""
    return _with(backup, target, db=os.urandom(64 * 1024))


def edited_manifest_date(backup: Path, target: Path) -> Path:
    """The manifest's date moved by a year (its MAC no longer matches)."""
    manifest = json.loads(_members(backup)["manifest.json"])
    manifest["created_at"] = "2020-01-01T10:00:00"
    return _with(backup, target, manifest=json.dumps(manifest).encode())


def _kdf(**kdf: object) -> Callable[[Path, Path], Path]:
    def build(backup: Path, target: Path) -> Path:
        slots = json.loads(_members(backup)["keyslots.json"])
        for slot in slots["slots"]:
            if "kdf" in kdf or "salt" in kdf:
                slot.update(kdf)
            else:
                slot["kdf"].update(kdf)
        return _with(backup, target, slots=json.dumps(slots).encode())

    build.__name__ = "kdf_" + "_".join(f"{k}" for k in kdf)
    return build


# Refused before any password is tried: no Argon2, nothing large read.
BEFORE_ANY_KDF: dict[str, Callable[[Path, Path], Path]] = {
    "garbage": garbage,
    "empty": empty,
    "truncated": truncated,
    "huge manifest": huge_manifest,
    "huge slot file": huge_slot_file,
    "nested manifest": nested_manifest,
    "nested slot file": nested_slot_file,
    "slot file not an object": slot_file_not_an_object,
    "zip bomb": zip_bomb,
    "lying sizes": lying_sizes,
    "huge central directory": huge_directory,
}
# Refused after the (normal, bounded) Argon2 of the right password.
AFTER_THE_KDF: dict[str, Callable[[Path, Path], Path]] = {
    "garbage database": garbage_database,
    "edited manifest date": edited_manifest_date,
}
# Absurd KDF parameters: refused by the bounds in ``keyslots`` before any Argon2.
ABSURD_KDF: dict[str, Callable[[Path, Path], Path]] = {
    "time 10^6": _kdf(t=1_000_000),
    "memory 4 GiB": _kdf(m=4 * 1024 * 1024),
    "parallelism 10^6": _kdf(p=1_000_000),
    "zero time": _kdf(t=0),
    "empty salt": _kdf(salt=""),
}

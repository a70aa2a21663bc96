"""The ``.relaisbak`` file: an encrypted copy of the database with its key-slot file.

A backup is a zip (stored, not compressed: the content is encrypted anyway) holding

* ``relais.db`` — a SQLCipher copy made with ``sqlcipher_export`` under the same raw key, taken
  inside one read transaction so that every table comes from the same moment (a save running on
  another connection is either wholly in the copy or wholly out of it; frames in the WAL that
  are not committed are never read);
* ``keyslots.json`` — the slot file that opens that copy;
* ``manifest.json`` — format, time, schema revision and counts of accounts; no survivor data.

The copy is checked (``quick_check`` and ``cipher_integrity_check``) before it is zipped; the
zip is written to a temp file in the target folder, synced, renamed, and the folder is synced,
so that a power cut or an unplugged stick never leaves a half backup under a good name.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from desktop.core.atomic import fsync_dir
from desktop.core.errors import DamagedData
from desktop.core.i18n import translate
from desktop.core.store.engine import integrity_problems, make_engine, verify_key

FORMAT = "relais-backup"
VERSION = 1
DB_MEMBER = "relais.db"
SLOTS_MEMBER = "keyslots.json"
MANIFEST_MEMBER = "manifest.json"


@dataclass(frozen=True)
class Manifest:
    """What a backup says about itself (readable without any key)."""

    created_at: datetime
    reason: str
    revision: str | None
    database_id: str
    app_version: str

    def to_json(self) -> str:
        return json.dumps({
            "format": FORMAT, "version": VERSION, "created_at": self.created_at.isoformat(),
            "reason": self.reason, "revision": self.revision, "database_id": self.database_id,
            "app_version": self.app_version})

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        data: dict[str, Any] = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT or int(data.get("version", 0)) > VERSION:
            raise ValueError("not a Relais backup manifest")
        return cls(datetime.fromisoformat(str(data["created_at"])), str(data.get("reason", "")),
                   data.get("revision"), str(data.get("database_id", "")),
                   str(data.get("app_version", "")))


def not_a_backup() -> DamagedData:
    """The error for a file that is not a readable Relais backup."""
    return DamagedData(
        translate("Backups", "This file is not a readable Relais backup (damaged or of "
                             "another kind)."),
        hint=translate("Backups", "Choose another backup file."))


def export_encrypted(engine: Engine, key: bytes, target: Path) -> None:
    """Write a consistent encrypted copy of the database to ``target`` (which must not exist).

    ``ATTACH`` is not allowed inside a transaction, so the copy is attached first, then one
    ``BEGIN`` … ``COMMIT`` holds a single snapshot of the source while ``sqlcipher_export``
    copies every table. The copy is synced; the caller renames it into place.
    """
    literal = f"x'{key.hex()}'"
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("ATTACH DATABASE ? AS relais_copy KEY ?", (str(target), literal))
        try:
            cursor.execute("BEGIN")
            try:
                cursor.execute("SELECT count(*) FROM main.sqlite_master").fetchone()
                cursor.execute("SELECT sqlcipher_export('relais_copy')")
                version = cursor.execute("PRAGMA main.user_version").fetchone()[0]
                cursor.execute(f"PRAGMA relais_copy.user_version = {int(version)}")
                cursor.execute("COMMIT")
            except BaseException:
                cursor.execute("ROLLBACK")
                raise
        finally:
            cursor.execute("DETACH DATABASE relais_copy")
        cursor.close()
    finally:
        raw.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def check_copy(path: Path, key: bytes) -> list[str]:
    """Open a database file with ``key`` and return what the integrity checks report."""
    engine = make_engine(path, key)
    try:
        verify_key(engine)
        return integrity_problems(engine)
    finally:
        engine.dispose()


def write_backup(engine: Engine, key: bytes, slots_path: Path, target: Path,
                 manifest: Manifest) -> int:
    """Write the whole ``.relaisbak`` to ``target`` atomically; returns its size in bytes.

    Raises ``OSError`` on a disk problem and ``DamagedData`` if the fresh copy fails its checks
    (then nothing is left under ``target``).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".relais-backup-", dir=target.parent))
    try:
        db_copy = work / DB_MEMBER
        export_encrypted(engine, key, db_copy)
        if check_copy(db_copy, key):
            raise DamagedData(
                translate("Backups", "The copy of the database failed its integrity check; "
                                     "no backup was written."),
                hint=translate("Backups", "Run 'relais check' and restore an earlier backup "
                                          "if the database is damaged."))
        partial = work / "backup.partial"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(MANIFEST_MEMBER, manifest.to_json())
            archive.write(slots_path, SLOTS_MEMBER)
            archive.write(db_copy, DB_MEMBER)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        size = partial.stat().st_size
        os.replace(partial, target)
        fsync_dir(target.parent)
        return size
    finally:
        shutil.rmtree(work, ignore_errors=True)


def read_manifest(path: Path, *, verify: bool = False) -> Manifest:
    """The manifest of a backup; ``verify`` also checks every member's CRC (reads it all).

    ``DamagedData`` when the file is not a complete Relais backup.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if not {DB_MEMBER, SLOTS_MEMBER, MANIFEST_MEMBER} <= names:
                raise not_a_backup()
            if verify and archive.testzip() is not None:
                raise not_a_backup()
            return Manifest.from_json(archive.read(MANIFEST_MEMBER))
    except (OSError, zipfile.BadZipFile, ValueError, KeyError, EOFError) as exc:
        raise not_a_backup() from exc


def extract(path: Path, folder: Path) -> tuple[Path, Path]:
    """Copy the database and the slot file out of a backup into ``folder`` (synced).

    Only the two known members are read, by name, so a crafted zip cannot write elsewhere.
    Returns (database path, slot file path).
    """
    read_manifest(path)
    db_path, slots_path = folder / DB_MEMBER, folder / SLOTS_MEMBER
    try:
        with zipfile.ZipFile(path) as archive:
            for member, out in ((DB_MEMBER, db_path), (SLOTS_MEMBER, slots_path)):
                with archive.open(member) as source, open(out, "wb") as sink:
                    shutil.copyfileobj(source, sink, 1024 * 1024)
                    sink.flush()
                    os.fsync(sink.fileno())
    except (zipfile.BadZipFile, EOFError) as exc:  # a CRC error while reading
        raise not_a_backup() from exc
    return db_path, slots_path


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file (before copying files or after a restore)."""
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

"""The ``.relaisbak`` file: an encrypted copy of the database with its key-slot file.

A backup is a zip (stored, not compressed: the content is encrypted anyway) holding

* ``relais.db`` — the database's encrypted pages, all from the same moment (a save running on
  another connection is either wholly in the copy or wholly out of it; frames in the WAL that
  are not committed are never read): the file's own bytes when a snapshot of it can be had
  (``page_copy``), streamed into the archive and verified as they go (``verified_copy``:
  every page's HMAC and ``quick_check``); otherwise a copy made page by page with SQLite's
  online backup API under the same raw key, checked (``quick_check`` and
  ``cipher_integrity_check``) before it is zipped;
* ``keyslots.json`` — the slot file that opens that copy;
* ``manifest.json`` — format, time, schema revision and counts of accounts; no survivor data.

The zip is written to a temp file in the target folder, synced, renamed, and the folder is
synced, so that a power cut or an unplugged stick never leaves a half backup under a good name;
a copy that fails a check leaves nothing under that name (and rotation never runs).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import struct
import tempfile
import time
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from filelock import FileLock
from sqlalchemy import Engine, text

from desktop.core.atomic import fsync_dir, private_dir, private_file, restrict
from desktop.core.errors import DamagedData, StorageError
from desktop.core.i18n import translate
from desktop.core.store.engine import QUIET, integrity_problems, make_engine, verify_key
from desktop.core.store.page_copy import snapshot
from desktop.core.store.private_folder import WRITER_LOCK
from desktop.core.store.verified_copy import (
    CHUNK,
    EarlyWriteback,
    copy_verified,
    damaged_source,
    verifier_for,
)

FORMAT = "relais-backup"
VERSION = 1
DB_MEMBER = "relais.db"
SLOTS_MEMBER = "keyslots.json"
MANIFEST_MEMBER = "manifest.json"
# A crafted file must be refused before anything large is read or allocated.
MAX_MANIFEST_BYTES = 64 * 1024
MAX_SLOTS_BYTES = 1024 * 1024
_MAC_INFO = b"relais-backup-manifest-v1"


@dataclass(frozen=True)
class Manifest:
    """What a backup says about itself (readable without any key).

    ``mac`` is an HMAC of the other fields under the database key: once the backup has been
    opened, ``authentic(key)`` tells whether the date and reason are the ones Relais wrote.
    """

    created_at: datetime
    reason: str
    revision: str | None
    database_id: str
    app_version: str
    mac: str = ""

    def _fields(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "created_at": self.created_at.isoformat(),
                "reason": self.reason, "revision": self.revision,
                "database_id": self.database_id, "app_version": self.app_version}

    def _mac_for(self, key: bytes) -> str:
        body = json.dumps(self._fields(), sort_keys=True).encode("utf-8")
        return hmac.new(key, _MAC_INFO + body, hashlib.sha256).hexdigest()

    def to_json(self, key: bytes | None = None) -> str:
        """The manifest as written in the backup (with its MAC when ``key`` is given)."""
        data = self._fields()
        if key is not None:
            data["mac"] = self._mac_for(key)
        return json.dumps(data)

    def authentic(self, key: bytes) -> bool | None:
        """True if the MAC matches ``key``, False if it does not, None for an older backup
        written without one."""
        if not self.mac:
            return None
        return hmac.compare_digest(self.mac, self._mac_for(key))

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a Relais backup manifest")
        if data.get("format") != FORMAT or int(data.get("version", 0)) > VERSION:
            raise ValueError("not a Relais backup manifest")
        revision = data.get("revision")
        return cls(datetime.fromisoformat(str(data["created_at"])), str(data.get("reason", "")),
                   None if revision is None else str(revision), str(data.get("database_id", "")),
                   str(data.get("app_version", "")), str(data.get("mac", "")))


def not_a_backup() -> DamagedData:
    """The error for a file that is not a readable Relais backup."""
    return DamagedData(
        translate("Backups", "This file is not a readable Relais backup (damaged or of "
                             "another kind)."),
        hint=translate("Backups", "Choose another backup file."))


def export_encrypted(engine: Engine, key: bytes, target: Path) -> None:
    """Write a consistent encrypted copy of the database to ``target`` (which must not exist).

    SQLite's online backup API copies the pages, in order, into a new database opened with the
    same raw key (SQLCipher decrypts and re-encrypts each page; nothing is rebuilt, unlike
    ``sqlcipher_export``, which re-inserted every row into every index and took 28 times a
    file copy on a large database). One read transaction on the source is open for the whole
    copy, so every page comes from the same moment: a save running on another connection is
    either wholly in the copy or wholly out of it, and frames in the WAL that are not committed
    are never read. The copy is synced; the caller renames it into place.

    Used when no snapshot of the file can be had (another connection busy): otherwise the
    file's own pages are streamed into the archive (``write_backup``).
    """
    source = engine.raw_connection()
    try:
        cursor = source.cursor()
        cursor.execute("BEGIN")  # the snapshot: held until the copy is complete
        try:
            cursor.execute("SELECT count(*) FROM main.sqlite_master").fetchone()
            copy = _open_copy(engine, key, target)
            try:
                # One step: the pages all come from the snapshot above, and no other
                # connection's commit can make the backup restart.
                source.driver_connection.backup(copy, pages=-1)  # type: ignore[union-attr]
            finally:
                copy.close()
        finally:
            cursor.execute("ROLLBACK")
            cursor.close()
    finally:
        source.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _open_copy(engine: Engine, key: bytes, target: Path) -> Any:
    """The new, empty database the pages are copied into, keyed like the source (the backup
    API refuses a copy under another key). No journal: a failed copy is deleted whole."""
    dbapi = engine.dialect.dbapi
    assert dbapi is not None
    copy = dbapi.connect(str(target), isolation_level=None)
    try:
        copy.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        copy.execute(QUIET)
        copy.execute("PRAGMA journal_mode = OFF")
        copy.execute("PRAGMA synchronous = OFF")  # synced once, at the end
    except BaseException:
        copy.close()
        raise
    return copy


def check_copy(path: Path, key: bytes) -> list[str]:
    """Open a database file with ``key`` and return what the integrity checks report.

    The two checks (``quick_check`` and ``cipher_integrity_check``, as at unlock) each read the
    whole file and decrypt every page; they run at the same time on two connections (SQLite
    works outside Python's lock), so a backup costs about one of them on a two-core PC."""
    engine = make_engine(path, key)
    try:
        verify_key(engine)
        with ThreadPoolExecutor(max_workers=2) as pool:
            structure = pool.submit(integrity_problems, engine, cipher=False)
            pages = pool.submit(integrity_problems, engine, structure=False)
            return structure.result() + pages.result()
    finally:
        engine.dispose()


def write_backup(engine: Engine, key: bytes, slots_path: Path, target: Path,
                 manifest: Manifest) -> int:
    """Write the whole ``.relaisbak`` to ``target`` atomically; returns its size in bytes.

    Raises ``OSError`` on a disk problem, ``DamagedData`` if the database fails its checks and
    ``StorageError`` if only the copy does (then nothing is left under ``target``).
    """
    private_dir(target.parent)
    work = Path(tempfile.mkdtemp(prefix=".relais-backup-", dir=target.parent))  # 0700
    # Held while writing: if this process dies, the next tidy sees the folder abandoned.
    writer = FileLock(work / WRITER_LOCK)
    try:
        writer.acquire()
        partial = work / "backup.partial"
        dbapi_error = engine.dialect.dbapi.DatabaseError  # type: ignore[union-attr]
        try:
            if not _write_from_snapshot(engine, key, slots_path, manifest, partial):
                _write_from_backup_api(engine, key, slots_path, manifest, partial)
        except dbapi_error as exc:  # a page that fails its HMAC, a broken b-tree
            if "full" in str(exc).lower():
                raise OSError(28, "No space left on device") from exc
            raise damaged_source() from exc
        size = partial.stat().st_size
        os.replace(partial, target)
        fsync_dir(target.parent)
        return size
    finally:
        writer.release()
        shutil.rmtree(work, ignore_errors=True)


def _write_from_snapshot(engine: Engine, key: bytes, slots_path: Path, manifest: Manifest,
                         partial: Path) -> bool:
    """The quick way: the file's pages streamed into the archive from one snapshot, verified
    on the way; False (nothing written) when no snapshot or verifier can be had now."""
    if not engine.url.database:
        return False
    with snapshot(engine, Path(engine.url.database)) as snap:
        verifier = verifier_for(snap, key) if snap is not None else None
        if snap is None or verifier is None:
            return False
        _write_archive(partial, manifest, key, slots_path, snap.size,
                       lambda sink: copy_verified(snap, verifier, sink))
    return True


def _write_from_backup_api(engine: Engine, key: bytes, slots_path: Path, manifest: Manifest,
                           partial: Path) -> None:
    db_copy = partial.with_name(DB_MEMBER)
    export_encrypted(engine, key, db_copy)
    restrict(db_copy)
    if check_copy(db_copy, key):
        raise damaged_source()
    with open(db_copy, "rb") as reader:
        _write_archive(partial, manifest, key, slots_path, db_copy.stat().st_size,
                       lambda sink: shutil.copyfileobj(reader, sink, CHUNK))


def _write_archive(partial: Path, manifest: Manifest, key: bytes, slots_path: Path,
                   db_size: int, fill: Callable[[BinaryIO], object]) -> None:
    """The zip, synced: the manifest, the slot file, then the database written by ``fill``
    straight into its member (stored; the zip computes its CRC-32 on the way)."""
    with private_file(partial) as handle:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(MANIFEST_MEMBER, manifest.to_json(key))
            archive.write(slots_path, SLOTS_MEMBER)
            member = zipfile.ZipInfo(DB_MEMBER, time.localtime()[:6])
            member.compress_type = zipfile.ZIP_STORED
            member.external_attr = 0o600 << 16
            member.file_size = db_size  # decides whether the entry needs ZIP64
            with archive.open(member, "w") as sink:
                fill(EarlyWriteback(sink, handle))  # type: ignore[arg-type]
        handle.flush()
        os.fsync(handle.fileno())


@dataclass(frozen=True)
class Contents:
    """A backup's small members, read with every size checked (see ``inspect``)."""

    manifest: Manifest
    slots_text: str
    db_size: int


def _check_sizes(archive: zipfile.ZipFile, file_size: int) -> int:
    """Refuse members whose declared sizes a real backup cannot have; returns the db size."""
    infos = {info.filename: info for info in archive.infolist()}
    if not {DB_MEMBER, SLOTS_MEMBER, MANIFEST_MEMBER} <= set(infos):
        raise not_a_backup()
    for name in (DB_MEMBER, SLOTS_MEMBER, MANIFEST_MEMBER):
        info = infos[name]
        # Relais stores members uncompressed: a compressed member (or one claiming more bytes
        # than the file holds) is what a zip bomb looks like.
        if info.compress_type != zipfile.ZIP_STORED or info.compress_size != info.file_size \
                or info.file_size > file_size:
            raise not_a_backup()
    if infos[MANIFEST_MEMBER].file_size > MAX_MANIFEST_BYTES \
            or infos[SLOTS_MEMBER].file_size > MAX_SLOTS_BYTES:
        raise not_a_backup()
    return int(infos[DB_MEMBER].file_size)


MAX_ENTRIES = 16
_END = struct.Struct("<4s4H2LH")  # the zip's end-of-central-directory record


def _check_directory(path: Path, size: int) -> None:
    """Refuse a zip whose central directory is larger than a backup's can be (thousands of
    entries, say) before ``zipfile`` reads it all into memory."""
    with open(path, "rb") as handle:
        tail_size = min(size, _END.size + 65535)
        handle.seek(size - tail_size)
        tail = handle.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + _END.size > len(tail):
        raise not_a_backup()
    _sig, _disk, _cd_disk, _here, entries, cd_size, _cd_offset, _comment = \
        _END.unpack_from(tail, at)
    if (entries != 0xFFFF and entries > MAX_ENTRIES) or \
            (cd_size != 0xFFFFFFFF and cd_size > MAX_ENTRIES * 1024):
        raise not_a_backup()


def inspect(path: Path) -> Contents:
    """The manifest, the slot file's text and the database's size, read without reading the
    database: every declared size is checked first, so a truncated, crafted or zip-bomb-like
    file is refused (``DamagedData``) at once and nothing large is read."""
    try:
        size = Path(path).stat().st_size
        _check_directory(Path(path), size)
        with zipfile.ZipFile(path) as archive:
            db_size = _check_sizes(archive, size)
            manifest = Manifest.from_json(archive.read(MANIFEST_MEMBER))
            slots_text = archive.read(SLOTS_MEMBER).decode("utf-8")
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, KeyError, EOFError,
            TypeError, RecursionError, NotImplementedError) as exc:
        raise not_a_backup() from exc
    return Contents(manifest, slots_text, db_size)


def read_manifest(path: Path, *, verify: bool = False) -> Manifest:
    """The manifest of a backup; ``verify`` also checks every member's CRC (reads it all).

    ``DamagedData`` when the file is not a complete Relais backup.
    """
    manifest = inspect(path).manifest
    if verify:
        try:
            with zipfile.ZipFile(path) as archive:
                if archive.testzip() is not None:
                    raise not_a_backup()
        except (OSError, zipfile.BadZipFile, EOFError, NotImplementedError) as exc:
            raise not_a_backup() from exc
    return manifest


def extract(path: Path, folder: Path) -> tuple[Path, Path]:
    """Copy the database and the slot file out of a backup into ``folder`` (synced).

    Only the two known members are read, by name, so a crafted zip cannot write elsewhere;
    their sizes are checked first (``inspect``), and the CRC of each is checked as it is read.
    Returns (database path, slot file path).
    """
    contents = inspect(path)
    if shutil.disk_usage(folder).free < contents.db_size + MAX_SLOTS_BYTES:
        raise StorageError(
            translate("Backups", "Not enough free space to restore this backup: nothing was "
                                 "changed."),
            hint=translate("Backups", "Free some space on the disk, then try again."))
    db_path, slots_path = folder / DB_MEMBER, folder / SLOTS_MEMBER
    try:
        with zipfile.ZipFile(path) as archive:
            for member, out in ((DB_MEMBER, db_path), (SLOTS_MEMBER, slots_path)):
                with archive.open(member) as source, private_file(out) as sink:
                    shutil.copyfileobj(source, sink, 1024 * 1024)
                    sink.flush()
                    os.fsync(sink.fileno())
    except (zipfile.BadZipFile, EOFError, NotImplementedError) as exc:  # a CRC error
        raise not_a_backup() from exc
    return db_path, slots_path


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file (before copying files or after a restore)."""
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

"""A backup's database copied in one pass from a snapshot, and verified while it is copied.

The file is read once, in large chunks, and each chunk is written straight into the backup's
archive (no separate copy to zip afterwards). Two checks prove the copy restorable, at the same
time on the two cores of a small PC:

* **every page's HMAC, on the bytes written** (``page_hmac``, in the copying thread, on each
  chunk before it is written): each page is one SQLCipher wrote under this database's key, at
  this page number, unchanged — what ``PRAGMA cipher_integrity_check`` proves, computed on the
  copy itself instead of reading it back. A changed byte anywhere, a lost or shifted page, a
  page under another key, a truncated file: each is found here.
* **the structure** (``PRAGMA quick_check``, on the connection that holds the snapshot, i.e.
  on exactly the bytes being copied): every b-tree page, cell, overflow chain and free-list
  page is sound, every page is accounted for, and NOT NULL columns hold values. It does not
  compare indexes with their tables (``relais check --full`` does). An HMAC does not say which
  version of a page it is, so a page from an earlier moment (a write the disk lost) passes
  the first check and is what this one catches. SQLCipher also checks the HMAC of each page as
  quick_check reads it.

The zip's CRC-32 of the member is computed on the same bytes (a restore checks it as it
extracts), and a restore runs both SQLite checks again before it replaces anything.

A page that fails its HMAC in the copy is read again from the database file: if it is sound
there, the copy was damaged on its way (memory, a failing disk) and ``StorageError`` says so;
if not, the database itself is damaged (``DamagedData``). Either way the caller writes nothing
under the backup's name, and earlier backups are kept. What is not checked: the bytes once on
the backup disk are not read back (as with a plain file copy).
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import BinaryIO

import sqlcipher3

from desktop.core.errors import DamagedData, StorageError
from desktop.core.i18n import translate
from desktop.core.store.page_copy import Snapshot
from desktop.core.store.page_hmac import PageVerifier

CHUNK = 8 * 1024 * 1024  # a multiple of every page size
MAX_PAGE_SIZE = 65536
REREAD_PAGES = 16  # bad pages of a copy read again from the database to tell who is at fault


def damaged_source() -> DamagedData:
    """The error for a database that fails its checks while a backup is made."""
    return DamagedData(
        translate("Backups", "The database is damaged: no backup was written."),
        hint=translate("Backups", "Keep the last good backup, run 'relais check' and restore "
                                  "that backup."))


def damaged_copy() -> StorageError:
    """The error for a copy that came out different from the (sound) database."""
    return StorageError(
        translate("Backups", "The copy of the database did not match the database (a memory "
                             "or disk fault while copying): no backup was written."),
        hint=translate("Backups", "Make the backup again; the earlier backups are kept. If it "
                                  "happens again, try another backup disk."))


class EarlyWriteback:
    """A writer into ``sink`` (a member of the zip being written to ``handle``) that asks the
    system to start writing each chunk to disk as soon as it is written (Linux), instead of
    leaving a whole database's worth for the final ``fsync``: the disk then works while the
    checks run, and the copy does not push the rest of the PC's files out of memory."""

    def __init__(self, sink: BinaryIO, handle: BinaryIO) -> None:
        self._sink, self._handle = sink, handle
        self._advise = getattr(os, "posix_fadvise", None)

    def write(self, data: memoryview | bytes) -> int:
        """Write ``data`` and start its write-back; returns the bytes written."""
        start = self._handle.tell()
        written = self._sink.write(data)
        if self._advise is not None:
            self._handle.flush()
            self._advise(self._handle.fileno(), start, written,
                         os.POSIX_FADV_DONTNEED)  # type: ignore[attr-defined]
        return written


def verifier_for(snap: Snapshot, key: bytes) -> PageVerifier | None:
    """The page verifier for the snapshot's database, or None (use SQLCipher's checks)."""
    first = os.pread(snap.reader.fileno(), MAX_PAGE_SIZE, 0)
    return PageVerifier.for_database(snap.cursor, key, first)


def _read_into(reader: BinaryIO, buffer: bytearray) -> int:
    """Fill ``buffer`` from ``reader``; fewer bytes only at the end of the file."""
    view, filled = memoryview(buffer), 0
    while filled < len(buffer):
        got = reader.readinto(view[filled:])  # type: ignore[attr-defined]
        if not got:
            break
        filled += got
    return filled


def _copy(snap: Snapshot, verifier: PageVerifier, sink: BinaryIO,
          stop: threading.Event) -> tuple[int, list[int]]:
    """Copy the file into ``sink``, checking each chunk's pages first; (bytes, bad pages)."""
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    copied, page = 0, 1
    while not stop.is_set():
        count = _read_into(snap.reader, buffer)
        if not count:
            break
        bad = verifier.bad_pages(view[:count], page)
        if bad:
            return copied, bad
        sink.write(view[:count])
        copied += count
        page += count // verifier.page_size
    return copied, []


def _quick_check(cursor: object) -> list[str]:
    try:
        rows = [str(r[0]) for r in cursor.execute("PRAGMA quick_check").fetchall()]  # type: ignore[attr-defined]
    except sqlcipher3.DatabaseError as exc:  # e.g. a page whose HMAC fails as it is read
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _sound_in_database(snap: Snapshot, verifier: PageVerifier, pages: list[int]) -> bool:
    size = verifier.page_size
    return all(verifier.page_ok(os.pread(snap.reader.fileno(), size, (n - 1) * size), n)
               for n in pages[:REREAD_PAGES])


def copy_verified(snap: Snapshot, verifier: PageVerifier, sink: BinaryIO) -> int:
    """Write the snapshot's database into ``sink``, verified (see the module's doc); returns
    the bytes written. ``DamagedData`` if the database fails a check, ``StorageError`` if
    only the copy does, ``OSError`` from the disk; the caller then discards ``sink``."""
    stop = threading.Event()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="relais-backup") as pool:
        copying = pool.submit(_copy, snap, verifier, sink, stop)
        try:
            problems = _quick_check(snap.cursor)
        except BaseException:
            stop.set()
            raise
        if problems:
            stop.set()  # the copy is of no use now
        copied, bad = copying.result()
    if bad:
        if not _sound_in_database(snap, verifier, bad):
            raise damaged_source()
        raise damaged_copy()
    if problems:
        raise damaged_source()
    if copied != snap.size:  # the file changed under the snapshot: never a copy to keep
        raise damaged_copy()
    pages = int(snap.cursor.execute("PRAGMA page_count").fetchone()[0])
    if pages * verifier.page_size > copied:  # the file is shorter than the database says
        raise damaged_source()
    return copied

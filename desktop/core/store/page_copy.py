"""A backup's database read as the file's bytes: the pages are already encrypted under the key.

A backup keeps the database's own key (the backup API refuses another), so its pages can be
the file's bytes as they are: no page is decrypted and encrypted again, which made the backup
API copy cost many times a file copy on a large database. The file is one consistent snapshot
while it does not change and holds every committed page:

1. ``wal_checkpoint(TRUNCATE)`` folds the WAL into the file and empties it;
2. a read transaction begins; if the WAL is still empty then, this reader reads the file alone
   (SQLite's read mark 0), and no checkpoint may write into the file until it ends: a save on
   another connection goes to the WAL, wholly after the snapshot;
3. the file is read (and whatever else needs that moment is done on the connection that holds
   it, e.g. ``quick_check``), then the read transaction ends.

When the WAL cannot be emptied (another connection reading or writing) or was written to
before the snapshot began, :func:`snapshot` gives None: the caller uses the backup API.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Engine

from desktop.core.store.engine import fresh_connection

CHECKPOINT_WAIT_MS = 200


@dataclass(frozen=True)
class Snapshot:
    """The database file open for reading at one moment, and the connection holding it."""

    reader: BinaryIO  # the file, positioned at its start
    size: int  # its size in bytes when the snapshot began
    cursor: Any  # a DB-API cursor inside the read transaction (same moment as the file)


def _wal(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + "-wal")


def _wal_empty(db_path: Path) -> bool:
    try:
        return _wal(db_path).stat().st_size == 0
    except FileNotFoundError:
        return True


def _emptied(cursor: Any) -> bool:
    """Fold the WAL in and empty it, waiting for other connections a moment only: while it
    waits, the checkpoint holds the write lock, and a save elsewhere would wait as long."""
    wait = int(cursor.execute("PRAGMA busy_timeout").fetchone()[0])
    cursor.execute(f"PRAGMA busy_timeout = {CHECKPOINT_WAIT_MS}")
    try:
        return not cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        cursor.execute(f"PRAGMA busy_timeout = {wait}")


@contextmanager
def snapshot(engine: Engine, db_path: Path) -> Iterator[Snapshot | None]:
    """The database file as one consistent snapshot for the ``with`` block (see the module's
    doc), or None when that cannot be had now. The read transaction ends with the block, on a
    connection of its own (``quick_check`` runs on it: see :func:`fresh_connection`)."""
    with fresh_connection(engine) as source:
        cursor = source.cursor()
        try:
            if not _emptied(cursor):
                yield None
                return
            cursor.execute("BEGIN")
            try:
                cursor.execute("SELECT count(*) FROM main.sqlite_master").fetchone()
                if not _wal_empty(db_path):
                    yield None  # a save came first: this snapshot reads the WAL too
                    return
                with open(db_path, "rb") as reader:
                    size = os.fstat(reader.fileno()).st_size
                    yield Snapshot(reader, size, cursor)
            finally:
                cursor.execute("ROLLBACK")
        finally:
            cursor.close()

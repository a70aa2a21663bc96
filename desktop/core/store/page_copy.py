"""A backup's database copy as a file copy: the pages are already encrypted under the key.

A backup keeps the database's own key (the backup API refuses another), so its pages can be
the file's bytes as they are: no page is decrypted and encrypted again, which made the backup
API copy cost many times a file copy on a large database. The copy is a consistent snapshot
when the database file does not change while it is read and holds every committed page:

1. ``wal_checkpoint(TRUNCATE)`` folds the WAL into the file and empties it;
2. a read transaction begins; if the WAL is still empty then, this reader reads the file alone
   (SQLite's read mark 0), and no checkpoint may write into the file until it ends: a save on
   another connection goes to the WAL, wholly after the snapshot;
3. the file is copied, then the read transaction ends.

When the WAL cannot be emptied (another connection reading or writing) or was written to
before the snapshot began, :func:`copy_pages` copies nothing and returns False: the caller
uses the backup API. The caller checks the copy either way (both integrity checks).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

CHUNK = 4 * 1024 * 1024
CHECKPOINT_WAIT_MS = 200


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


def copy_pages(engine: Engine, db_path: Path, target: Path) -> bool:
    """Copy the database file to ``target`` (which must not exist) as one consistent snapshot
    (see the module's doc); False, with nothing written, when that cannot be done now."""
    source = engine.raw_connection()
    try:
        cursor = source.cursor()
        try:
            if not _emptied(cursor):
                return False
            cursor.execute("BEGIN")
            try:
                cursor.execute("SELECT count(*) FROM main.sqlite_master").fetchone()
                if not _wal_empty(db_path):
                    return False  # a save came first: this snapshot reads the WAL too
                with open(db_path, "rb") as reader, open(target, "xb") as writer:
                    shutil.copyfileobj(reader, writer, CHUNK)
                    writer.flush()
                    os.fsync(writer.fileno())
            finally:
                cursor.execute("ROLLBACK")
        finally:
            cursor.close()
    finally:
        source.close()
    return True

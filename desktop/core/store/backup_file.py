"""Copy the open encrypted database to another encrypted file with the same key."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, text


def export_encrypted(engine: Engine, key: bytes, target: Path) -> None:
    """Write a consistent encrypted copy of the database to ``target`` (which must not exist).

    Uses ``sqlcipher_export`` into an attached database keyed with the same raw key, then syncs
    the file. The caller renames it into place.
    """
    literal = f"x'{key.hex()}'"
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("ATTACH DATABASE ? AS relais_copy KEY ?", (str(target), literal))
        try:
            cursor.execute("SELECT sqlcipher_export('relais_copy')")
            version = cursor.execute("PRAGMA main.user_version").fetchone()[0]
            cursor.execute(f"PRAGMA relais_copy.user_version = {int(version)}")
        finally:
            cursor.execute("DETACH DATABASE relais_copy")
        cursor.close()
    finally:
        raw.close()
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file (before copying files or after a restore)."""
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

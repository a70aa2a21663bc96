"""A backup's database copy taken as a file copy: one moment, every committed case, or nothing."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import text

from desktop.core.services.safety import backups
from desktop.core.store import page_copy, verified_copy
from desktop.core.store.engine import make_engine
from desktop.core.store.vault import Vault
from tests.helpers.safety import case_count, open_case, raw_problems


def _cases_in(db: Path, key: bytes) -> int:
    engine = make_engine(db, key)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM cases")).scalar_one())
    finally:
        engine.dispose()


def _copy_pages(vault: Vault, target: Path) -> bool:
    """The backup's quick way, into a plain file: False when no snapshot can be had now."""
    with page_copy.snapshot(vault.require_engine(), vault.folder.db_path) as snap:
        if snap is None:
            return False
        verifier = verified_copy.verifier_for(snap, vault.key)
        assert verifier is not None  # the database's cipher settings are the known ones
        with open(target, "xb") as sink:
            verified_copy.copy_verified(snap, verifier, sink)
    return True


def test_a_quiet_database_is_copied_as_its_encrypted_pages(admin, tmp_path: Path) -> None:
    for _ in range(3):
        open_case(admin)
    target = tmp_path / "copy.db"
    assert _copy_pages(admin, target)
    assert target.read_bytes() == admin.folder.db_path.read_bytes()  # nothing re-encrypted
    assert raw_problems(target, admin.key) == []
    assert _cases_in(target, admin.key) == 3  # the WAL was folded in first


def test_a_save_during_the_copy_is_wholly_after_it(admin, tmp_path: Path, monkeypatch) -> None:
    open_case(admin)
    read, saved = verified_copy._read_into, []

    def save_then_read(reader, buffer):  # type: ignore[no-untyped-def]
        if not saved:
            saver = threading.Thread(target=open_case, args=(admin,))  # its own connection
            saver.start()
            saver.join()  # committed while the file is being read
            saved.append(True)
        return read(reader, buffer)

    monkeypatch.setattr(verified_copy, "_read_into", save_then_read)
    target = tmp_path / "copy.db"
    assert _copy_pages(admin, target)
    assert raw_problems(target, admin.key) == []
    assert _cases_in(target, admin.key) == 1 and case_count(admin) == 2


def test_a_busy_database_falls_back_to_the_backup_api(admin, tmp_path: Path) -> None:
    open_case(admin)
    engine = admin.require_engine()
    reading, done = threading.Event(), threading.Event()

    def long_read() -> None:  # another thread: another connection, a read left open
        conn = engine.raw_connection()
        try:
            cursor = conn.cursor()
            cursor.execute("BEGIN")  # a snapshot held, as a long report's query holds one
            cursor.execute("SELECT count(*) FROM cases").fetchone()
            reading.set()
            done.wait(30)
            cursor.execute("ROLLBACK")
        finally:
            conn.close()

    reader = threading.Thread(target=long_read)
    reader.start()
    try:
        reading.wait(30)
        open_case(admin)  # its WAL frames cannot be folded in while that read lasts
        target = tmp_path / "copy.db"
        assert not _copy_pages(admin, target)
        assert not target.exists()
        result = backups.make_backup(admin, tmp_path / "b.relaisbak")
    finally:
        done.set()
        reader.join()
    restored = _unzipped(result.path, tmp_path / "restored")
    assert raw_problems(restored, admin.key) == []
    assert _cases_in(restored, admin.key) == 2


def _unzipped(path: Path, into: Path) -> Path:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        archive.extractall(into)
    return into / "relais.db"

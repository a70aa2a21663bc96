"""A backup's database copy taken as a file copy: one moment, every committed case, or nothing."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from sqlalchemy import text

from desktop.core.services.safety import backups
from desktop.core.store import page_copy
from desktop.core.store.engine import make_engine
from tests.helpers.safety import case_count, open_case, raw_problems


def _cases_in(db: Path, key: bytes) -> int:
    engine = make_engine(db, key)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM cases")).scalar_one())
    finally:
        engine.dispose()


def test_a_quiet_database_is_copied_as_its_encrypted_pages(admin, tmp_path: Path) -> None:
    for _ in range(3):
        open_case(admin)
    target = tmp_path / "copy.db"
    assert page_copy.copy_pages(admin.require_engine(), admin.folder.db_path, target)
    assert target.read_bytes() == admin.folder.db_path.read_bytes()  # nothing re-encrypted
    assert raw_problems(target, admin.key) == []
    assert _cases_in(target, admin.key) == 3  # the WAL was folded in first


def test_a_save_during_the_copy_is_wholly_after_it(admin, tmp_path: Path, monkeypatch) -> None:
    open_case(admin)
    copy = shutil.copyfileobj

    def save_then_copy(reader, writer, length):  # type: ignore[no-untyped-def]
        saver = threading.Thread(target=open_case, args=(admin,))  # its own connection
        saver.start()
        saver.join()  # committed while the file is being read
        copy(reader, writer, length)

    monkeypatch.setattr(page_copy.shutil, "copyfileobj", save_then_copy)
    target = tmp_path / "copy.db"
    assert page_copy.copy_pages(admin.require_engine(), admin.folder.db_path, target)
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
        assert not page_copy.copy_pages(engine, admin.folder.db_path, target)
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

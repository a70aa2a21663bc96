"""Backups: encrypted, complete, rotated, written where the administrator chose (bars 1, 7)."""

from __future__ import annotations

import sqlite3
import threading
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.errors import PermissionDenied, StorageError, ValidationError
from desktop.core.services.accounts import audit, settings
from desktop.core.services.safety import backups
from desktop.core.store.backup_file import read_manifest
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.engine import make_engine
from tests.helpers import folders
from tests.helpers.safety import case_count, open_case, raw_problems


def _unzip(path: Path, into: Path) -> tuple[Path, Path]:
    with zipfile.ZipFile(path) as archive:
        archive.extractall(into)
    return into / "relais.db", into / "keyslots.json"


def test_backup_is_encrypted_complete_and_audited(admin, tmp_path: Path) -> None:
    open_case(admin, name=folders.MARKER)
    result = backups.make_backup(admin, tmp_path / "one.relaisbak")
    assert result.path.exists() and result.size == result.path.stat().st_size
    raw = result.path.read_bytes()
    for encoding in ("utf-8", "utf-16-le"):
        assert folders.MARKER.encode(encoding) not in raw
    db, _slots = _unzip(result.path, tmp_path / "x")
    assert not db.read_bytes()[:16].startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert raw_problems(db, admin.key) == []
    assert read_manifest(result.path, verify=True).reason == "manual"
    assert audit.events(admin, action="backup")[0].details == "manual"


def test_a_caseworker_may_not_back_up_list_or_restore(caseworker, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):  # a backup is the whole database
        backups.make_backup(caseworker, tmp_path / "cw.relaisbak")
    assert not (tmp_path / "cw.relaisbak").exists()
    with pytest.raises(PermissionDenied):
        backups.list_backups(caseworker)


def test_backup_during_saves_on_another_thread_is_one_consistent_moment(
        admin, tmp_path: Path) -> None:
    """A backup taken while another connection saves cases holds whole cases only."""
    stop = threading.Event()

    def writer() -> None:
        while not stop.is_set():
            open_case(admin)

    for _ in range(20):
        open_case(admin)
    thread = threading.Thread(target=writer)
    thread.start()
    try:
        paths = [backups.make_backup(admin, tmp_path / f"b{i}.relaisbak").path for i in range(2)]
    finally:
        stop.set()
        thread.join()
    for i, path in enumerate(paths):
        db, _ = _unzip(path, tmp_path / f"u{i}")
        engine = make_engine(db, admin.key)
        with engine.connect() as conn:
            cases = conn.execute(text("SELECT count(*) FROM cases")).scalar_one()
            incidents = conn.execute(text("SELECT count(*) FROM incidents")).scalar_one()
            steps = conn.execute(text("SELECT count(*) FROM case_steps")).scalar_one()
        engine.dispose()
        assert incidents == cases and steps == 2 * cases  # never half a case


def test_checks_and_backups_after_saves_on_another_connection_find_nothing_wrong(
        admin, tmp_path: Path) -> None:
    """A connection that read the name index before other connections saved cases (enough for
    the index to merge its segments) still finds the database sound, and backs it up.

    SQLite's FTS5 checks the name index against the layout its connection last read, without
    asking whether it changed since: on such a connection, quick_check called a sound index
    corrupt and a backup refused to be written ("the database is damaged")."""
    def saves_elsewhere() -> None:
        thread = threading.Thread(target=lambda: [open_case(admin, name="Fatoumata Diarra")
                                                  for _ in range(20)])
        thread.start()
        thread.join()

    open_case(admin, name="Aminata Traoré")
    for _ in range(8):  # the false "corrupt" came after 2 to 6 such rounds
        assert admin.integrity_problems() == []  # reads the name index on this thread
        saves_elsewhere()
    assert admin.integrity_problems(full=True) == []
    written = []
    for i in range(3):
        written.append(backups.make_backup(admin, tmp_path / f"b{i}.relaisbak").path)
        saves_elsewhere()
    for i, path in enumerate(written):
        db, _ = _unzip(path, tmp_path / f"u{i}")
        assert raw_problems(db, admin.key) == []
    open_case(admin)  # the vault's own connections work as before
    assert case_count(admin) == 1 + 11 * 20 + 1


def test_rotation_keeps_the_newest_and_touches_only_our_files(tmp_path: Path) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    names = [f"relais-2026010{d}-120000-daily.relaisbak" for d in range(1, 8)]
    for name in names:
        (folder / name).write_bytes(b"x")
    others = ["relais-20250101-000000-before-upgrade.relaisbak", "photos.zip",
              "relais-notes.relaisbak", "relais-20250101-000000-daily.relaisbak.txt"]
    for name in others:
        (folder / name).write_bytes(b"y")
    removed = backups.rotate(folder, 3)
    assert sorted(p.name for p in removed) == names[:4]
    left = sorted(p.name for p in folder.iterdir())
    assert left == sorted(names[4:] + others)


def test_backups_go_to_the_chosen_folder_with_rotation(admin, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    backups.set_backup_folder(admin, stick)
    settings.set_value(admin, "backup_keep", 2)
    written = [backups.make_backup(admin).path for _ in range(3)]
    assert all(p.parent == stick for p in written)
    assert sorted(stick.glob("*.relaisbak")) == sorted(written[1:])
    assert [b.path for b in backups.list_backups(admin)][:2] == written[:0:-1]


def test_choosing_a_missing_folder_is_refused(admin, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        backups.set_backup_folder(admin, tmp_path / "nowhere")


def test_unplugged_stick_falls_back_to_the_data_folder_and_says_so(admin, tmp_path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    backups.set_backup_folder(admin, stick)
    stick.rmdir()  # the stick was unplugged
    result = backups.make_backup(admin)
    assert result.path.parent == admin.folder.backups_dir and result.path.exists()
    assert "not available" in result.notice and str(stick) in result.notice


def test_daily_backup_once_a_day_at_login_and_never_blocks_login(folder: DataFolder,
                                                                  tmp_path: Path) -> None:
    vault = folders.login(folder)
    with vault.session() as session:  # pretend the last automatic backup was yesterday
        settings.put_in_session(session, "last_auto_backup",
                                (date.today() - timedelta(days=1)).isoformat())
    stick = tmp_path / "stick"
    stick.mkdir()
    backups.set_backup_folder(vault, stick)
    vault.close()

    vault = folders.login(folder, folders.CASEWORKER)  # the first login today
    assert len(list(stick.glob("*-daily.relaisbak"))) == 1
    assert settings.get(vault, "last_auto_backup") == date.today().isoformat()
    assert backups.take_login_notice(vault) == ""
    vault.close()
    vault = folders.login(folder, folders.SUPERVISOR)  # later the same day: no new backup
    assert len(list(stick.glob("*-daily.relaisbak"))) == 1
    with vault.session() as session:
        settings.put_in_session(session, "last_auto_backup", "2000-01-01")
    vault.close()

    stick.rename(tmp_path / "unplugged")
    vault = folders.login(folder)  # login still works; the person is told
    try:
        notice = backups.take_login_notice(vault)
        assert "not available" in notice
        assert backups.take_login_notice(vault) == ""  # told once
        assert any(p.name.endswith("-daily.relaisbak") for p in folder.backups_dir.iterdir())
    finally:
        vault.close()


def test_daily_backup_failure_is_a_notice_and_retried(folder: DataFolder, monkeypatch) -> None:
    vault = folders.login(folder)
    with vault.session() as session:
        settings.put_in_session(session, "last_auto_backup", "2000-01-01")
    vault.close()

    def full_disk(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "write_backup", full_disk)
    vault = folders.login(folder)
    try:
        assert "could not be written" in backups.take_login_notice(vault)
        assert settings.get(vault, "last_auto_backup") == "2000-01-01"  # tried again next time
    finally:
        vault.close()


def test_manual_backup_to_a_full_disk_is_a_storage_error(admin, tmp_path, monkeypatch) -> None:
    def full_disk(*_a, **_k):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "write_backup", full_disk)
    with pytest.raises(StorageError, match="could not be written"):
        backups.make_backup(admin, tmp_path / "b.relaisbak")
    assert not list(tmp_path.glob("*.relaisbak"))


def test_latest_good_backup_skips_damaged_files(admin, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    backups.set_backup_folder(admin, stick)
    good = backups.make_backup(admin).path
    newer = backups.make_backup(admin).path
    data = bytearray(newer.read_bytes())
    data[len(data) // 2] ^= 0xFF  # a dying stick: one byte changed
    newer.write_bytes(bytes(data))
    (stick / "relais-29990101-000000-daily.relaisbak").write_bytes(b"not a zip")
    admin.close()
    assert backups.latest_good_backup(DataFolder(admin.folder.path)) == good


def test_no_backup_at_all_gives_none(tmp_path: Path) -> None:
    assert backups.latest_good_backup(tmp_path / "empty") is None


def test_backup_holds_the_cases(admin, tmp_path: Path) -> None:
    for _ in range(3):
        open_case(admin)
    assert case_count(admin) == 3

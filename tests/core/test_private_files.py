"""Private files (issue 10, point 8): modes checked with ``os.stat`` after real operations,
the Windows ACL command, and the tidying of ``.part`` files and ``replaced-*`` folders."""

from __future__ import annotations

import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from filelock import FileLock

from desktop.core.services import session
from desktop.core.services.accounts import settings
from desktop.core.services.safety import backups, restore
from desktop.core.store import backup_file, private_folder
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders
from tests.helpers.safety import open_case

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The worst umask a machine can have: everything Relais writes would be 0666/0777."""
    old = os.umask(0)
    yield
    os.umask(old)


def _assert_private(folder: Path) -> None:
    assert _mode(folder) == 0o700, folder
    for path in folder.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert _mode(path) == expected, f"{path.relative_to(folder)}: {oct(_mode(path))}"


def test_a_new_folder_and_everything_written_in_it_are_private(
        tmp_path: Path, open_umask: None) -> None:
    folder, _ = folders.new_folder(tmp_path / "new" / "data")
    vault = folders.login(folder)
    try:
        open_case(vault)  # the -wal and -shm exist now
        assert (folder.path / "relais.db-wal").exists()
        _assert_private(folder.path)
        made = backups.make_backup(vault)  # the data folder's backups/
        backups.set_backup_folder(vault, str(tmp_path))  # writes backup-folder.txt
    finally:
        vault.close()
    assert _mode(made.path) == 0o600 and _mode(made.path.parent) == 0o700
    _assert_private(folder.path)

    other = DataFolder(tmp_path / "other-pc")  # restored on a new PC, then again over it
    restore.restore_backup(other, made.path, username=folders.ADMIN,
                           password=folders.ADMIN_PASSWORD)
    result = restore.restore_backup(other, made.path, username=folders.ADMIN,
                                    password=folders.ADMIN_PASSWORD)
    assert result.replaced is not None
    _assert_private(other.path)


def test_a_backup_to_a_chosen_file_is_private(folder: DataFolder, tmp_path: Path,
                                              open_umask: None) -> None:
    vault = folders.login(folder)
    try:
        made = backups.make_backup(vault, tmp_path / "stick" / "new" / "b.relaisbak")
    finally:
        vault.close()
    assert _mode(made.path) == 0o600 and _mode(made.path.parent) == 0o700


def test_an_existing_wide_folder_of_ours_is_tightened_at_open(folder: DataFolder) -> None:
    os.chmod(folder.path, 0o755)
    os.chmod(folder.db_path, 0o644)
    os.chmod(folder.slots_path, 0o644)
    vault = folders.login(folder)
    vault.close()
    assert _mode(folder.path) == 0o700
    assert _mode(folder.db_path) == 0o600 and _mode(folder.slots_path) == 0o600


def test_a_folder_holding_other_things_keeps_its_mode(folder: DataFolder) -> None:
    (folder.path / "holiday.jpg").write_bytes(b"not ours")
    os.chmod(folder.path, 0o755)
    vault = folders.login(folder)
    vault.close()
    assert _mode(folder.path) == 0o755  # their Documents folder, say: not ours to change
    assert _mode(folder.db_path) == 0o600  # but our own database is private all the same


def test_the_windows_acl_command() -> None:
    assert private_folder.windows_acl_command(Path("C:/RelaisData"), "awa") == [
        "icacls", str(Path("C:/RelaisData")), "/inheritance:r",
        "/grant:r", "awa:(OI)(CI)F", "/grant:r", "*S-1-5-32-544:(OI)(CI)F"]


def test_the_acl_is_set_only_on_a_folder_relais_creates_on_windows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    monkeypatch.setattr(private_folder.sys, "platform", "win32")
    monkeypatch.setenv("USERNAME", "awa")
    monkeypatch.setattr(private_folder.subprocess, "run",
                        lambda argv, **_kw: calls.append(argv))
    private_folder.prepare(tmp_path / "new")
    assert calls == [private_folder.windows_acl_command(tmp_path / "new", "awa")]
    private_folder.prepare(tmp_path / "new")  # existing (e.g. a shared folder): left alone
    assert len(calls) == 1
    monkeypatch.setattr(private_folder.sys, "platform", sys.platform)


def test_stale_part_files_go_at_login_fresh_ones_and_others_stay(folder: DataFolder) -> None:
    day_and_more = time.time() - 25 * 3600
    stale = folder.path / ".relais-abc123.part"
    fresh = folder.path / ".relais-def456.part"
    unfinished = folder.path / "backups" / ".relais-backup-xyz"
    theirs = folder.path / "notes.part"
    unfinished.mkdir(parents=True)
    for path in (stale, fresh, theirs, unfinished / "backup.partial"):
        path.write_bytes(b"half")
    for path in (stale, theirs, unfinished):
        os.utime(path, (day_and_more, day_and_more))
    vault = folders.login(folder)
    vault.close()
    assert not stale.exists() and not unfinished.exists()
    assert fresh.exists() and theirs.exists()


def test_replaced_folders_are_kept_as_long_as_backups(folder: DataFolder,
                                                      tmp_path: Path) -> None:
    vault = folders.login(folder)
    settings.set_value(vault, "backup_keep", 2)
    made = backups.make_backup(vault, tmp_path / "b.relaisbak").path
    session.lock(vault)
    for _ in range(3):  # three restores: three replaced-* folders (names one second apart)
        restore.restore_backup(folder, made, username=folders.ADMIN,
                               password=folders.ADMIN_PASSWORD)
        time.sleep(1.05)
    kept = sorted(p.name for p in folder.path.glob("replaced-*"))
    assert len(kept) == 3
    vault = folders.login(folder)  # tidied at login
    vault.close()
    assert sorted(p.name for p in folder.path.glob("replaced-*")) == kept[1:]


def test_a_killed_backups_folder_goes_at_once_a_live_ones_stays(folder: DataFolder) -> None:
    """A backup killed halfway (15 GB at a million cases) leaves its folder: the next login
    removes it the same day when no process holds its writer's lock, never while one does."""
    backups_dir = folder.path / "backups"
    killed = backups_dir / ".relais-backup-killed"
    writing = backups_dir / ".relais-backup-writing"
    unlocked_old_style = backups_dir / ".relais-backup-older"  # no lock file: age decides
    for work in (killed, writing, unlocked_old_style):
        work.mkdir(parents=True)
        (work / "backup.partial").write_bytes(b"half")
    (killed / private_folder.WRITER_LOCK).write_bytes(b"")  # its writer died: nobody holds it
    held = FileLock(writing / private_folder.WRITER_LOCK)
    with held:
        vault = folders.login(folder)
        vault.close()
        assert not killed.exists()
        assert (writing / "backup.partial").exists()
        assert unlocked_old_style.exists()
    vault = folders.login(folder)  # the writer finished (lock released): abandoned now
    vault.close()
    assert not writing.exists() and unlocked_old_style.exists()


def test_a_backup_holds_its_folder_while_it_writes(folder: DataFolder, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    vault = folders.login(folder)
    seen: list[bool] = []
    real = backup_file._write_archive

    def watching(partial: Path, *args: object, **kwargs: object) -> None:
        lock = partial.parent / private_folder.WRITER_LOCK
        seen.append(lock.is_file() and not private_folder.abandoned(partial.parent))
        real(partial, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backup_file, "_write_archive", watching)
    try:
        made = backups.make_backup(vault, tmp_path / "b.relaisbak").path
    finally:
        vault.close()
    assert seen == [True] and made.exists()  # its lock there and held
    assert not list(tmp_path.glob(".relais-backup-*"))

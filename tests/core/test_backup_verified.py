"""A backup is verified on the bytes it writes: a damaged copy or database is refused, loudly,
and the earlier backups stay (issue 13, point 3)."""

from __future__ import annotations

import shutil
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.errors import DamagedData, StorageError
from desktop.core.services.accounts import audit
from desktop.core.services.safety import backups, restore
from desktop.core.store import backup_file, page_hmac, verified_copy
from desktop.core.store.backup_file import Manifest, checkpoint, write_backup
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.engine import make_engine
from desktop.core.store.page_hmac import PageVerifier
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.safety import counts, flip_middle_page, open_case, raw_problems

PAGE = 4096


def _quiet_copy(vault: Vault, target: Path) -> bytes:
    checkpoint(vault.require_engine())  # every page in the file, none in the WAL
    shutil.copyfile(vault.folder.db_path, target)
    return target.read_bytes()


def _stick_with_one_backup(admin: Vault, tmp_path: Path) -> tuple[Path, Path]:
    stick = tmp_path / "stick"
    stick.mkdir()
    backups.set_backup_folder(admin, stick)
    return stick, backups.make_backup(admin).path


def _only_that_backup_is_left(admin: Vault, stick: Path, first: Path, audited: int) -> None:
    assert list(stick.iterdir()) == [first]  # no half backup, no work folder left behind
    assert [b.path for b in backups.list_backups(admin) if b.path.parent == stick] == [first]
    assert len(audit.events(admin, action="backup")) == audited  # the refusal logged none


def test_the_page_check_finds_the_pages_sqlcipher_finds(admin: Vault, tmp_path: Path) -> None:
    for _ in range(3):
        open_case(admin)
    data = bytearray(_quiet_copy(admin, tmp_path / "copy.db"))
    verifier = PageVerifier(admin.key, bytes(data[:16]), PAGE)
    assert verifier.bad_pages(memoryview(data), 1) == []
    middle = len(data) // PAGE // 2
    data[middle * PAGE + 100] ^= 0x01  # page middle + 1 (pages count from 1)
    data[PAGE + 17] ^= 0x80  # page 2
    (tmp_path / "copy.db").write_bytes(bytes(data))
    assert verifier.bad_pages(memoryview(data), 1) == [2, middle + 1]
    found = " ".join(raw_problems(tmp_path / "copy.db", admin.key, full=False))
    assert f"page {middle + 1}" in found and "page 2" in found  # SQLCipher's own check agrees
    assert verifier.bad_pages(memoryview(data)[:PAGE + 10], 1) == [2]  # a torn last page
    other = PageVerifier(bytes(32), bytes(data[:16]), PAGE)  # another key: nothing verifies
    assert other.bad_pages(memoryview(data)[:3 * PAGE], 1) == [1, 2, 3]
    lock_page = page_hmac.LOCK_BYTE_OFFSET // PAGE + 1  # never written by SQLite: skipped
    assert verifier.page_ok(bytes(PAGE), lock_page) and not verifier.page_ok(bytes(PAGE), 5)


def test_a_byte_changed_in_the_copy_is_refused_and_the_earlier_backup_kept(
        admin: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_case(admin)
    stick, first = _stick_with_one_backup(admin, tmp_path)
    audited = len(audit.events(admin, action="backup"))
    read = verified_copy._read_into

    def read_then_flip(reader, buffer):  # type: ignore[no-untyped-def]
        count = read(reader, buffer)
        if count:
            buffer[count // 2] ^= 0x04  # a bit changed in memory, between disk and copy
        return count

    monkeypatch.setattr(verified_copy, "_read_into", read_then_flip)
    with pytest.raises(StorageError, match="did not match the database") as caught:
        backups.make_backup(admin)
    assert "earlier backups are kept" in caught.value.hint
    _only_that_backup_is_left(admin, stick, first, audited)
    monkeypatch.undo()
    assert backups.make_backup(admin).path.exists()  # the database itself was sound


def test_a_damaged_page_in_the_database_is_refused_and_the_earlier_backup_kept(
        admin: Vault, tmp_path: Path) -> None:
    for _ in range(5):
        open_case(admin)
    stick, first = _stick_with_one_backup(admin, tmp_path)
    audited = len(audit.events(admin, action="backup"))
    checkpoint(admin.require_engine())
    flip_middle_page(admin.folder.db_path)  # the disk spoiled a page of the database
    with pytest.raises(DamagedData, match="database is damaged: no backup was written"):
        backups.make_backup(admin)
    _only_that_backup_is_left(admin, stick, first, audited)


def test_a_page_from_an_earlier_moment_is_refused_by_the_structure_check(
        folder: DataFolder, tmp_path: Path) -> None:
    """Every page authentic under the key (the HMACs all verify), but page 1 is an older
    version of itself, as a disk that lost a write leaves it: quick_check refuses the copy."""
    vault = folders.login(folder)
    open_case(vault)
    old = _quiet_copy(vault, tmp_path / "old.db")
    for _ in range(20):
        open_case(vault)
    key = vault.key
    checkpoint(vault.require_engine())
    vault.close()
    data = bytearray(folder.db_path.read_bytes())
    data[:PAGE] = old[:PAGE]
    folder.db_path.write_bytes(bytes(data))
    assert PageVerifier(key, bytes(data[:16]), PAGE).bad_pages(memoryview(data), 1) == []

    engine = make_engine(folder.db_path, key)
    target = tmp_path / "out" / "b.relaisbak"
    try:
        with pytest.raises(DamagedData, match="database is damaged"):
            write_backup(engine, key, folder.slots_path, target,
                         Manifest(datetime.now(), "manual", None, "", "test"))
    finally:
        engine.dispose()
    assert list((tmp_path / "out").iterdir()) == []


def test_cipher_settings_not_understood_here_use_sqlites_checks(
        admin: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_case(admin)
    exported: list[Path] = []
    export = backup_file.export_encrypted

    def counted(engine, key, target):  # type: ignore[no-untyped-def]
        exported.append(target)
        export(engine, key, target)

    monkeypatch.setattr(backup_file, "export_encrypted", counted)
    monkeypatch.setitem(page_hmac.EXPECTED, "cipher_hmac_algorithm", "HMAC_SHA1")
    result = backups.make_backup(admin, tmp_path / "b.relaisbak")
    assert len(exported) == 1  # the backup API's copy, checked by SQLCipher, then zipped
    with zipfile.ZipFile(result.path) as archive:
        archive.extractall(tmp_path / "x")
    assert raw_problems(tmp_path / "x" / "relais.db", admin.key) == []


def test_a_backup_zipped_the_earlier_way_still_restores(admin: Vault, tmp_path: Path) -> None:
    for _ in range(4):
        open_case(admin)
    before = counts(admin)
    made = backups.make_backup(admin, tmp_path / "new.relaisbak").path
    work = tmp_path / "unpacked"
    with zipfile.ZipFile(made) as archive:
        names = archive.namelist()
        archive.extractall(work)
    earlier = tmp_path / "earlier.relaisbak"  # as Relais wrote them before: members from files
    with zipfile.ZipFile(earlier, "w", compression=zipfile.ZIP_STORED) as archive:
        for name in names:
            archive.write(work / name, name)
    admin.close()
    target = DataFolder(tmp_path / "elsewhere")
    restore.restore_backup(target, earlier, username=folders.ADMIN,
                           password=folders.ADMIN_PASSWORD)
    vault = folders.login(target)
    try:
        assert counts(vault)["cases"] == before["cases"] == 4
    finally:
        vault.close()

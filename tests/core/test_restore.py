"""Restore: checked before anything is touched, old files kept aside, audited (bars 7, 14, 15)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.errors import (
    AlreadyOpen,
    DamagedData,
    NotFound,
    PermissionDenied,
    WrongPassword,
)
from desktop.core.services.accounts import audit
from desktop.core.services.safety import backups, restore
from desktop.core.store import restore_files
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders
from tests.helpers.safety import counts, flip_middle_page, open_case, raw_problems, usernames


def _snapshot(folder: DataFolder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.path.iterdir() if p.is_file()
            and p.name != "relais.lock"}


@pytest.fixture
def backup_file(folder: DataFolder, tmp_path: Path) -> Path:
    """A backup of ``folder`` holding two cases (the folder is closed afterwards)."""
    vault = folders.login(folder)
    open_case(vault)
    open_case(vault)
    path = backups.make_backup(vault, tmp_path / "drill.relaisbak").path
    vault.close()
    return path


def test_restore_drill_same_accounts_same_counts(folder: DataFolder, tmp_path: Path) -> None:
    vault = folders.login(folder)
    open_case(vault)
    before, people = counts(vault), usernames(vault)
    path = backups.make_backup(vault, tmp_path / "drill.relaisbak").path
    open_case(vault)  # saved after the backup: the restore takes the folder back
    vault.close()

    result = restore.restore_backup(folder, path, username=folders.ADMIN,
                                    password=folders.ADMIN_PASSWORD)
    assert result.accounts == len(people) and result.replaced is not None
    vault = folders.login(folder, folders.CASEWORKER)  # every account still opens it
    try:
        after = counts(vault)
        assert after["cases"] == before["cases"] and usernames(vault) == people
        assert after["audit_events"] > before["audit_events"]  # the restore (and this login)
        event = audit.events(vault, action="restore")[0]
        assert event.actor == folders.ADMIN
        assert vault.integrity_problems(full=True) == []
    finally:
        vault.close()
    kept = sorted(p.name for p in result.replaced.iterdir())
    assert "relais.db" in kept and "keyslots.json" in kept


def test_restore_into_an_empty_folder_on_another_pc(backup_file: Path, tmp_path: Path) -> None:
    other = DataFolder(tmp_path / "other-pc" / "Relais")
    result = restore.restore_backup(other, backup_file, username="ADMIN",
                                    password=folders.ADMIN_PASSWORD)
    assert result.replaced is None
    for username in (folders.ADMIN, folders.SUPERVISOR, folders.CASEWORKER):
        vault = folders.login(other, username)
        assert len(usernames(vault)) == 4
        vault.close()


def test_recovery_key_of_the_backup_restores_it(backup_file: Path, tmp_path: Path,
                                                recovery_key: str) -> None:
    other = DataFolder(tmp_path / "other")
    restore.restore_backup(other, backup_file, recovery_key=recovery_key.lower())
    vault = folders.login(other)
    assert audit.events(vault, action="restore")[0].actor == "recovery"
    vault.close()


@pytest.mark.parametrize("who", [
    {"username": folders.ADMIN, "password": "not the password"},
    {"username": "nobody", "password": folders.PASSWORD},
    {"recovery_key": "0000-0000-0000-0000-0000-0000-00"},
])
def test_wrong_secret_changes_nothing(folder, backup_file, who) -> None:  # type: ignore[no-untyped-def]
    before = _snapshot(folder)
    with pytest.raises(WrongPassword, match="backup"):
        restore.restore_backup(folder, backup_file, **who)
    assert _snapshot(folder) == before
    assert not (folder.path / restore_files.STAGING).exists()


def test_an_unknown_name_costs_one_argon2_run_like_a_wrong_password(
        folder: DataFolder, backup_file: Path, argon2_runs: list[object]) -> None:
    """A backup does not tell which accounts it holds by how fast it refuses a name."""
    from desktop.core.store import keyslots

    for who in ("nobody-here", folders.CASEWORKER):
        argon2_runs.clear()
        with pytest.raises(WrongPassword, match="backup"):
            restore.restore_backup(folder, backup_file, username=who, password="not it")
        assert argon2_runs == [keyslots.MIN_KDF]


def test_a_caseworker_cannot_restore(folder: DataFolder, backup_file: Path) -> None:
    before = _snapshot(folder)
    with pytest.raises(PermissionDenied, match="administrator"):
        restore.restore_backup(folder, backup_file, username=folders.CASEWORKER,
                               password=folders.PASSWORD)
    assert _snapshot(folder) == before


def test_a_damaged_backup_is_refused_before_anything_is_touched(
        folder: DataFolder, backup_file: Path, tmp_path: Path) -> None:
    import zipfile

    # Rebuild the zip around a database with a damaged page (valid CRCs): only the
    # integrity checks can tell.
    work = tmp_path / "unpacked"
    with zipfile.ZipFile(backup_file) as archive:
        archive.extractall(work)
        names = archive.namelist()
    flip_middle_page(work / "relais.db")
    damaged = tmp_path / "damaged.relaisbak"
    with zipfile.ZipFile(damaged, "w") as archive:
        for name in names:
            archive.write(work / name, name)
    before = _snapshot(folder)
    with pytest.raises(DamagedData, match="backup is damaged"):
        restore.restore_backup(folder, damaged, username=folders.ADMIN,
                               password=folders.ADMIN_PASSWORD)
    assert _snapshot(folder) == before

    bitrot = tmp_path / "bitrot.relaisbak"  # a changed byte: the zip's CRC tells
    data = bytearray(backup_file.read_bytes())
    data[len(data) // 2] ^= 1
    bitrot.write_bytes(bytes(data))
    with pytest.raises(DamagedData):
        restore.restore_backup(folder, bitrot, username=folders.ADMIN,
                               password=folders.ADMIN_PASSWORD)
    not_ours = tmp_path / "holiday.relaisbak"
    not_ours.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(DamagedData, match="not a readable Relais backup"):
        restore.restore_backup(folder, not_ours, username=folders.ADMIN,
                               password=folders.ADMIN_PASSWORD)
    with pytest.raises(NotFound):
        restore.restore_backup(folder, tmp_path / "missing.relaisbak",
                               username=folders.ADMIN, password=folders.ADMIN_PASSWORD)
    assert _snapshot(folder) == before


def test_restore_refused_while_the_folder_is_open(folder: DataFolder,
                                                  backup_file: Path) -> None:
    vault = folders.login(folder)
    try:
        with pytest.raises(AlreadyOpen):
            restore.restore_backup(folder, backup_file, username=folders.ADMIN,
                                   password=folders.ADMIN_PASSWORD)
    finally:
        vault.close()


@pytest.mark.parametrize("moved", [0, 1, 2, 3])
def test_power_cut_during_the_swap_is_finished_at_next_start(
        folder: DataFolder, backup_file: Path, tmp_path: Path, moved: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Interrupt the file moves after ``moved`` renames; opening the folder finishes them."""
    import os

    vault = folders.login(folder)
    open_case(vault)  # a case the backup does not have: the old database must not come back
    vault.close()
    real_replace, calls = os.replace, {"n": 0}

    def cut(src, dst):  # type: ignore[no-untyped-def]
        if str(dst).endswith("READY"):
            return real_replace(src, dst)
        if calls["n"] >= moved:
            raise OSError(5, "Input/output error")  # the power goes
        calls["n"] += 1
        return real_replace(src, dst)

    monkeypatch.setattr(restore_files.os, "replace", cut)
    with pytest.raises(Exception):  # noqa: B017 - any failure: what matters is what follows
        restore.restore_backup(folder, backup_file, username=folders.ADMIN,
                               password=folders.ADMIN_PASSWORD)
    monkeypatch.setattr(restore_files.os, "replace", real_replace)
    reopened = DataFolder(folder.path)
    assert reopened.exists()
    vault = folders.login(reopened)
    try:
        assert counts(vault)["cases"] == 2  # the backup's two cases, not three
        assert audit.events(vault, action="restore")
    finally:
        vault.close()
    assert not (folder.path / restore_files.STAGING).exists()
    assert not any(p.name.endswith("-wal") for p in folder.path.iterdir() if p.stat().st_size)


def test_staging_left_by_a_cut_before_ready_is_discarded(folder: DataFolder) -> None:
    staged = folder.path / restore_files.STAGING
    staged.mkdir()
    (staged / "relais.db").write_bytes(b"half")
    before = _snapshot(folder)
    assert folder.exists()
    assert not staged.exists() and _snapshot(folder) == before


def test_restored_database_passes_both_checks(backup_file: Path, tmp_path: Path) -> None:
    other = DataFolder(tmp_path / "o")
    restore.restore_backup(other, backup_file, username=folders.ADMIN,
                           password=folders.ADMIN_PASSWORD)
    vault = folders.login(other)
    key = vault.key
    vault.close()
    assert raw_problems(other.db_path, key) == []
    shutil.rmtree(other.path)


# -- what the backup holds, and backups of another organisation (issue 10, point 4) ----------

def _other_organisation_backup(tmp_path: Path) -> Path:
    """A backup of another centre's database (one case), same administrator name."""
    return folders.other_centre_backup(tmp_path / "kayes", tmp_path / "kayes.relaisbak",
                                       cases=1)


def test_the_summary_comes_from_the_decrypted_backup_before_the_swap(
        folder: DataFolder, backup_file: Path) -> None:
    seen: list[restore.BackupSummary] = []

    def look(summary: restore.BackupSummary) -> None:
        assert not (folder.path / restore_files.STAGING / "READY").exists()  # not swapped yet
        seen.append(summary)

    result = restore.restore_backup(folder, backup_file, username=folders.ADMIN,
                                    password=folders.ADMIN_PASSWORD, on_summary=look)
    (summary,) = seen
    assert (summary.organisation, summary.site, summary.cases) == ("ONG Essai", "Mopti", 2)
    assert abs((summary.created_at - backups.backup_date(backup_file)).total_seconds()) < 1
    assert not summary.other and result.summary == summary


def test_a_backup_of_another_organisation_is_refused_and_nothing_changes(
        folder: DataFolder, tmp_path: Path) -> None:
    theirs = _other_organisation_backup(tmp_path)
    before = _tree(folder)
    with pytest.raises(restore.OtherOrganisation) as refused:
        restore.restore_backup(folder, theirs, username=folders.ADMIN,
                               password=folders.ADMIN_PASSWORD)
    message = str(refused.value)
    assert "ONG Voisine" in message and "Kayes" in message and "ONG Essai" in message
    assert "\n" not in message
    assert _tree(folder) == before
    vault = folders.login(folder, folders.CASEWORKER)  # our database, untouched
    assert usernames(vault) == [folders.ADMIN, folders.CASEWORKER, folders.CASEWORKER_2,
                                folders.SUPERVISOR]
    vault.close()


def test_another_organisation_replaces_ours_only_when_asked_for_exactly_that(
        folder: DataFolder, tmp_path: Path) -> None:
    theirs = _other_organisation_backup(tmp_path)
    result = restore.restore_backup(folder, theirs, username=folders.ADMIN,
                                    password=folders.ADMIN_PASSWORD,
                                    replace_other_organisation=True)
    assert result.summary is not None and result.summary.other
    assert result.replaced is not None and (result.replaced / "relais.db").exists()
    vault = folders.login(folder)
    assert usernames(vault) == [folders.ADMIN]  # theirs now
    vault.close()


def test_a_new_pc_takes_another_organisations_backup_without_the_flag(
        tmp_path: Path) -> None:
    theirs = _other_organisation_backup(tmp_path)
    new_pc = DataFolder(tmp_path / "new-pc")
    result = restore.restore_backup(new_pc, theirs, username=folders.ADMIN,
                                    password=folders.ADMIN_PASSWORD)
    assert result.summary is not None and not result.summary.other
    assert result.summary.organisation == "ONG Voisine"


def test_preview_names_both_organisations_and_touches_nothing(
        folder: DataFolder, tmp_path: Path) -> None:
    theirs = _other_organisation_backup(tmp_path)
    before = _tree(folder)
    summary = restore.preview(folder, theirs, username=folders.ADMIN,
                              password=folders.ADMIN_PASSWORD)
    assert summary.other and summary.organisation == "ONG Voisine"
    assert summary.live_organisation == "ONG Essai" and summary.cases == 1
    assert _tree(folder) == before


def test_an_edited_manifest_date_is_refused(folder: DataFolder, backup_file: Path,
                                            tmp_path: Path) -> None:
    from tests.helpers import crafted_backups

    edited = crafted_backups.edited_manifest_date(backup_file, tmp_path / "edited.relaisbak")
    before = _tree(folder)
    with pytest.raises(DamagedData, match="backup is damaged"):
        restore.restore_backup(folder, edited, username=folders.ADMIN,
                               password=folders.ADMIN_PASSWORD)
    assert _tree(folder) == before


def _tree(folder: DataFolder) -> dict[str, bytes | None]:
    """Every path under the folder with its bytes (None for a folder); the lock is left out."""
    return {str(p.relative_to(folder.path)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.path.rglob("*")) if p.name != "relais.lock"}


def test_a_folder_whose_database_is_gone_still_knows_its_identity(
        folder: DataFolder, tmp_path: Path) -> None:
    theirs = _other_organisation_backup(tmp_path)
    folder.db_path.unlink()  # damaged folder: the slot file still says which database it was
    before = _tree(folder)
    with pytest.raises(restore.OtherOrganisation):
        restore.restore_backup(folder, theirs, username=folders.ADMIN,
                               password=folders.ADMIN_PASSWORD)
    assert _tree(folder) == before and not folder.db_path.exists()

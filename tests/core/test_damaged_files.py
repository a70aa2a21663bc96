"""Damaged files: a plain-language ``DamagedData`` and the offer of a backup (bars 6, 15).

Each case damages a real folder, then logs in: the answer must be ``DamagedData`` (never a
traceback, never a half-open database), and the latest good backup must be found to offer.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.errors import DamagedData
from desktop.core.services.safety import backups, restore
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders
from tests.helpers.safety import counts, flip_middle_page, open_case


def _truncate_half(folder: DataFolder) -> None:
    data = folder.db_path.read_bytes()
    folder.db_path.write_bytes(data[: len(data) // 2])


def _truncate_to_nothing(folder: DataFolder) -> None:
    folder.db_path.write_bytes(b"")


def _damage_first_page(folder: DataFolder) -> None:
    data = bytearray(folder.db_path.read_bytes())
    data[100:140] = bytes(40)
    folder.db_path.write_bytes(bytes(data))


def _slots_garbage(folder: DataFolder) -> None:
    folder.slots_path.write_bytes(b"\x00\xff garbage")


def _slots_truncated(folder: DataFolder) -> None:
    text = folder.slots_path.read_text()
    folder.slots_path.write_text(text[: len(text) // 2])


def _slots_bad_base64(folder: DataFolder) -> None:
    data = json.loads(folder.slots_path.read_text())
    for slot in data["slots"]:
        slot["salt"] = "###not base64###"
    folder.slots_path.write_text(json.dumps(data))


def _slots_missing(folder: DataFolder) -> None:
    folder.slots_path.unlink()


def _db_missing(folder: DataFolder) -> None:
    folder.db_path.unlink()


DAMAGES: dict[str, Callable[[DataFolder], None]] = {
    "page flipped in the middle": lambda f: flip_middle_page(f.db_path),
    "first page damaged": _damage_first_page,
    "database truncated by half": _truncate_half,
    "database truncated to nothing": _truncate_to_nothing,
    "database missing": _db_missing,
    "slot file garbage": _slots_garbage,
    "slot file truncated": _slots_truncated,
    "slot file with bad base64": _slots_bad_base64,
    "slot file missing": _slots_missing,
}


@pytest.fixture(scope="module")
def _populated_template(_template: tuple[Path, str],
                        tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("populated") / "data"
    shutil.copytree(_template[0], path, ignore=shutil.ignore_patterns("*.lock"))
    vault = folders.login(DataFolder(path))
    for _ in range(30):
        open_case(vault)
    backups.make_backup(vault)
    vault.close()
    return path


@pytest.fixture
def populated(_populated_template: Path, tmp_path: Path) -> DataFolder:
    """A folder with 30 cases and a backup of it (closed; a fresh copy per test)."""
    target = tmp_path / "data"
    shutil.copytree(_populated_template, target, ignore=shutil.ignore_patterns("*.lock"))
    return DataFolder(target)


@pytest.mark.parametrize("damage", list(DAMAGES), ids=list(DAMAGES))
def test_damage_is_a_plain_message_with_a_backup_to_offer(populated: DataFolder,
                                                          damage: str) -> None:
    DAMAGES[damage](populated)
    assert DataFolder(populated.path).exists()  # the login answers, not the setup wizard
    with pytest.raises(DamagedData) as caught:
        folders.login(populated)
    assert "damaged" in caught.value.message or "missing" in caught.value.message
    assert "backup" in caught.value.hint
    assert backups.latest_good_backup(populated) is not None
    # The folder was not left locked: the offered restore can run, and then it opens.
    restore.restore_backup(populated, backups.latest_good_backup(populated),
                           username=folders.ADMIN, password=folders.ADMIN_PASSWORD)
    vault = folders.login(populated)
    try:
        assert counts(vault)["cases"] == 30
    finally:
        vault.close()


def test_cli_login_on_a_damaged_database_has_no_traceback(populated: DataFolder,
                                                          capsys) -> None:  # type: ignore[no-untyped-def]
    from desktop.cli import main

    flip_middle_page(populated.db_path)
    import io
    import sys

    sys_stdin = sys.stdin
    sys.stdin = io.StringIO(folders.ADMIN_PASSWORD + "\n")
    try:
        status = main.main(["--lang", "en", "backup", "--data", str(populated.path), "--as",
                            folders.ADMIN, "--to", str(Path(populated.path) / "x.relaisbak")])
    finally:
        sys.stdin = sys_stdin
    err = capsys.readouterr().err
    assert status == 1 and "damaged" in err and "Traceback" not in err


def test_check_reports_the_damage_even_when_the_audit_write_fails(
        populated: DataFolder, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.errors import StorageError
    from desktop.core.services.accounts import audit
    from desktop.core.services.safety import checkup

    flip_middle_page(populated.db_path)

    def refused(*_args: object, **_kwargs: object) -> None:
        raise StorageError("The data folder is read-only: nothing was saved.")

    monkeypatch.setattr(audit, "log", refused)
    report = checkup.check_integrity(populated, folders.ADMIN, folders.ADMIN_PASSWORD)
    assert not report.ok and not report.audited
    assert "damaged" in report.summary() and "page" in report.summary()
    assert "read-only" not in report.summary()


def test_a_healthy_check_is_audited(populated: DataFolder) -> None:
    from desktop.core.services.accounts import audit
    from desktop.core.services.safety import checkup

    report = checkup.check_integrity(populated, folders.ADMIN, folders.ADMIN_PASSWORD,
                                     full=True)
    assert report.ok and report.audited
    vault = folders.login(populated)
    try:
        (event,) = audit.events(vault, action="integrity_check")
        assert event.actor == folders.ADMIN and event.details == "ok"
    finally:
        vault.close()


def test_check_needs_no_lock_file_on_a_folder_that_refuses_writes(
        populated: DataFolder, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.errors import StorageError
    from desktop.core.services.accounts import audit
    from desktop.core.services.safety import checkup

    def no_lock(_self: DataFolder) -> None:
        raise PermissionError(13, "Permission denied")  # a read-only folder, no lock file

    def refused(*_args: object, **_kwargs: object) -> None:
        raise StorageError("The data folder is read-only: nothing was saved.")

    monkeypatch.setattr(DataFolder, "acquire_lock", no_lock)
    monkeypatch.setattr(audit, "log", refused)
    report = checkup.check_integrity(populated, folders.ADMIN, folders.ADMIN_PASSWORD)
    assert report.ok and not report.audited

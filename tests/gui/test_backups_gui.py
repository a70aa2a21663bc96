"""Backups on the Administration page and the restore offer in the login window."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6

from desktop.core.services.accounts import settings
from desktop.core.services.safety import backups, restore
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs, restore_flow
from desktop.gui.admin.page import AdminPage
from tests.gui.test_lock import log_in
from tests.gui.util import click, type_into
from tests.helpers import folders
from tests.helpers.safety import case_count, flip_middle_page, open_case

SHOTS = os.environ.get("RELAIS_SHOTS")  # a folder: save screenshots there to look at them


@pytest.fixture(autouse=True)
def _daily_backup_settled(qtbot, make_shell):  # type: ignore[no-untyped-def]
    """Let a background daily backup end before the shell is torn down (``make_shell`` is
    asked for so that its teardown, which closes the database, comes after this one), then put
    the daily backup back in the login (as the command line and the core tests expect)."""
    restore_flow._state["daily"] = None
    restore_flow._state["task"] = None
    yield
    task = restore_flow._state["daily"]
    if task is not None:
        qtbot.waitUntil(lambda: task.done, timeout=30_000)
    backups.defer_daily_backups(False)
    backups._due.clear()


def _admin_page(qtbot, shell) -> AdminPage:  # type: ignore[no-untyped-def]
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    main = shell.main
    main.nav.setCurrentRow(main.nav.count() - 1)
    page = main.pages["admin"]
    assert isinstance(page, AdminPage)
    return page


def _give_password(qtbot, password: str, *, wrong_first: bool = True):  # type: ignore[no-untyped-def]
    """Type a wrong password (said in the dialog, nothing locked), then ``password``."""
    restore_flow._state["outcome"] = None
    dialog = restore_flow._state["dialog"]
    assert dialog is not None, dialogs.shown
    qtbot.waitUntil(dialog.isVisible)
    if wrong_first:
        type_into(qtbot, dialog, "restore_password", "not the password")
        click(qtbot, dialog, "restore_ok")
        qtbot.waitUntil(lambda: dialog.task is None and dialog.ok.isEnabled(), timeout=20_000)
        assert dialog.isVisible() and "n’ouvrent pas" in dialog.message.text()
    type_into(qtbot, dialog, "restore_password", password)
    click(qtbot, dialog, "restore_ok")
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                    timeout=20_000)
    return dialog


def _finish_restore(qtbot, shell, password: str) -> None:  # type: ignore[no-untyped-def]
    _give_password(qtbot, password)
    qtbot.waitUntil(lambda: restore_flow._state["outcome"] is not None, timeout=20_000)
    assert isinstance(restore_flow._state["outcome"], restore.RestoreResult)
    assert shell.login is not None and shell.login.isVisible()


def test_backup_now_then_restore_from_the_admin_page(qtbot, make_shell, folder: DataFolder,
                                                    tmp_path: Path) -> None:
    vault = folders.login(folder)
    open_case(vault)
    vault.close()
    shell = make_shell(folder, idle_ms=60_000)
    restore_flow.install(shell)
    page = _admin_page(qtbot, shell)
    box = page.backups
    before = box.table.rowCount()
    task = box.backup_now()
    assert task is not None and box.status.text() != ""
    assert not box.backup_button.isEnabled()  # no second backup while one runs
    with qtbot.waitSignal(task.finished, timeout=20_000):
        pass
    assert box.table.rowCount() == before + 1
    assert box.items[0].path.exists() and str(box.items[0].path) in box.status.text()
    if SHOTS:
        page.grab().save(str(Path(SHOTS) / "admin_backups.png"))

    open_case(shell.vault)  # saved after the backup
    assert case_count(shell.vault) == 2
    box.table.selectRow(0)
    dialogs.script(True, True)  # both confirmations
    click(qtbot, box, "restore_backup")
    if SHOTS:
        restore_flow._state["dialog"].grab().save(str(Path(SHOTS) / "restore_dialog.png"))
    _finish_restore(qtbot, shell, folders.ADMIN_PASSWORD)
    assert shell.vault is None  # logged out: the folder was closed for the restore
    assert dialogs.shown[-1][0] == "inform"
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    assert case_count(shell.vault) == 1


def test_restore_cancelled_at_the_second_question_changes_nothing(
        qtbot, make_shell, folder: DataFolder) -> None:
    shell = make_shell(folder, idle_ms=60_000)
    restore_flow.install(shell)
    page = _admin_page(qtbot, shell)
    page.backups.table.selectRow(0)
    dialogs.script(True, False)
    click(qtbot, page.backups, "restore_backup")
    _give_password(qtbot, folders.ADMIN_PASSWORD, wrong_first=False)
    assert [kind for kind, _ in dialogs.shown] == ["ask", "ask"]
    assert "ONG Essai (Mopti)" in dialogs.shown[0][1]  # what the verified backup holds
    assert shell.vault is not None and restore_flow._state["task"] is None


def test_damaged_database_offers_the_latest_backup_at_login(qtbot, make_shell,
                                                            folder: DataFolder) -> None:
    vault = folders.login(folder)
    for _ in range(20):
        open_case(vault)
    backups.make_backup(vault)
    vault.close()
    flip_middle_page(folder.db_path)
    shell = make_shell(folder, idle_ms=60_000)
    restore_flow.install(shell)
    login = shell.login
    type_into(qtbot, login, "username", folders.ADMIN)
    type_into(qtbot, login, "password", folders.ADMIN_PASSWORD)
    click(qtbot, login, "login")
    assert shell.main is None or not shell.main.isVisible()
    assert login.restore_button.isVisible() and login.message.text()
    if SHOTS:
        login.grab().save(str(Path(SHOTS) / "login_damaged.png"))
    dialogs.script(True, True)
    click(qtbot, login, "restore")
    _finish_restore(qtbot, shell, folders.ADMIN_PASSWORD)
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    assert case_count(shell.vault) == 20


def test_unplugged_backup_stick_is_told_after_login(qtbot, make_shell, folder: DataFolder,
                                                   tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    vault = folders.login(folder)
    backups.set_backup_folder(vault, stick)
    with vault.session() as session:
        settings.put_in_session(session, "last_auto_backup",
                                (date.today() - timedelta(days=1)).isoformat())
    vault.close()
    stick.rmdir()
    shell = make_shell(folder, idle_ms=60_000)
    restore_flow.install(shell)
    dialogs.script()
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)  # not held up by the backup
    qtbot.waitUntil(lambda: restore_flow._state["daily"].done, timeout=20_000)
    # The notice is a second queued slot of the task's signal: wait for it too.
    qtbot.waitUntil(lambda: any(kind == "warn" for kind, _ in dialogs.shown), timeout=20_000)
    assert any(p.name.endswith("-daily.relaisbak") for p in folder.backups_dir.iterdir())
    warnings = [text for kind, text in dialogs.shown if kind == "warn"]
    assert warnings and str(stick) in warnings[0]


@pytest.mark.parametrize("replace", [False, True])
def test_another_organisations_backup_needs_a_confirmation_naming_both(
        qtbot, make_shell, folder: DataFolder, tmp_path: Path, replace: bool) -> None:
    theirs = folders.other_centre_backup(tmp_path / "kayes", tmp_path / "kayes.relaisbak")
    shell = make_shell(folder, idle_ms=60_000)
    restore_flow.install(shell)
    page = _admin_page(qtbot, shell)
    dialogs.script(theirs, True, replace, True)  # the file, then the questions
    click(qtbot, page.backups, "restore_file")
    _give_password(qtbot, folders.ADMIN_PASSWORD, wrong_first=False)
    questions = [text for kind, text in dialogs.shown if kind == "ask"]
    made = backups.backup_date(theirs)
    assert "ONG Voisine (Kayes)" in questions[0] and f"{made:%d/%m/%Y %H:%M}" in questions[0]
    assert "ONG Voisine" in questions[1] and "ONG Essai" in questions[1]
    if not replace:
        assert len(questions) == 2 and shell.vault is not None
        assert restore_flow._state["task"] is None
        return
    qtbot.waitUntil(lambda: restore_flow._state["outcome"] is not None, timeout=20_000)
    assert isinstance(restore_flow._state["outcome"], restore.RestoreResult)
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    assert settings.get(shell.vault, "organisation") == "ONG Voisine"

"""The administration page: staff accounts, recovery key, idle-lock setting."""

from __future__ import annotations

import re

from desktop.core.services.accounts import settings
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs
from desktop.gui.admin.page import AdminPage
from desktop.gui.recovery_view import RecoveryKeyDialog
from tests.gui.test_lock import log_in
from tests.gui.util import click, field, type_into
from tests.helpers import folders


def open_admin(qtbot, make_shell, folder: DataFolder):  # type: ignore[no-untyped-def]
    shell = make_shell(folder, idle_ms=60_000)
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    main = shell.main
    main.nav.setCurrentRow(main.nav.count() - 1)  # "Administration", last in the list
    page = main.pages["admin"]
    assert isinstance(page, AdminPage) and page.isVisible()
    return shell, page


def usernames(page: AdminPage) -> list[str]:
    return [page.table.item(row, 0).text() for row in range(page.table.rowCount())]


def test_staff_page_adds_a_person_who_can_then_log_in(qtbot, make_shell,
                                                      folder: DataFolder) -> None:
    shell, page = open_admin(qtbot, make_shell, folder)
    click(qtbot, page, "add_person")
    dialog = page.dialog
    type_into(qtbot, dialog, "username", "kadi")
    type_into(qtbot, dialog, "full_name", "Kadi Diarra")
    dialog.role.setCurrentIndex(dialog.role.findData("supervisor"))
    type_into(qtbot, dialog, "password", "court")
    type_into(qtbot, dialog, "password2", "court")
    dialog.buttons.accepted.emit()  # OK: the password is too short, said beside the field
    assert dialog.isVisible()
    assert "8" in dialog.errors.text("password")
    type_into(qtbot, dialog, "password", "un mot de passe sûr")
    type_into(qtbot, dialog, "password2", "un mot de passe sûr")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.accepted.emit()
    assert "kadi" in usernames(page)
    row = usernames(page).index("kadi")
    assert page.table.item(row, 2).text() == "Superviseur·e"

    shell.logout()
    assert shell.login.username.text() == ""
    log_in(qtbot, shell, "kadi", "un mot de passe sûr")
    assert shell.main.person_label.text() == "Kadi Diarra"
    assert shell.main.role_label.text() == "Superviseur·e"


def test_change_role_reset_password_and_remove(qtbot, make_shell, folder: DataFolder) -> None:
    shell, page = open_admin(qtbot, make_shell, folder)
    page.table.selectRow(usernames(page).index(folders.CASEWORKER_2))
    dialogs.script("Superviseur·e")
    click(qtbot, page, "change_role")
    assert page.table.item(usernames(page).index(folders.CASEWORKER_2), 2).text() == "Superviseur·e"

    page.table.selectRow(usernames(page).index(folders.CASEWORKER))
    click(qtbot, page, "reset_password")
    dialog = page.dialog
    type_into(qtbot, dialog, "password", "nouveau-secret-1")
    type_into(qtbot, dialog, "password2", "nouveau-secret-1")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.buttons.accepted.emit()

    page.table.selectRow(usernames(page).index(folders.CASEWORKER_2))
    dialogs.script(False)  # "Remove?" answered no: nothing happens
    click(qtbot, page, "remove_person")
    assert folders.CASEWORKER_2 in usernames(page)
    dialogs.script(True)
    click(qtbot, page, "remove_person")
    assert folders.CASEWORKER_2 not in usernames(page)
    assert any("rechiffrée" in text for kind, text in dialogs.shown if kind == "ask")

    shell.logout()
    log_in(qtbot, shell, folders.CASEWORKER, "nouveau-secret-1")  # the new password works
    shell.logout()
    login = shell.login
    type_into(qtbot, login, "username", folders.CASEWORKER_2)
    type_into(qtbot, login, "password", folders.PASSWORD)
    click(qtbot, login, "login")
    assert shell.vault is None and "incorrect" in login.message.text()


def test_new_recovery_key_is_shown_once_and_idle_minutes_saved(qtbot, make_shell,
                                                               folder: DataFolder) -> None:
    shell, page = open_admin(qtbot, make_shell, folder)
    dialogs.script(True)
    click(qtbot, page, "reset_recovery")
    dialog = page.dialog
    assert isinstance(dialog, RecoveryKeyDialog) and dialog.isVisible()
    key = field(dialog, "recovery_key").text()  # type: ignore[attr-defined]
    assert re.search(r"[0-9A-Z]{4}  [0-9A-Z]{4}", key)
    field(dialog, "written_down").click()  # type: ignore[attr-defined]
    click(qtbot, dialog, "continue")
    assert not dialog.isVisible()

    page.idle_minutes.setValue(12)
    click(qtbot, page, "save_settings")
    assert settings.get(shell.vault, "idle_lock_minutes") == 12
    assert ("inform", "Enregistré.") in dialogs.shown
    assert shell.idle.interval() == 60_000  # a test interval wins over the setting


def test_the_administrator_shares_the_ethnicity_in_shared_files(qtbot, make_shell,
                                                                 folder: DataFolder) -> None:
    shell = make_shell(folder, idle_ms=3_600_000)  # no idle lock midway on a slow machine
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    shell.main.nav.setCurrentRow(shell.main.nav.count() - 1)  # "Administration"
    page = shell.main.pages["admin"]
    dialogs.script()  # messages recorded, not shown
    box = field(page, "share_ethnicity")
    assert box.isVisible() and not box.isChecked()  # off by default
    assert box.text().startswith("Inclure l’ethnie de la personne survivante")
    box.setChecked(True)
    click(qtbot, page, "save_privacy")
    assert settings.get(shell.vault, settings.SHARE_ETHNICITY) is True
    assert ("inform", "Enregistré.") in dialogs.shown
    page.set_vault(shell.vault)  # shown again as saved
    assert field(page, "share_ethnicity").isChecked()

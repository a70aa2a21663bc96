"""Idle and manual locking: dialogs closed, clipboard and every case-data widget cleared."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.services.accounts import staff as accounts
from desktop.core.store.datafolder import DataFolder
from desktop.gui import pages, worker
from desktop.gui.admin.page import AdminPage
from desktop.gui.page import Page
from desktop.gui.shell import Shell
from tests.gui.util import all_shown_texts, click, shown_texts, type_into
from tests.helpers import folders


def log_in(qtbot, shell: Shell, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    """Type the credentials in the login window and wait for the main window."""
    login = shell.login
    assert login is not None
    type_into(qtbot, login, "username", username)
    type_into(qtbot, login, "password", password)
    click(qtbot, login, "login")
    qtbot.waitUntil(lambda: shell.main is not None and shell.main.isVisible())


def test_idle_lock_clears_every_case_data_widget(qtbot, make_shell, folder: DataFolder) -> None:
    vault = folders.login(folder, folders.ADMIN)
    accounts.add_person(vault, "mk", "caseworker", folders.PASSWORD, folders.MARKER)
    vault.close()
    shell = make_shell(folder, idle_ms=60_000)  # shortened once everything is on screen
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    main = shell.main
    page = main.show_page("admin")
    assert isinstance(page, AdminPage)
    assert folders.MARKER in shown_texts(page)  # the page really shows the data
    page.table.selectRow(0)
    QApplication.clipboard().setText(folders.MARKER)
    click(qtbot, page, "add_person")  # a dialog left open
    dialog = page.dialog
    assert dialog.isVisible()
    type_into(qtbot, dialog, "full_name", "half typed")

    # Only now the short idle limit: a loaded machine may take longer than it to log in and
    # open the page and the dialog, which must not lock before they are all on screen.
    shell.idle.set_interval(400)
    assert shell.vault is not None and shell.idle.active
    with qtbot.waitSignal(shell.locked, timeout=10_000):
        pass  # nobody touches anything: the idle timer fires

    assert shell.vault is None and not vault.is_open
    assert not dialog.isVisible()
    assert not main.isVisible()
    assert page.table.rowCount() == 0
    assert not any(folders.MARKER in text for text in all_shown_texts())
    assert main.person_label.text() == ""
    login = shell.login
    assert login is not None and login.isVisible()
    assert login.username.text() == folders.ADMIN  # pre-filled with the same person


def test_ctrl_l_locks_and_another_person_can_log_in(qtbot, make_shell,
                                                    folder: DataFolder) -> None:
    shell = make_shell(folder, idle_ms=60_000)
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    main = shell.main
    page = main.show_page("admin")
    assert page.table.rowCount() == 4
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    with qtbot.waitSignal(shell.locked, timeout=3000):
        qtbot.keyClick(main.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert page.table.rowCount() == 0
    assert shell.login.username.text() == folders.ADMIN

    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)  # another account
    assert shell.main is main
    assert main.person_label.text() == "Awa Agente"
    main.show_page("admin")
    assert page.not_allowed.isVisibleTo(page)  # a case worker sees a sentence only
    assert not page.content.isVisibleTo(page)
    assert page.table.rowCount() == 0


class DraftPage(Page):
    """A page that records what the shell asks of it, and whether the vault was still open."""

    calls: list[tuple[str, bool]] = []

    def before_lock(self) -> None:
        DraftPage.calls.append(("before_lock", self.vault is not None and self.vault.is_open))

    def set_vault(self, vault) -> None:  # type: ignore[no-untyped-def]
        DraftPage.calls.append(("set_vault", vault is not None))
        super().set_vault(vault)


def test_lock_waits_for_a_save_then_keeps_drafts_before_clearing(
        qtbot, make_shell, folder: DataFolder, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pages, "PAGES", [*pages.PAGES, ("drafts", "tests.gui.test_lock:DraftPage")])
    DraftPage.calls = []
    shell = make_shell(folder, idle_ms=60_000)
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    shell.main.show_page("drafts")
    gate = threading.Event()
    task = worker.start(lambda task: gate.wait(5), saves=True)
    qtbot.waitUntil(worker.saves_in_progress)
    assert shell.lock() is False  # a save is running: not now
    assert shell.vault is not None
    with qtbot.waitSignal(shell.locked, timeout=3000):
        gate.set()
    assert task.done
    assert DraftPage.calls[-2:] == [("before_lock", True), ("set_vault", False)]

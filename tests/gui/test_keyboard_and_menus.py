"""The keyboard and the menus (issue 11, point 6): shortcuts shown in the menus and the
tooltips and doing what they say, *Change my password*, and a lock screen in the place of
the main window."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFrame, QLineEdit, QMenu

from desktop.core.errors import WrongPassword
from desktop.core.services import session
from desktop.core.services.accounts import staff as accounts
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs, pages
from desktop.gui.main_window import MainWindow
from desktop.gui.password_dialog import ChangePasswordDialog
from tests.gui.test_lock import log_in
from tests.gui.util import click, shown_texts, type_into
from tests.helpers import folders

NEW_PASSWORD = "un nouveau mot de passe"


def _menu_shortcuts(main: MainWindow) -> dict[str, str]:
    """Every menu item's shortcut, as the menus show it, by item text."""
    found = {}
    for top in main.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                found[action.shortcut().toString()] = action.text().replace("&", "")
    return found


def _press(qtbot, main: MainWindow, keys: str) -> None:  # type: ignore[no-untyped-def]
    sequence = QKeySequence(keys)[0]
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow)
    target = QApplication.focusWidget() or main
    qtbot.keyClick(target, sequence.key(), sequence.keyboardModifiers())


def test_every_shortcut_is_in_a_menu_and_a_tooltip(qtbot, make_shell,
                                                   folder: DataFolder) -> None:
    shell = make_shell(folder, language="fr")
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    main = shell.main
    shown = _menu_shortcuts(main)
    assert shown["Ctrl+N"] == "Nouvel accueil"
    assert shown["Ctrl+F"] == "Rechercher"
    assert shown["Ctrl+P"] == "Imprimer…"
    assert shown["F5"] == "Actualiser"
    assert shown["Ctrl+L"] == "Verrouiller"
    for number, key in enumerate(pages.page_keys()[:6], start=1):
        assert shown[f"Ctrl+{number}"] == pages.nav_label(key)
        assert main.nav.item(number - 1).toolTip() == f"{pages.nav_label(key)} (Ctrl+{number})"
        assert not main.nav.item(number - 1).icon().isNull()
    session_menu = main.menuBar().actions()[0].menu()
    assert "Changer mon mot de passe…" in [a.text().replace("&", "")
                                           for a in session_menu.actions()]
    assert main.shortcuts.new_intake.toolTip() == "Nouvel accueil (Ctrl+N)"


def test_shortcuts_do_what_they_say(qtbot, make_shell, folder: DataFolder) -> None:
    shell = make_shell(folder)
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    main = shell.main
    _press(qtbot, main, "Ctrl+2")
    assert main.current_key() == pages.page_keys()[1]
    _press(qtbot, main, "Ctrl+N")
    cases = main.pages["cases"]
    assert main.current_key() == "cases" and cases.stack.currentWidget() is cases.form
    click(qtbot, cases, "cases:to_list")
    main.nav.setFocus()
    _press(qtbot, main, "Ctrl+F")
    search = cases.findChild(QLineEdit, "cases:search")
    assert QApplication.focusWidget() is search
    _press(qtbot, main, "Ctrl+P")  # the case list has nothing to print: the status bar says so
    assert "Rien à imprimer" in main.statusBar().currentMessage() or \
        "Nothing to print" in main.statusBar().currentMessage()


def test_a_plain_administrator_has_no_new_intake_and_no_case_pages(qtbot, make_shell,
                                                                  folder: DataFolder) -> None:
    vault = folders.login(folder, folders.ADMIN)
    accounts.add_person(vault, "gerant", "administrator", folders.PASSWORD, "Gérant Seul")
    vault.close()
    shell = make_shell(folder)
    log_in(qtbot, shell, "gerant", folders.PASSWORD)
    main = shell.main
    assert not main.shortcuts.new_intake.isEnabled()
    assert not main.shortcuts.pages["cases"].isEnabled()
    _press(qtbot, main, "Ctrl+1")
    assert main.current_key() != "cases"


def test_f5_shows_what_changed_meanwhile(qtbot, make_shell, folder: DataFolder) -> None:
    shell = make_shell(folder)
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    main = shell.main
    page = main.show_page("admin")
    assert folders.MARKER not in shown_texts(page)
    accounts.add_person(main.vault, "mk", "caseworker", folders.PASSWORD, folders.MARKER)
    assert folders.MARKER not in shown_texts(page)
    _press(qtbot, main, "F5")
    assert folders.MARKER in shown_texts(page)


def test_change_my_password_rewraps_my_slot(qtbot, make_shell, folder: DataFolder) -> None:
    shell = make_shell(folder)
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    main = shell.main
    main.password_action.trigger()
    dialog = main.password_dialog
    assert isinstance(dialog, ChangePasswordDialog) and dialog.isVisible()
    dialogs.script()  # the closing message is recorded, not shown

    type_into(qtbot, dialog, "current_password", folders.PASSWORD)
    type_into(qtbot, dialog, "new_password", NEW_PASSWORD)
    type_into(qtbot, dialog, "confirm_password", "un nouveau mot de passf")
    qtbot.keyClick(dialog.fields["confirm_password"], Qt.Key.Key_Return)
    assert dialog.isVisible() and "diffèrent" in dialog.message.text()

    type_into(qtbot, dialog, "current_password", "pas le bon")
    type_into(qtbot, dialog, "confirm_password", NEW_PASSWORD)
    qtbot.keyClick(dialog.fields["confirm_password"], Qt.Key.Key_Return)
    assert dialog.isVisible() and "mot de passe actuel" in dialog.message.text()
    assert dialog.fields["current_password"].text() == ""
    assert dialog.focusWidget() is dialog.fields["current_password"]

    type_into(qtbot, dialog, "current_password", folders.PASSWORD)
    qtbot.keyClick(dialog.fields["current_password"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert any("mot de passe est changé" in text for kind, text in dialogs.shown)

    shell.lock()
    session.login(folder, folders.CASEWORKER, NEW_PASSWORD).close()
    try:
        session.login(folder, folders.CASEWORKER, folders.PASSWORD).close()
        raise AssertionError("the old password still opens the database")
    except WrongPassword:
        pass
    session.login(folder, folders.SUPERVISOR, folders.PASSWORD).close()  # others unchanged


def test_wrong_current_passwords_are_slowed_down_like_logins(qtbot, make_shell,
                                                            folder: DataFolder) -> None:
    shell = make_shell(folder)
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    dialog = ChangePasswordDialog(shell.main.vault, shell.main)
    qtbot.addWidget(dialog)
    for _ in range(3):
        for name, text in (("current_password", "devine"), ("new_password", NEW_PASSWORD),
                           ("confirm_password", NEW_PASSWORD)):
            dialog.fields[name].setText(text)
        dialog.submit()
    assert "Attendez" in dialog.message.text()
    for name, text in (("current_password", folders.PASSWORD), ("new_password", NEW_PASSWORD),
                       ("confirm_password", NEW_PASSWORD)):
        dialog.fields[name].setText(text)
    dialog.submit()  # even the right one must wait
    assert "Attendez" in dialog.message.text()


def test_the_lock_screen_covers_the_main_window(qtbot, make_shell, folder: DataFolder) -> None:
    shell = make_shell(folder)
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    main = shell.main
    main.setGeometry(QRect(20, 30, 1366, 768))
    qtbot.waitUntil(lambda: main.geometry().width() == 1366)
    place = main.geometry()
    _press(qtbot, main, "Ctrl+L")
    qtbot.waitUntil(lambda: shell.login is not None and shell.login.isVisible())
    login = shell.login
    assert not main.isVisible()
    assert login.geometry() == place
    assert login.locked_note.isVisible()
    assert "verrouillé" in login.locked_note.text()
    card = login.findChild(QFrame, "login_card")
    centre = card.mapTo(login, card.rect().center())
    assert abs(centre.x() - login.width() // 2) < 40
    assert abs(centre.y() - login.height() // 2) < 80
    assert login.username.text() == folders.CASEWORKER

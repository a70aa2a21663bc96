"""First run and logging in, as a person would: type, click, wait."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.core.store.datafolder import DataFolder
from desktop.gui.main_window import MainWindow
from desktop.gui.setup_wizard import SetupWizard
from tests.gui.util import click, field, type_into
from tests.helpers import folders


def test_setup_wizard_shows_recovery_key_then_main_window(qtbot, make_shell,
                                                          tmp_path: Path) -> None:
    shell = make_shell(DataFolder(tmp_path / "new"))
    wizard = shell.wizard
    assert isinstance(wizard, SetupWizard) and wizard.isVisible()

    click(qtbot, wizard, "create")  # nothing typed: messages beside the fields
    assert wizard.errors.text("organisation") and wizard.errors.text("site")
    assert not (tmp_path / "new" / "relais.db").exists()

    for name, text in [("organisation", "ONG Essai"), ("site", "Gao"), ("region", "Gao"),
                       ("username", "mariam"), ("full_name", "Mariam Traoré"),
                       ("password", "un long mot de passe"), ("password2", "pas le même")]:
        type_into(qtbot, wizard, name, text)
    click(qtbot, wizard, "create")
    assert wizard.errors.text("password2")  # the two passwords differ
    type_into(qtbot, wizard, "password2", "un long mot de passe")
    click(qtbot, wizard, "create")

    key_text = field(wizard, "recovery_key").text()  # type: ignore[attr-defined]
    assert re.fullmatch(r"([0-9A-Z]{4}  ){3}[0-9A-Z]{4}\n([0-9A-Z]{4}  ){2}[0-9A-Z]{2}",
                        key_text), key_text
    assert not field(wizard, "continue").isEnabled()
    field(wizard, "written_down").click()  # type: ignore[attr-defined]
    click(qtbot, wizard, "continue")

    main = shell.main
    assert isinstance(main, MainWindow)
    qtbot.waitUntil(main.isVisible)
    assert main.person_label.text() == "Mariam Traoré"
    assert main.role_label.text() == "Administrateur·rice et superviseur·e"  # the default choice
    assert main.site_label.text() == "Gao"
    assert shell.wizard is None


def test_login_wrong_then_right_password(qtbot, make_shell, folder: DataFolder) -> None:
    shell = make_shell(folder)
    login = shell.login
    assert login is not None and shell.main is None
    type_into(qtbot, login, "username", folders.CASEWORKER)
    type_into(qtbot, login, "password", "not-the-password")
    qtbot.keyClick(field(login, "password"), Qt.Key.Key_Return)
    assert login.message.isVisibleTo(login)
    assert "mot de passe" in login.message.text()
    assert field(login, "password").text() == ""  # type: ignore[attr-defined]
    assert shell.vault is None

    type_into(qtbot, login, "password", folders.PASSWORD)
    click(qtbot, login, "login")
    qtbot.waitUntil(lambda: shell.main is not None and shell.main.isVisible())
    assert shell.main.person_label.text() == "Awa Agente"
    assert shell.main.role_label.text() == "Gestionnaire de cas"
    assert shell.main.site_label.text() == "Mopti"


def test_repeated_wrong_passwords_disable_login_with_countdown(qtbot, make_shell,
                                                               folder: DataFolder) -> None:
    shell = make_shell(folder)
    login = shell.login
    type_into(qtbot, login, "username", folders.SUPERVISOR)
    for _ in range(3):
        type_into(qtbot, login, "password", "wrong-password")
        click(qtbot, login, "login")
    button = field(login, "login")
    assert not button.isEnabled()
    assert re.search(r"\d+ s", button.text())  # type: ignore[attr-defined]
    assert "Patientez" in login.message.text() or "attendez" in login.message.text().lower()
    type_into(qtbot, login, "username", folders.CASEWORKER)  # another person is not slowed
    assert button.isEnabled()


def test_recovery_key_login_opens_as_administrator(qtbot, make_shell, folder: DataFolder,
                                                   recovery_key: str) -> None:
    shell = make_shell(folder)
    login = shell.login
    click(qtbot, login, "use_recovery")
    type_into(qtbot, login, "recovery_key", recovery_key.lower().replace("-", " "))
    click(qtbot, login, "login")
    qtbot.waitUntil(lambda: shell.main is not None and shell.main.isVisible())
    assert shell.main.role_label.text() == "Administrateur·rice"


def test_damaged_database_offers_restore(qtbot, make_shell, folder: DataFolder) -> None:
    data = bytearray(folder.db_path.read_bytes())
    data[6000:9000] = b"\x00" * 3000
    folder.db_path.write_bytes(bytes(data))
    shell = make_shell(folder)
    login = shell.login
    type_into(qtbot, login, "username", folders.CASEWORKER)
    type_into(qtbot, login, "password", folders.PASSWORD)
    click(qtbot, login, "login")
    assert shell.vault is None
    assert field(login, "restore").isVisibleTo(login)
    with qtbot.waitSignal(login.restore_requested):
        click(qtbot, login, "restore")

"""Logging in to a database an older version left: the login window stays alive while the
backup and the upgrade run (off the GUI thread), shows in French what it is doing, then the
main window opens; a wrong password is told at once and upgrades nothing; a failed upgrade is
shown as before, and the window is usable again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desktop.core.store import migrate
from desktop.core.store.datafolder import DataFolder
from desktop.gui.main_window import MainWindow
from tests.gui.util import click, field, type_into
from tests.helpers import folders
from tests.helpers.older_schema import BEHIND, make_older, revision_of

FAILING = '''
revision = "feedc0de0002"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    raise RuntimeError("this test revision always fails")


def downgrade() -> None:
    pass
'''


def _log_in(qtbot, shell, password: str = folders.ADMIN_PASSWORD) -> None:  # type: ignore[no-untyped-def]
    login = shell.login
    type_into(qtbot, login, "username", folders.ADMIN)
    type_into(qtbot, login, "password", password)
    click(qtbot, login, "login")


def test_the_window_shows_the_upgrade_stages_and_stays_alive(qtbot, make_shell,
                                                             folder: DataFolder) -> None:
    make_older(folder)
    shell = make_shell(folder)
    login = shell.login
    seen: list[tuple[str, bool, bool, bool]] = []  # text, label and bar shown, button off
    closed: list[bool] = []

    def on_stage(text: str) -> None:
        seen.append((login.stage.text(), login.stage.isVisibleTo(login),
                     login.busy_bar.isVisibleTo(login), login.login_button.isEnabled()))
        if len(seen) == 2:  # the person tries to close the window mid-upgrade
            closed.append(login.close())

    login.stage_shown.connect(on_stage)
    ticks = {"during": 0}
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: ticks.__setitem__("during", ticks["during"] + login.busy))
    timer.start()
    with qtbot.waitSignal(login.stage_shown, timeout=30_000):
        _log_in(qtbot, shell)
    timer.stop()
    texts = [text for text, *_ in seen]
    assert texts[0].startswith("Sauvegarde de la base avant la mise à jour (")
    assert texts[1:5] == ["Mise à jour de la base : étape 1 sur 4…",
                          "Mise à jour de la base : étape 2 sur 4 (résumés statistiques)…",
                          "Mise à jour de la base : étape 3 sur 4…",
                          "Mise à jour de la base : étape 4 sur 4 (index)…"]
    assert texts[5].startswith("La base est mise à jour (en ")
    assert all(shown and bar and not enabled for _, shown, bar, enabled in seen)
    assert ticks["during"] > 0  # the GUI thread kept running its events: not frozen
    assert closed == [False]  # refused: the upgrade finishes (or rolls back) first
    main = shell.main
    assert isinstance(main, MainWindow)
    qtbot.waitUntil(main.isVisible)
    assert shell.login is None
    assert shell.vault is not None and shell.vault.migrated


def test_an_up_to_date_database_shows_no_stage(qtbot, make_shell, folder: DataFolder) -> None:
    shell = make_shell(folder)
    login = shell.login
    seen: list[str] = []
    login.stage_shown.connect(seen.append)
    _log_in(qtbot, shell)
    assert isinstance(shell.main, MainWindow)
    qtbot.waitUntil(shell.main.isVisible)
    assert seen == []


def test_a_wrong_password_is_told_at_once_and_upgrades_nothing(qtbot, make_shell,
                                                               folder: DataFolder) -> None:
    key = make_older(folder)
    shell = make_shell(folder)
    login = shell.login
    seen: list[str] = []
    login.stage_shown.connect(seen.append)
    _log_in(qtbot, shell, "not-the-password")
    assert "mot de passe" in login.message.text() and login.message.isVisibleTo(login)
    assert seen == [] and not login.stage.isVisibleTo(login)
    assert field(login, "password").text() == ""  # type: ignore[attr-defined]
    assert login.username.isEnabled() and login.login_button.isEnabled()
    assert revision_of(folder, key) == BEHIND
    assert not list(folder.backups_dir.glob("*before-upgrade*"))


def test_a_failed_upgrade_is_shown_and_the_window_is_usable_again(
        qtbot, make_shell, folder: DataFolder, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), migrations,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "feedc0de0002_fails.py").write_text(
        FAILING.replace("{head}", migrate.head_revision()))
    vault = folders.login(folder)
    key = vault.key
    vault.close()
    monkeypatch.setattr(migrate, "migrations_dir", lambda: migrations)
    shell = make_shell(folder)
    login = shell.login
    seen: list[str] = []
    login.stage_shown.connect(seen.append)
    _log_in(qtbot, shell)
    assert "La base n’a pas pu être mise à jour\u00a0: rien n’a été modifié." in \
        login.message.text()
    assert seen[-1] == "Mise à jour de la base : étape 1 sur 1…"  # the last stage it reached
    assert shell.main is None and not login.stage.isVisibleTo(login)
    assert login.password.isEnabled() and login.login_button.isEnabled()
    monkeypatch.undo()
    assert revision_of(folder, key) == migrate.head_revision()  # rolled back

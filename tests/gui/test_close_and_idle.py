"""Closing the main window locks and keeps the intake draft; the idle lock obeys the minutes
an administrator sets, 5 by default."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication

from desktop.core.services.accounts import settings
from desktop.core.services.cases import drafts
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs
from desktop.gui.cases.page import CasesPage
from tests.gui.cases_util import type_text
from tests.gui.test_lock import log_in
from tests.gui.util import all_shown_texts, click
from tests.helpers import folders

NAME = "Mariam Fermeture"


def test_closing_the_main_window_locks_and_keeps_the_draft(
        qtbot: Any, make_shell: Any, folder: DataFolder, monkeypatch: Any) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda *_: quits.append(True))
    shell = make_shell(folder, idle_ms=60_000)
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    main, vault = shell.main, shell.vault
    page = main.show_page("cases")
    assert isinstance(page, CasesPage)
    page.new_intake()
    type_text(qtbot, page, "survivor.name", NAME)
    type_text(qtbot, page, "incident.account", "Typed before closing the window")

    main.close()  # the window's close button
    qtbot.waitUntil(lambda: bool(quits))
    assert shell.vault is None and not vault.is_open
    assert not main.isVisible()
    assert not any(NAME in text for text in all_shown_texts())

    again = folders.login(folder, folders.CASEWORKER)
    try:
        assert [d.kind for d in drafts.pending_drafts(again)] == ["intake"]
    finally:
        again.close()


def test_the_idle_lock_obeys_the_administrators_minutes_and_defaults_to_five(
        qtbot: Any, make_shell: Any, folder: DataFolder) -> None:
    shell = make_shell(folder)  # no test interval: the setting decides
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    assert settings.get(shell.vault, "idle_lock_minutes") == 5
    assert shell.idle.interval() == 5 * 60_000 and shell.idle.active

    page = shell.main.show_page("admin")
    page.idle_minutes.setValue(12)
    dialogs.script()
    click(qtbot, page, "save_settings")
    qtbot.waitUntil(lambda: settings.get(shell.vault, "idle_lock_minutes") == 12)
    assert shell.idle.interval() == 12 * 60_000  # obeyed at once

    shell.lock()
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)  # and at the next login
    assert shell.idle.interval() == 12 * 60_000 and shell.idle.active

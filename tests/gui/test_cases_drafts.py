"""Never lose typing: drafts on a timer, on lock, and after the process was killed."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit

from desktop.core.services.cases import drafts
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs
from desktop.gui.cases.intake_form import IntakeForm
from desktop.gui.cases.page import CasesPage
from tests.gui.cases_util import type_text
from tests.gui.util import field, shown_texts
from tests.helpers import folders

ROOT = Path(__file__).resolve().parents[2]

CHILD = r'''
import os, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from desktop.core.i18n import set_language
from desktop.core.services.cases import drafts
from desktop.core.store.datafolder import DataFolder
from desktop.gui.cases.intake_form import IntakeForm
from tests.helpers import folders

app = QApplication([])
set_language("en")
vault = folders.login(DataFolder(Path(sys.argv[1])), "awa")
form = IntakeForm(lang="en")
form.show()
form.set_vault(vault)
form.drafts.timer.setInterval(100)  # the 30 s timer, made short for the test
QTest.keyClicks(form.findChild(QLineEdit, "survivor.name"), "Kadiatou Brouillon")
QTest.keyClicks(form.findChild(QPlainTextEdit, "incident.account"), "Typed before the crash")

def check():
    if drafts.pending_drafts(vault):
        print("DRAFT SAVED", flush=True)
    else:
        QTimer.singleShot(20, check)

QTimer.singleShot(20, check)
app.exec()
'''


@pytest.mark.slow
def test_draft_survives_a_killed_process(qtbot: Any, folder: DataFolder,
                                         tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(folder.path)], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "DRAFT SAVED"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    vault = folders.login(folder, folders.CASEWORKER)
    try:
        form = IntakeForm(lang="en")
        qtbot.addWidget(form)
        dialogs.script(True)  # "Continue the unsaved intake?" → yes
        form.set_vault(vault)
        assert any(kind == "ask" for kind, _ in dialogs.shown)
        assert field(form, "survivor.name").text() == "Kadiatou Brouillon"
        assert field(form, "incident.account").toPlainText() == "Typed before the crash"
    finally:
        form.set_vault(None)
        vault.close()


def test_lock_keeps_a_draft_and_clears_the_form(qtbot: Any, folder: DataFolder) -> None:
    vault = folders.login(folder, folders.CASEWORKER)
    page = CasesPage()
    qtbot.addWidget(page)
    page.set_vault(vault)
    page.new_intake()
    type_text(qtbot, page, "survivor.name", "Mariam Verrou")
    type_text(qtbot, page, "incident.account", "Account typed before the lock")
    page.before_lock()
    page.set_vault(None)
    vault.close()
    texts = shown_texts(page)
    assert not any("Mariam" in t or "before the lock" in t for t in texts)

    vault = folders.login(folder, folders.CASEWORKER)
    try:
        assert [d.kind for d in drafts.pending_drafts(vault)] == ["intake"]
        dialogs.script(True)
        page.set_vault(vault)
        assert page.stack.currentWidget() is page.form
        assert page.findChild(QLineEdit, "survivor.name").text() == "Mariam Verrou"
    finally:
        page.set_vault(None)
        vault.close()


def test_draft_declined_is_not_restored_and_timer_saves(qtbot: Any, caseworker: Any) -> None:
    form = IntakeForm(lang="en")
    qtbot.addWidget(form)
    form.set_vault(caseworker)
    assert form.drafts.timer.interval() == 30_000
    type_text(qtbot, form, "survivor.name", "Awa Minuterie")
    assert form.drafts.timer.isActive()
    form.drafts.timer.setInterval(10)
    qtbot.waitUntil(lambda: bool(drafts.pending_drafts(caseworker)))
    assert not form.drafts.dirty
    other = IntakeForm(lang="en")
    qtbot.addWidget(other)
    dialogs.script(False)
    other.set_vault(caseworker)
    assert field(other, "survivor.name").text() == ""

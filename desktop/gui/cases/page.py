"""The Cases page: the case list, the intake form and the case file, one at a time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.cases.case_file import CaseFileView
from desktop.gui.cases.case_list import CaseListView
from desktop.gui.cases.intake_form import IntakeForm
from desktop.gui.page import Page

NOTICE_STYLE = ("color: #1b5e20; background: #e8f5e9; border: 1px solid #a5d6a7; "
                "border-radius: 3px; padding: 6px; font-weight: bold;")


class CasesPage(Page):
    """Registered in ``desktop.gui.pages`` as ``cases``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = CaseListView(self)
        self.form = IntakeForm(self)
        self.file = CaseFileView(self)
        self.list_button = QPushButton(self.tr("Case list"), self)
        self.list_button.setObjectName("cases:to_list")
        self.list_button.clicked.connect(self.show_list)
        self.new_button = QPushButton(self.tr("New intake"), self)
        self.new_button.setObjectName("cases:new_intake")
        self.new_button.clicked.connect(self.new_intake)
        self.file_button = QPushButton(self.tr("Open the case file"), self)
        self.file_button.setObjectName("cases:to_file")
        self.file_button.clicked.connect(lambda: self.show_file(self.form.case_id))
        bar = QHBoxLayout()
        bar.addWidget(self.list_button)
        bar.addWidget(self.new_button)
        bar.addWidget(self.file_button)
        bar.addStretch(1)
        self.stack = QStackedWidget(self)
        for widget in (self.list, self.form, self.file):
            self.stack.addWidget(widget)
        self.notice = QLabel(self)  # "Case MOP-2026-00042 is open.": stays until the next one
        self.notice.setObjectName("cases:notice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self.list.open_requested.connect(self.show_file)
        self.list.new_intake_requested.connect(self.new_intake)
        self.file.edit_intake.connect(self.edit_intake)
        self.file.changed.connect(lambda _case_id: self.list.refresh())
        self.form.case_opened.connect(self._case_saved)
        self.form.announced.connect(self.announce)
        self._fresh = False
        self.linked = False  # the case file shown was opened from another page
        self._update_bar()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc (not taken by a field or a list) goes back: to the list, or — from the case
        list, or a case opened from another page — to the page before (the main window's)."""
        if event.key() == Qt.Key.Key_Escape:
            if self.go_back():
                event.accept()
            else:
                event.ignore()
            return
        super().keyPressEvent(event)

    def title(self) -> str:
        return self.tr("Cases")

    def set_vault(self, vault: Any) -> None:
        """After login: list the cases and offer back an unsaved intake; ``None`` clears."""
        super().set_vault(vault)
        self.announce("")
        self.file.set_vault(vault)
        self.list.set_vault(vault)
        self.form.set_vault(vault)
        self.show_list()
        self._fresh = vault is not None  # the shell's refresh() right after: nothing to do
        if vault is not None and self.form.drafts.dirty:
            self.stack.setCurrentWidget(self.form)  # a draft was restored
        self._update_bar()

    def before_lock(self) -> None:
        """Keep the intake being typed (and a referral's unsaved note) as a draft."""
        self.form.before_lock()
        self.file.referrals.before_lock()

    def refresh(self) -> None:
        """Reload the list (and the case shown)."""
        if self.vault is None or self._fresh:
            self._fresh = False
            return
        self.list.refresh()
        if self.stack.currentWidget() is self.file and self.file.case_id:
            self.file.show_case(self.file.case_id)

    # -- navigation ------------------------------------------------------------------------
    def show_list(self) -> None:
        """Back to the list."""
        self.stack.setCurrentWidget(self.list)
        self._update_bar()

    def new_intake(self) -> None:
        """An empty intake form (what was typed before is kept as a draft first)."""
        self.form.drafts.save()
        self.form.new_intake()
        self.announce("")
        self.stack.setCurrentWidget(self.form)
        self._update_bar()

    def show_file(self, case_id: str | None, *, linked: bool = False) -> None:
        """Open a case file; ``linked``: from another page (Esc goes back there)."""
        if not case_id:
            return
        self.linked = linked
        self.file.show_case(case_id)
        if self.file.case_id:
            self.stack.setCurrentWidget(self.file)
        self._update_bar()

    def edit_intake(self, case_id: str) -> None:
        """Correct a case's intake in the form."""
        self.form.load_case(case_id)
        self.stack.setCurrentWidget(self.form)
        self._update_bar()

    def resume_draft(self, ref: str) -> None:
        """Continue the intake draft of ``ref`` ("" for a new case), chosen on the home page."""
        if self.form.drafts.resume(ref):
            self.stack.setCurrentWidget(self.form)
        self._update_bar()

    def show_overdue_of(self, staff_id: str) -> None:
        """The list of a case worker's cases with a follow-up overdue (home page)."""
        self.list.show_overdue_of(staff_id)
        self.show_list()

    def go_back(self) -> bool:
        """Esc: from the case file or the intake back to the list (typing is kept as a draft).
        False when the page before is another page's (the list itself, or a case file opened
        from elsewhere): the main window goes back there."""
        current = self.stack.currentWidget()
        if current is self.form:
            self.form.drafts.save()
        if current is self.list:
            return False
        self.show_list()
        linked, self.linked = self.linked, False
        return not (current is self.file and linked)

    def _case_saved(self, case_id: str) -> None:
        """The intake was saved: its case file opens."""
        self.list.refresh()
        self.show_file(case_id)

    def announce(self, text: str) -> None:
        """Say ``text`` above the page and in the status bar until the next message ("" hides
        it)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        window = self.window()
        if isinstance(window, QMainWindow):
            if text:
                window.statusBar().showMessage(text)
            else:
                window.statusBar().clearMessage()

    def _update_bar(self) -> None:
        current = self.stack.currentWidget()
        self.list_button.setEnabled(current is not self.list)
        self.file_button.setVisible(current is self.form and self.form.case_id is not None)

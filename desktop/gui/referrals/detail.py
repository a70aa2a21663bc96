"""One referral: what was asked, its status history, the next statuses, feedback, letter."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, ValidationError
from desktop.core.services.cases import drafts
from desktop.core.services.referrals import workflow as referrals
from desktop.gui import dialogs
from desktop.gui.packages.send_action import SendButton
from desktop.gui.referrals import labels, letter
from desktop.gui.referrals.list_model import shown_status
from desktop.gui.referrals.new_referral import show_day

DRAFT_KIND = "referral_detail"  # unsaved note and feedback, kept when the session locks
HEADER = ("reference", "case", "service", "provider", "priority", "due", "status", "reason",
          "override")


def show_time(value: Any) -> str:
    """A date-time in local time, or a date."""
    if hasattr(value, "astimezone"):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    return show_day(value)


def open_in_place(referral_id: str, model: Any, table: Any, detail: ReferralDetail,
                  stack: QStackedWidget, view: QWidget) -> bool:
    """Select the referral's row of ``table`` and show its ``detail`` (inside ``view``) in
    the list's place in ``stack``; False when the list does not hold it."""
    row = model.row_of(referral_id)
    if row < 0:
        return False
    table.selectRow(row)
    if referral_id != detail.referral_id():
        detail.show_referral(referral_id)
    stack.setCurrentWidget(view)
    return True


class ReferralDetail(QWidget):
    """Shows ``referrals.referral_detail``; emits ``changed(id)`` after each saved change.

    ``link_case``: an *Open the case file* button beside the case number (``open_case``);
    left out inside the case file itself."""

    changed = Signal(str)
    follow_up = Signal(str, str)  # case id, referral id
    open_case = Signal(str)  # case id

    def __init__(self, lang: str, parent: QWidget | None = None, *,
                 link_case: bool = True) -> None:
        super().__init__(parent)
        self.lang = lang
        self.vault: Any = None
        self.detail: Any = None
        self.summary = QGroupBox(self.tr("Referral"), self)
        form = QFormLayout(self.summary)
        self.values: dict[str, QLabel] = {}
        captions = {"reference": self.tr("Reference"), "case": self.tr("Case"),
                    "service": self.tr("Service"), "provider": self.tr("Provider"),
                    "priority": self.tr("Priority"), "due": self.tr("Response due by"),
                    "status": self.tr("Status"), "reason": self.tr("Reason"),
                    "override": self.tr("Consent override")}
        self.case_button = QPushButton(self.tr("Open the case file"), self.summary)
        self.case_button.setObjectName("referral:open_case")
        self.case_button.clicked.connect(self._open_case)
        self.case_button.setVisible(link_case)
        for key in HEADER:
            value = QLabel(self.summary)
            value.setObjectName(f"referral:{key}")
            value.setWordWrap(True)
            self.values[key] = value
            if key == "case" and link_case:
                line = QHBoxLayout()
                line.addWidget(value)
                line.addWidget(self.case_button)
                line.addStretch(1)
                form.addRow(captions[key], line)
            else:
                form.addRow(captions[key], value)
        self.history = QTreeWidget(self)
        self.history.setObjectName("referral:history")
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Status"),
                                      self.tr("Note")])
        self.history.setColumnWidth(0, 120)
        self.history.setColumnWidth(1, 150)
        self.history.setColumnWidth(2, 130)
        self.history.setMinimumHeight(90)
        self.history.setMaximumHeight(160)
        self._build_status()
        self._build_feedback()
        self._build_letter()
        self.message = QLabel(self)
        self.message.setObjectName("referral:message")
        self.message.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.letter_box)
        layout.addWidget(QLabel(self.tr("<b>Status history</b>"), self))
        layout.addWidget(self.history)
        layout.addWidget(self.status_box)
        layout.addWidget(self.feedback_box)
        layout.addStretch(1)
        self.show_detail(None)

    def _button(self, parent: QWidget, name: str, text: str,
                slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_status(self) -> None:
        self.status_box = QGroupBox(self.tr("Change the status"), self)
        line = QHBoxLayout(self.status_box)
        self.next_status = QComboBox(self.status_box)
        self.next_status.setObjectName("referral:next_status")
        self.next_status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_note = QLineEdit(self.status_box)
        self.status_note.setObjectName("referral:status_note")
        self.status_note.setPlaceholderText(self.tr("Note (what happened)"))
        self.status_button = self._button(self.status_box, "referral:set_status",
                                          self.tr("Save the status"), self._set_status)
        line.addWidget(self.next_status)
        line.addWidget(self.status_note, 1)
        line.addWidget(self.status_button)

    def _build_feedback(self) -> None:
        self.feedback_box = QGroupBox(self.tr("Provider's feedback (counter-referral)"), self)
        form = QFormLayout(self.feedback_box)
        self.received_on = QDateEdit(self.feedback_box)
        self.received_on.setObjectName("referral:feedback_received_on")
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("dd/MM/yyyy")
        self.services_given = QPlainTextEdit(self.feedback_box)
        self.services_given.setObjectName("referral:feedback_services")
        self.next_steps = QPlainTextEdit(self.feedback_box)
        self.next_steps.setObjectName("referral:feedback_next_steps")
        for edit in (self.services_given, self.next_steps):
            edit.setMaximumHeight(50)
        self.feedback_button = self._button(self.feedback_box, "referral:save_feedback",
                                            self.tr("Save the feedback"), self._save_feedback)
        form.addRow(self.tr("Received on"), self.received_on)
        form.addRow(self.tr("Services given"), self.services_given)
        form.addRow(self.tr("Next steps"), self.next_steps)
        form.addRow(self.feedback_button)

    def _build_letter(self) -> None:
        self.letter_box = QGroupBox(self.tr("Letter and follow-up"), self)
        line = QHBoxLayout()
        self.letter_lang = QComboBox(self.letter_box)
        self.letter_lang.setObjectName("referral:letter_lang")
        self.letter_lang.addItem(self.tr("French"), "fr")
        self.letter_lang.addItem(self.tr("English"), "en")
        self.letter_lang.setCurrentIndex(0 if self.lang == "fr" else 1)
        self.print_button = self._button(self.letter_box, "referral:print",
                                         self.tr("Preview / print…"), self._print)
        self.save_button = self._button(self.letter_box, "referral:save_pdf",
                                        self.tr("Save as PDF…"), self._save_pdf)
        self.follow_button = self._button(self.letter_box, "referral:schedule_follow_up",
                                          self.tr("Follow-up for this referral…"),
                                          self._follow_up)
        self.package_button = SendButton(self.letter_box)  # desktop/gui/packages
        self.package_button.package_sent.connect(self.changed)
        for widget in (self.letter_lang, self.print_button, self.save_button,
                       self.package_button):
            line.addWidget(widget)
        line.addStretch(1)
        line.addWidget(self.follow_button)
        self.letters = QLabel(self.letter_box)
        self.letters.setObjectName("referral:letters")
        self.letters.setWordWrap(True)
        box = QVBoxLayout()
        box.addWidget(self.letters)
        box.addLayout(line)
        self.letter_box.setLayout(box)

    # -- showing ----------------------------------------------------------------------------
    def set_vault(self, vault: Any) -> None:
        """``None`` (lock) clears everything shown."""
        self.vault = vault
        if vault is None:
            self.show_detail(None)

    def show_referral(self, referral_id: str | None) -> None:
        """Load a referral from the service (``None`` clears)."""
        detail = None
        if referral_id and self.vault is not None:
            try:
                detail = referrals.referral_detail(self.vault, referral_id)
            except UserError as exc:
                dialogs.show_error(self, exc)
        self.show_detail(detail)

    def referral_id(self) -> str | None:
        """The referral shown."""
        return self.detail.id if self.detail is not None else None

    def show_detail(self, detail: Any) -> None:
        """Fill every part from a detail object (``None`` clears them all)."""
        self.detail = detail
        self.message.clear()
        self.message.hide()
        self.status_note.clear()
        self.next_status.clear()
        self.history.clear()
        self.package_button.show_for(self.vault, detail)
        if detail is None:
            for value in self.values.values():
                value.clear()
            self.services_given.clear()
            self.next_steps.clear()
            self.received_on.setDate(QDate.currentDate())
            for box in (self.status_box, self.feedback_box, self.letter_box):
                box.setEnabled(False)
            self.case_button.setEnabled(False)
            self.letters.clear()
            self.print_button.setText(self.tr("Preview / print…"))
            return
        self.case_button.setEnabled(True)
        self._show_letters(detail)
        self._show_header(detail)
        for change in detail.history:
            item = QTreeWidgetItem([show_time(change.at), change.by_name,
                                    labels.status_label(change.to_status, self.lang),
                                    change.note or ""])
            item.setToolTip(3, change.note or "")
            self.history.addTopLevelItem(item)
        for code in detail.allowed_next:
            self.next_status.addItem(labels.status_label(code, self.lang), code)
        self.status_box.setEnabled(bool(detail.allowed_next))
        received = detail.feedback_received_on or date.today()
        self.received_on.setDate(QDate(received.year, received.month, received.day))
        self.services_given.setPlainText(detail.feedback_services or "")
        self.next_steps.setPlainText(detail.feedback_next_steps or "")
        self.feedback_box.setEnabled(True)
        self.letter_box.setEnabled(True)
        self._restore_draft(detail.id)

    # -- drafts -----------------------------------------------------------------------------
    def typed(self) -> dict[str, str]:
        """What was typed and not saved yet (status note, changed feedback texts)."""
        if self.detail is None:
            return {}
        typed: dict[str, str] = {}
        note = self.status_note.text().strip()
        if note:
            typed["status_note"] = note
        services = self.services_given.toPlainText()
        steps = self.next_steps.toPlainText()
        if (services != (self.detail.feedback_services or "")
                or steps != (self.detail.feedback_next_steps or "")):
            typed.update(feedback_services=services, feedback_next_steps=steps)
        return typed

    def before_lock(self) -> None:
        """Keep unsaved typing as a draft (through the drafts service)."""
        typed = self.typed()
        if typed and self.vault is not None and self.detail is not None:
            with contextlib.suppress(UserError):  # a failed draft must not stop the lock
                drafts.save_draft(self.vault, DRAFT_KIND, typed, ref=self.detail.id)

    def _restore_draft(self, referral_id: str) -> None:
        if self.vault is None:
            return
        try:
            typed = drafts.load_draft(self.vault, DRAFT_KIND, ref=referral_id)
            if typed:
                drafts.discard_draft(self.vault, DRAFT_KIND, ref=referral_id)
        except UserError:
            return
        if not typed:
            return
        self.status_note.setText(str(typed.get("status_note") or ""))
        if "feedback_services" in typed:
            self.services_given.setPlainText(str(typed.get("feedback_services") or ""))
            self.next_steps.setPlainText(str(typed.get("feedback_next_steps") or ""))
        self.message.setText(self.tr("What you had typed before the lock is back."))
        self.message.show()

    def _show_header(self, detail: Any) -> None:
        texts = {
            "reference": detail.reference, "case": detail.case_number,
            "service": labels.service_label(detail.service_type, self.lang),
            "provider": detail.provider_name,
            "priority": labels.priority_label(detail.priority, self.lang),
            "due": show_day(detail.due_on),
            "status": labels.status_label(shown_status(detail), self.lang),
            "reason": detail.reason or "",
            "override": (self.tr("Yes — {reason}").format(reason=detail.override_reason or "")
                         if detail.consent_override else self.tr("No")),
        }
        for key, value in self.values.items():
            value.setText(str(texts[key]))

    # -- actions ----------------------------------------------------------------------------
    def _save(self, call: Callable[[], Any], done: str) -> None:
        if self.vault is None or self.detail is None:
            return
        referral_id = self.detail.id
        try:
            call()
        except ValidationError as exc:
            dialogs.warn(self, "\n".join(exc.errors.values()) or exc.message)
            return
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.changed.emit(referral_id)  # the lists reload, and this panel with them
        if self.referral_id() != referral_id:
            self.show_referral(referral_id)
        self.message.setText(done)
        self.message.show()

    def _set_status(self) -> None:
        status = self.next_status.currentData()
        if status:
            note = self.status_note.text().strip()
            self._save(lambda: referrals.change_status(self.vault, self.detail.id, status,
                                                       note=note or None),
                       self.tr("Status saved."))

    def _save_feedback(self) -> None:
        picked = self.received_on.date()
        received = date(picked.year(), picked.month(), picked.day())
        services = self.services_given.toPlainText().strip()
        steps = self.next_steps.toPlainText().strip()
        self._save(lambda: referrals.record_feedback(
            self.vault, self.detail.id, received_on=received, services_given=services,
            next_steps=steps), self.tr("Feedback saved."))

    def _print(self) -> None:
        if self.detail is not None:
            letter.preview_and_print(self, self.vault, self.detail.id,
                                     self.letter_lang.currentData(), self.detail.reference)
            self.show_referral(self.detail.id)

    def _save_pdf(self) -> None:
        if self.detail is not None and letter.save_pdf(
                self, self.vault, self.detail.id, self.detail.reference,
                self.letter_lang.currentData()) is not None:
            self.show_referral(self.detail.id)  # one more letter issued

    def _show_letters(self, detail: Any) -> None:
        """How many letters were printed or saved, and the print button says "reprint"."""
        issued = int(getattr(detail, "letters_issued", 0) or 0)
        if issued:
            self.letters.setText(self.tr(
                "Letter issued %n time(s): a reprint is marked COPY.", "", issued))
            self.print_button.setText(self.tr("Reprint / preview…"))
        else:
            self.letters.setText(self.tr("No letter issued yet."))
            self.print_button.setText(self.tr("Preview / print…"))

    def _open_case(self) -> None:
        if self.detail is not None:
            self.open_case.emit(self.detail.case_id)

    def _follow_up(self) -> None:
        if self.detail is not None:
            self.follow_up.emit(self.detail.case_id, self.detail.id)

"""The home page's *Incoming referrals* section: the referrals partners sent that wait for an
answer here (each row opens the referral, to accept or decline), and *Import a package…*."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.errors import UserError
from desktop.core.services.packages import incoming
from desktop.gui import dialogs
from desktop.gui.packages import incoming_text
from desktop.gui.packages.import_flow import PackageImporter
from desktop.gui.packages.incoming_dialog import IncomingDialog
from desktop.gui.referrals import labels, modal
from desktop.gui.today.sections import Section

translate = QCoreApplication.translate
KIND = "incoming"


def refresh_counts(widget: QWidget) -> None:
    """Update the navigation's counts ("Today (2)") of the main window showing ``widget``,
    after an import or a decision changed them."""
    window = widget.window()
    if getattr(window, "nav", None) is not None and getattr(window, "vault", None) is not None:
        from desktop.gui.today import navigate  # the main window's module, imported by now

        navigate.update_counts(window)


class IncomingSection(Section):
    """``case_requested(case_id)`` once a referral is accepted (its case file should open);
    ``changed`` after an import or a decision."""

    case_requested = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, lang: str = "fr") -> None:
        super().__init__(
            KIND, translate("IncomingSection", "Incoming referrals from partners"),
            translate("IncomingSection", "No referral from a partner waits for an answer."),
            [translate("IncomingSection", "Received"), translate("IncomingSection", "From"),
             translate("IncomingSection", "Service"), translate("IncomingSection", "Priority"),
             translate("IncomingSection", "Answer due")], [1, 2], parent)
        self.lang = lang
        self.vault: Any = None
        self.rows: list[Any] = []
        self.total = 0
        self.dialog: IncomingDialog | None = None
        self.importer = PackageImporter(self)
        self.importer.imported.connect(lambda _result: self.changed.emit())
        self.changed.connect(lambda: refresh_counts(self))
        self.import_button = QPushButton(translate("IncomingSection", "Import a package…"),
                                         parent)
        self.import_button.setObjectName("today:import_package")
        self.import_button.setToolTip(translate(
            "IncomingSection", "A referral or feedback package a partner sent you (USB "
                               "stick, e-mail attachment)"))
        self.import_button.clicked.connect(lambda: self.importer.choose_and_import(self.vault))
        self.list.open_requested.connect(self._open)
        self.set_vault(None)

    def set_vault(self, vault: Any) -> None:
        """Load the open incoming referrals (``None``: clear them)."""
        self.vault = vault
        self.rows = []
        if vault is not None:
            try:
                self.rows = list(incoming.incoming_referrals(vault, open_only=True))
            except UserError as exc:
                dialogs.show_error(self, exc)
        self.list.clear()
        for row in self.rows:
            self.list.add_row([incoming_text.day(row.received_at),
                               incoming_text.sender_text(row),
                               labels.service_label(row.service_type, self.lang),
                               labels.priority_label(row.priority, self.lang),
                               incoming_text.day(row.due_on)], KIND, row.id)
        self.total = len(self.rows)
        self.show_count(self.total, self.total)
        self.import_button.setEnabled(vault is not None)

    def _open(self, kind: str, target: str) -> None:
        row = next((r for r in self.rows if r.id == target), None)
        if kind != KIND or row is None or self.vault is None:
            return
        self.dialog = open_incoming(self, self.vault, row, self.lang, self.case_requested.emit)
        self.changed.emit()


def open_incoming(parent: QWidget, vault: Any, row: Any, lang: str,
                  open_case: Any) -> IncomingDialog:
    """Show one incoming referral; ``open_case(case_id)`` after it was accepted."""
    dialog = IncomingDialog(vault, row, parent, lang)
    accepted: list[str] = []
    dialog.case_opened.connect(accepted.append)
    modal.run(dialog)
    for case_id in accepted:
        open_case(case_id)
    return dialog

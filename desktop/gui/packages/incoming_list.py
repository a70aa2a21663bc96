"""*Received from partners…* (Referrals page): every referral partners sent here, open,
accepted or declined, to open one (accept, decline, send the feedback of an accepted one), or
to answer several at once (*Send the answers…*: one feedback package for the selected ones,
a week's answers to one partner)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.services.packages import incoming
from desktop.gui import dialogs
from desktop.gui.packages import incoming_text
from desktop.gui.packages.feedback_dialog import write_feedback
from desktop.gui.packages.incoming_section import open_incoming
from desktop.gui.referrals import labels

translate = QCoreApplication.translate


class IncomingListDialog(QDialog):
    """The list; ``case_requested(case_id)`` after an acceptance."""

    case_requested = Signal(str)

    def __init__(self, vault: Any, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incoming:list_dialog")
        self.setWindowTitle(translate("IncomingList", "Referrals received from partners"))
        self.vault = vault
        self.lang = lang
        self.rows: list[Any] = []
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("incoming:list")
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels([
            translate("IncomingList", "Received"), translate("IncomingList", "From"),
            translate("IncomingList", "Their reference"), translate("IncomingList", "Service"),
            translate("IncomingList", "Status")])
        self.tree.itemActivated.connect(lambda _item, _col: self.open_current())
        self.empty = QLabel(translate("IncomingList", "No referral was received from a "
                                                      "partner yet."), self)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(translate("IncomingList", "Open…"), self)
        self.open_button.setObjectName("incoming:open")
        self.open_button.clicked.connect(self.open_current)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.answers_button = QPushButton(translate("IncomingList", "Send the answers…"), self)
        self.answers_button.setObjectName("incoming:send_answers")
        self.answers_button.setToolTip(translate(
            "IncomingList", "One feedback package for the referrals selected (accepted or "
                            "declined), all from the same partner"))
        self.answers_button.clicked.connect(self.send_answers)
        buttons.addButton(self.answers_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.setMinimumSize(760, 360)
        self.resize(860, 420)
        self.reload()

    def reload(self) -> None:
        """Read every incoming referral again."""
        try:
            self.rows = list(incoming.incoming_referrals(self.vault, open_only=False))
        except UserError as exc:
            dialogs.show_error(self, exc)
            self.rows = []
        self.tree.clear()
        for row in self.rows:
            item = QTreeWidgetItem([incoming_text.day(row.received_at),
                                    incoming_text.sender_text(row), row.reference or "",
                                    labels.service_label(row.service_type, self.lang),
                                    incoming_text.status_label(row)])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not self.rows)
        self.open_button.setEnabled(bool(self.rows))
        self.answers_button.setEnabled(bool(self.rows))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def open_current(self) -> None:
        """Open the referral selected."""
        item = self.tree.currentItem()
        if item is None:
            return
        target = item.data(0, Qt.ItemDataRole.UserRole)
        row = next((r for r in self.rows if r.id == target), None)
        if row is not None:
            accepted: list[str] = []
            open_incoming(self, self.vault, row, self.lang, accepted.append)
            self.reload()
            if accepted:
                self.accept()
                self.case_requested.emit(accepted[0])

    def send_answers(self) -> None:
        """Write one feedback package for the selected referrals already answered here."""
        chosen = {item.data(0, Qt.ItemDataRole.UserRole) for item in self.tree.selectedItems()}
        rows = [r for r in self.rows
                if r.id in chosen and incoming_text.status_of(r) != "open"]
        if not rows:
            dialogs.inform(self, translate(
                "IncomingList", "Select referrals you accepted or declined (Ctrl+click to "
                                "select several)."))
            return
        if write_feedback(self, self.vault, rows):
            self.reload()

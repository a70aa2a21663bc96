"""The case file's tab "Assessment and plan": the needs assessed, the action plan's items
(add, edit, remove in a dialog), the plan's note, and a supervisor's review of the plan.

Each change calls ``case_plan`` (which checks the access rule, validates and audits) and then
emits ``changed`` with the message to show; the case file reloads itself on it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.services.accounts.permissions import Permission, can
from desktop.core.services.casework import case_plan
from desktop.gui import dialogs
from desktop.gui.cases import case_text as ct
from desktop.gui.cases import catalogue_view as cv
from desktop.gui.cases.case_file_parts import show_date
from desktop.gui.cases.plan_item_dialog import PlanItemDialog
from desktop.gui.empty_state import EmptyState
from desktop.gui.referrals import modal


class ActionPlanPanel(QWidget):
    """The assessment and the action plan of one case."""

    save_plan = Signal(str)  # the plan's note, saved by the case file
    changed = Signal(str)  # a message to show once the plan changed

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.vault: Any = None
        self.file: Any = None
        self.items: list[Any] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Initial assessment</b>"), self))
        self.assessment = QLabel(self)
        self.assessment.setObjectName("case:assessment")
        self.assessment.setWordWrap(True)
        layout.addWidget(self.assessment)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<b>Action plan</b>"), self))
        self.review_line = QLabel(self)
        self.review_line.setObjectName("plan:review")
        self.review_line.setWordWrap(True)
        heading.addWidget(self.review_line, 1)
        self.review_button = self._button("plan:mark_reviewed", self.tr("Mark reviewed…"),
                                          self._review)
        heading.addWidget(self.review_button)
        layout.addLayout(heading)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("plan:items")
        self.table.setHorizontalHeaderLabels([
            self.tr("Need"), self.tr("Goal"), self.tr("Responsible"), self.tr("Target"),
            self.tr("Status"), self.tr("Referrals")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Goal and actions take the room left; the other columns keep a width that reads at
        # 1366x768 (long provider names and reasons wrap within it).
        for column, width in ((2, 140), (4, 130), (5, 175)):  # a reference on one line
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        for column in (0, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.doubleClicked.connect(lambda _index: self._edit())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        self.add_button = self._button("plan:add_item", self.tr("Add an item…"), self._add)
        self.empty = EmptyState(
            self.table, self.tr("No item in the action plan yet: add one for each need found "
                                "at the assessment."), self.tr("Add an item…"), self._add,
            self, compact=True, mirror=self.add_button)
        layout.addWidget(self.empty, 1)
        self.edit_button = self._button("plan:edit_item", self.tr("Edit…"), self._edit)
        self.remove_button = self._button("plan:remove_item", self.tr("Remove"), self._remove)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Plan note"), self))
        self.plan = QPlainTextEdit(self)
        self.plan.setObjectName("case:action_plan")
        self.plan.setMaximumHeight(70)
        self.plan.setPlaceholderText(self.tr("What the plan as a whole says (optional)"))
        layout.addWidget(self.plan)
        line = QHBoxLayout()
        self.status = QLabel(self)
        line.addWidget(self.status, 1)
        self.save = self._button("case:save_plan", self.tr("Save the note"),
                                 lambda: self.save_plan.emit(self.plan.toPlainText()))
        line.addWidget(self.save)
        layout.addLayout(line)

    def _button(self, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # -- showing ---------------------------------------------------------------------------
    def show_file(self, file: Any, vault: Any = None) -> None:
        """Show the assessment and the plan of a case file (``None`` clears)."""
        self.file, self.vault = file, vault
        self.status.clear()
        plan = getattr(file, "plan", None)
        self.items = list(plan.items) if plan is not None else []
        self.table.setRowCount(0)
        if file is None:
            self.assessment.clear()
            self.plan.clear()
            self.review_line.clear()
            self._update_buttons()
            return
        self.assessment.setText(ct.assessment_text(file, self.lang))
        self.plan.setPlainText(getattr(file, "action_plan", None) or "")
        for item in self.items:
            self._add_row(item)
        self.table.resizeRowsToContents()
        self.review_line.setText(self._review_text(plan))
        self._update_buttons()

    def _add_row(self, item: Any) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        who = cv.choice_label("plan_responsible", item.responsible, self.lang)
        if item.responsible_name:
            who = item.responsible_name
        status = cv.choice_label("plan_statuses", item.status, self.lang)
        if item.not_done_reason:
            status += f" — {item.not_done_reason}"
        cells = [cv.choice_label("needs", item.need, self.lang) or self.tr("General"),
                 item.goal, who, show_date(item.target_on), status,
                 "\n".join(item.referral_references)]
        for column, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setData(Qt.ItemDataRole.UserRole, item.id)
            if item.actions:  # the actions, in full, where the pointer rests (and the dialog)
                cell.setToolTip(self.tr("Actions: {actions}").format(actions=item.actions))
            self.table.setItem(row, column, cell)

    def _review_text(self, plan: Any) -> str:
        if plan is None or plan.review is None:
            return self.tr("Not reviewed by a supervisor yet.")
        review = plan.review
        text = self.tr("Reviewed on {day} by {name}").format(
            day=show_date(review.reviewed_on), name=review.reviewed_by)
        if review.comment:
            text = self.tr("{review}: {comment}").format(review=text, comment=review.comment)
        if plan.changed_since_review:
            text += " " + self.tr("(changed since)")
        return text

    def _update_buttons(self) -> None:
        open_case = self.file is not None and getattr(self.file, "status", "") != "closed"
        actor = self.vault.actor if self.vault is not None else None
        chosen = self._chosen() is not None
        self.add_button.setEnabled(open_case)
        self.edit_button.setEnabled(open_case and chosen)
        self.remove_button.setEnabled(open_case and chosen)
        self.save.setEnabled(open_case)
        self.review_button.setVisible(open_case and can(actor, Permission.APPROVE_CLOSURE))

    def _chosen(self) -> Any:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    # -- actions ---------------------------------------------------------------------------
    def _dialog(self, item: Any = None) -> bool:
        """Show the item dialog until the service takes it (or it is cancelled)."""
        case_id = getattr(self.file, "id", None)
        if self.vault is None or case_id is None:
            return False
        try:
            choices = case_plan.plan_choices(self.vault, case_id)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return False
        dialog = PlanItemDialog(choices, self.lang, item, self)

        def save() -> None:
            if item is None:
                case_plan.add_item(self.vault, case_id, **dialog.values())
            else:
                case_plan.update_item(self.vault, item.id, **dialog.values())

        return modal.run_until_saved(dialog, save, self, dialog.show_problem)

    def _add(self) -> None:
        if self._dialog():
            self.changed.emit(self.tr("Plan item added."))

    def _edit(self) -> None:
        item = self._chosen()
        if item is not None and self.edit_button.isEnabled() and self._dialog(item):
            self.changed.emit(self.tr("Plan item saved."))

    def _remove(self) -> None:
        item = self._chosen()
        if item is None or not dialogs.ask(self, self.tr("Remove this plan item?")):
            return
        try:
            case_plan.remove_item(self.vault, item.id)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.changed.emit(self.tr("Plan item removed."))

    def _review(self) -> None:
        comment = dialogs.ask_text(self, self.tr("Review the plan"),
                                   self.tr("Your comment on the plan (optional):"))
        if comment is None:
            return
        try:
            case_plan.review(self.vault, self.file.id, comment)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.changed.emit(self.tr("Plan marked reviewed."))

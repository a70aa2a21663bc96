"""A follow-up once done, read only: when and by whom, its outcome, then its review — how it
was done, whether she is still safe (and what worries), the new needs, whether closure is
recommended, and each plan item as the review found it. Opened from the case file's
follow-ups ("View the review…"); nothing in it can be changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import reference
from desktop.core.services.referrals.followup_review_read import DoneFollowUp
from desktop.gui.referrals.new_referral import show_day

ITEMS_UNSCROLLED = 6  # more plan items than this scroll in their box
ITEMS_HEIGHT = 300
SAFETY_COLOURS = {"concern": "#8a5a00", "not_safe": "#b00020"}


def _label(list_name: str, code: str | None, lang: str) -> str:
    if not code:
        return ""
    return reference.label(list_name, code, lang) if reference.has(list_name, code) else code


class ReviewViewDialog(QDialog):
    """The done follow-up ``done``, in ``lang``; a Close button."""

    def __init__(self, done: DoneFollowUp, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followup:review_view")
        self.setWindowTitle(self.tr("Follow-up review"))
        self.setMinimumWidth(620)
        self.lang = lang
        column = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Purpose"), done.purpose or "—", "purpose")
        if done.referral_reference:
            self._row(form, self.tr("Referral"), done.referral_reference, "referral")
        self._row(form, self.tr("Due on"), show_day(done.due_on), "due_on")
        self._row(form, self.tr("Done on"), self.tr("{day} by {person}").format(
            day=show_day(done.done_on), person=done.done_by or "—"), "done_on")
        self._row(form, self.tr("Outcome"), done.outcome or "—", "outcome")
        column.addLayout(form)
        if done.reviewed:
            column.addWidget(self._review_box(done))
            column.addWidget(self._items_area(done), 1)
        else:
            note = QLabel(self.tr("Marked done without a review (before reviews were "
                                  "recorded): only its outcome is known."), self)
            note.setObjectName("review_view:no_review")
            note.setWordWrap(True)
            column.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def _row(self, form: QFormLayout, title: str, text: str, name: str,
             colour: str | None = None) -> QLabel:
        value = QLabel(text, self)
        value.setObjectName(f"review_view:{name}")
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)  # her words are shown, never as markup
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if colour:
            value.setStyleSheet(f"color: {colour}; font-weight: bold;")
        form.addRow(title, value)
        return value

    def _review_box(self, done: DoneFollowUp) -> QGroupBox:
        box = QGroupBox(self.tr("Review"), self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("Method"), _label("followup_methods", done.method, self.lang),
                  "method")
        safety = _label("followup_safety", done.safety, self.lang)
        if done.safety_note:
            safety = self.tr("{answer} — {note}").format(answer=safety, note=done.safety_note)
        self._row(form, self.tr("Is she still safe?"), safety, "safety",
                  SAFETY_COLOURS.get(done.safety or ""))
        needs = ", ".join(_label("needs", n, self.lang) for n in done.new_needs)
        self._row(form, self.tr("New needs (added to the assessment)"),
                  needs or self.tr("None"), "new_needs")
        self._row(form, self.tr("Closure of the case recommended"),
                  self.tr("Yes") if done.closure_recommended else self.tr("No"),
                  "closure_recommended")
        return box

    def _items_area(self, done: DoneFollowUp) -> QWidget:
        """The plan items reviewed; a long plan scrolls inside its box (the dialog stays
        within a 1366×768 screen)."""
        box = self._items_box(done)
        if len(done.items) <= ITEMS_UNSCROLLED:
            return box
        scroll = QScrollArea(self)
        scroll.setObjectName("review_view:items_scroll")
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(ITEMS_HEIGHT)
        return scroll

    def _items_box(self, done: DoneFollowUp) -> QGroupBox:
        """Each item on two lines: its need and goal, then its status as found (``before →
        after`` when the review changed it) and why it was not done."""
        box = QGroupBox(self.tr("Action plan items reviewed"), self)
        column = QVBoxLayout(box)
        if not done.items:
            column.addWidget(QLabel(self.tr("No open item in the plan then."), box))
        for number, item in enumerate(done.items):
            need = _label("needs", item.need, self.lang) or self.tr("General")
            before = _label("plan_statuses", item.from_status, self.lang)
            after = _label("plan_statuses", item.to_status, self.lang)
            status = (after if before == after else self.tr("{before} → {after}").format(
                before=before, after=after))
            if item.reason:
                status = self.tr("{status} — {reason}").format(status=status,
                                                               reason=item.reason)
            for part, text in (("goal", self.tr("{need}: {goal}").format(
                    need=need, goal=item.goal)), ("status", "    " + status)):
                label = QLabel(text, box)
                label.setObjectName(f"review_view:item:{number}:{part}")
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                if part == "goal":
                    label.setStyleSheet("font-weight: bold;")
                column.addWidget(label)
        return box

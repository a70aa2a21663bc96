"""Helpers for the cases GUI tests: fill intake fields the way a person does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from tests.gui.util import field


def go_to_step(qtbot: Any, form: Any, name: str) -> None:
    """Click step ``name`` in the intake's outline, as a person would."""
    outline = form.outline
    item = outline.item(outline.row_of(name))
    assert not outline.isRowHidden(outline.row(item)), f"step {name} is not offered"
    rect = outline.visualItemRect(item)
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert form.current_step() == name


def _step_of(widget: QWidget) -> QScrollArea | None:
    step: QWidget | None = widget
    while step is not None and not step.objectName().startswith("step:"):
        step = step.parentWidget()
    return step if isinstance(step, QScrollArea) else None


def shown_in_step(widget: QWidget) -> bool:
    """Whether ``widget`` shows on its step of the intake (whichever step is current)."""
    step = _step_of(widget)
    return widget.isVisibleTo(step.widget() if step is not None else widget.window())


def reveal(qtbot: Any, root: QWidget, name: str) -> QWidget:
    """The widget named ``name``; when it lies on another step of an intake form, that step
    is chosen in the outline first and the widget scrolled into view."""
    widget = field(root, name)
    step = _step_of(widget)
    if step is None or not root.isVisible():
        return widget
    form = step.parentWidget()
    while form is not None and not hasattr(form, "current_step"):  # the IntakeForm
        form = form.parentWidget()
    assert form is not None
    if form.current_step() != step.objectName()[len("step:"):]:
        go_to_step(qtbot, form, step.objectName()[len("step:"):])
    step.ensureWidgetVisible(widget)
    return widget


def type_text(qtbot: Any, root: QWidget, name: str, text: str) -> None:
    """Click into a text field (one or several lines) and type ``text``."""
    widget = reveal(qtbot, root, name)
    assert isinstance(widget, QLineEdit | QPlainTextEdit), name
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
        elif isinstance(widget, QLineEdit):  # accented letters: as an input method would
            widget.insert(char)
        else:
            widget.insertPlainText(char)


def choose(qtbot: Any, root: QWidget, name: str, label: str) -> None:
    """Open a combo box's list and click ``label`` in it."""
    combo = reveal(qtbot, root, name)
    assert isinstance(combo, QComboBox), name
    row = combo.findText(label)
    assert row >= 0, (name, label, [combo.itemText(i) for i in range(combo.count())])
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    index = view.model().index(row, combo.modelColumn())
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    qtbot.waitUntil(lambda: not view.isVisible())
    assert combo.currentText() == label, (name, combo.currentText())


def click(qtbot: Any, root: QWidget, name: str) -> None:
    """Click a button, radio button or check box named ``name``."""
    button = reveal(qtbot, root, name)
    assert isinstance(button, QAbstractButton), name
    assert button.isVisible() or not root.isVisible(), f"{name} is hidden"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def answer(qtbot: Any, root: QWidget, key: str, value: str) -> None:
    """Click the yes / no / unknown radio button of a yes-no field."""
    click(qtbot, root, f"{key}:{value}")


def date_days_ago(qtbot: Any, root: QWidget, key: str, days: int) -> None:
    """Click "Today", then step the day back with the Down key ``days`` times (forward with
    the Up key when ``days`` is negative)."""
    click(qtbot, root, f"{key}:today")
    edit = reveal(qtbot, root, key)
    assert isinstance(edit, QDateEdit)
    edit.setFocus()
    edit.setCurrentSectionIndex(0)
    key = Qt.Key.Key_Down if days > 0 else Qt.Key.Key_Up
    for _ in range(abs(days)):
        qtbot.keyClick(edit, key)


def type_number(qtbot: Any, root: QWidget, key: str, number: int) -> None:
    """Select the spin box's text and type a number."""
    spin = reveal(qtbot, root, key)
    assert isinstance(spin, QSpinBox)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(number))
    assert spin.value() == number


def fill_valid_intake(qtbot: Any, form: QWidget, name: str = "Aminata Fictive") -> None:
    """Fill the fields a valid intake needs (English labels), as a person would."""
    date_days_ago(qtbot, form, "registration.date_of_interview", 0)
    type_text(qtbot, form, "survivor.name", name)
    type_number(qtbot, form, "survivor.estimated_age", 24)
    choose(qtbot, form, "survivor.sex", "Female")
    date_days_ago(qtbot, form, "incident.date", 3)
    choose(qtbot, form, "incident.region", "Mopti")
    choose(qtbot, form, "incident.cercle", "Bandiagara")
    type_text(qtbot, form, "incident.account", "She was walking home at night.")
    click(qtbot, form, "classify:0:no")
    click(qtbot, form, "classify:1:yes")
    choose(qtbot, form, "perpetrators.0.relationship", "Stranger")
    answer(qtbot, form, "consent.services", "yes")
    choose(qtbot, form, "consent.given_by", "The survivor")
    date_days_ago(qtbot, form, "consent.given_on", 0)


def open_case_file(qtbot: Any, vault: Any, case_id: str, tab: str | None = None) -> Any:
    """The case file of ``case_id`` shown at 1366x768 in English, on its tab ``tab`` (the
    view's attribute: ``plan``, ``safety``, ``referrals_area``…) when given."""
    from desktop.gui.cases.case_file import CaseFileView

    view = CaseFileView(lang="en")
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.set_vault(vault)
    view.show_case(case_id)
    if tab is not None:
        view.tabs.setCurrentWidget(getattr(view, tab))
    return view

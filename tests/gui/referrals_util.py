"""Helpers for the referrals, directory and follow-ups GUI tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QStyle,
    QStyleOptionButton,
    QTableView,
    QTreeWidget,
    QWidget,
)

from desktop.core.store.models import Consent
from desktop.core.store.vault import Vault
from desktop.gui.referrals import modal
from tests.helpers import report_data


def answer_dialogs(monkeypatch: pytest.MonkeyPatch,
                   *fillers: Callable[[QDialog], bool]) -> list[QDialog]:
    """Answer this area's next dialogs with ``fillers``: each dialog is shown, its filler
    types and clicks in it and says whether it was accepted; returns the dialogs answered."""
    queue = list(fillers)
    answered: list[QDialog] = []

    def runner(dialog: QDialog) -> bool:
        answered.append(dialog)
        assert queue, f"unexpected dialog {dialog.objectName()}"
        dialog.show()  # shown (not modal) while the test fills it as a person would
        try:
            return queue.pop(0)(dialog)
        finally:
            dialog.hide()

    monkeypatch.setattr(modal, "runner", runner)
    return answered


def table_texts(view: QTableView | QTreeWidget, column: int) -> list[str]:
    """The texts of one column, top to bottom."""
    if isinstance(view, QTreeWidget):
        return [view.topLevelItem(i).text(column) for i in range(view.topLevelItemCount())]
    model: QAbstractItemModel = view.model()
    return [str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole))
            for row in range(model.rowCount())]


def add_case(vault: Vault, *, worker: str = "awa", release: tuple[str, ...] = (),
             sea: bool = False, **spec: Any) -> str:
    """A case of ``worker`` with release consent for ``release`` service types; its id."""
    with vault.session() as session:
        case = report_data.add_case(session, report_data.Spec(
            interview=date.today(), sea=sea, **spec), worker=worker)
        worker_id = report_data.staff_ids(session)[worker][0]
        for service in release:
            case.consents.append(Consent(scope=f"release:{service}", given=True,
                                         given_on=date.today(), recorded_by_id=worker_id,
                                         site_id=case.site_id))
        session.flush()
        return case.id


def tick(qtbot: Any, root: QWidget, name: str) -> None:
    """Click the box of the check box ``name`` (its indicator, where a person clicks)."""
    box = root.findChild(QCheckBox, name)
    assert box is not None, name
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    before = box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=rect.center())
    assert box.isChecked() != before, name


def double_click_row(qtbot: Any, view: QTableView | QTreeWidget, row: int) -> None:
    """Double-click the first cell of ``row``, where a person would."""
    index = view.model().index(row, 0)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

"""A done follow-up's review read in the case file ("View the review…"), as a case worker and
a supervisor would: select the follow-up, click, read what shows; nothing can be changed;
the dialog fits a 1366×768 screen."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPlainTextEdit

from desktop.core.services.casework import case_plan
from desktop.core.services.referrals import followup_review, followups
from desktop.core.services.referrals.followup_review import ItemUpdate
from desktop.core.store.datafolder import DataFolder
from desktop.gui.cases.case_file import CaseFileView
from desktop.gui.followups.review_view import ReviewViewDialog
from tests.gui.cases_util import click, open_case_file
from tests.gui.referrals_util import answer_dialogs
from tests.gui.util import field
from tests.helpers import folders
from tests.helpers.referral_data import add_case
from tests.helpers.review_data import SAFETY_NOTE, reviewed_case


def _view(qtbot: Any, vault: Any, case_id: str) -> CaseFileView:
    view: CaseFileView = open_case_file(qtbot, vault, case_id, tab="referrals_area")
    return view


def _select(view: CaseFileView, purpose: str) -> None:
    tree = view.referrals.follow_ups
    for row in range(tree.topLevelItemCount()):
        if tree.topLevelItem(row).text(2) == purpose:
            tree.setCurrentItem(tree.topLevelItem(row))
            return
    raise AssertionError(purpose)


def _texts(dialog: QDialog) -> dict[str, str]:
    return {w.objectName().removeprefix("review_view:"): w.text()
            for w in dialog.findChildren(QLabel) if w.objectName().startswith("review_view:")}


def _reviewed_case(vault: Any, today: date) -> str:
    case_id, _ = reviewed_case(vault)
    followups.schedule(vault, case_id, today, purpose="Appel de suivi")
    return case_id


def test_the_case_worker_reads_a_done_review_in_the_case_file(
        qtbot: Any, caseworker: Any, monkeypatch: Any, today: date) -> None:
    view = _view(qtbot, caseworker, _reviewed_case(caseworker, today))
    button = field(view, "case:follow_up_review")
    _select(view, "Appel de suivi")  # not done yet: nothing to read, it can be marked done
    assert not button.isEnabled() and field(view, "case:follow_up_done").isEnabled()
    _select(view, "Visite à domicile")
    assert button.isEnabled() and not field(view, "case:follow_up_done").isEnabled()
    seen: dict[str, str] = {}

    def read(dialog: QDialog) -> bool:
        assert isinstance(dialog, ReviewViewDialog)
        seen.update(_texts(dialog))
        note = dialog.findChild(QLabel, "review_view:safety")
        assert note.textFormat() == Qt.TextFormat.PlainText  # <b> in her words stays text
        assert not dialog.findChildren(QLineEdit) and not dialog.findChildren(QPlainTextEdit)
        screen = 768 - 40  # the task bar and the title bar
        assert dialog.sizeHint().height() <= screen and dialog.sizeHint().width() <= 1366
        return False

    answer_dialogs(monkeypatch, read)
    click(qtbot, view, "case:follow_up_review")
    assert seen["purpose"] == "Visite à domicile"
    assert seen["done_on"] == f"{today:%d/%m/%Y} by Awa Agente"
    assert seen["outcome"] == "Vue chez sa sœur"
    assert seen["method"] == "Home visit"
    assert seen["safety"] == f"No, not safe — {SAFETY_NOTE}"  # shown, not markup
    assert seen["new_needs"] == "Legal"
    assert seen["closure_recommended"] == "Yes"
    assert (seen["item:0:goal"], seen["item:0:status"].strip()) == (
        "Medical: Soins au CSRéf", "Planned → Done")
    assert (seen["item:1:goal"], seen["item:1:status"].strip()) == (
        "General: Séances d'écoute", "Planned → Not done — Elle ne peut pas sortir")


def test_enter_on_a_done_follow_up_opens_its_review_and_a_supervisor_reads_it(
        qtbot: Any, folder: DataFolder, monkeypatch: Any, today: date) -> None:
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = _reviewed_case(awa, today)
        old = followups.schedule(awa, case_id, today, purpose="Ancien suivi")
        followups.mark_done(awa, old.id, "Jointe")  # done before reviews were recorded
    finally:
        awa.close()
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        view = _view(qtbot, sali, case_id)
        read: list[dict[str, str]] = []
        answer_dialogs(monkeypatch, lambda d: bool(read.append(_texts(d))),
                       lambda d: bool(read.append(_texts(d))))
        tree = view.referrals.follow_ups
        for purpose in ("Visite à domicile", "Ancien suivi"):
            _select(view, purpose)
            tree.setFocus()
            qtbot.keyClick(tree, Qt.Key.Key_Return)  # as Enter or a double-click opens it
        assert read[0]["method"] == "Home visit" and read[0]["closure_recommended"] == "Yes"
        assert read[1]["outcome"] == "Jointe" and "method" not in read[1]
        assert "without a review" in read[1]["no_review"]
    finally:
        sali.close()


def test_a_long_plan_scrolls_and_the_review_fits_the_screen(qtbot: Any, caseworker: Any,
                                                           monkeypatch: Any, today: date) -> None:
    case_id = add_case(caseworker)
    items = [case_plan.add_item(caseworker, case_id, goal=f"Objectif numéro {n} " * 6,
                                responsible="survivor", target_on=today) for n in range(14)]
    visit = followups.schedule(caseworker, case_id, today, purpose="Visite")
    followup_review.complete(caseworker, visit.id, outcome="Vue", method="phone",
                             safety="safe", updates={i: ItemUpdate("done") for i in items})
    view = _view(qtbot, caseworker, case_id)
    _select(view, "Visite")
    heights: list[int] = []

    def read(dialog: QDialog) -> bool:
        dialog.adjustSize()
        heights.append(dialog.height())
        assert dialog.findChild(QLabel, "review_view:item:13:goal") is not None
        assert field(dialog, "review_view:items_scroll").isVisible()
        return False

    answer_dialogs(monkeypatch, read)
    click(qtbot, view, "case:follow_up_review")
    assert heights and heights[0] <= 768 - 40

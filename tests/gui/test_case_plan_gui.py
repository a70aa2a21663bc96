"""The action plan in the case file, the follow-up review and the closure checklist, used as a
case worker and a supervisor would: typing and clicking in the real dialogs."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QStyle

from desktop.core.services.cases import case_list as cases
from desktop.core.services.casework import case_plan
from desktop.core.services.referrals import followup_review, followups
from desktop.core.services.referrals import workflow as referrals
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs
from desktop.gui.cases.case_file import CaseFileView
from desktop.gui.cases.closure_dialog import ClosureDialog
from desktop.gui.cases.plan_item_dialog import PlanItemDialog
from desktop.gui.followups.review_dialog import FollowUpReviewDialog
from tests.gui.cases_util import choose, click, open_case_file, type_text
from tests.gui.referrals_util import answer_dialogs, table_texts
from tests.gui.util import field
from tests.helpers import folders
from tests.helpers.referral_data import add_case, osc


def _view(qtbot: Any, vault: Any, case_id: str) -> CaseFileView:
    view: CaseFileView = open_case_file(qtbot, vault, case_id, tab="plan")
    return view


def _cells(view: CaseFileView, column: int) -> list[str]:
    table = view.plan.table
    return [table.item(row, column).text() for row in range(table.rowCount())]


def _check_referral(qtbot: Any, dialog: QDialog, row: int) -> None:
    """Click the check box of a referral in the item dialog (near the row's left edge)."""
    listing = field(dialog, "plan_item:referrals")
    assert isinstance(listing, QListWidget)
    entry = listing.item(row)
    rect = listing.visualItemRect(entry)
    option_x = rect.left() + listing.style().pixelMetric(
        QStyle.PixelMetric.PM_IndicatorWidth) // 2 + 3
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(option_x, rect.center().y()))
    if entry.checkState() != Qt.CheckState.Checked:  # the style puts the box elsewhere
        qtbot.keyClick(listing, Qt.Key.Key_Space)
    assert entry.checkState() == Qt.CheckState.Checked


def test_case_worker_builds_and_updates_the_plan(qtbot: Any, caseworker: Any,
                                                 monkeypatch: Any) -> None:
    case_id = add_case(caseworker, release=("health",))
    referral = referrals.create_referral(caseworker, case_id, service_type="health",
                                         provider_id=osc(caseworker), priority="normal")
    view = _view(qtbot, caseworker, case_id)
    assert not field(view, "plan:mark_reviewed").isVisible()  # supervisors review
    assert field(view, "plan:review").text() == "Not reviewed by a supervisor yet."

    def add(dialog: QDialog) -> bool:
        assert isinstance(dialog, PlanItemDialog)
        choose(qtbot, dialog, "plan_item:need", "Medical")
        type_text(qtbot, dialog, "plan_item:goal", "Soins au centre de sante")
        type_text(qtbot, dialog, "plan_item:actions", "Accompagner mardi")
        choose(qtbot, dialog, "plan_item:responsible", "A service provider")
        assert field(dialog, "plan_item:person").isVisible()
        _check_referral(qtbot, dialog, 0)
        return True

    answer_dialogs(monkeypatch, add)
    click(qtbot, view, "plan:add_item")
    assert _cells(view, 0) == ["Medical"]
    assert _cells(view, 1) == ["Soins au centre de sante"]
    assert view.plan.table.item(0, 1).toolTip() == "Actions: Accompagner mardi"
    assert _cells(view, 4) == ["Planned"] and _cells(view, 5) == [referral.reference]
    assert field(view, "case:step").text() == "3. Case action planning"
    assert field(view, "case:message").text() == "Plan item added."

    def not_done_without_reason(dialog: QDialog) -> bool:
        choose(qtbot, dialog, "plan_item:status", "Not done")
        return True

    def with_reason(dialog: QDialog) -> bool:
        assert "Say why it was not done." in field(dialog, "plan_item:problem").text()
        assert field(dialog, "plan_item:goal").toPlainText() == "Soins au centre de sante"
        type_text(qtbot, dialog, "plan_item:reason", "Elle a refuse")
        return True

    answer_dialogs(monkeypatch, not_done_without_reason, with_reason)
    view.plan.table.selectRow(0)
    click(qtbot, view, "plan:edit_item")
    assert _cells(view, 4) == ["Not done — Elle a refuse"]
    assert [i.status for i in case_plan.case_plan(caseworker, case_id).items] == ["not_done"]
    view.set_vault(None)
    assert view.plan.table.rowCount() == 0  # locked: nothing of the plan stays on screen


def test_supervisor_reviews_the_plan(qtbot: Any, folder: DataFolder) -> None:
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = add_case(awa)
        case_plan.add_item(awa, case_id, need="psychosocial", goal="Ecoute",
                           responsible="survivor", target_on=date.today())
    finally:
        awa.close()
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        view = _view(qtbot, sali, case_id)
        dialogs.script("Plan clair")  # the comment asked
        click(qtbot, view, "plan:mark_reviewed")
        review = field(view, "plan:review").text()
        assert review.startswith("Reviewed on ") and "Sali Superviseure: Plan clair" in review
        history = [view.history.topLevelItem(i).text(2)
                   for i in range(view.history.topLevelItemCount())]
        assert "Action plan reviewed by a supervisor" in history
    finally:
        view.set_vault(None)
        sali.close()


def test_follow_up_review_updates_open_items_and_needs(qtbot: Any, caseworker: Any,
                                                       monkeypatch: Any) -> None:
    case_id = add_case(caseworker)
    item = case_plan.add_item(caseworker, case_id, need="medical", goal="Soins",
                              responsible="survivor", target_on=date.today())
    visit = followups.schedule(caseworker, case_id, date.today(), purpose="Visite")
    view = _view(qtbot, caseworker, case_id)
    view.tabs.setCurrentWidget(view.referrals_area)
    panel = view.referrals
    panel.follow_ups.setCurrentItem(panel.follow_ups.topLevelItem(0))

    def review(dialog: QDialog) -> bool:
        assert isinstance(dialog, FollowUpReviewDialog)
        assert "medical" not in dialog.needs  # already assessed: not offered as new
        choose(qtbot, dialog, "review:method", "Phone")
        type_text(qtbot, dialog, "followup:outcome", "Jointe au telephone")
        click(qtbot, dialog, "review:safety:concern")
        assert not dialog.save.isEnabled()  # a concern needs its note
        type_text(qtbot, dialog, "review:safety_note", "Menaces")
        choose(qtbot, dialog, f"review:item:{item}:status", "Done")
        click(qtbot, dialog, "review:need:legal")
        click(qtbot, dialog, "review:closure_recommended")
        assert dialog.save.isEnabled()
        return True

    answer_dialogs(monkeypatch, review)
    click(qtbot, view, "case:follow_up_done")
    saved = followup_review.review_of(caseworker, visit.id)
    assert saved is not None and (saved.method, saved.safety, saved.new_needs) == (
        "phone", "concern", ["legal"]) and saved.closure_recommended
    view.tabs.setCurrentWidget(view.plan)
    assert _cells(view, 4) == ["Done"]  # the case file shows the plan as reviewed
    assert "Legal" in field(view, "case:assessment").text()
    assert "Closure recommended at the follow-up of " in field(view, "case:flags").text()
    assert table_texts(panel.follow_ups, 0)


def test_closure_checklist_needs_an_explanation_and_the_supervisor_sees_it(
        qtbot: Any, folder: DataFolder) -> None:
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = add_case(awa)
        view = _view(qtbot, awa, case_id)

        class Filled(ClosureDialog):
            def exec(self) -> int:
                self.show()
                ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
                click(qtbot, self, "closure:needs_met")
                click(qtbot, self, "closure:check:safety_plan_reviewed")
                click(qtbot, self, "closure:check:goals_met")
                assert not ok.isEnabled()
                assert "Explain why" in field(self, "closure:problem").text()
                type_text(qtbot, self, "closure:explanation", "Partie sans adresse")
                assert ok.isEnabled()
                self.accept()
                return int(QDialog.DialogCode.Accepted)

        view.closure_dialog = Filled  # type: ignore[assignment]
        click(qtbot, view, "case:request_closure")
        assert field(view, "case:status").text() == "Closure requested"
        view.set_vault(None)
    finally:
        awa.close()
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        view = _view(qtbot, sali, case_id)
        shown = field(view, "case:closure").text()
        assert "✓ Safety plan reviewed with her" in shown
        assert "✗ She knows she can come back at any time" in shown
        assert "Why not: Partie sans adresse" in shown
        dialogs.script(False)  # the supervisor reads the checklist and does not close yet
        click(qtbot, view, "case:approve_closure")
        assert "✗ She knows she can come back" in dialogs.shown[-1][1]
        assert cases.case_file(sali, case_id).status == "closure_requested"
        dialogs.script(True)
        click(qtbot, view, "case:approve_closure")
        assert field(view, "case:status").text() == "Closed"
    finally:
        view.set_vault(None)
        sali.close()

"""The case file: steps, plan, notes, closure asked and approved, reopening, assignment."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import intake
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs
from desktop.gui.cases.case_file import CaseFileView
from desktop.gui.cases.closure_dialog import ClosureDialog
from desktop.gui.cases.page import CasesPage
from tests.gui.cases_util import choose, click, type_text
from tests.gui.util import field, shown_texts
from tests.helpers import folders
from tests.helpers.intake_data import sample_intake

TICKED = Checklist.all_ticked()  # the closure checklist, every item ticked


class TickedClosure(ClosureDialog):
    """The closure dialog as a person fills it: ticks "needs met", types a note, OK."""

    def exec(self) -> int:
        self.reasons["needs_met"].click()
        self.note.setPlainText("Services received")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # the checklist is not filled yet
        for box in self.checks.values():
            box.click()
        assert ok.isEnabled()
        self.accept()
        return int(QDialog.DialogCode.Accepted)


def _case(folder: DataFolder) -> str:
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        return intake.open_case(vault, sample_intake(name="Dossier Fictif"))
    finally:
        vault.close()


def _view(qtbot: Any, vault: Any, case_id: str) -> CaseFileView:
    view = CaseFileView(lang="en")
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.set_vault(vault)
    view.show_case(case_id)
    return view


def test_case_worker_works_the_case_and_asks_closure(qtbot: Any, folder: DataFolder) -> None:
    case_id = _case(folder)
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        view = _view(qtbot, vault, case_id)
        assert field(view, "case:survivor_name").text() == "Dossier Fictif"
        assert field(view, "case:step").text() == "2. Assessment"
        assert "Possible sexual exploitation" in field(view, "case:flags").text()
        assert not field(view, "case:assign").isVisible()  # case workers do not assign
        click(qtbot, view, "case:advance_step")
        assert field(view, "case:step").text() == "3. Case action planning"
        assert field(view, "step:3:date").text() != "—"
        view.tabs.setCurrentWidget(view.plan)
        type_text(qtbot, view, "case:action_plan", "Accompany her to the health centre.")
        click(qtbot, view, "case:save_plan")
        assert cases.case_file(vault, case_id).action_plan == (
            "Accompany her to the health centre.")
        view.tabs.setCurrentWidget(view.notes)
        type_text(qtbot, view, "case:new_note", "Called her back today.")
        click(qtbot, view, "case:add_note")
        assert "Called her back today." in view.notes.list.item(0).text()
        assert field(view, "case:new_note").toPlainText() == ""
        view.closure_dialog = TickedClosure  # type: ignore[assignment]
        click(qtbot, view, "case:request_closure")
        assert field(view, "case:status").text() == "Closure requested"
        assert not field(view, "case:approve_closure").isVisible()
        history = [view.history.topLevelItem(i).text(2)
                   for i in range(view.history.topLevelItemCount())]
        assert {"Case opened", "Step changed", "Note added", "Closure requested"} <= set(history)
        view.set_vault(None)
        assert not any("Dossier Fictif" in t or "Called her" in t for t in shown_texts(view))
    finally:
        vault.close()


def test_supervisor_approves_reopens_and_assigns(qtbot: Any, folder: DataFolder) -> None:
    case_id = _case(folder)
    vault = folders.login(folder, folders.CASEWORKER)
    cases.request_closure(vault, case_id, ["needs_met"], "", checklist=TICKED)
    vault.close()
    vault = folders.login(folder, folders.SUPERVISOR)
    try:
        view = _view(qtbot, vault, case_id)
        assert field(view, "case:closure").text().startswith("Closure reasons: Needs met")
        dialogs.script(True)  # "Close this case?", with the checklist
        click(qtbot, view, "case:approve_closure")
        assert "Safety plan reviewed with her" in dialogs.shown[-1][1]
        assert field(view, "case:status").text() == "Closed"
        assert field(view, "step:6:date").text() != "—"
        dialogs.script(True)  # "Reopen this case?"
        click(qtbot, view, "case:reopen")
        assert field(view, "case:status").text() == "Open"
        assert field(view, "case:closure").text() == ""
        choose(qtbot, view, "case:assign_to", "Fanta Agente")
        click(qtbot, view, "case:assign")
        assert field(view, "case:caseworker").text() == "Fanta Agente"
        assert field(view, "case:referrals_area") is not None
    finally:
        view.set_vault(None)
        vault.close()


def test_page_goes_from_list_to_file_to_intake(qtbot: Any, folder: DataFolder) -> None:
    case_id = _case(folder)
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        page = CasesPage()
        qtbot.addWidget(page)
        page.show()
        page.set_vault(vault)
        assert page.stack.currentWidget() is page.list
        page.list.open_requested.emit(case_id)
        assert page.stack.currentWidget() is page.file
        click(qtbot, page, "case:edit_intake")
        assert page.stack.currentWidget() is page.form
        assert field(page.form, "survivor.name").text() == "Dossier Fictif"
        assert field(page.form, "intake:open_case").text() == "Save changes"
        type_text(qtbot, page.form, "survivor.occupation", " et couturière")
        click(qtbot, page.form, "intake:open_case")
        assert field(page.form, "intake:status").text() == "Changes saved."
        assert intake.load_intake(vault, case_id)["survivor.occupation"] == (
            "Commerçante et couturière")
        page.set_vault(None)
        assert not any("Dossier Fictif" in t for t in shown_texts(page))
    finally:
        vault.close()

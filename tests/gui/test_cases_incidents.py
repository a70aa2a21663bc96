"""The case file's Incidents and Services given tabs: a survivor who comes back gets a new
incident on her case ("New incident…"), and the care the centre gives itself is recorded."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QTreeWidget

from desktop.core.services.cases import incidents, intake
from desktop.core.services.casework import services_given
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.store.datafolder import DataFolder
from desktop.gui.cases.case_file import CaseFileView
from desktop.gui.cases.intake_form import IntakeForm
from desktop.gui.cases.new_incident_dialog import NewIncidentDialog
from tests.gui.cases_util import answer, choose, click, open_case_file, type_text
from tests.gui.util import field
from tests.helpers import folders
from tests.helpers.intake_data import sample_intake

SHOTS = Path(os.environ.get("RELAIS_SHOTS", "/work/notes/shots/incidents"))


def _shot(widget: Any, name: str) -> None:
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


def _rows(tree: Any) -> list[list[str]]:
    assert isinstance(tree, QTreeWidget)
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
            for r in range(tree.topLevelItemCount())]


class FilledIncident(NewIncidentDialog):
    """The dialog as a case worker fills it: a physical assault by a family member, its date
    unknown, told by a third party, reported to the police with her informed first."""

    fill = True

    def exec(self) -> int:
        self.resize(1366, 768)
        self.show()
        if self.fill:
            choose(self.qtbot, self, "incident.date_precision", "Unknown")
            choose(self.qtbot, self, "incident.reported_by", "A third party")
            choose(self.qtbot, self, "incident.location_type", "Survivor's home")
            for index in (0, 1):
                click(self.qtbot, self, f"classify:{index}:no")
            click(self.qtbot, self, "classify:2:yes")
            answer(self.qtbot, self, "incident.mandatory_report_made", "yes")
            choose(self.qtbot, self, "incident.mandatory_report_to", "Police or gendarmerie")
            click(self.qtbot, self, "incident.mandatory_report_on:today")
            answer(self.qtbot, self, "incident.mandatory_report_informed", "yes")
            choose(self.qtbot, self, "perpetrators.0.relationship", "Family member")
            self.scroller.ensureWidgetVisible(field(self, "incident:mandatory_reporting"))
            _shot(self, "new_incident_dialog")
        click(self.qtbot, self, "new_incident:save")
        self.status_seen = self.status.text()
        if self.result() != int(QDialog.DialogCode.Accepted):
            self.reject()
        return self.result()


def _view(qtbot: Any, vault: Any, case_id: str) -> CaseFileView:
    view: CaseFileView = open_case_file(qtbot, vault, case_id)
    return view


def test_new_incident_from_the_case_file(qtbot: Any, folder: DataFolder) -> None:
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = intake.open_case(vault, sample_intake())
        view = _view(qtbot, vault, case_id)
        view.tabs.setCurrentWidget(view.incidents)
        assert len(_rows(field(view, "incidents:list"))) == 1
        FilledIncident.qtbot = qtbot  # type: ignore[attr-defined]
        view.incidents.dialog = FilledIncident
        click(qtbot, view, "case:new_incident")
        rows = _rows(field(view, "incidents:list"))
        assert [r[0] for r in rows] == ["1", "2"]
        assert rows[1][2] == "unknown" and rows[1][3] == "Physical assault"
        assert rows[1][4].startswith("Family member") and rows[1][5] == "A third party"
        assert rows[1][6].startswith("Yes: Police or gendarmerie")
        assert rows[0][3] == "Rape"
        detail = field(view, "incidents:detail").text()  # the latest one, in full
        assert "Mandatory report: Yes: Police or gendarmerie, " in detail
        assert "Alleged perpetrators: Family member\n" in detail
        _shot(view, "case_file_incidents")
        stored = incidents.list_incidents(vault, case_id)
        assert stored[1].incident_date is None and stored[1].date_of_interview == date.today()
    finally:
        vault.close()


def test_a_new_incident_with_answers_missing_is_not_saved(qtbot: Any,
                                                          folder: DataFolder) -> None:
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = intake.open_case(vault, sample_intake())
        view = _view(qtbot, vault, case_id)
        FilledIncident.qtbot = qtbot  # type: ignore[attr-defined]

        class Empty(FilledIncident):
            fill = False

        view.incidents.dialog = Empty
        assert view.incidents.new_incident() is None
        assert len(incidents.list_incidents(vault, case_id)) == 1
        assert len(_rows(field(view, "incidents:list"))) == 1
    finally:
        vault.close()


def test_services_given_are_recorded_in_the_case_file(qtbot: Any, folder: DataFolder) -> None:
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = intake.open_case(vault, sample_intake())
        view = _view(qtbot, vault, case_id)
        view.tabs.setCurrentWidget(view.services)
        choose(qtbot, view, "services:type", "Psychosocial support")
        type_text(qtbot, view, "services:note", "Premier entretien")
        click(qtbot, view, "services:add")
        rows = _rows(field(view, "services:list"))
        assert len(rows) == 1 and rows[0][1] == "Psychosocial support"
        assert rows[0][2] and rows[0][4] == "Premier entretien" and rows[0][3] == "1"
        assert view.tabs.currentWidget() is view.services  # stays on the tab
        _shot(view, "case_file_services")
        listed = services_given.list_for_case(vault, case_id)
        assert [(s.service_type, s.given_on) for s in listed] == [("psychosocial", date.today())]
    finally:
        vault.close()


def test_intake_explains_mandatory_reporting_and_the_tool_notes(qtbot: Any) -> None:
    form = IntakeForm(lang="en")
    qtbot.addWidget(form)
    form.resize(1366, 768)
    form.show()
    note = field(form, "incident:mandatory_reporting")
    assert "Child Protection Code" in note.text() and "tell her" in note.text()
    assert "Attempted rape" in field(form, "classify:1:note").text()
    assert "Early (child) marriage" in field(form, "classify:3:note").text()
    form.go_to_step("incident")
    form.scroll_area().ensureWidgetVisible(note)
    _shot(form, "intake_mandatory_reporting")


def test_a_lock_keeps_the_typed_incident_for_next_time(qtbot: Any, folder: DataFolder) -> None:
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = intake.open_case(vault, sample_intake())
        dialog = NewIncidentDialog(vault, case_id, "en")
        qtbot.addWidget(dialog)
        dialog.show()
        type_text(qtbot, dialog, "incident.account", "Elle est revenue")
        choose(qtbot, dialog, "incident.reported_by", "A third party")
        dialog.reject()  # what the lock does to an open dialog
        again = NewIncidentDialog(vault, case_id, "en")
        qtbot.addWidget(again)
        assert field(again, "incident.account").toPlainText() == "Elle est revenue"
        assert field(again, "incident.reported_by").currentText() == "A third party"
        assert "restored" in again.status.text()
        again.cancel()  # Cancel forgets it
        third = NewIncidentDialog(vault, case_id, "en")
        qtbot.addWidget(third)
        assert field(third, "incident.account").toPlainText() == ""
        assert len(incidents.list_incidents(vault, case_id)) == 1  # nothing saved meanwhile
    finally:
        vault.close()


def test_a_closed_case_says_to_reopen_it_first(qtbot: Any, folder: DataFolder) -> None:
    from desktop.core.services.cases import case_list as cases

    vault = folders.login(folder, folders.SUPERVISOR)
    try:
        case_id = intake.open_case(vault, sample_intake())
        cases.request_closure(vault, case_id, "needs_met", "",
                              checklist=Checklist.all_ticked())
        cases.approve_closure(vault, case_id)
        view = _view(qtbot, vault, case_id)
        view.tabs.setCurrentWidget(view.incidents)
        assert not field(view, "case:new_incident").isEnabled()
        assert field(view, "incidents:closed_hint").isVisible()
        assert not field(view, "services:add").isEnabled()
    finally:
        vault.close()


def test_each_incident_column_shows_its_title_and_cells_whole(qtbot: Any,
                                                              folder: DataFolder) -> None:
    """At 1366×768, with two incidents, every title shows whole and no short column (number,
    dates, GBV type, who reported it) is cut; the long perpetrators' text may be, at most
    ``MAX_COLUMN`` wide (whole in its tooltip and below the list)."""
    from desktop.gui.table_fit import MAX_COLUMN
    from tests.helpers.incident_data import new_incident

    vault = folders.login(folder, folders.CASEWORKER)
    view = CaseFileView(lang="en")
    qtbot.addWidget(view)
    try:
        case_id = intake.open_case(vault, sample_intake())
        incidents.add_incident(vault, case_id, new_incident())
        view.resize(1366, 768)
        view.show()
        view.set_vault(vault)
        view.show_case(case_id)
        view.tabs.setCurrentWidget(view.incidents)
        tree = field(view, "incidents:list")
        assert isinstance(tree, QTreeWidget) and tree.topLevelItemCount() == 2
        header = tree.header()
        qtbot.waitUntil(lambda: tree.viewport().width() > 1000)
        cut = [tree.headerItem().text(c) for c in range(tree.columnCount() - 1)
               if header.sectionSize(c) < header.sectionSizeHint(c)
               or (c != 4 and header.sectionSize(c) < tree.sizeHintForColumn(c))]
        assert cut == []
        assert header.sectionSize(4) >= min(tree.sizeHintForColumn(4), MAX_COLUMN)
    finally:
        view.set_vault(None)
        vault.close()

"""The SEA tab of the case file: shown for SEA cases only, the file typed and saved as a case
worker does it, entries added through their dialogs, refused input shown beside its field,
read only once the case is closed; screenshots at 1366×768."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QSpinBox, QTableWidget

from desktop.core.services.cases import case_actions, intake
from desktop.core.services.casework import sea_file, sea_file_lists
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.services.casework.sea_file_lists import Claim
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs, translations
from desktop.gui.cases.case_file import CaseFileView
from desktop.gui.cases.sea_dialogs import SeaEntryDialog
from desktop.gui.cases.sea_panel import SeaPanel
from tests.gui.cases_util import choose, click, type_text
from tests.gui.util import field, shown_texts
from tests.helpers import folders
from tests.helpers.intake_data import sample_intake

SHOTS = Path(os.environ.get("RELAIS_SHOTS", "/work/notes/shots/sea"))


def _shoot(widget: Any, name: str) -> None:
    """Save a screenshot when the shots folder can be written (evidence, not a check)."""
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _case(folder: DataFolder, **changes: Any) -> str:
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        return intake.open_case(vault, sample_intake(name="Dossier Fictif", **changes))
    finally:
        vault.close()


def _view(qtbot: Any, vault: Any, case_id: str, lang: str = "en") -> CaseFileView:
    view = CaseFileView(lang=lang)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    view.set_vault(vault)
    view.show_case(case_id)
    return view


def shown_history(view: CaseFileView) -> str:
    """What the History tab shows (after the view reloads)."""
    view.show_case(view.case_id)
    return " ".join(shown_texts(view.history))


def _sea_tab(qtbot: Any, view: CaseFileView) -> SeaPanel:
    tabs = view.tabs
    index = tabs.indexOf(view.sea_panel)
    assert tabs.isTabVisible(index)
    tabs.setCurrentIndex(index)
    qtbot.waitUntil(view.sea_panel.isVisible)
    return view.sea_panel


class Filled:
    """Entry dialogs filled as a person would: values set in the dialog's own editors, then
    OK (``try_accept``: the service is called; a refusal keeps the dialog open)."""

    queue: list[dict[str, Any]] = []
    seen: list[SeaEntryDialog] = []

    def __new__(cls, *args: Any, **kwargs: Any) -> Any:  # type: ignore[misc]
        dialog = SeaEntryDialog(*args, **kwargs)
        values = cls.queue.pop(0)
        cls.seen.append(dialog)

        def run() -> int:
            dialog.set_values(values)
            ok = dialog.try_accept()
            return int(QDialog.DialogCode.Accepted if ok else QDialog.DialogCode.Rejected)

        dialog.exec = run  # type: ignore[method-assign]
        return dialog


def test_the_sea_tab_shows_only_for_an_sea_case(qtbot: Any, folder: DataFolder) -> None:
    not_sea = _case(folder, **{"perpetrators": [{
        "is_primary": True, "sex": "male", "age_group": "26_40",
        "relationship": "neighbour", "occupation": None, "occupation_code": None,
        "nationality": "mali", "name": None, "previous_incident_with": None,
        "sea_affiliation": None, "sea_entity": None}]})
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        view = _view(qtbot, vault, not_sea)
        assert not view.tabs.isTabVisible(view.tabs.indexOf(view.sea_panel))
        assert view.sea_panel.file is None
    finally:
        vault.close()


def test_a_case_worker_fills_the_sea_file(qtbot: Any, folder: DataFolder,
                                          monkeypatch: Any) -> None:
    case_id = _case(folder, **{"survivor.date_of_birth": None, "survivor.estimated_age": 19,
                               "incident.incident_date": None})
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        view = _view(qtbot, vault, case_id)
        panel = _sea_tab(qtbot, view)
        _shoot(view, "sea_tab_empty_en")
        type_text(qtbot, panel, "sea_file.allegation_ref", "UN-2026-0042")
        type_text(qtbot, panel, "sea_file.entity", "MINUSMA")
        type_text(qtbot, panel, "sea_file.mission", "Secteur Centre")
        choose(qtbot, panel, "sea_file.personnel_category", "Military personnel")
        choose(qtbot, panel, "sea_file.sea_kind", "Sexual abuse")
        nationality = field(panel, "sea_file.perpetrator_nationality")
        assert isinstance(nationality, QComboBox) and nationality.count() == 250
        choose(qtbot, panel, "sea_file.perpetrator_nationality", "Niger")
        choose(qtbot, panel, "sea_file.investigation_status", "Under investigation")
        age = field(panel, "sea_file.victim_age")  # no date of birth: the age is entered
        assert isinstance(age, QSpinBox) and age.isEnabled()
        age.setValue(18)
        click(qtbot, panel, "sea:save")
        assert field(panel, "sea:saved").text() == "SEA file saved."
        shown = sea_file.view(vault, case_id)
        assert "SEA file changed" in shown_history(view)
        assert shown.values["allegation_ref"] == "UN-2026-0042"
        assert shown.values["perpetrator_nationality"] == "ne" and shown.age_at_incident == 18

        monkeypatch.setattr(SeaPanel, "entry_dialog", Filled)
        Filled.queue[:] = [
            {"date_of_birth": date(2025, 11, 2), "sex": "female"},
            {"on": date(2026, 1, 5), "about": "progress"},
        ]
        click(qtbot, panel, "sea:children:add")
        click(qtbot, panel, "sea:informed:add")
        child_id = sea_file.view(vault, case_id).children[0].id
        Filled.queue[:] = [
            {"child": child_id, "filed_on": date(2026, 1, 10),
             "dna_sample_on": date(2026, 1, 20)},
            {"assistance_type": "education", "child": child_id,
             "provided_on": date(2026, 2, 1), "provider": None,
             "provided_by": vault.actor.staff_id},
        ]
        click(qtbot, panel, "sea:claims:add")
        click(qtbot, panel, "sea:assistance:add")
        tables = {n: field(panel, f"sea:{n}:table") for n in (
            "children", "claims", "informed", "assistance")}
        assert all(isinstance(t, QTableWidget) and t.rowCount() == 1 for t in tables.values())
        assistance = tables["assistance"]
        assert isinstance(assistance, QTableWidget)
        assert [assistance.item(0, c).text() for c in range(5)] == [
            "Education", "Child 1", "01/02/2026", "", "Awa Agente"]
        view.sea_panel.ensureWidgetVisible(field(panel, "sea:claims"))
        _shoot(view, "sea_tab_filled_en")
        view.sea_panel.verticalScrollBar().setValue(view.sea_panel.verticalScrollBar().maximum())
        _shoot(view, "sea_tab_filled_bottom_en")
    finally:
        vault.close()


def test_refused_entries_say_why_beside_the_field(qtbot: Any, folder: DataFolder,
                                                 monkeypatch: Any) -> None:
    case_id = _case(folder)
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        view = _view(qtbot, vault, case_id)
        panel = _sea_tab(qtbot, view)
        # Born 24 years before the interview: the age is computed, not typed.
        age = field(panel, "sea_file.victim_age")
        assert not age.isEnabled() and "Computed" in field(panel, "sea:age_note").text()
        monkeypatch.setattr(SeaPanel, "entry_dialog", Filled)
        Filled.seen.clear()
        Filled.queue[:] = [{"assistance_type": "legal", "provided_on": date(2026, 1, 5),
                            "provider": None, "provided_by": None}]
        click(qtbot, panel, "sea:assistance:add")
        dialog = Filled.seen[-1]
        assert "provider or which member" in dialog.errors.text("sea_assistance.provider")
        dialog.resize(dialog.sizeHint())
        dialog.show()
        _shoot(dialog, "sea_assistance_dialog_refused_en")
        assert dialog.sizeHint().height() <= 700 and dialog.sizeHint().width() <= 1300
        assert sea_file.view(vault, case_id).assistance == []
    finally:
        vault.close()


def test_a_closed_case_shows_its_sea_file_read_only_in_french(qtbot: Any,
                                                             folder: DataFolder) -> None:
    case_id = _case(folder)
    vault = folders.login(folder, folders.SUPERVISOR)
    try:
        sea_file.save(vault, case_id, {"mission": "Secteur Centre", "sea_kind": "exploitation"})
        case_actions.request_closure(vault, case_id, "needs_met",
                                     checklist=Checklist.all_ticked())
        case_actions.approve_closure(vault, case_id)
        translations.install("fr")
        view = _view(qtbot, vault, case_id, lang="fr")
        panel = _sea_tab(qtbot, view)
        assert view.tabs.tabText(view.tabs.indexOf(panel)) == "EAS"
        assert field(panel, "sea:save").text() == "Enregistrer le dossier EAS"
        assert field(panel, "sea:age_note").text() == (
            "Calculé d’après sa date de naissance et la date de l’incident.")
        assert field(panel, "sea:children:add").text() == "Ajouter…"
        assert not field(panel, "sea:save").isEnabled()
        assert not field(panel, "sea:children:add").isEnabled()
        assert not field(panel, "sea_file.mission").isEnabled()
        _shoot(view, "sea_tab_closed_fr")
    finally:
        vault.close()
        dialogs.reset()


def test_a_claim_gets_its_next_step_an_entry_is_removed_and_lock_clears_the_tab(
        qtbot: Any, folder: DataFolder, monkeypatch: Any) -> None:
    case_id = _case(folder)
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        sea_file_lists.save_claim(vault, case_id, Claim(filed_on=date(2026, 1, 5)))
        sea_file_lists.add_informed(vault, case_id, date(2026, 1, 6), "progress")
        view = _view(qtbot, vault, case_id)
        panel = _sea_tab(qtbot, view)
        monkeypatch.setattr(SeaPanel, "entry_dialog", Filled)
        claims = field(panel, "sea:claims:table")
        assert isinstance(claims, QTableWidget)
        claims.selectRow(0)
        Filled.seen.clear()
        Filled.queue[:] = [{"dna_sample_on": date(2026, 1, 20)}]
        click(qtbot, panel, "sea:claims:edit")
        assert Filled.seen[-1].values()["filed_on"] == date(2026, 1, 5)  # shown as it was
        assert claims.item(0, 2).text() == "20/01/2026"
        informed = field(panel, "sea:informed:table")
        assert isinstance(informed, QTableWidget)
        informed.selectRow(0)
        dialogs.script(False)  # "Remove this entry?" — no: nothing removed
        click(qtbot, panel, "sea:informed:remove")
        assert informed.rowCount() == 1
        dialogs.script(True)
        click(qtbot, panel, "sea:informed:remove")
        assert informed.rowCount() == 0 and sea_file.view(vault, case_id).informed == []
        type_text(qtbot, panel, "sea_file.mission", "Secteur Nord")
        view.set_vault(None)  # the lock
        assert field(panel, "sea_file.mission").text() == ""  # type: ignore[attr-defined]
        assert claims.rowCount() == 0 and panel.file is None
    finally:
        vault.close()


def test_each_incident_of_the_case_has_its_own_sea_file(qtbot: Any, folder: DataFolder) -> None:
    from desktop.core.store.models import Case, Incident

    case_id = _case(folder)
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        with vault.session() as s:  # she came back after a new incident
            case = s.get(Case, case_id)
            assert case is not None
            case.incidents.append(Incident(site_id=case.site_id,
                                           incident_date=date(2026, 3, 1)))
        view = _view(qtbot, vault, case_id)
        panel = _sea_tab(qtbot, view)
        chooser = field(panel, "sea:incident")
        assert isinstance(chooser, QComboBox) and chooser.isVisible() and chooser.count() == 2
        choose(qtbot, panel, "sea:incident", "Incident 2 — 01/03/2026")
        type_text(qtbot, panel, "sea_file.mission", "Secteur Nord")
        click(qtbot, panel, "sea:save")
        second = sea_file.view(vault, case_id, panel.incident_id)
        assert second.values["mission"] == "Secteur Nord"
        assert sea_file.view(vault, case_id).values["mission"] is None  # the first one
        assert chooser.currentText() == "Incident 2 — 01/03/2026"  # still on it after saving
    finally:
        vault.close()

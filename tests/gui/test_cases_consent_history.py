"""The Consent tab of the case file shows each consent's history: every change dated, with who
gave it and who recorded it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QListWidget

from desktop.core.services.cases import intake
from desktop.core.store.datafolder import DataFolder
from desktop.gui.cases.case_file import CaseFileView
from tests.gui.util import field
from tests.helpers import folders
from tests.helpers.intake_data import sample_intake


def _entries(view: CaseFileView) -> dict[str, list[str]]:
    shown = field(view, "case:consents")
    assert isinstance(shown, QListWidget)
    lines = [shown.item(i).text().split("\n") for i in range(shown.count())]
    return {entry[0]: [line.strip() for line in entry[1:]] for entry in lines}


def test_the_consent_tab_shows_each_consents_history(qtbot: Any, folder: DataFolder) -> None:
    worker = folders.login(folder, folders.CASEWORKER)
    view = CaseFileView(lang="en")
    qtbot.addWidget(view)
    try:
        case_id = intake.open_case(worker, sample_intake())
        for given in (False, True):  # health release withdrawn, then given again
            data = intake.load_intake(worker, case_id)
            data["consent.release_health"] = given
            intake.update_case(worker, case_id, data)
        view.show()
        view.set_vault(worker)
        view.show_case(case_id)
        view.tabs.setCurrentWidget(view.consents)
        interview = (date.today() - timedelta(days=2)).strftime("%d/%m/%Y")
        today = date.today().strftime("%d/%m/%Y")
        entries = _entries(view)
        health = next(v for k, v in entries.items() if "health" in k.lower())
        assert health == [
            f"given by the survivor on {today}, recorded by Awa Agente",
            f"{interview}: given — the survivor, recorded by Awa Agente",
            f"{today}: withdrawn — the survivor, recorded by Awa Agente",
            f"{today}: given again — the survivor, recorded by Awa Agente"]
        services = next(v for k, v in entries.items() if "receive" in k.lower())
        assert services == [  # untouched by the edits: its date and its single row
            f"given by the survivor on {interview}, recorded by Awa Agente",
            f"{interview}: given — the survivor, recorded by Awa Agente"]
    finally:
        view.set_vault(None)
        worker.close()


def test_consents_come_in_the_intakes_order_and_a_refusal_is_not_given(
        qtbot: Any, folder: DataFolder) -> None:
    """Receive services and statistics first, then each release as the intake lists them, the
    consent to inform the UN last; a consent never given reads "answered by", not "given by";
    an adult's case shows no child-consent details."""
    worker = folders.login(folder, folders.CASEWORKER)
    view = CaseFileView(lang="en")
    qtbot.addWidget(view)
    try:
        case_id = intake.open_case(worker, sample_intake(**{"consent.statistics": False}))
        view.show()
        view.set_vault(worker)
        view.show_case(case_id)
        view.tabs.setCurrentWidget(view.consents)
        heads = list(_entries(view))
        assert heads[:4] == ["Consents to receive services: Yes",
                             "Consents to share non-identifying data for statistics: No",
                             "Release information to health services: Yes",
                             "Release information to psychosocial services: Yes"]
        assert heads[-1].startswith("Consents to inform the UN entity") and len(heads) == 12
        interview = (date.today() - timedelta(days=2)).strftime("%d/%m/%Y")
        entries = _entries(view)
        assert entries[heads[1]][0] == (
            f"answered by the survivor on {interview}, recorded by Awa Agente")
        assert entries[heads[0]][0].startswith("given by the survivor on ")
        assert not field(view, "case:consent_details").isVisibleTo(view)
    finally:
        view.set_vault(None)
        worker.close()

"""The intake questions the Incident Recorder needs, as a case worker answers them: whether the
survivor wants legal action, and the perpetrator's occupation from the coded list."""

from __future__ import annotations

from typing import Any

from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import intake
from desktop.gui.cases.intake_form import IntakeForm
from tests.gui.cases_util import choose, click, fill_valid_intake, type_text
from tests.gui.util import field


def test_legal_action_and_occupation_are_chosen_and_kept(qtbot: Any, caseworker: Any) -> None:
    form = IntakeForm(lang="en")
    qtbot.addWidget(form)
    form.resize(900, 900)
    form.show()
    form.set_vault(caseworker)
    fill_valid_intake(qtbot, form)
    choose(qtbot, form, "incident.wants_legal_action", "Undecided")
    choose(qtbot, form, "perpetrators.0.occupation_code", "Teacher")
    type_text(qtbot, form, "perpetrators.0.occupation", "Maître d'école")
    click(qtbot, form, "intake:open_case")
    assert field(form, "intake:status").text().startswith("Saved: case MOP-")
    [case_id] = cases.case_ids(caseworker)
    data = intake.load_intake(caseworker, case_id)
    assert data["incident.wants_legal_action"] == "undecided"
    assert data["perpetrators"][0]["occupation_code"] == "teacher"
    assert data["perpetrators"][0]["occupation"] == "Maître d'école"
    form.set_vault(None)

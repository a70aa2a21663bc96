"""Safety as a person uses it: the intake's risk questions and the level they suggest, the
case file's Safety tab (a new assessment, its history, safe contact beside her phone, her
safety plan), the high-risk badge in the case list, a new referral starting at the highest
priority, the perpetrator's name field hidden unless an administrator turns it on, and
nothing left on screen after a lock."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop.core.services.accounts import settings
from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import intake
from desktop.core.services.casework import safety_assessment as safety
from desktop.core.store.datafolder import DataFolder
from desktop.gui.cases.case_file import CaseFileView
from desktop.gui.cases.intake_form import IntakeForm
from desktop.gui.cases.list_model import CaseListModel
from desktop.gui.referrals.new_referral import NewReferralDialog
from tests.gui.cases_util import (
    choose,
    click,
    fill_valid_intake,
    open_case_file,
    shown_in_step,
    type_text,
)
from tests.gui.util import field, shown_texts
from tests.helpers import folders
from tests.helpers.intake_data import sample_intake

CODE_WORD = "Qqcode tontine"
PLAN = "Qqplan chez sa tante"


@pytest.fixture
def form(qtbot: Any, caseworker: Any) -> Iterator[IntakeForm]:
    """An intake form for case worker awa, shown on screen, in English."""
    widget = IntakeForm(lang="en")
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    widget.set_vault(caseworker)
    yield widget
    widget.set_vault(None)


def _view(qtbot: Any, vault: Any, case_id: str) -> CaseFileView:
    view: CaseFileView = open_case_file(qtbot, vault, case_id, tab="safety")
    return view


def _case(vault: Any, **changes: Any) -> str:
    return intake.open_case(vault, sample_intake(**{"assessment.safety_risk": None,
                                                    "survivor.phone": "+223 70 11 22 33",
                                                    **changes}))


def test_the_intake_suggests_the_level_and_asks_why_another_one(
        qtbot: Any, form: IntakeForm, caseworker: Any) -> None:
    fill_valid_intake(qtbot, form)
    suggested = field(form, "intake:safety_suggested")
    assert suggested.text() == "Level the answers suggest: none yet"
    choose(qtbot, form, "assessment.safety_immediate_danger", "No")
    assert suggested.text().endswith(": Low")
    choose(qtbot, form, "assessment.safety_threat_to_kill", "Yes")
    assert suggested.text().endswith(": High")
    choose(qtbot, form, "assessment.safety_threatened_by", "Intimate partner or former partner")
    choose(qtbot, form, "assessment.safety_risk", "Medium")
    click(qtbot, form, "intake:open_case")
    assert cases.case_ids(caseworker) == []  # refused: a reason is needed
    error = field(form, "error:assessment.safety_risk_reason")
    assert "not the one the answers suggest (High)" in error.text()
    type_text(qtbot, form, "assessment.safety_risk_reason", "She left him yesterday")
    click(qtbot, form, "intake:open_case")
    [case_id] = cases.case_ids(caseworker)
    latest = safety.safety_file(caseworker, case_id).latest
    assert latest is not None
    assert (latest.level, latest.suggested_level) == ("medium", "high")
    assert latest.answers["threatened_by"] == "intimate_partner"


def test_the_perpetrator_name_is_asked_only_when_an_administrator_turns_it_on(
        qtbot: Any, folder: DataFolder) -> None:
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        form = IntakeForm(lang="en")
        qtbot.addWidget(form)
        form.show()
        form.set_vault(awa)
        assert not shown_in_step(field(form, "perpetrators.0.name"))
        click(qtbot, form, "perpetrator:add")  # a new perpetrator is asked no name either
        assert not shown_in_step(field(form, "perpetrators.1.name"))
        assert "name" not in form.data()["perpetrators"][0]
        form.set_vault(None)
    with folders.as_user(folder) as admin:
        settings.set_value(admin, settings.COLLECT_PERPETRATOR_NAME, True)
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        form.set_vault(awa)
        assert shown_in_step(field(form, "perpetrators.0.name"))
        form.set_vault(None)


def test_the_safety_tab_records_an_assessment_and_keeps_the_history(
        qtbot: Any, caseworker: Any) -> None:
    case_id = _case(caseworker, **{"assessment.safety_immediate_danger": "no"})
    view = _view(qtbot, caseworker, case_id)
    level = field(view, "safety:level")
    assert level.text().startswith("Safety risk: Low — latest assessment on")
    assert "high_risk" not in view.badges.codes()
    choose(qtbot, view, "safety:answer:weapon", "Yes")
    assert field(view, "safety:suggested").text() == "High"
    click(qtbot, view, "safety:record")
    assert field(view, "safety:message").text() == "Assessment recorded."
    assert level.text().startswith("⚠ Safety risk: High")
    assert "high_risk" in view.badges.codes()  # the header's badge
    assert field(view, "badge:high_risk").text() == "High risk"
    assert field(view, "case:safety_risk").text() == "High"
    history = field(view, "safety:history")
    assert history.rowCount() == 2  # type: ignore[attr-defined]
    assert [history.item(r, 1).text() for r in range(2)] == ["High", "Low"]  # type: ignore[attr-defined]
    assert [history.item(r, 4).text() for r in range(2)] == [  # type: ignore[attr-defined]
        "Case file", "Intake"]
    assert field(view, "safety:answer:weapon").currentIndex() == 0  # type: ignore[attr-defined]
    choose(qtbot, view, "safety:answer:weapon", "No")
    choose(qtbot, view, "safety:chosen_level", "High")
    click(qtbot, view, "safety:record")  # another level without a reason: refused
    assert "not the one the answers suggest" in field(view, "safety:error").text()
    assert history.rowCount() == 2  # type: ignore[attr-defined]


def test_safe_contact_and_plan_are_saved_and_gone_after_a_lock(
        qtbot: Any, caseworker: Any) -> None:
    case_id = _case(caseworker, **{"assessment.safety_threat_to_kill": "yes"})
    view = _view(qtbot, caseworker, case_id)
    assert field(view, "safety:phone").text() == "+223 70 11 22 33"
    choose(qtbot, view, "safety:safe_to_call", "No")
    choose(qtbot, view, "safety:safe_to_message", "Yes")
    type_text(qtbot, view, "safety:safe_word", CODE_WORD)
    click(qtbot, view, "safety:save_contact")
    assert field(view, "safety:message").text() == "Safe contact saved."
    type_text(qtbot, view, "safety:plan:concerns", PLAN)
    click(qtbot, view, "safety:save_plan")
    assert field(view, "safety:message").text() == "Safety plan saved."
    contact = safety.safety_file(caseworker, case_id).contact
    assert (contact.safe_to_call, contact.safe_to_message, contact.safe_word) == (
        "no", "yes", CODE_WORD)
    view.show_case(case_id)  # shown again as saved
    assert field(view, "safety:safe_word").text() == CODE_WORD  # type: ignore[attr-defined]
    assert field(view, "safety:plan:concerns").toPlainText() == PLAN  # type: ignore[attr-defined]
    assert "Last saved by Awa Agente" in shown_texts(view)
    view.set_vault(None)  # lock
    texts = " ".join(shown_texts(view))
    for secret in (CODE_WORD, PLAN, "+223 70 11 22 33", "Awa Agente"):
        assert secret not in texts, secret
    assert field(view, "safety:history").rowCount() == 0  # type: ignore[attr-defined]


def test_a_high_risk_case_is_marked_in_the_list_and_refers_at_the_highest_priority(
        qtbot: Any, caseworker: Any) -> None:
    high = _case(caseworker, **{"assessment.safety_weapon": "yes"})
    low = _case(caseworker, **{"assessment.safety_weapon": "no"})
    model = CaseListModel(lang="en")
    model.set_vault(caseworker)
    col = [c.attr for c in model.columns].index("safety_risk")
    shown = {model.case_id(r): model.index(r, col).data() for r in range(model.rowCount())}
    assert shown == {high: "⚠ High", low: "Low"}
    dialog = NewReferralDialog(caseworker, high, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.priority.currentData() == "emergency"
    assert field(dialog, "referral:high_risk").isVisible()
    choose(qtbot, dialog, "referral:priority", dialog.priority.itemText(
        dialog.priority.findData("normal")))  # she may still lower it
    assert dialog.priority.currentData() == "normal"
    other = NewReferralDialog(caseworker, low, "en")
    qtbot.addWidget(other)
    other.show()
    assert other.priority.currentData() == "normal"
    assert not field(other, "referral:high_risk").isVisible()

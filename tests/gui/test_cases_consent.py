"""Consent in the intake and the case file: a child's age band decides who consents and whether
she assents; a caregiver who is an alleged perpetrator is refused; another trusted adult
consents and a supervisor approves; the SEA consent to inform the UN has its date and giver."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget

from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import intake
from desktop.core.store.datafolder import DataFolder
from desktop.gui.cases.case_file import CaseFileView
from desktop.gui.cases.intake_form import IntakeForm
from tests.gui import test_cases_intake as intake_tests
from tests.gui.cases_util import (
    answer,
    choose,
    click,
    date_days_ago,
    fill_valid_intake,
    shown_in_step,
    type_number,
    type_text,
)
from tests.gui.util import field
from tests.helpers import folders
from tests.helpers.child_data import NOTE, perpetrator_caregiver, with_trusted_adult

form = intake_tests.form  # the same intake form fixture (case worker awa, in English)
error_text = intake_tests.error_text


def shown(form: IntakeForm, key: str) -> bool:
    """Whether the field ``key`` (its editor) is shown in the form."""
    return shown_in_step(form.findChild(QLabel, f"label:{key}"))  # type: ignore[arg-type]


def child_with_perpetrator_caregiver(qtbot: Any, form: IntakeForm, age: int = 9) -> None:
    """A valid adult intake turned into a child's whose alleged perpetrator is her caregiver,
    with the caregiver's consent (as first typed)."""
    fill_valid_intake(qtbot, form, name="Enfant Fictive")
    type_number(qtbot, form, "survivor.estimated_age", age)
    choose(qtbot, form, "perpetrators.0.relationship", "Primary caregiver")
    answer(qtbot, form, "survivor.caregiver_is_perpetrator", "yes")
    choose(qtbot, form, "consent.given_by", "The caregiver (child)")


def test_a_caregiver_perpetrator_is_refused_and_a_trusted_adult_consents(
        qtbot: Any, form: IntakeForm, caseworker: Any) -> None:
    child_with_perpetrator_caregiver(qtbot, form)
    assert field(form, "consent:caregiver_warning").isVisible()
    answer(qtbot, form, "consent.child_assent", "yes")
    click(qtbot, form, "intake:open_case")
    assert cases.case_ids(caseworker) == []
    assert error_text(form, "consent.given_by").startswith(
        "The caregiver is recorded as an alleged perpetrator")
    choose(qtbot, form, "consent.given_by", "Another trusted adult (child)")
    assert shown(form, "consent.caregiver_unsuitable") and shown(form, "consent.best_interest_note")
    choose(qtbot, form, "consent.caregiver_unsuitable", "The caregiver is an alleged perpetrator")
    click(qtbot, form, "intake:open_case")
    assert error_text(form, "consent.best_interest_note").startswith("Write the best-interest")
    type_text(qtbot, form, "consent.best_interest_note", "Her aunt protects her.")
    click(qtbot, form, "intake:open_case")
    assert field(form, "intake:status").text().startswith("Saved: case MOP-")
    [case_id] = cases.case_ids(caseworker)
    file = cases.case_file(caseworker, case_id)
    assert file.consent_pending and {c.given_by for c in file.consents} == {"trusted_adult"}


@pytest.mark.parametrize(("age", "giver", "assent_shown"), [
    (4, "The caregiver (child)", False), (9, "The caregiver (child)", True),
    (13, "The caregiver (child)", True), (16, "The survivor", False),
    (24, "The survivor", False)])
def test_the_age_band_decides_the_assent_field(qtbot: Any, form: IntakeForm, age: int,
                                               giver: str, assent_shown: bool) -> None:
    fill_valid_intake(qtbot, form)
    type_number(qtbot, form, "survivor.estimated_age", age)
    if age < 18:
        type_text(qtbot, form, "survivor.caregiver_name", "Tutrice")
        answer(qtbot, form, "survivor.caregiver_informed", "yes")
    choose(qtbot, form, "consent.given_by", giver)
    band = field(form, "consent:band")
    assert band.isVisible() == (age < 18)
    if age < 18:
        assert band.text().startswith("Child survivor — ")  # type: ignore[attr-defined]
    assert shown(form, "consent.child_assent") == assent_shown
    errors = form.errors()
    assert ("consent.child_assent" in errors) == assent_shown  # shown means required
    if assent_shown:
        answer(qtbot, form, "consent.child_assent", "yes")
        assert "consent.child_assent" not in form.errors()
    assert form.errors() == {}


def test_a_four_year_old_does_not_consent_herself(qtbot: Any, form: IntakeForm) -> None:
    fill_valid_intake(qtbot, form)
    type_number(qtbot, form, "survivor.estimated_age", 4)
    type_text(qtbot, form, "survivor.caregiver_name", "Tutrice")
    answer(qtbot, form, "survivor.caregiver_informed", "yes")
    click(qtbot, form, "intake:open_case")
    assert error_text(form, "consent.given_by").startswith("Not for this age. 0–5 years")


def _sea_case(qtbot: Any, form: IntakeForm) -> None:
    fill_valid_intake(qtbot, form)
    choose(qtbot, form, "perpetrators.0.relationship", "UN or humanitarian worker")
    assert "sea" in form.outline.shown_steps()  # the SEA step is offered
    answer(qtbot, form, "sea.un_consent", "yes")


def test_the_sea_section_records_the_consent_to_inform_the_un(
        qtbot: Any, form: IntakeForm, caseworker: Any) -> None:
    _sea_case(qtbot, form)
    click(qtbot, form, "intake:open_case")
    assert error_text(form, "sea.un_consent_given_on") == "Give the date of this consent."
    assert error_text(form, "sea.un_consent_given_by") == "Say who gave this consent."
    date_days_ago(qtbot, form, "sea.un_consent_given_on", 0)
    choose(qtbot, form, "sea.un_consent_given_by", "The survivor")
    click(qtbot, form, "intake:open_case")
    assert field(form, "intake:status").text().startswith("Saved: case MOP-")
    [case_id] = cases.case_ids(caseworker)
    view = CaseFileView(lang="en")
    qtbot.addWidget(view)
    view.show()
    view.set_vault(caseworker)
    view.show_case(case_id)
    shown_list = field(view, "case:consents")
    assert isinstance(shown_list, QListWidget)
    entries = [shown_list.item(i).text() for i in range(shown_list.count())]
    un = next(e for e in entries if e.startswith("Consents to inform the UN entity"))
    day = date.today().strftime("%d/%m/%Y")
    assert un.split("\n")[:2] == [un.split("\n")[0],
                                  f"    given by the survivor on {day}, recorded by Awa Agente"]
    assert un.split("\n")[0].endswith(": Yes")


def test_the_supervisor_approves_in_the_case_file(qtbot: Any, folder: DataFolder) -> None:
    worker = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = intake.open_case(worker, with_trusted_adult(perpetrator_caregiver()))
        view = CaseFileView(lang="en")
        qtbot.addWidget(view)
        view.show()
        view.set_vault(worker)
        view.show_case(case_id)
        badge = field(view, "badge:consent_missing")  # the header says why in its tooltip
        assert "once a supervisor approves it" in badge.toolTip()
        assert not field(view, "case:approve_consent").isVisibleTo(view)  # not hers to approve
    finally:
        view.set_vault(None)
        worker.close()
    boss = folders.login(folder, folders.SUPERVISOR)
    try:
        view.set_vault(boss)
        view.show_case(case_id)
        view.tabs.setCurrentWidget(view.consents)
        assert field(view, "case:consent_status").text().startswith("Consent pending")
        # What she weighs before approving: why the caregiver does not consent, the assent,
        # and the best-interest note, in the tab itself.
        details = field(view, "case:consent_details")
        assert details.isVisibleTo(view)
        assert f"Best-interest note: {NOTE}" in details.text().split("\n")
        click(qtbot, view, "case:approve_consent")
        assert "consent_missing" not in view.badges.codes()
        assert field(view, "case:consent_status").text().startswith(
            "Consent approved by Sali Superviseure on ")
        assert not field(view, "case:approve_consent").isVisibleTo(view)
    finally:
        view.set_vault(None)
        boss.close()


def test_without_an_age_a_substitute_can_still_give_the_reason_and_the_note(
        qtbot: Any, form: IntakeForm) -> None:
    fill_valid_intake(qtbot, form)
    age = field(form, "survivor.estimated_age")
    age.setFocus()
    for _ in range(25):  # 24 down to "not set", with the arrow key
        qtbot.keyClick(age, Qt.Key.Key_Down)
    assert form.data()["survivor.estimated_age"] is None
    choose(qtbot, form, "consent.given_by", "Another trusted adult (child)")
    assert not field(form, "consent:band").isVisible()
    assert shown(form, "consent.caregiver_unsuitable") and shown(form, "consent.best_interest_note")
    assert {"consent.caregiver_unsuitable", "consent.best_interest_note"} <= set(form.errors())


"""The intake form as a person uses it: typing, clicking, validation beside fields, saving."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import intake
from desktop.gui.cases.intake_form import IntakeForm
from tests.gui.cases_util import (
    answer,
    choose,
    click,
    date_days_ago,
    fill_valid_intake,
    go_to_step,
    shown_in_step,
    type_text,
)
from tests.gui.util import field


@pytest.fixture
def form(qtbot: Any, caseworker: Any) -> Iterator[IntakeForm]:
    """An intake form for case worker awa, shown on screen, in English."""
    widget = IntakeForm(lang="en")
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    widget.set_vault(caseworker)
    yield widget
    widget.set_vault(None)


def error_text(form: IntakeForm, key: str) -> str:
    """The red message shown beside field ``key`` ("" when none is shown)."""
    label = form.findChild(QLabel, f"error:{key}")
    assert label is not None, key
    return label.text() if shown_in_step(label) else ""


def test_typed_intake_is_saved_and_read_back(qtbot: Any, form: IntakeForm,
                                             caseworker: Any) -> None:
    fill_valid_intake(qtbot, form)
    type_text(qtbot, form, "perpetrators.0.occupation", "Berger")
    click(qtbot, form, "perpetrator:add")
    choose(qtbot, form, "perpetrators.1.sex", "Male")
    assert field(form, "intake:status").text() == ""
    click(qtbot, form, "intake:open_case")
    assert field(form, "intake:status").text().startswith("Saved: case MOP-")
    [case_id] = cases.case_ids(caseworker)
    number = field(form, "generated:case_number").text()
    assert number.startswith("MOP-")
    assert field(form, "generated:survivor_code").text().startswith("S-")

    again = IntakeForm(lang="en")
    qtbot.addWidget(again)
    again.set_vault(caseworker)
    again.load_case(case_id)
    assert field(again, "survivor.name").text() == "Aminata Fictive"
    assert field(again, "incident.account").toPlainText() == "She was walking home at night."
    assert field(again, "incident.cercle").currentText() == "Bandiagara"
    assert field(again, "perpetrators.0.occupation").text() == "Berger"
    assert field(again, "perpetrators.1.sex").currentText() == "Male"
    assert field(again, "classification:result").text() == "GBV type: Sexual assault"
    assert field(again, "generated:case_number").text() == number
    assert field(again, "consent.services:yes").isChecked()


def test_each_message_appears_beside_its_field(qtbot: Any, form: IntakeForm,
                                               caseworker: Any) -> None:
    click(qtbot, form, "intake:open_case")
    for key in ("registration.date_of_interview", "survivor.sex",
                "incident.gbv_type", "consent.given_by", "consent.given_on"):
        assert error_text(form, key) == "This field is required.", key
    assert error_text(form, "incident.date") == (  # it may be unknown: then said so
        "Enter the date of the incident, or say that it is unknown.")
    assert error_text(form, "consent.services") == (
        "A case is opened only with the survivor's consent to receive services.")
    assert QApplication.focusWidget() is field(form, "registration.date_of_interview")
    assert "not opened" in field(form, "intake:status").text()
    assert cases.case_ids(caseworker) == []

    fill_valid_intake(qtbot, form)
    date_days_ago(qtbot, form, "incident.date", -2)  # in the future
    click(qtbot, form, "intake:open_case")
    assert error_text(form, "incident.date") == "This date is in the future."
    assert error_text(form, "survivor.sex") == ""
    assert QApplication.focusWidget() is field(form, "incident.date")


def test_child_survivor_needs_caregiver_and_dates_must_agree(qtbot: Any,
                                                             form: IntakeForm) -> None:
    fill_valid_intake(qtbot, form)
    spin = field(form, "survivor.estimated_age")
    spin.selectAll()
    qtbot.keyClicks(spin, "12")
    date_days_ago(qtbot, form, "survivor.date_of_birth", 365 * 30)
    click(qtbot, form, "intake:open_case")
    assert error_text(form, "survivor.caregiver_name") == (
        "A child survivor needs the caregiver's details.")
    assert error_text(form, "survivor.caregiver_informed") == (
        "Say whether the caregiver is informed.")
    assert error_text(form, "survivor.estimated_age") == (
        "The age does not match the date of birth.")


def test_perpetrator_errors_and_sea_part(qtbot: Any, form: IntakeForm) -> None:
    assert "sea" not in form.outline.shown_steps()  # no SEA step for a case without SEA
    assert not shown_in_step(field(form, "perpetrators.0.sea_affiliation"))
    choose(qtbot, form, "perpetrators.0.relationship", "UN or humanitarian worker")
    assert "sea" in form.outline.shown_steps()
    assert field(form, "perpetrators.0.sea_affiliation").isVisible()
    click(qtbot, form, "perpetrator:add")
    click(qtbot, form, "perpetrator:add")
    assert form.findChild(QLabel, "error:perpetrators.2.sex") is not None
    click(qtbot, form, "perpetrator:1:remove")
    assert len(form.perpetrators.list.panels) == 2
    go_to_step(qtbot, form, "sea")
    assert field(form, "section:sea").isVisible()
    choose(qtbot, form, "perpetrators.0.relationship", "Stranger")
    assert "sea" not in form.outline.shown_steps()
    assert form.current_step() == "perpetrators"


def test_classification_questions_stop_at_first_yes(qtbot: Any, form: IntakeForm) -> None:
    result = field(form, "classification:result")
    assert not field(form, "classify:1:yes").isVisible()
    click(qtbot, form, "classify:0:no")
    click(qtbot, form, "classify:1:no")
    click(qtbot, form, "classify:2:yes")
    assert result.text() == "GBV type: Physical assault"
    assert not field(form, "classify:3:yes").isVisible()
    click(qtbot, form, "classify:2:no")
    for index in (3, 4, 5):
        click(qtbot, form, f"classify:{index}:no")
    assert result.text() == "GBV type: Non-GBV incident" or "Non-GBV" in result.text()
    flag = field(form, "classification:exploitation")
    click(qtbot, form, "classify:0:yes")
    answer(qtbot, form, "incident.goods_exchanged", "yes")
    assert result.text() == "GBV type: Rape"
    assert flag.isVisible()
    answer(qtbot, form, "incident.goods_exchanged", "no")
    assert not flag.isVisible()


def test_region_chooses_the_cercles(qtbot: Any, form: IntakeForm) -> None:
    cercle = field(form, "incident.cercle")
    assert cercle.count() == 1  # only "not set" until a region is chosen
    choose(qtbot, form, "incident.region", "Gao")
    names = [cercle.itemText(i) for i in range(cercle.count())]
    assert "Ansongo" in names and "Bandiagara" not in names
    choose(qtbot, form, "incident.cercle", "Ansongo")
    choose(qtbot, form, "incident.region", "Mopti")
    assert cercle.currentData() is None


def test_identifying_fields_are_marked(form: IntakeForm) -> None:
    grid = field(form, "survivor.name").parentWidget().parentWidget()
    marks = [w for w in grid.findChildren(QLabel, "identifying")]
    assert len(marks) >= 5  # name, phone, address, caregiver name and phone
    assert intake.validate({}, lang="en")  # the service, not the form, holds the rules

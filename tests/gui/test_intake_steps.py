"""The intake in steps as a case worker uses it: Next / Previous and the outline, an error in
an earlier step, the case announced and opened, conditional notes, the consent grid, the GBV
type shown live, drafts back at their step, and the steps fitting an office screen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QRadioButton

from desktop.core.catalogue import classification
from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import drafts
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs
from desktop.gui.cases import catalogue_view as cv
from desktop.gui.cases.intake_form import IntakeForm
from desktop.gui.cases.page import CasesPage
from tests.gui.cases_util import (
    answer,
    choose,
    click,
    date_days_ago,
    go_to_step,
    shown_in_step,
    type_number,
    type_text,
)
from tests.gui.test_lock import log_in
from tests.gui.test_screens_fit import SIZES, _settle, problems
from tests.gui.util import field
from tests.helpers import folders

SHOTS = Path(os.environ.get("RELAIS_SHOTS", "/work/notes/shots/intake"))


def _shot(widget: Any, name: str) -> None:
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def page(qtbot: Any, caseworker: Any) -> Iterator[CasesPage]:
    """The cases page of case worker awa, in English, showing a new intake."""
    window = QMainWindow()  # the announcement also goes to the window's status bar
    qtbot.addWidget(window)
    widget = CasesPage()
    window.setCentralWidget(widget)
    window.resize(1200, 730)
    window.show()
    widget.set_vault(caseworker)
    widget.new_intake()
    yield widget
    widget.set_vault(None)


def _next(qtbot: Any, form: IntakeForm) -> None:
    before = form.current_step()
    click(qtbot, form, "intake:next")
    assert form.current_step() != before


def test_an_error_left_in_step_one_is_found_from_the_last_step(
        qtbot: Any, page: CasesPage, caseworker: Any) -> None:
    form = page.form
    assert form.current_step() == "registration"
    assert field(form, "intake:step_title").text() == "Step 1 of 6 — Registration"
    assert not field(form, "intake:previous").isEnabled()
    _next(qtbot, form)  # the date of the interview left empty
    type_number(qtbot, form, "survivor.estimated_age", 24)
    choose(qtbot, form, "survivor.sex", "Female")
    _next(qtbot, form)
    date_days_ago(qtbot, form, "incident.date", 3)
    click(qtbot, form, "classify:0:yes")
    _next(qtbot, form)
    choose(qtbot, form, "perpetrators.0.relationship", "Stranger")
    _next(qtbot, form)
    answer(qtbot, form, "consent.services", "yes")
    choose(qtbot, form, "consent.given_by", "The survivor")
    date_days_ago(qtbot, form, "consent.given_on", 0)
    _next(qtbot, form)
    assert form.current_step() == "assessment"
    assert not field(form, "intake:next").isEnabled()
    assert not form.outline.has_errors("registration")  # to complete, not yet an error
    assert "1 to complete" in form.outline.item(0).text()

    click(qtbot, form, "intake:open_case")
    assert cases.case_ids(caseworker) == []
    assert form.current_step() == "registration"
    assert form.outline.has_errors("registration")
    assert form.outline.item(0).text().endswith("✗ 1 error(s) to correct")
    assert not any(form.outline.has_errors(s) for s in form.outline.shown_steps()[1:])
    assert QApplication.focusWidget() is field(form, "registration.date_of_interview")
    assert field(form, "intake:status").text() == (
        "The case was not opened: 1 field(s) to correct.")
    _shot(page, "error_in_step_1")

    date_days_ago(qtbot, form, "registration.date_of_interview", 0)
    qtbot.waitUntil(lambda: not form.outline.has_errors("registration"))
    assert form.outline.item(0).text().startswith("1. Registration\n✓ ")
    click(qtbot, form, "intake:open_case")
    [case_id] = cases.case_ids(caseworker)
    number = cases.case_file(caseworker, case_id).case_number
    assert page.stack.currentWidget() is page.file and page.file.case_id == case_id
    notice = field(page, "cases:notice")
    assert notice.isVisible() and notice.text() == f"Saved: case {number} is open."
    _shot(page, "case_opened")
    bar = page.window().statusBar()
    assert bar.currentMessage() == notice.text()
    click(qtbot, page, "cases:to_list")
    assert notice.isVisible()  # it stays readable until the next intake
    click(qtbot, page, "cases:new_intake")
    assert not notice.isVisible() and form.current_step() == "registration"
    assert bar.currentMessage() == ""


def test_a_lock_takes_the_announcement_away(qtbot: Any, page: CasesPage) -> None:
    page.announce("Saved: case MOP-2026-00007 is open.")
    page.set_vault(None)
    assert not field(page, "cases:notice").isVisible()
    assert page.window().statusBar().currentMessage() == ""


def test_previous_and_the_outline_move_between_steps(qtbot: Any, page: CasesPage) -> None:
    form = page.form
    go_to_step(qtbot, form, "consent")
    assert field(form, "intake:step_title").text() == "Step 5 of 6 — Consent"
    click(qtbot, form, "intake:previous")
    assert form.current_step() == "perpetrators"
    choose(qtbot, form, "perpetrators.0.relationship", "UN or humanitarian worker")
    assert form.outline.shown_steps()[4] == "sea"  # the SEA step appears after it
    _next(qtbot, form)
    assert form.current_step() == "sea"
    assert field(form, "intake:step_title").text().startswith("Step 5 of 7 — ")
    form.outline.setFocus()
    qtbot.keyClick(form.outline, Qt.Key.Key_Down)  # the outline answers the keyboard too
    assert form.current_step() == "consent"
    qtbot.keyClick(form.outline, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert form.current_step() == "assessment"  # Ctrl+PgDown: Next, from anywhere in the form
    assert field(form, "intake:next").toolTip() == "Next (Ctrl+PgDown)"


def test_a_note_appears_only_when_its_answer_calls_for_it(
        qtbot: Any, page: CasesPage, caseworker: Any) -> None:
    form = page.form
    where = field(form, "incident.reported_where")
    go_to_step(qtbot, form, "incident")
    assert not where.isVisible()
    choose(qtbot, form, "incident.reported_elsewhere", "No")
    assert not where.isVisible()
    choose(qtbot, form, "incident.reported_elsewhere", "Yes, to a GBVIMS organisation")
    assert where.isVisible()
    type_text(qtbot, form, "incident.reported_where", "Centre de santé")
    assert form.data()["incident.reported_where"] == "Centre de santé"
    choose(qtbot, form, "incident.reported_elsewhere", "No")
    assert not where.isVisible()
    assert form.data()["incident.reported_where"] is None  # hidden: not saved

    go_to_step(qtbot, form, "assessment")
    note = field(form, "assessment.need_legal_note")
    assert not note.isVisible()
    answer(qtbot, form, "assessment.need_legal", "yes")
    assert note.isVisible()
    answer(qtbot, form, "assessment.need_legal", "no")
    assert not note.isVisible()

    go_to_step(qtbot, form, "incident")
    report_to = field(form, "incident.mandatory_report_to")
    assert not report_to.isVisible()
    answer(qtbot, form, "incident.mandatory_report_made", "yes")
    assert report_to.isVisible()
    assert "incident.mandatory_report_to" in form.errors()  # shown: then asked


def test_the_caregiver_is_asked_about_for_a_child_only(qtbot: Any, page: CasesPage) -> None:
    form = page.form
    go_to_step(qtbot, form, "survivor")
    caregiver = field(form, "survivor.caregiver_name")
    assert caregiver.isVisible()  # her age is not known yet
    type_number(qtbot, form, "survivor.estimated_age", 30)
    assert not caregiver.isVisible()
    type_number(qtbot, form, "survivor.estimated_age", 9)
    assert caregiver.isVisible() and field(form, "survivor.caregiver_is_perpetrator:yes")


def _fill_rest(qtbot: Any, form: IntakeForm) -> None:
    date_days_ago(qtbot, form, "registration.date_of_interview", 0)
    type_number(qtbot, form, "survivor.estimated_age", 30)
    choose(qtbot, form, "survivor.sex", "Female")
    date_days_ago(qtbot, form, "incident.date", 2)
    click(qtbot, form, "classify:0:no")
    click(qtbot, form, "classify:1:no")
    click(qtbot, form, "classify:2:yes")
    choose(qtbot, form, "consent.given_by", "The survivor")
    date_days_ago(qtbot, form, "consent.given_on", 0)


def test_the_consent_grid_saves_what_was_chosen(qtbot: Any, page: CasesPage,
                                                caseworker: Any) -> None:
    form = page.form
    _fill_rest(qtbot, form)
    go_to_step(qtbot, form, "consent")
    assert field(form, "consent.release_legal:unknown").isChecked()  # not asked, at first
    click(qtbot, form, "consent.services:yes")
    click(qtbot, form, "consent.release_health:yes")
    click(qtbot, form, "consent.release_shelter:no")
    # With the keyboard: Down to the next row, Left to change the answer.
    start = field(form, "consent.release_health:yes")
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Down)
    row = field(form, "consent.release_psychosocial:unknown")
    assert QApplication.focusWidget() is row
    qtbot.keyClick(row, Qt.Key.Key_Left)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert field(form, "consent.release_psychosocial:yes").isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # Tab: the next row's answer
    assert QApplication.focusWidget() is field(form, "consent.release_legal:unknown")
    buttons = [w for w in form.findChildren(QRadioButton) if w.objectName().startswith(
        "consent.release_legal:")]
    assert all(b.accessibleName().startswith("Legal aid — ") for b in buttons)
    click(qtbot, form, "intake:open_case")
    [case_id] = cases.case_ids(caseworker)
    file = cases.case_file(caseworker, case_id)
    given = {c.scope: c.given for c in file.consents}
    assert given["services"] is True
    assert given["release:health"] is True and given["release:psychosocial"] is True
    assert given["release:shelter"] is False
    assert given["release:legal"] is False  # not asked: no consent, as before the grid
    assert file.consent("release:health") and not file.consent("release:legal")


@pytest.mark.parametrize("answers", [[True], [False, True], [False, False, True],
                                     [False, False, False, False, True],
                                     [False] * 6])
def test_the_gbv_type_shown_follows_the_core_rule(qtbot: Any, page: CasesPage,
                                                  answers: list[bool]) -> None:
    form = page.form
    result = field(form, "classification:result")
    assert result.text() == "GBV type: not known yet"
    for index, yes in enumerate(answers):
        click(qtbot, form, f"classify:{index}:{'yes' if yes else 'no'}")
    expected = cv.gbv_label(classification.classify(answers), "en")
    assert result.text() == f"GBV type: {expected}"
    assert form.data()["incident.gbv_type"] == classification.classify(answers)
    assert shown_in_step(result) and form.current_step() == "incident"


def test_a_draft_comes_back_at_its_step(qtbot: Any, page: CasesPage, caseworker: Any) -> None:
    form = page.form
    type_text(qtbot, form, "survivor.occupation", "Couturière")
    go_to_step(qtbot, form, "perpetrators")
    page.before_lock()
    page.set_vault(None)
    assert [d.kind for d in drafts.pending_drafts(caseworker)] == ["intake"]
    other = IntakeForm(lang="en")
    qtbot.addWidget(other)
    other.show()
    dialogs.script(True)  # "Continue the unsaved intake?" → yes
    other.set_vault(caseworker)
    assert field(other, "survivor.occupation").text() == "Couturière"
    assert other.current_step() == "perpetrators"
    other.set_vault(None)


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1280x720"])
def test_every_step_fits_an_office_screen(qtbot: Any, make_shell: Any, folder: DataFolder,
                                          size: tuple[int, int]) -> None:
    shell = make_shell(folder, idle_ms=600_000, language="fr")
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    main = shell.main
    main.resize(*size)
    page = main.show_page("cases")
    page.new_intake()
    form = page.form
    choose(qtbot, form, "perpetrators.0.relationship", "Personnel des Nations Unies ou humanitaire")
    choose(qtbot, form, "consent.given_by", "Un autre adulte de confiance (enfant)")
    found: list[str] = []
    for step in form.outline.shown_steps():
        form.go_to_step(step)
        _settle(qtbot, main)
        where = f"{size[0]}×{size[1]} {step}"
        if main.width() > size[0] or main.height() > size[1]:
            found.append(f"{where}: the window grew to {main.width()}×{main.height()}")
        found += problems(main, where)
        outline = form.outline
        last = outline.visualItemRect(outline.item(outline.count() - 1))
        if last.bottom() > outline.viewport().height():
            found.append(f"{where}: the outline needs a scroll bar")
        if size == (1366, 768) and SHOTS.parent.is_dir():
            SHOTS.mkdir(exist_ok=True)
            main.grab().save(str(SHOTS / f"step_{form.outline.row_of(step) + 1}_{step}.png"))
    assert not found, "\n".join(found)

"""Consent history: an edit of the intake touches only the consents that changed, each keeping
its own date, giver and recorder; every change appends a dated row, never rewriting one date."""

from __future__ import annotations

import io
from datetime import date, timedelta
from typing import Any

from pypdf import PdfReader

from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import intake
from desktop.core.services.cases.case_file import ConsentRow
from desktop.core.services.summaries import case_summary
from desktop.core.store.vault import Vault
from tests.helpers.child_data import child, with_trusted_adult
from tests.helpers.intake_data import sample_intake

INTERVIEW_DAYS_AGO = 2  # sample_intake() and child() date the interview two days back


def _consents(vault: Vault, case_id: str) -> dict[str, ConsentRow]:
    return {c.scope: c for c in cases.case_file(vault, case_id).consents}


def _steps(row: ConsentRow) -> list[tuple[Any, ...]]:
    return [(h.change, h.on, h.given_by, h.recorded_by) for h in row.changes]


def _edit(vault: Vault, case_id: str, **changes: Any) -> None:
    data = intake.load_intake(vault, case_id)
    data.update(changes)
    intake.update_case(vault, case_id, data)


def test_a_new_case_records_each_consent_once_with_its_date(caseworker: Vault, today: date) -> None:
    interviewed = today - timedelta(days=INTERVIEW_DAYS_AGO)
    case_id = intake.open_case(caseworker, sample_intake(**{"consent.release_legal": False}))
    consents = _consents(caseworker, case_id)
    assert _steps(consents["services"]) == [("given", interviewed, "survivor", "Awa Agente")]
    assert _steps(consents["release:legal"]) == [
        ("not_given", interviewed, "survivor", "Awa Agente")]
    assert _steps(consents["un_sharing"]) == [("given", interviewed, "survivor", "Awa Agente")]


def test_editing_one_consent_changes_only_it_and_adds_a_history_row(
        caseworker: Vault, today: date) -> None:
    interviewed = today - timedelta(days=INTERVIEW_DAYS_AGO)
    case_id = intake.open_case(caseworker, sample_intake(**{"consent.release_legal": False}))
    before = _consents(caseworker, case_id)
    _edit(caseworker, case_id, **{"consent.statistics": False, "consent.release_legal": True})
    after = _consents(caseworker, case_id)
    statistics, legal = after.pop("statistics"), after.pop("release:legal")
    assert (statistics.given, statistics.given_on, statistics.withdrawn_on) == (
        False, interviewed, today)  # withdrawn today; the day it was given is kept
    assert [h.change for h in statistics.changes] == ["given", "withdrawn"]
    assert (legal.given, legal.given_on) == (True, today)  # given today, not at the interview
    assert [(h.change, h.on) for h in legal.changes] == [
        ("not_given", interviewed), ("given", today)]
    for scope, row in after.items():  # every other consent exactly as it was
        assert row == before[scope], scope
    assert not cases.case_file(caseworker, case_id).consent("statistics")


def test_an_edit_that_changes_no_consent_adds_no_history(caseworker: Vault) -> None:
    case_id = intake.open_case(caseworker, sample_intake())
    before = _consents(caseworker, case_id)
    _edit(caseworker, case_id, **{"incident.gbv_type": "physical_assault"})
    assert _consents(caseworker, case_id) == before


def test_withdrawn_then_given_again_keeps_three_rows(caseworker: Vault, today: date) -> None:
    interviewed = today - timedelta(days=INTERVIEW_DAYS_AGO)
    case_id = intake.open_case(caseworker, sample_intake())
    _edit(caseworker, case_id, **{"consent.release_health": False})
    _edit(caseworker, case_id, **{"consent.release_health": True})
    health = _consents(caseworker, case_id)["release:health"]
    assert [(h.change, h.on) for h in health.changes] == [
        ("given", interviewed), ("withdrawn", today), ("given_again", today)]
    assert (health.given, health.given_on, health.withdrawn_on) == (True, today, None)
    assert cases.case_file(caseworker, case_id).consent("release:health")


def test_a_date_typed_in_the_form_dates_the_change(caseworker: Vault, today: date) -> None:
    interviewed = today - timedelta(days=INTERVIEW_DAYS_AGO)
    case_id = intake.open_case(caseworker, sample_intake(**{"consent.release_legal": False}))
    yesterday = today - timedelta(days=1)
    _edit(caseworker, case_id, **{"consent.release_legal": True, "consent.given_on": yesterday})
    consents = _consents(caseworker, case_id)
    assert consents["release:legal"].given_on == yesterday
    # The section's date corrected, the consents that had it take it, with a row saying so.
    assert consents["services"].given_on == yesterday
    assert [h.change for h in consents["services"].changes] == ["given", "date_changed"]
    assert consents["un_sharing"].given_on == interviewed  # its own date, in the SEA section


def test_the_un_consent_keeps_its_own_date_and_giver(caseworker: Vault, today: date) -> None:
    interviewed = today - timedelta(days=INTERVIEW_DAYS_AGO)
    case_id = intake.open_case(caseworker, sample_intake())
    _edit(caseworker, case_id, **{"sea.un_consent": False})
    un = _consents(caseworker, case_id)["un_sharing"]
    assert [(h.change, h.on) for h in un.changes] == [("given", interviewed), ("withdrawn", today)]
    assert intake.load_intake(caseworker, case_id)["sea.un_consent_given_on"] == interviewed


def test_the_case_summary_lists_each_consent_with_its_own_dates(
        caseworker: Vault, today: date) -> None:
    interviewed = today - timedelta(days=INTERVIEW_DAYS_AGO)
    case_id = intake.open_case(caseworker, sample_intake(**{"consent.release_legal": False}))
    _edit(caseworker, case_id, **{"consent.statistics": False, "consent.release_legal": True})
    pdf = case_summary.case_summary_pdf(caseworker, case_id, lang="en")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    day, interview = today.isoformat(), interviewed.isoformat()
    # The row's cells in order (a cell may wrap): consent, given, given by, on, (withdrawn on),
    # recorded by.
    text = " ".join(text.split())
    assert f"To receive services Yes The survivor {interview} Awa Agente" in text
    assert f"statistics No The survivor {interview} {day} Awa Agente" in text
    assert f"Release to: Legal aid Yes The survivor {day} Awa Agente" in text
    assert f"Health / medical Yes The survivor {interview} Awa Agente" in text


def test_a_change_of_who_consents_is_a_dated_row_of_each_given_consent(
        caseworker: Vault, today: date) -> None:
    interviewed = today - timedelta(days=INTERVIEW_DAYS_AGO)
    case_id = intake.open_case(caseworker, child(9, **{"consent.child_assent": True}))
    data = with_trusted_adult(intake.load_intake(caseworker, case_id))
    intake.update_case(caseworker, case_id, data)
    consents = _consents(caseworker, case_id)
    assert _steps(consents["services"]) == [
        ("given", interviewed, "caregiver", "Awa Agente"),
        ("giver_changed", today, "trusted_adult", "Awa Agente")]
    assert (consents["services"].given_by, consents["services"].given_on) == (
        "trusted_adult", today)
    assert _steps(consents["release:legal"]) == [  # not given: nothing to change
        ("not_given", interviewed, "caregiver", "Awa Agente")]
    assert cases.case_file(caseworker, case_id).consent_pending  # a supervisor must approve

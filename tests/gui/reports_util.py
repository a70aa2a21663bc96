"""Helpers for the Reports page tests: cases opened through the intake service, the page."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop.core.catalogue.classification import answers_for
from desktop.core.services.cases import intake
from desktop.core.store.vault import Vault
from desktop.gui.reports.page import ReportsPage
from tests.helpers.intake_data import sample_intake


def interview_day() -> date:
    """The day the cases of :func:`open_cases` are interviewed: two days before today (read
    when called, never at import: a run may cross midnight)."""
    return date.today() - timedelta(days=2)


def period_start() -> date:
    """The first day the page is asked for: the eve of the interviews' month."""
    return interview_day().replace(day=1) - timedelta(days=1)


def open_cases(vault: Vault, specs: list[dict[str, Any]]) -> list[str]:
    """Open one case per dict of intake changes (interviewed on :func:`interview_day`)."""
    return [intake.open_case(vault, sample_intake(f"Fictive {i}", **changes))
            for i, changes in enumerate(specs)]


def usual_cases(vault: Vault) -> None:
    """Six consented rapes, one consented sexual assault, one rape without statistics
    consent: the report counts 7 cases, 6 rapes and "<5" sexual assaults."""
    specs: list[dict[str, Any]] = [{} for _ in range(6)]
    specs.append({"incident.gbv_type": "sexual_assault",
                  "incident.classification_answers": answers_for("sexual_assault")})
    specs.append({"consent.statistics": False})
    open_cases(vault, specs)


def page_for(qtbot, vault: Vault | None) -> ReportsPage:  # type: ignore[no-untyped-def]
    """The page, shown, with ``vault`` given as the shell would, over the interview dates."""
    page = ReportsPage()
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    page.set_vault(vault)
    page.picker.set_kind("dates")
    page.picker.start.setDate(period_start())
    page.picker.end.setDate(date.today())
    return page


def row_of(rows: list[list[str]], label: str) -> list[str]:
    """The row whose first cell is ``label``."""
    for row in rows:
        if row[0] == label:
            return row
    raise AssertionError(f"no row {label!r} in {rows}")

"""Saving an intake stays cheap: one transaction, two flushes, no query it does not need.

The save was once 4 flushes and 25 statements (each flush runs the derived-column and name
index upkeep again); these bounds catch a change that brings them back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import drafts, intake
from tests.helpers.intake_data import sample_intake


def _counted(vault: Any, action: Any) -> tuple[list[str], int]:
    statements: list[str] = []
    flushes = [0]

    def on_statement(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        statements.append(sql.split()[0].upper())

    def on_flush(*_args: Any) -> None:
        flushes[0] += 1

    engine = vault.require_engine()
    event.listen(engine, "before_cursor_execute", on_statement)
    event.listen(Session, "before_flush", on_flush)
    try:
        action()
    finally:
        event.remove(engine, "before_cursor_execute", on_statement)
        event.remove(Session, "before_flush", on_flush)
    return statements, flushes[0]


def test_opening_a_case_takes_two_flushes_and_keeps_every_part(caseworker):
    intake.open_case(caseworker, sample_intake())  # statement caches warm
    drafts.save_draft(caseworker, intake.DRAFT_KIND, {"survivor.name": "x"})
    found: list[str] = []
    statements, flushes = _counted(
        caseworker, lambda: found.append(intake.open_case(caseworker, sample_intake())))
    assert flushes <= 2
    assert len(statements) <= 26, statements  # 22, and one row per statistics fact table
    assert statements.count("SELECT") <= 7, statements
    # Nothing the save does was lost on the way: draft gone, steps, risk level, audit.
    assert drafts.load_draft(caseworker, intake.DRAFT_KIND) is None
    file = cases.case_file(caseworker, found[0])
    assert [s.step for s in file.steps] == [1, 2]
    assert file.safety_risk == "high"
    assert "case_created" in [e.action for e in file.history]

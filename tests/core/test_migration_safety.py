"""Migration 1a2b3c4d5e02: an existing case's one-code safety risk becomes its first risk
assessment (nothing lost), the case keeps its level, survivors keep their rows and gain empty
safe-contact instructions; the downgrade keeps the cases and their level."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop.core.services.casework import safety_assessment as safety
from desktop.core.store import migrate
from desktop.core.store.models import Case
from desktop.core.store.vault import Vault
from tests.helpers import schema
from tests.helpers.schema import STAMP

BEFORE = "c4d5e6f7a8b9"
RISKS = {"c1": "high", "c2": "low", "c3": None}


def _old_database(path: Path) -> Vault:
    """A database at the revision before, with three cases: high risk, low risk, none."""
    vault = schema.database_at(path, BEFORE)
    with vault.require_engine().begin() as conn:
        run = conn.exec_driver_sql
        for number, (case_id, risk) in enumerate(RISKS.items(), start=1):
            level = f"'{risk}'" if risk else "NULL"
            run(f"INSERT INTO survivors (id, site_id, survivor_code, phone, created_at, "
                f"updated_at) VALUES ('v{number}', 's1', 'S-00000{number}', '7000000{number}', "
                f"{STAMP})")
            run(f"INSERT INTO cases (id, site_id, case_number, survivor_id, created_by_id, "
                f"caseworker_id, status, step, date_of_interview, sea, possible_exploitation, "
                f"safety_risk, created_at, updated_at) VALUES ('{case_id}', 's1', "
                f"'MOP-2026-0000{number}', 'v{number}', 'u1', 'u1', 'open', 2, "
                f"'2026-02-2{number}', 0, 0, {level}, {STAMP})")
    return vault


def test_an_existing_risk_becomes_the_first_assessment(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        migrate.upgrade(vault.require_engine())
        with vault.require_engine().connect() as conn:
            rows = conn.execute(text(
                "SELECT case_id, level, assessed_on, assessed_by_id, answers, source "
                "FROM safety_assessments ORDER BY case_id")).all()
            phones = conn.execute(text(
                "SELECT phone, safe_to_call, safe_word FROM survivors ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [
            ("c1", "high", "2026-02-21", "u1", None, "earlier_version"),
            ("c2", "low", "2026-02-22", "u1", None, "earlier_version")]  # c3 had none
        assert [tuple(p) for p in phones] == [
            ("70000001", None, None), ("70000002", None, None), ("70000003", None, None)]
        with vault.session() as session:  # the case file reads it as the case's history
            case = session.get(Case, "c1")
            assert case is not None and case.safety_risk == "high"
            file = safety.read(session, case)
        assert file.high and [a.level for a in file.assessments] == ["high"]
        assert file.latest is not None and file.latest.by == "awa"
    finally:
        vault.close()


def test_downgrade_keeps_the_cases_and_their_level(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        migrate.upgrade(vault.require_engine())
        schema.downgrade_to(vault.require_engine(), BEFORE)
        with vault.require_engine().connect() as conn:
            tables = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'"))}
            levels = dict(conn.execute(text("SELECT id, safety_risk FROM cases")).all())
            columns = {r[1] for r in conn.execute(text("PRAGMA table_info(survivors)"))}
        assert "safety_assessments" not in tables and "safety_plans" not in tables
        assert levels == RISKS
        assert "safe_word" not in columns and "phone" in columns
    finally:
        vault.close()

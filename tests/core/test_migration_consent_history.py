"""Migration a1b2c3d4e5f6: existing consents get their history — one row each, their current
state, dated at the day given (else the interview) or the day withdrawn — and edits go on from
there."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop.core.store import migrate
from desktop.core.store.models import Case
from desktop.core.store.vault import Vault
from tests.helpers import schema
from tests.helpers.schema import STAMP

BEFORE = "b2c3d4e5f6a7"
# (scope, given, given_on, withdrawn_on) of the consents of case c1
CONSENTS = (("services", "1", "'2026-03-01'", "NULL"), ("statistics", "0", "'2026-03-01'",
            "'2026-04-10'"), ("release:health", "0", "NULL", "NULL"),
            ("un_sharing", "1", "NULL", "NULL"))


def _old_database(path: Path) -> Vault:
    """A database at the revision before, with one case and four consents: given, withdrawn,
    never given (no date), given without a date."""
    vault = schema.database_at(path, BEFORE)
    with vault.require_engine().begin() as conn:
        run = conn.exec_driver_sql
        run(f"INSERT INTO survivors (id, site_id, survivor_code, created_at, updated_at) "
            f"VALUES ('v1', 's1', 'S-000001', {STAMP})")
        run(f"INSERT INTO cases (id, site_id, case_number, survivor_id, created_by_id, "
            f"caseworker_id, status, step, date_of_interview, sea, possible_exploitation, "
            f"created_at, updated_at) VALUES ('c1', 's1', 'MOP-2026-00001', 'v1', 'u1', 'u1', "
            f"'open', 2, '2026-02-20', 1, 0, {STAMP})")
        for scope, given, given_on, withdrawn_on in CONSENTS:
            run(f"INSERT INTO consents (id, site_id, case_id, scope, given, given_by, given_on, "
                f"recorded_by_id, withdrawn_on, created_at, updated_at) VALUES ('k-{scope}', "
                f"'s1', 'c1', '{scope}', {given}, 'survivor', {given_on}, 'u1', "
                f"{withdrawn_on}, {STAMP})")
    return vault


def test_each_existing_consent_gets_one_row_of_its_current_state(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        migrate.upgrade(vault.require_engine())
        with vault.require_engine().connect() as conn:
            rows = conn.execute(text(
                'SELECT consent_id, position, change, "on", given_by, recorded_by_id '
                "FROM consent_changes ORDER BY consent_id")).all()
            consents = conn.execute(text(
                "SELECT scope, given, given_on, withdrawn_on FROM consents ORDER BY scope")).all()
        assert [tuple(r) for r in rows] == [
            ("k-release:health", 0, "not_given", "2026-02-20", "survivor", "u1"),
            ("k-services", 0, "given", "2026-03-01", "survivor", "u1"),
            ("k-statistics", 0, "withdrawn", "2026-04-10", "survivor", "u1"),
            ("k-un_sharing", 0, "given", "2026-02-20", "survivor", "u1")]  # at the interview
        assert [tuple(r) for r in consents] == [  # the consents themselves untouched
            ("release:health", 0, None, None), ("services", 1, "2026-03-01", None),
            ("statistics", 0, "2026-03-01", "2026-04-10"), ("un_sharing", 1, None, None)]
        with vault.session() as session:  # the model reads them as the consents' history
            case = session.get(Case, "c1")
            assert case is not None
            assert {c.scope: [h.change for h in c.changes] for c in case.consents} == {
                "services": ["given"], "statistics": ["withdrawn"],
                "release:health": ["not_given"], "un_sharing": ["given"]}
    finally:
        vault.close()


def test_downgrade_removes_the_history_and_keeps_the_consents(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        migrate.upgrade(vault.require_engine())
        schema.downgrade_to(vault.require_engine(), BEFORE)
        with vault.require_engine().connect() as conn:
            tables = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'"))}
            kept = conn.execute(text("SELECT count(*) FROM consents")).scalar()
        assert "consent_changes" not in tables and kept == len(CONSENTS)
    finally:
        vault.close()

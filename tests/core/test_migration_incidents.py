"""Migration 1a2b3c4d5e03: an existing case keeps its one incident (told at the case's
interview, its date exact or unknown), with its perpetrator; nothing invented; downgrade keeps
them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop.core.store import migrate
from desktop.core.store.models import Case
from desktop.core.store.vault import Vault
from tests.helpers import schema
from tests.helpers.schema import STAMP

BEFORE = "c4d5e6f7a8b9"


def _old_database(path: Path) -> Vault:
    """Two cases at the revision before: one incident with a date, one without."""
    vault = schema.database_at(path, BEFORE)
    with vault.require_engine().begin() as conn:
        run = conn.exec_driver_sql
        for n, day, incident_date in ((1, "2026-02-20", "'2026-02-18'"), (2, "2026-03-05", "NULL")):
            run(f"INSERT INTO survivors (id, site_id, survivor_code, created_at, updated_at) "
                f"VALUES ('v{n}', 's1', 'S-00000{n}', {STAMP})")
            run(f"INSERT INTO cases (id, site_id, case_number, survivor_id, created_by_id, "
                f"caseworker_id, status, step, date_of_interview, sea, possible_exploitation, "
                f"gbv_type, created_at, updated_at) VALUES ('c{n}', 's1', 'MOP-2026-0000{n}', "
                f"'v{n}', 'u1', 'u1', 'open', 2, '{day}', 0, 0, 'rape', {STAMP})")
            run(f"INSERT INTO incidents (id, site_id, case_id, incident_date, gbv_type, "
                f"wants_legal_action, created_at, updated_at) VALUES ('i{n}', 's1', 'c{n}', "
                f"{incident_date}, 'rape', 'yes', {STAMP})")
            run(f"INSERT INTO perpetrators (id, site_id, incident_id, position, is_primary, sex, "
                f"created_at, updated_at) VALUES ('p{n}', 's1', 'i{n}', 0, 1, 'male', {STAMP})")
    return vault


def test_existing_cases_keep_their_one_incident(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        migrate.upgrade(vault.require_engine())
        with vault.require_engine().connect() as conn:
            rows = conn.execute(text(
                "SELECT id, case_id, date_of_interview, date_precision, reported_by, "
                "mandatory_report_made, wants_legal_action FROM incidents ORDER BY id")).all()
            services = conn.execute(text("SELECT count(*) FROM services_given")).scalar()
        assert [tuple(r) for r in rows] == [
            ("i1", "c1", "2026-02-20", "exact", None, None, "yes"),
            ("i2", "c2", "2026-03-05", "unknown", None, None, "yes")]
        assert services == 0  # no service given is invented
        with vault.session() as session:
            case = session.get(Case, "c1")
            assert case is not None and len(case.incidents) == 1
            assert [p.sex for p in case.incidents[0].perpetrators] == ["male"]
    finally:
        vault.close()


def test_downgrade_keeps_the_incidents(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        migrate.upgrade(vault.require_engine())
        schema.downgrade_to(vault.require_engine(), BEFORE)
        with vault.require_engine().connect() as conn:
            tables = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'"))}
            columns = {r[1] for r in conn.execute(text("PRAGMA table_info(incidents)"))}
            kept = conn.execute(text("SELECT count(*) FROM perpetrators")).scalar()
        assert "services_given" not in tables and "date_precision" not in columns
        assert kept == 2  # the incidents' perpetrators survive the downgrade
    finally:
        vault.close()

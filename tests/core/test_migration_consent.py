"""Migration f6a7b8c9d0e1: "wants it reported to the UN" becomes a consent record; existing
cases keep their consent (no approval asked of them)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop.core.services.consent import consent_approval
from desktop.core.store import migrate
from desktop.core.store.models import Case
from desktop.core.store.vault import Vault
from tests.helpers import schema
from tests.helpers.schema import STAMP

BEFORE = "607fb9b474a5"


def _old_database(path: Path) -> Vault:
    """A database at the revision before, with three SEA cases (wants it reported: yes, no,
    not asked) whose consents were given by the caregiver, the survivor, the survivor."""
    vault = schema.database_at(path, BEFORE)
    with vault.require_engine().begin() as conn:
        run = conn.exec_driver_sql
        for n, wants, giver in ((1, "1", "caregiver"), (2, "0", "survivor"),
                                (3, "NULL", "survivor")):
            run(f"INSERT INTO survivors (id, site_id, survivor_code, created_at, updated_at) "
                f"VALUES ('v{n}', 's1', 'S-00000{n}', {STAMP})")
            run(f"INSERT INTO cases (id, site_id, case_number, survivor_id, created_by_id, "
                f"caseworker_id, status, step, date_of_interview, sea, possible_exploitation, "
                f"created_at, updated_at) VALUES ('c{n}', 's1', 'MOP-2026-0000{n}', 'v{n}', "
                f"'u1', 'u1', 'open', 2, '2026-02-0{n}', 1, 0, {STAMP})")
            run(f"INSERT INTO incidents (id, site_id, case_id, sea_wants_reported, created_at, "
                f"updated_at) VALUES ('i{n}', 's1', 'c{n}', {wants}, {STAMP})")
            for scope in ("statistics", "services"):
                run(f"INSERT INTO consents (id, site_id, case_id, scope, given, given_by, "
                    f"given_on, recorded_by_id, created_at, updated_at) VALUES "
                    f"('k{n}{scope}', 's1', 'c{n}', '{scope}', 1, '{giver}', '2026-03-01', "
                    f"'u1', {STAMP})")
            run(f"INSERT INTO perpetrators (id, site_id, incident_id, position, is_primary, "
                f"created_at, updated_at) VALUES ('p{n}', 's1', 'i{n}', 0, 1, {STAMP})")
    return vault


def test_wants_reported_becomes_the_consent_to_inform_the_un(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        migrate.upgrade(vault.require_engine())
        with vault.require_engine().connect() as conn:
            rows = conn.execute(text(
                "SELECT case_id, given, given_by, given_on, recorded_by_id, withdrawn_on "
                "FROM consents WHERE scope = 'un_sharing' ORDER BY case_id")).all()
            kept = conn.execute(text("SELECT count(*) FROM consents WHERE scope IN "
                                     "('services', 'statistics') AND given = 1")).scalar()
            perpetrators = conn.execute(text("SELECT count(*) FROM perpetrators")).scalar()
            columns = [r[1] for r in conn.execute(text("PRAGMA table_info(incidents)"))]
        # Yes: a given consent, dated at the intake, by whoever gave the case's consent.
        assert [tuple(r) for r in rows] == [
            ("c1", 1, "caregiver", "2026-02-01", "u1", None),
            ("c2", 0, "survivor", "2026-02-02", "u1", None)]  # no: recorded as not given
        assert kept == 6 and perpetrators == 3  # nothing else lost (no cascade ran)
        assert "sea_wants_reported" not in columns
        with vault.session() as session:
            case = session.get(Case, "c1")
            assert case is not None and not consent_approval.is_pending(case)
    finally:
        vault.close()


def test_downgrade_gives_the_answer_back(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        migrate.upgrade(vault.require_engine())
        schema.downgrade_to(vault.require_engine(), BEFORE)
        with vault.require_engine().connect() as conn:
            answers = conn.execute(text(
                "SELECT case_id, sea_wants_reported FROM incidents ORDER BY case_id")).all()
        assert [tuple(r) for r in answers] == [("c1", 1), ("c2", 0), ("c3", None)]
    finally:
        vault.close()

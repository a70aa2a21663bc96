"""Migration 1a2b3c4d5e04: every incident of an SEA case gets its SEA file, with what the
database already knew (entity, category of personnel, nationality of the first affiliated
perpetrator; the date reported to the UN; a paternity claim)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop.core.services.casework import sea_file
from desktop.core.store import migrate
from desktop.core.store.models import Case
from desktop.core.store.vault import Vault
from tests.helpers import schema
from tests.helpers.schema import STAMP

BEFORE = "c4d5e6f7a8b9"


def _old_database(path: Path) -> Vault:
    """Three cases at the revision before: SEA with a UN military perpetrator from Niger, a
    claim and a date reported to the UN; SEA with an NGO perpetrator, no claim; not SEA."""
    vault = schema.database_at(path, BEFORE)
    with vault.require_engine().begin() as conn:
        run = conn.exec_driver_sql
        for n, sea, claim, reported, affiliation, entity, nationality in (
                (1, 1, "1", "'2026-02-10'", "'un_military'", "'Contingent A'", "'niger'"),
                (2, 1, "0", "NULL", "'ngo_partner'", "NULL", "'mali'"),
                (3, 0, "NULL", "NULL", "NULL", "NULL", "'mali'")):
            run(f"INSERT INTO survivors (id, site_id, survivor_code, date_of_birth, created_at, "
                f"updated_at) VALUES ('v{n}', 's1', 'S-00000{n}', '2010-05-01', {STAMP})")
            run(f"INSERT INTO cases (id, site_id, case_number, survivor_id, created_by_id, "
                f"caseworker_id, status, step, date_of_interview, sea, possible_exploitation, "
                f"created_at, updated_at) VALUES ('c{n}', 's1', 'MOP-2026-0000{n}', 'v{n}', "
                f"'u1', 'u1', 'open', 2, '2026-02-0{n}', {sea}, 0, {STAMP})")
            run(f"INSERT INTO incidents (id, site_id, case_id, incident_date, "
                f"sea_paternity_claim, sea_reported_to_un_on, created_at, updated_at) VALUES "
                f"('i{n}', 's1', 'c{n}', '2026-01-20', {claim}, {reported}, {STAMP})")
            # A first perpetrator without affiliation, then the affiliated one.
            run(f"INSERT INTO perpetrators (id, site_id, incident_id, position, is_primary, "
                f"nationality, created_at, updated_at) VALUES ('q{n}', 's1', 'i{n}', 0, 1, "
                f"'algeria', {STAMP})")
            run(f"INSERT INTO perpetrators (id, site_id, incident_id, position, is_primary, "
                f"sea_affiliation, sea_entity, nationality, created_at, updated_at) VALUES "
                f"('p{n}', 's1', 'i{n}', 1, 0, {affiliation}, {entity}, {nationality}, {STAMP})")
    return vault


def test_each_sea_incident_gets_its_file_with_what_was_known(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        migrate.upgrade(vault.require_engine())
        with vault.require_engine().connect() as conn:
            files = conn.execute(text(
                "SELECT incident_id, entity, personnel_category, perpetrator_nationality, "
                "site_id FROM sea_files ORDER BY incident_id")).all()
            claims = conn.execute(text(
                "SELECT f.incident_id, c.position, c.filed_on FROM sea_claims c "
                "JOIN sea_files f ON f.id = c.sea_file_id")).all()
            kept = conn.execute(text(
                "SELECT id, sea_paternity_claim, sea_reported_to_un_on FROM incidents "
                "ORDER BY id")).all()
            perpetrators = conn.execute(text("SELECT count(*) FROM perpetrators")).scalar()
        assert [tuple(r) for r in files] == [
            ("i1", "Contingent A", "military", "ne", "s1"),
            ("i2", None, None, "ml", "s1")]  # an NGO's staff: no UN category guessed
        assert [tuple(r) for r in claims] == [("i1", 1, None)]  # the yes: one claim, undated
        assert [tuple(r) for r in kept] == [
            ("i1", 1, "2026-02-10"), ("i2", 0, None), ("i3", None, None)]
        assert perpetrators == 6
        with vault.session() as session:  # the services read the migrated file
            case = session.get(Case, "c1")
            assert case is not None
            shown = sea_file.view_in_session(session, case)
        assert shown.values["entity"] == "Contingent A"
        assert shown.values["reported_to_un_on"].isoformat() == "2026-02-10"
        assert shown.paternity_claim is True and len(shown.claims) == 1
        assert shown.age_at_incident == 15 and shown.age_computed
    finally:
        vault.close()


def test_downgrade_keeps_a_claim_recorded_since_as_a_yes(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        migrate.upgrade(vault.require_engine())
        with vault.require_engine().begin() as conn:
            conn.exec_driver_sql(
                f"INSERT INTO sea_claims (id, site_id, sea_file_id, position, created_at, "
                f"updated_at) SELECT 'k2', 's1', id, 1, {STAMP} FROM sea_files "
                f"WHERE incident_id = 'i2'")
        schema.downgrade_to(vault.require_engine(), BEFORE)
        with vault.require_engine().connect() as conn:
            answers = conn.execute(text(
                "SELECT id, sea_paternity_claim FROM incidents ORDER BY id")).all()
            tables = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'"))}
        assert [tuple(r) for r in answers] == [("i1", 1), ("i2", 1), ("i3", None)]
        assert not any(t.startswith("sea_") for t in tables)
    finally:
        vault.close()

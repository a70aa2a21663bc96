"""Migration 5c0a7e9b1d15: an existing folder's cases are journaled once, so that its first
sync sends them all; from then on the triggers journal every change of what travels, bulk SQL
too; the downgrade removes the journal and its triggers and keeps every case."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop.core.store import migrate
from tests.helpers import schema
from tests.helpers.schema import STAMP

BEFORE = "1a2b3c4d5e10"
REVISION = "5c0a7e9b1d15"


def _old_database(path: Path):  # type: ignore[no-untyped-def]
    vault = schema.database_at(path, BEFORE)
    with vault.require_engine().begin() as conn:
        for number in (1, 2, 3):
            conn.exec_driver_sql(
                f"INSERT INTO survivors (id, site_id, survivor_code, created_at, updated_at) "
                f"VALUES ('v{number}', 's1', 'S-0000{number}', {STAMP})")
            conn.exec_driver_sql(
                f"INSERT INTO cases (id, site_id, case_number, survivor_id, created_by_id, "
                f"caseworker_id, status, step, date_of_interview, sea, possible_exploitation, "
                f"created_at, updated_at) VALUES ('c{number}', 's1', 'MOP-2026-0000{number}', "
                f"'v{number}', 'u1', 'u1', 'open', 1, '2026-02-0{number}', 0, 0, {STAMP})")
    return vault


def _journal(conn) -> list[str]:  # type: ignore[no-untyped-def]
    return [row[0] for row in conn.execute(text("SELECT case_id FROM sync_journal ORDER BY seq"))]


def test_existing_cases_are_journaled_once_then_every_change(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        migrate.upgrade(vault.require_engine())
        with vault.require_engine().begin() as conn:
            assert sorted(_journal(conn)) == ["c1", "c2", "c3"]
            conn.execute(text("DELETE FROM sync_journal"))
            conn.execute(text("UPDATE cases SET step = 2 WHERE id = 'c2'"))
            conn.execute(text("UPDATE survivors SET sex = 'f' WHERE id = 'v3'"))
            conn.execute(text(
                f"INSERT INTO incidents (id, site_id, case_id, created_at, updated_at) "
                f"VALUES ('i1', 's1', 'c1', {STAMP})"))
            conn.execute(text(
                f"INSERT INTO perpetrators (id, site_id, incident_id, position, is_primary, "
                f"created_at, updated_at) VALUES ('p1', 's1', 'i1', 0, 1, {STAMP})"))
            assert _journal(conn) == ["c2", "c3", "c1", "c1"]
            conn.execute(text("UPDATE staff SET code = 'x'"))  # not what travels: not journaled
            assert len(_journal(conn)) == 4
    finally:
        vault.close()


def test_the_downgrade_keeps_the_cases(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        engine = vault.require_engine()
        migrate.upgrade(engine)
        from alembic import command

        config = migrate._config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, BEFORE)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM cases")).scalar() == 3
            names = {row[0] for row in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE name LIKE 'sync_%'"))}
        assert names == set()
    finally:
        vault.close()

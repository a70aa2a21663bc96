"""Migration 1a2b3c4d5e01: an existing free-text action plan is kept as the plan's note (nothing
moved, nothing lost); the new tables start empty; a closure asked before the checklist existed
still reads; downgrading keeps the cases and their plans' text."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop.core.services.cases import case_file
from desktop.core.services.casework import case_plan
from desktop.core.store import migrate
from desktop.core.store.models import Case, PlanItem
from desktop.core.store.vault import Vault
from tests.helpers import schema
from tests.helpers.schema import STAMP

BEFORE = "c4d5e6f7a8b9"
OLD_PLAN = "Accompagner au CSRéf\nPuis écoute ɛ ɔ ɲ ŋ « 3 séances »"
NEW_TABLES = {"plan_items", "plan_item_referrals", "plan_reviews", "follow_up_reviews",
              "follow_up_plan_updates", "closure_checklists"}


def _old_database(path: Path) -> Vault:
    """A database at the revision before, with a case whose plan is free text and a case
    whose closure was asked (no checklist then)."""
    vault = schema.database_at(path, BEFORE)
    with vault.require_engine().begin() as conn:
        run = conn.exec_driver_sql
        for n in (1, 2):
            run(f"INSERT INTO survivors (id, site_id, survivor_code, created_at, updated_at) "
                f"VALUES ('v{n}', 's1', 'S-00000{n}', {STAMP})")
        run("INSERT INTO cases (id, site_id, case_number, survivor_id, created_by_id, "
            "caseworker_id, status, step, date_of_interview, sea, possible_exploitation, "
            f"action_plan, created_at, updated_at) VALUES ('c1', 's1', 'MOP-2026-00001', 'v1', "
            f"'u1', 'u1', 'open', 3, '2026-02-20', 0, 0, ?, {STAMP})", (OLD_PLAN,))
        run("INSERT INTO cases (id, site_id, case_number, survivor_id, created_by_id, "
            "caseworker_id, status, step, date_of_interview, sea, possible_exploitation, "
            "closure_reason, closure_requested_by_id, created_at, updated_at) VALUES ('c2', "
            "'s1', 'MOP-2026-00002', 'v2', 'u1', 'u1', 'closure_requested', 5, '2026-02-21', "
            f"0, 0, 'needs_met', 'u1', {STAMP})")
    return vault


def test_an_existing_free_text_plan_becomes_the_plans_note(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        migrate.upgrade(vault.require_engine())
        with vault.require_engine().connect() as conn:
            tables = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'"))}
            assert tables >= NEW_TABLES
            assert conn.execute(text("SELECT count(*) FROM plan_items")).scalar() == 0
        with vault.session() as session:
            case = session.get(Case, "c1")
            assert case is not None
            plan = case_plan.read_plan(session, case)
            assert plan.note == OLD_PLAN and plan.items == [] and plan.review is None
            session.add(PlanItem(site_id="s1", case_id="c1", position=0, need=None,
                                 goal="Premier objectif", responsible="survivor"))
        with vault.reader() as session:
            case = session.get(Case, "c1")
            assert case is not None
            plan = case_plan.read_plan(session, case)
            assert [i.goal for i in plan.items] == ["Premier objectif"]
            assert plan.items[0].status == "planned"
            asked = session.get(Case, "c2")
            assert asked is not None
            old = case_file.read_case_file(session, asked)
            assert old.status == "closure_requested" and old.closure_checklist is None
    finally:
        vault.close()


def test_downgrade_keeps_the_free_text_plan(tmp_path: Path) -> None:
    vault = _old_database(tmp_path / "old")
    try:
        migrate.upgrade(vault.require_engine())
        schema.downgrade_to(vault.require_engine(), BEFORE)
        with vault.require_engine().connect() as conn:
            tables = {r[0] for r in conn.execute(text(
                "SELECT name FROM sqlite_master WHERE type = 'table'"))}
            assert not NEW_TABLES & tables
            assert conn.execute(text(
                "SELECT action_plan FROM cases WHERE id = 'c1'")).scalar() == OLD_PLAN
    finally:
        vault.close()

"""Planner statistics: a database without any gets them at login, once it holds some cases."""

from __future__ import annotations

from sqlalchemy import text

from desktop.core.services import session
from desktop.core.services.cases import case_list as _cases  # noqa: F401 (registers the login hook)
from desktop.core.services.demo import generator as demo
from desktop.core.services.safety import db_upkeep
from tests.helpers import folders


def _statistics(vault) -> int:
    with vault.require_engine().connect() as conn:
        return int(conn.execute(text("SELECT count(*) FROM sqlite_stat1")).scalar() or 0)


def test_login_analyses_a_database_that_never_was(folder) -> None:
    assert db_upkeep.optimize in session.UPKEEP_HOOKS
    admin = folders.login(folder, folders.ADMIN)
    try:
        demo.generate(admin, db_upkeep.FIRST_ANALYSIS_CASES, seed=3)
        with admin.require_engine().begin() as conn:  # as a real database: never analysed
            conn.execute(text("DELETE FROM sqlite_stat1"))
        assert _statistics(admin) == 0
    finally:
        admin.close()
    vault = folders.login(folder, folders.SUPERVISOR)
    try:
        assert _statistics(vault) > 0
        with vault.require_engine().connect() as conn:
            plan = " ".join(str(r[-1]) for r in conn.execute(text(
                "EXPLAIN QUERY PLAN SELECT id FROM cases WHERE site_id = :site "
                "ORDER BY number_key DESC LIMIT 100"), {"site": vault.actor.site_id}))
        assert "COVERING INDEX ix_cases_list_site" in plan and "TEMP B-TREE" not in plan
    finally:
        vault.close()

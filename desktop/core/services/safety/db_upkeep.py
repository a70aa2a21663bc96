"""Planner statistics: ``PRAGMA optimize`` after each login, so that queries keep their indexes.

SQLite chooses between indexes (e.g. the case list's covering indexes and the older
single-column ones) from the statistics in ``sqlite_stat1``. A new database has none: once it
holds ``FIRST_ANALYSIS_CASES`` cases it is analysed as a whole (a fraction of a second then).
After that ``PRAGMA optimize=0x10002`` (the form SQLite recommends when a long-lived connection
opens) analyses again the tables that grew a lot. ``analysis_limit`` keeps every analysis to a
sample of each index (as the demo data's), so that all figures stay comparable and the login
quick (a whole 100,000-case database: under 2 s, once).

Registered in ``session.UPKEEP_HOOKS`` by ``services.session``. It never makes a login fail:
statistics only speed queries up.
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import SQLAlchemyError

from desktop.core.errors import UserError
from desktop.core.i18n import translate
from desktop.core.services.accounts import login_upkeep
from desktop.core.store.models import Case
from desktop.core.store.vault import Vault

ANALYSIS_LIMIT = 1000  # rows sampled per index (SQLite's advice: 100 to 1000)
FIRST_ANALYSIS_CASES = 100
_log = logging.getLogger(__name__)


def optimize(vault: Vault) -> None:
    """Refresh the planner statistics where SQLite thinks they are missing or stale."""
    try:
        with vault.require_engine().connect() as conn:
            conn.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
            if _never_analysed(conn) and _cases(conn) >= FIRST_ANALYSIS_CASES:
                conn.exec_driver_sql("ANALYZE")
            else:
                conn.exec_driver_sql("PRAGMA optimize = 0x10002")
            conn.commit()
    except (SQLAlchemyError, UserError) as exc:  # e.g. a busy or read-only database
        _log.warning("planner statistics not refreshed: %s", type(exc).__name__)


def _never_analysed(conn: Connection) -> bool:
    table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'").first()
    return table is None or conn.exec_driver_sql("SELECT 1 FROM sqlite_stat1").first() is None


def _cases(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(Case)).scalar() or 0)


def _first_analysis_due(vault: Vault) -> bool:
    with vault.require_engine().connect() as conn:
        return _never_analysed(conn) and _cases(conn) >= FIRST_ANALYSIS_CASES


login_upkeep.announce(optimize, lambda: translate(
    "Upkeep", "Analysing the database for faster searches"), _first_analysis_due)

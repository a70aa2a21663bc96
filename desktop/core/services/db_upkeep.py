"""Planner statistics: ``PRAGMA optimize`` after each login, so that queries keep their indexes.

SQLite chooses between indexes (e.g. the case list's covering indexes and the older
single-column ones) from the statistics in ``sqlite_stat1``. A new database has none and a
growing one has stale ones; ``PRAGMA optimize=0x10002`` (the form SQLite recommends when a
long-lived connection opens) analyses the tables that need it, and ``analysis_limit`` keeps
that to a sample of each index, so the login stays quick even over 100,000 cases.

Registered in ``session.LOGIN_HOOKS`` when this module is imported (``services.cases`` imports
it). It never makes a login fail: statistics only speed queries up.
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError

from desktop.core.errors import UserError
from desktop.core.services import session
from desktop.core.store.vault import Vault

ANALYSIS_LIMIT = 1000  # rows sampled per index (SQLite's advice: 100 to 1000)
_log = logging.getLogger(__name__)


def optimize(vault: Vault) -> None:
    """Refresh the planner statistics where SQLite thinks they are missing or stale."""
    try:
        with vault.require_engine().connect() as conn:
            conn.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
            conn.exec_driver_sql("PRAGMA optimize = 0x10002")
            conn.commit()
    except (SQLAlchemyError, UserError) as exc:  # e.g. a busy or read-only database
        _log.warning("planner statistics not refreshed: %s", type(exc).__name__)


if optimize not in session.LOGIN_HOOKS:
    session.LOGIN_HOOKS.append(optimize)

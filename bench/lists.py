"""Name search, Referrals page and Follow-ups page over the 100,000-case demo database.

Targets (issue 13): search by name < 50 ms, referrals page < 100 ms whatever the size. Each
figure is what the screen asks the services for its first screen, against the same query in
raw SQL on the same engine in the same run:

- search by name: ``cases.first_page`` + ``case_rows`` for a text typed in the search box, a
  whole name (one or a few cases) and a first name shared by many (the demo draws names from
  short lists); baseline: the FTS5 lookup and the first page in raw SQL (``LIKE '%x%'`` on a
  database without the name index);
- referrals page: the first page of ``list_referrals`` (every referral on a version without
  pages); baseline: the same join, sorted, with LIMIT;
- follow-ups page: due today and overdue, as the page reads them.

Run alone: ``.venv/bin/python -m bench.lists`` (or through ``bench/run.py``).
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.timing import median_time

RUNS = 9
PAGE = 100  # the case list's page
REFERRAL_PAGE = 200  # desktop.gui.referrals.page.PAGE
FOLLOW_UPS_SHOWN = 500  # desktop.gui.followups.page.SHOWN
Row = tuple[str, float, float | None, str]

_FTS_SQL = """
SELECT c.id FROM cases c WHERE c.site_id = ? AND c.survivor_id IN (
  SELECT k.survivor_id FROM survivor_name_keys k WHERE k.id IN (
    SELECT rowid FROM survivor_names WHERE survivor_names MATCH ?))
ORDER BY c.number_key DESC LIMIT 100
"""
_LIKE_SQL = """
SELECT c.id FROM cases c WHERE c.site_id = ? AND c.survivor_id IN (
  SELECT id FROM survivors WHERE name LIKE ?)
ORDER BY c.case_number DESC LIMIT 100
"""
_REFERRALS_SQL = """
SELECT r.*, c.case_number, p.name FROM referrals r JOIN cases c ON c.id = r.case_id
JOIN service_providers p ON p.id = r.provider_id WHERE c.site_id = ?
ORDER BY r.due_on, r.reference LIMIT 200
"""
_FOLLOW_UPS_SQL = """
SELECT f.*, c.case_number FROM follow_ups f JOIN cases c ON c.id = f.case_id
WHERE c.site_id = ? AND f.done_on IS NULL AND f.due_on {op} ? ORDER BY f.due_on LIMIT 501
"""


def _raw(vault: Any, sql: str, params: list[Any]) -> Callable[[], list[Any]]:
    engine = vault.require_engine()

    def run() -> list[Any]:
        with engine.connect() as conn:
            cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                return list(cursor.execute(sql, params).fetchall())
            finally:
                cursor.close()

    return run


def _has_name_index(vault: Any) -> bool:
    found = _raw(vault, "SELECT 1 FROM sqlite_master WHERE name = 'survivor_names'", [])()
    return bool(found)


def _names(vault: Any) -> tuple[str, str, int]:
    """A whole name from the middle of the database, and its first name with how many
    survivors share it."""
    from sqlalchemy import func, select

    from desktop.core.store.models import Survivor

    with vault.reader() as session:
        total = int(session.scalar(select(func.count()).select_from(Survivor)) or 0)
        name = session.scalar(select(Survivor.name).where(Survivor.name.is_not(None))
                              .order_by(Survivor.survivor_code).offset(total // 2).limit(1))
    whole = str(name).replace("(fictif)", "").strip()
    first = whole.split()[0]
    shared = int(_raw(vault, "SELECT count(*) FROM survivors WHERE name LIKE ?",
                      [f"{first} %"])()[0][0])
    return whole, first, shared


def _search(vault: Any, typed: str) -> Callable[[], None]:
    from desktop.core.services.cases import case_list as cases

    def run() -> None:
        page = cases.first_page(vault, cases.CaseQuery(text=typed), PAGE)
        cases.case_rows(vault, page.ids, with_names=True)

    return run


def _search_baseline(vault: Any, typed: str) -> Callable[[], list[Any]]:
    site = vault.actor.site_id
    if _has_name_index(vault):
        from desktop.core.store.models.name_search import match_query

        return _raw(vault, _FTS_SQL, [site, match_query(typed)])
    return _raw(vault, _LIKE_SQL, [site, f"%{typed}%"])


def _paged(function: Callable[..., Any], size: int) -> dict[str, Any]:
    """``limit=size`` when this version's service takes it (older ones list everything)."""
    return {"limit": size} if "limit" in inspect.signature(function).parameters else {}


def run(folder: Path | None = None, username: str | None = None,
        password: str | None = None) -> list[Row]:
    """Rows of (figure, median seconds, baseline seconds, target)."""
    from datetime import date

    from bench import data
    from desktop.core.services import session
    from desktop.core.services.referrals import followups
    from desktop.core.services.referrals import workflow as referrals
    from desktop.core.store.datafolder import DataFolder

    del username  # a supervisor: names in lists, the whole site's referrals and follow-ups
    folder = folder or data.demo_folder()
    vault = session.login(DataFolder(folder), data.SUPERVISOR, password or data.PASSWORD)
    rows: list[Row] = []
    try:
        whole, first, shared = _names(vault)
        site = vault.actor.site_id
        for typed, what in ((whole, "a whole name"), (first, f"a first name, {shared} cases")):
            rows.append((f"search by name ({what})", median_time(_search(vault, typed), RUNS),
                         median_time(_search_baseline(vault, typed), RUNS), "< 50 ms"))
        paged = _paged(referrals.list_referrals, REFERRAL_PAGE)
        shown = len(referrals.list_referrals(vault, **paged))
        rows.append((f"referrals page, first screen ({shown} rows)",
                     median_time(lambda: referrals.list_referrals(vault, **paged), RUNS),
                     median_time(_raw(vault, _REFERRALS_SQL, [site]), RUNS), "< 100 ms"))
        limit = _paged(followups.overdue, FOLLOW_UPS_SHOWN + 1)
        today = date.today().isoformat()

        def follow_ups_page() -> None:
            followups.due_today(vault, scope="site", **limit)
            followups.overdue(vault, scope="site", **limit)

        def follow_ups_raw() -> None:
            _raw(vault, _FOLLOW_UPS_SQL.format(op="="), [site, today])()
            _raw(vault, _FOLLOW_UPS_SQL.format(op="<"), [site, today])()

        late = len(followups.overdue(vault, scope="site", **limit))
        rows.append((f"follow-ups page ({late} overdue shown)",
                     median_time(follow_ups_page, RUNS), median_time(follow_ups_raw, RUNS),
                     "< 100 ms"))
    finally:
        session.lock(vault, reason="logout")
    return rows


if __name__ == "__main__":
    from bench.startup import report

    print(report(run()))

"""Case list, search and intake benchmarks over the 100,000-case demo database.

quality.md targets: first screen of the case list < 100 ms and search by survivor code < 50 ms
(each against the same query in raw SQL, run on the same engine in the same run), save one
intake < 30 ms. The first screen is what the list model does: ``case_ids`` for the whole
query, then ``case_rows`` for the 50 rows on screen.

Run alone: ``.venv/bin/python -m bench.cases`` (or through ``bench/run.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.timing import median_time

RUNS = 9
SCREEN = 50
Row = tuple[str, float, float | None, str]

_ROWS_SQL = """
SELECT c.id, c.case_number, s.survivor_code, st.full_name, st.username, c.step, c.status,
       c.gbv_type, c.sea, c.date_of_interview, c.opened_at
FROM cases c JOIN survivors s ON s.id = c.survivor_id JOIN staff st ON st.id = c.caseworker_id
WHERE c.id IN ({marks}) AND {access}
"""
_DUE_SQL = """
SELECT case_id, min(due_on) FROM follow_ups
WHERE case_id IN ({marks}) AND done_on IS NULL GROUP BY case_id
"""
_LIST_SQL = "SELECT c.id FROM cases c WHERE {access} ORDER BY c.case_number DESC"
_SEARCH_SQL = """
SELECT c.id FROM cases c WHERE {access} AND c.id IN (
  SELECT id FROM cases WHERE case_number >= ? AND case_number < ?
  UNION
  SELECT id FROM cases WHERE survivor_id IN (
    SELECT id FROM survivors WHERE survivor_code >= ? AND survivor_code < ?))
ORDER BY c.case_number DESC
"""
_TOP = "\U0010ffff"


def _median(fn: Callable[[], Any], runs: int = RUNS) -> float:
    return median_time(fn, runs)


def _access(vault: Any) -> tuple[str, list[str]]:
    from desktop.core.services.permissions import Permission, can

    actor = vault.actor
    if can(actor, Permission.SEE_ALL_SITE_CASES):
        return "c.site_id = ?", [actor.site_id]
    return "(c.caseworker_id = ? OR c.created_by_id = ?)", [actor.staff_id, actor.staff_id]


class _Raw:
    """The same queries in raw SQL, on a connection of the vault's engine."""

    def __init__(self, vault: Any) -> None:
        self.engine = vault.require_engine()
        self.access, self.params = _access(vault)

    def _run(self, sql: str, params: list[Any]) -> list[Any]:
        with self.engine.connect() as conn:
            cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                return list(cursor.execute(sql, params).fetchall())
            finally:
                cursor.close()

    def rows(self, ids: list[str]) -> None:
        marks = ",".join("?" for _ in ids)
        self._run(_ROWS_SQL.format(marks=marks, access=self.access), [*ids, *self.params])
        self._run(_DUE_SQL.format(marks=marks), list(ids))

    def first_screen(self) -> None:
        ids = [r[0] for r in self._run(_LIST_SQL.format(access=self.access), self.params)]
        self.rows(ids[:SCREEN])

    def search(self, code: str) -> None:
        ids = [r[0] for r in self._run(_SEARCH_SQL.format(access=self.access),
                                       [*self.params, code, code + _TOP, code, code + _TOP])]
        self.rows(ids[:SCREEN])


def _first_screen(vault: Any) -> None:
    from desktop.core.services import cases

    ids = cases.case_ids(vault, cases.CaseQuery())
    cases.case_rows(vault, ids[:SCREEN])


def _search(vault: Any, code: str) -> None:
    from desktop.core.services import cases

    ids = cases.case_ids(vault, cases.CaseQuery(text=code))
    cases.case_rows(vault, ids[:SCREEN])


def _list_figures(vault: Any, who: str) -> list[Row]:
    from desktop.core.services import cases

    raw = _Raw(vault)
    visible = cases.count(vault)
    code = cases.case_rows(vault, cases.case_ids(vault)[visible // 2:visible // 2 + 1])[0]
    return [
        (f"case list, first screen ({who}, {visible})", _median(lambda: _first_screen(vault)),
         _median(raw.first_screen), "< 100 ms"),
        (f"search by survivor code ({who})",
         _median(lambda: _search(vault, code.survivor_code)),
         _median(lambda: raw.search(code.survivor_code)), "< 50 ms"),
    ]


def _save_intake(vault: Any) -> Row:
    from desktop.core.services import intake
    from tests.helpers.intake_data import sample_intake

    data = sample_intake(name="Bench (fictif)")
    return ("save one intake", _median(lambda: intake.open_case(vault, data), runs=7), None,
            "< 30 ms")


def run(folder: Path | None = None, username: str | None = None,
        password: str | None = None) -> list[Row]:
    """Rows of (figure, median seconds, baseline seconds, target)."""
    from bench import data
    from desktop.core.services import session
    from desktop.core.store.datafolder import DataFolder

    del username  # this module chooses its own users (a supervisor, then a case worker)
    folder = folder or data.demo_folder()
    password = password or data.PASSWORD
    rows: list[Row] = []
    for user, who in ((data.SUPERVISOR, "supervisor"), (data.CASEWORKER, "case worker")):
        vault = session.login(DataFolder(folder), user, password)
        try:
            rows += _list_figures(vault, who)
            if user == data.CASEWORKER:
                rows.append(_save_intake(vault))
        finally:
            vault.close()
    return rows


if __name__ == "__main__":
    from bench.startup import report

    print(report(run()))

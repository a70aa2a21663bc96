"""Case list, search and intake benchmarks over the 100,000-case demo database.

quality.md targets: first screen of the case list < 100 ms and search by survivor code < 50 ms
(each against the same queries in raw SQL, run on the same engine in the same run), save one
intake < 30 ms, memory with 100k cases listed < 300 MB (against a bare PySide6 window).

The first screen is what the list model does: ``first_page`` (the first page of ids and a count
that stops at 1,000, both with LIMIT) then ``case_rows`` for that page; the raw baseline runs
the same bounded count. "Every id" is ``case_ids`` without a limit (the list model no longer
loads it; kept for comparison with earlier runs). Scrolling to the end and memory are measured
in a GUI process of their own (``bench/case_list_gui.py``): it shows the list over the whole
database, counts it to the end step by step and scrolls through it.

Run alone: ``.venv/bin/python -m bench.cases`` (or through ``bench/run.py``);
``RELAIS_BENCH_GUI=0`` leaves the GUI process out (scrolling a million cases takes minutes).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.timing import median_time

RUNS = 9
PAGE = 100  # desktop.gui.cases.list_model.PAGE: the rows fetched for the first screen
Row = tuple[str, float, float | None, str]

_ROWS_SQL = """
SELECT c.id, c.case_number, s.survivor_code, st.full_name, st.username, c.step, c.status,
       c.gbv_type, c.sea, c.date_of_interview, c.opened_at,
       (SELECT min(f.due_on) FROM follow_ups f WHERE f.case_id = c.id AND f.done_on IS NULL)
FROM cases c JOIN survivors s ON s.id = c.survivor_id JOIN staff st ON st.id = c.caseworker_id
WHERE c.id IN ({marks}) AND {access}
"""
# The list for one access rule: (count, first page, every id).
_SITE_SQL = (
    "SELECT count(*) FROM (SELECT 1 FROM cases c WHERE c.site_id = ? "
    "ORDER BY c.number_key DESC LIMIT 1000)",
    "SELECT c.id FROM cases c WHERE c.site_id = ? ORDER BY c.number_key DESC LIMIT 100",
    "SELECT c.id FROM cases c WHERE c.site_id = ? ORDER BY c.number_key DESC",
)
_MINE = ("SELECT id, number_key FROM cases WHERE caseworker_id = ? UNION "
         "SELECT id, number_key FROM cases WHERE created_by_id = ? ORDER BY 2 DESC")
_WORKER_SQL = (
    "SELECT count(*) FROM (" + _MINE + " LIMIT 1000)",
    _MINE + " LIMIT 100",
    _MINE,
)
_SEARCH_SQL = """
SELECT c.id FROM cases c WHERE {access} AND c.id IN (
  SELECT id FROM cases WHERE case_number >= ? AND case_number < ?
  UNION
  SELECT id FROM cases WHERE survivor_id IN (
    SELECT id FROM survivors WHERE survivor_code >= ? AND survivor_code < ?))
ORDER BY c.number_key DESC
"""
_TOP = "\U0010ffff"


def _median(fn: Callable[[], Any], runs: int = RUNS) -> float:
    return median_time(fn, runs)


def _access(vault: Any) -> tuple[str, list[str], tuple[str, str, str]]:
    from desktop.core.services.accounts.permissions import Permission, can

    actor = vault.actor
    if can(actor, Permission.SEE_ALL_SITE_CASES):
        return "c.site_id = ?", [actor.site_id], _SITE_SQL
    return ("(c.caseworker_id = ? OR c.created_by_id = ?)", [actor.staff_id, actor.staff_id],
            _WORKER_SQL)


class _Raw:
    """The same queries in raw SQL, on a connection of the vault's engine."""

    def __init__(self, vault: Any) -> None:
        self.engine = vault.require_engine()
        self.access, self.params, self.list_sql = _access(vault)

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

    def first_screen(self) -> None:
        self._run(self.list_sql[0], self.params)
        self.rows([r[0] for r in self._run(self.list_sql[1], self.params)])

    def every_id(self) -> list[str]:
        return [r[0] for r in self._run(self.list_sql[2], self.params)]

    def search(self, code: str) -> None:
        ids = [r[0] for r in self._run(_SEARCH_SQL.format(access=self.access),
                                       [*self.params, code, code + _TOP, code, code + _TOP])]
        self.rows(ids[:PAGE])


def _first_screen(vault: Any, text: str = "") -> None:
    from desktop.core.services.cases import case_list as cases

    page = cases.first_page(vault, cases.CaseQuery(text=text), PAGE)
    cases.case_rows(vault, page.ids)


def _list_figures(vault: Any, who: str) -> list[Row]:
    from desktop.core.services.cases import case_list as cases

    raw = _Raw(vault)
    visible = cases.count(vault)
    code = cases.case_rows(vault, cases.case_ids(vault, offset=visible // 2, limit=1))[0]
    return [
        (f"case list, first screen ({who}, {visible})", _median(lambda: _first_screen(vault)),
         _median(raw.first_screen), "< 100 ms"),
        (f"case list, every id, background ({who})", _median(lambda: cases.case_ids(vault)),
         _median(raw.every_id), "-"),
        (f"search by survivor code ({who})",
         _median(lambda: _first_screen(vault, code.survivor_code)),
         _median(lambda: raw.search(code.survivor_code)), "< 50 ms"),
    ]


def _last_page_rows(vault: Any) -> float:
    """Raw SQL baseline of scrolling to the end: the rows of the last page."""
    raw = _Raw(vault)
    last = raw.every_id()[-PAGE:]
    return _median(lambda: raw.rows(last))


def _gui_figures(folder: Path, password: str, baseline: float) -> list[Row]:
    """Scroll to the end and memory, from a GUI process over the whole list (the folder must
    not be open here: one process at a time)."""
    from bench import case_list_gui, data

    shown = case_list_gui.listed(folder, data.SUPERVISOR, password)
    bare = case_list_gui.bare()
    rows = shown["rows"]
    return [
        (f"case list scroll to the end ({rows})", shown["scroll_end_s"],
         baseline, "-"),
        (f"memory with {rows} cases listed (peak)", shown["peak_mb"], bare["peak_mb"],
         "< 300 MB"),
    ]


def _save_intake(vault: Any) -> Row:
    from desktop.core.services.cases import intake
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
    scroll_baseline = 0.0
    for user, who in ((data.SUPERVISOR, "supervisor"), (data.CASEWORKER, "case worker")):
        vault = session.login(DataFolder(folder), user, password)
        try:
            rows += _list_figures(vault, who)
            if user == data.SUPERVISOR:
                scroll_baseline = _last_page_rows(vault)
            if user == data.CASEWORKER:
                rows.append(_save_intake(vault))
        finally:
            vault.close()
    if os.environ.get("RELAIS_BENCH_GUI", "1") == "0":  # the list's GUI process left out
        return rows
    return rows + _gui_figures(folder, password, scroll_baseline)


if __name__ == "__main__":
    from bench.startup import report

    print(report(run()))

"""Hide the cells of a report's tables together (``suppression.hide`` over all of them).

The tables of a report are one system of equations: the grand total of the incident tables
(the number of incidents of the period) is one cell for all of them, and for the cases opened
in the period when it is the same number, so it is hidden everywhere or nowhere.

When a period has so few incidents that a line gives a count away whatever is hidden (four
"<5" adding up to a total of "<5": each is 1), ``suppression.hide`` withholds that line: its
cells show "n.p." (not published), and the table gets a note saying why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from desktop.core.services.reports import suppression
from desktop.core.services.reports.report_tables import HIDDEN, WITHHELD, Table

# Tables whose grand total is the number of incidents of the period.
INCIDENT_TABLES = ("gbv_type", "survivor_sex_age", "perpetrator", "location", "delay")
PERIOD_INCIDENTS = "period_incidents"

Place = tuple[str, int, int]  # table key, row, column


def _names(tables: Sequence[Table]) -> dict[Place, object]:
    """Each cell's name in the system: its place, or ``PERIOD_INCIDENTS`` for that total."""
    names: dict[Place, object] = {(t.key, r, c): (t.key, r, c) for t in tables
                                  for r, row in enumerate(t.rows) for c in range(len(row.counts))}
    gbv = next((t for t in tables if t.key == "gbv_type" and t.total_row), None)
    if gbv is None:
        return names
    incidents = gbv.rows[-1].counts[-1]
    for table in tables:
        last = (table.key, len(table.rows) - 1, len(table.columns) - 1)
        if table.key in INCIDENT_TABLES and table.total_row and \
                table.rows[-1].counts[-1] == incidents:
            names[last] = PERIOD_INCIDENTS
        for r, row in enumerate(table.rows):
            if table.key == "cases" and row.code == "opened" and row.counts[0] == incidents:
                names[(table.key, r, 0)] = PERIOD_INCIDENTS
    return names


def _system(tables: Sequence[Table], names: dict[Place, object]
            ) -> tuple[dict[object, int], list[suppression.Line]]:
    values: dict[object, int] = {}
    lines: list[suppression.Line] = []
    for table in tables:
        for r, row in enumerate(table.rows):
            for c, n in enumerate(row.counts):
                values[names[(table.key, r, c)]] = n
        for line in suppression.grid_lines(len(table.rows), len(table.columns),
                                           total_row=table.total_row,
                                           total_column=table.total_column):
            lines.append(suppression.Line(
                tuple(names[(table.key, *p)] for p in line.parts),  # type: ignore[misc]
                names[(table.key, *line.total)]))  # type: ignore[misc]
    return values, lines


def protect(tables: Sequence[Table], hidden_mark: str = HIDDEN, withheld_mark: str = WITHHELD,
            withheld_note: str = "") -> tuple[Table, ...]:
    """``tables`` with the cells not to show decided together (``suppression.hide``)."""
    names = _names(tables)
    values, lines = _system(tables, names)
    decision = suppression.hide(values, lines)
    result = []
    for table in tables:
        places = [(r, c) for r in range(len(table.rows)) for c in range(len(table.columns))]
        withheld = frozenset(p for p in places if names[(table.key, *p)] in decision.withheld)
        note = " ".join(n for n in (table.note, withheld_note if withheld else "") if n)
        result.append(replace(
            table, note=note, hidden_mark=hidden_mark, withheld_mark=withheld_mark,
            withheld=withheld,
            hidden=frozenset(p for p in places if names[(table.key, *p)] in decision.hidden)))
    return tuple(result)

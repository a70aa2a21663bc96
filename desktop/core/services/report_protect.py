"""Hide the cells of a report's tables together (``suppression.hide`` over all of them).

The tables of a report are one system of equations: the grand total of the incident tables
(the number of incidents of the period) is one cell for all of them, and for the cases opened
in the period when it is the same number, so it is hidden everywhere or nowhere.

When a period has so few incidents that even with every non-zero count hidden a reader could
still work one out (say four rows of "<5" adding up to a total of "<5": each is 1), the table
that gives it away is *withheld*: every cell shows "not published", and it leaves the system.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from desktop.core.services import suppression
from desktop.core.services.report_tables import HIDDEN, WITHHELD, Table

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
    """``tables`` with their hidden cells decided together, and any table withheld that
    would give a count away even with all its non-zero counts hidden."""
    names = _names(tables)
    withheld: set[str] = set()
    while True:
        kept = [t for t in tables if t.key not in withheld]
        values, lines = _system(kept, names)
        hidden = suppression.hide(values, lines)
        found = suppression.recovered(values, lines, hidden)
        if not found:
            break
        hits = {t.key: sum(1 for (k, r, c), name in names.items() if k == t.key and
                           name in found) for t in kept if t.total_row}
        worst = max((k for k in hits if hits[k]), key=lambda k: hits[k], default=None)
        if worst is None:
            break
        withheld.add(worst)
    result = []
    for table in tables:
        if table.key in withheld:
            note = " ".join(n for n in (table.note, withheld_note) if n)
            result.append(replace(table, withheld=withheld_mark, note=note,
                                  hidden=frozenset(), hidden_mark=hidden_mark))
            continue
        result.append(replace(table, hidden_mark=hidden_mark, hidden=frozenset(
            (r, c) for r in range(len(table.rows)) for c in range(len(table.columns))
            if names[(table.key, r, c)] in hidden)))
    return tuple(result)

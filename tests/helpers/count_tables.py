"""One-way tables of counts with their total, as statistics.count_table makes them, and what
each cell shows: for the suppression tests that need no database."""

from __future__ import annotations

from desktop.core.services.reports.report_tables import Row, Table, with_totals


def one_way(key: str, counts: list[int]) -> Table:
    """A table ``key`` of rows ``c0``, ``c1``… with ``counts`` and their total row."""
    rows = [Row(f"c{i}", f"C{i}", (n,)) for i, n in enumerate(counts)]
    return Table(key, key, "", ("Number",), with_totals(rows, "Total", total_column=False))


def shown(table: Table) -> list[str]:
    """The count column as a reader sees it ("<5", "hidden" or the number)."""
    return [cells[1] for cells in table.cells()]

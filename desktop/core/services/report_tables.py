"""The shapes a period report is made of: tables of raw counts, and the suppression step.

Counts stay raw in these objects; :meth:`Table.cells` applies the suppression (1–4 shown as
"<5", zero stays 0) when a table is shown or exported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.core.i18n import translate
from desktop.core.services.report_period import Period

SMALL = "<5"
TOTAL = "_total"


def suppress(count: int) -> str:
    """A count as shown in an aggregate table: 1 to 4 become "<5", zero stays 0."""
    return SMALL if 1 <= count <= 4 else str(count)


@dataclass(frozen=True)
class Row:
    """One row: its code (``_total`` for the total row), label and raw counts."""

    code: str
    label: str
    counts: tuple[int, ...]


@dataclass(frozen=True)
class Table:
    """A table of counts; ``columns`` labels the count columns (``row_heading`` the first)."""

    key: str
    title: str
    row_heading: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    note: str = ""

    def header(self) -> list[str]:
        """The header line: row heading, then the column labels."""
        return [self.row_heading, *self.columns]

    def cells(self, suppress_small: bool = True) -> list[list[str]]:
        """The rows as shown: label then counts, small counts suppressed unless told not to."""
        show = suppress if suppress_small else str
        return [[row.label, *(show(n) for n in row.counts)] for row in self.rows]

    def value(self, row_code: str, column: int = -1) -> int:
        """The raw count of one row (the last column, the total, by default)."""
        for row in self.rows:
            if row.code == row_code:
                return row.counts[column]
        raise KeyError(row_code)

    def chart_values(self) -> list[tuple[str, int | None]]:
        """(label, count) of each row but the total, for a bar chart; a small count is None."""
        return [(row.label, None if 1 <= row.counts[-1] <= 4 else row.counts[-1])
                for row in self.rows if row.code != TOTAL]


@dataclass(frozen=True)
class Report:
    """A period report: what it covers, the tables, and a few single figures."""

    period: Period
    site_id: str | None
    site_label: str
    lang: str
    made_on: date
    tables: tuple[Table, ...]
    median_days_to_service: float | None
    median_sample: int
    overdue_follow_ups: int
    not_consented: int
    extra: dict[str, str] = field(default_factory=dict)

    def table(self, key: str) -> Table:
        """The table with ``key`` (``cases``, ``gbv_type``, ``survivor_sex_age`` …)."""
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)

    def figures(self, suppress_small: bool = True) -> list[tuple[str, str]]:
        """The single figures as (label, value) lines, in the report's language."""
        lang = self.lang
        show = suppress if suppress_small else str
        median = (translate("Reports", "not enough data", lang) if self.median_days_to_service
                  is None else translate("Reports", "{days} days (over {n} referrals)", lang)
                  .format(days=_number(self.median_days_to_service, lang),
                          n=show(self.median_sample)))
        return [
            (translate("Reports", "Median days from referral to service", lang), median),
            (translate("Reports", "Overdue follow-ups", lang), show(self.overdue_follow_ups)),
            (translate("Reports", "Cases of the period not counted (no statistics consent)",
                       lang), show(self.not_consented)),
        ]


def _number(value: float, lang: str) -> str:
    text = f"{value:.1f}".removesuffix(".0")
    return text.replace(".", ",") if lang == "fr" else text


def with_totals(rows: list[Row], total_label: str, *, total_column: bool) -> tuple[Row, ...]:
    """Add a total column (when asked) and a total row to raw rows."""
    if total_column:
        rows = [Row(r.code, r.label, (*r.counts, sum(r.counts))) for r in rows]
    width = len(rows[0].counts) if rows else 1
    sums = tuple(sum(r.counts[i] for r in rows) for i in range(width))
    return (*rows, Row(TOTAL, total_label, sums))

"""The shapes a period report is made of: tables of raw counts, and which of them are hidden.

Counts stay raw in these objects. Which cells are hidden comes from one place,
:mod:`suppression`: ``report_protect.protect`` decides it for all the tables of a report at
once (a total two tables share is hidden in both), and :meth:`Table.cells` and
:meth:`Table.chart_values`, which every output uses (screen, PDF, XLSX, CSV), only read that
decision: "<5" for a hidden count of 1 to 4, "hidden" for a complement, zero stays 0, and
"n.p." (not published) for the cells of a withheld line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.core.i18n import translate
from desktop.core.services.reports import suppression
from desktop.core.services.reports.report_period import Period

SMALL = "<5"
HIDDEN = "hidden"  # English source of the mark of a complement (translated in each report)
WITHHELD = "n.p."  # "not published": the mark of the cells of a withheld line
TOTAL = "_total"


def suppress(count: int) -> str:
    """A single figure (no total to subtract it from) as shown: 1 to 4 become "<5"."""
    return SMALL if suppression.is_small(count) else str(count)


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
    hidden: frozenset[tuple[int, int]] | None = None  # (row, column); None: not decided yet
    hidden_mark: str = HIDDEN
    withheld: frozenset[tuple[int, int]] = frozenset()  # cells of lines not published at all
    withheld_mark: str = WITHHELD

    @property
    def total_row(self) -> bool:
        """True when the last row holds the column totals."""
        return bool(self.rows) and self.rows[-1].code == TOTAL

    @property
    def total_column(self) -> bool:
        """True when the last column holds the row totals (two-way tables)."""
        return self.total_row and len(self.columns) > 1

    def grid(self) -> list[list[int]]:
        """The raw counts, row by row (margins included)."""
        return [list(row.counts) for row in self.rows]

    def decision(self) -> suppression.Decision:
        """The cells not shown: as ``protect`` decided, or for this table alone."""
        if self.hidden is not None:
            return suppression.Decision(self.hidden, self.withheld)  # type: ignore[arg-type]
        return suppression.hide_in_table(self.grid(), total_row=self.total_row,
                                         total_column=self.total_column)

    def shown(self, row: int, column: int, decision: suppression.Decision) -> str:
        """What cell (``row``, ``column``) shows: its count, "<5", "hidden" or the mark of a
        withheld line."""
        count = self.rows[row].counts[column]
        if (row, column) in decision.withheld:
            return self.withheld_mark
        if (row, column) not in decision.hidden:
            return str(count)
        return SMALL if suppression.is_small(count) else self.hidden_mark

    def header(self) -> list[str]:
        """The header line: row heading, then the column labels."""
        return [self.row_heading, *self.columns]

    def cells(self, suppress_small: bool = True) -> list[list[str]]:
        """The rows as shown: label then counts, hidden cells marked unless told not to."""
        if not suppress_small:
            return [[row.label, *(str(n) for n in row.counts)] for row in self.rows]
        decision = self.decision()
        return [[row.label, *(self.shown(r, c, decision) for c in range(len(row.counts)))]
                for r, row in enumerate(self.rows)]

    def value(self, row_code: str, column: int = -1) -> int:
        """The raw count of one row (the last column, the total, by default)."""
        for row in self.rows:
            if row.code == row_code:
                return row.counts[column]
        raise KeyError(row_code)

    def chart_values(self) -> list[tuple[str, int | str]]:
        """(label, count) of each row but the total (its last column), for a bar chart; a
        hidden count comes as its mark ("<5" or "hidden"), to be drawn without a bar."""
        decision = self.decision()
        last = len(self.columns) - 1
        unseen = decision.hidden | decision.withheld
        return [(row.label, self.shown(r, last, decision) if (r, last) in unseen
                 else row.counts[last])
                for r, row in enumerate(self.rows) if row.code != TOTAL]


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
    not_consented: int | None  # None: not known (the hub never receives those cases)
    extra: dict[str, str] = field(default_factory=dict)
    survivors_assisted: int = 0  # given a service in house or referred in the period

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
            (translate("Reports", "Survivors assisted (a service given in house or a referral "
                                  "made in the period)", lang), show(self.survivors_assisted)),
            (translate("Reports", "Median days from referral to service", lang), median),
            (translate("Reports", "Overdue follow-ups", lang), show(self.overdue_follow_ups)),
            (translate("Reports", "Cases of the period not counted (no statistics consent)",
                       lang), translate("Reports", "not known (never sent to the hub)", lang)
             if self.not_consented is None else show(self.not_consented)),
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

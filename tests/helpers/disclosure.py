"""An attacker for published statistics tables: which hidden cells can be worked out?

Written apart from ``desktop.core.services.reports.suppression`` (and stronger than it): it
reads the tables as published (strings: numbers, "<5", "hidden"/"masqué"), writes every equation the
margins give, and

- solves them as a linear system (exact fractions, Gauss–Jordan): any hidden cell the system
  fixes is recovered, whatever combination of rows and columns fixes it;
- then reasons on bounds, over the original equations and the reduced ones: "<5" is 1 to 4,
  "hidden" is 5 or more (zeros are shown, so a hidden cell is never 0), "n.p." (a
  withheld table) anything from 0; every equation bounds
  each of its unknowns by the extremes of the others, until nothing changes. A cell whose
  bounds meet is recovered.

Cells that two tables share (the period's incident total) are one unknown; if one table shows
it, the attacker has it. Working out a 0 (a cell of a withheld line) is not a disclosure: zeros
are shown everywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import ceil, floor

SMALL_MARK = "<5"
HIDDEN_MARKS = ("hidden", "masqué")
WITHHELD_MARKS = ("n.p.",)  # a withheld line (not published): anything from 0 up
TOTAL_LABELS = ("Total",)
BIG = 10**9  # "no upper bound"

Place = tuple[int, int, int]  # table index, row, column (column 0 is the first count)


@dataclass
class Published:
    """One table as read from an output: header (row heading first) and rows of strings."""

    name: str
    header: list[str]
    rows: list[list[str]]

    @property
    def total_row(self) -> bool:
        return bool(self.rows) and self.rows[-1][0].strip() in TOTAL_LABELS

    @property
    def total_column(self) -> bool:
        return self.total_row and len(self.header) > 2 and self.header[-1].strip() in \
            TOTAL_LABELS

    def value(self, row: int, column: int) -> str:
        return str(self.rows[row][column + 1]).strip()


def _bounds(text: str) -> tuple[int, int] | None:
    """None for a shown number; else what the mark tells."""
    if text == SMALL_MARK:
        return (1, 4)
    if text in HIDDEN_MARKS:
        return (5, BIG)
    if text in WITHHELD_MARKS:
        return (0, BIG)
    int(text)  # anything else must be a number
    return None


def attack(tables: Sequence[Published], shared: Sequence[Place] = ()) -> dict[Place, int]:
    """Every hidden cell of ``tables`` that can be worked out, with its value.

    ``shared`` lists the cells that publish one same count (in several tables)."""
    unknown: dict[Place, int] = {}  # place -> variable
    known: dict[Place, int] = {}
    low: list[int] = []
    high: list[int] = []
    recovered: dict[Place, int] = {}
    shared_var: int | None = None
    shared_value = next((int(v) for t, r, c in shared
                         if _bounds(v := tables[t].value(r, c)) is None), None)
    for t, table in enumerate(tables):
        for r, row in enumerate(table.rows):
            for c in range(len(row) - 1):
                text = table.value(r, c)
                found = _bounds(text)
                place = (t, r, c)
                if found is None:
                    known[place] = int(text)
                elif place in shared and shared_value is not None:
                    if text not in WITHHELD_MARKS:  # a withheld table hides no count of its own
                        recovered[place] = shared_value  # another table shows it
                    known[place] = shared_value
                elif place in shared and shared_var is not None:
                    unknown[place] = shared_var
                    low[shared_var] = max(low[shared_var], found[0])
                    high[shared_var] = min(high[shared_var], found[1])
                else:
                    unknown[place] = len(low)
                    low.append(found[0])
                    high.append(found[1])
                    if place in shared:
                        shared_var = unknown[place]
    equations = _equations(tables, known, unknown, len(low))
    reduced = _gauss_jordan([list(e) for e in equations], len(low))
    fixed = {}
    for row in reduced:
        nonzero = [i for i in range(len(low)) if row[i] != 0]
        if len(nonzero) == 1:
            fixed[nonzero[0]] = row[-1] / row[nonzero[0]]
    for var, value in fixed.items():
        low[var] = high[var] = int(value)
    _propagate(equations + reduced, low, high)
    for place, var in unknown.items():
        if low[var] == high[var] > 0:  # a 0 worked out reveals no one (zeros are shown)
            recovered[place] = low[var]
    return recovered


def _equations(tables: Sequence[Published], known: dict[Place, int],
               unknown: dict[Place, int], size: int) -> list[list[Fraction]]:
    """One row per line: coefficients of the unknowns, then the constant (sum = constant)."""
    lines: list[tuple[list[Place], Place]] = []
    for t, table in enumerate(tables):
        height, width = len(table.rows), len(table.header) - 1
        if table.total_row:
            for c in range(width):
                lines.append(([(t, r, c) for r in range(height - 1)], (t, height - 1, c)))
        if table.total_column:
            for r in range(height):
                lines.append(([(t, r, c) for c in range(width - 1)], (t, r, width - 1)))
    rows = []
    for parts, total in lines:
        row = [Fraction(0)] * (size + 1)
        for place, sign in [(p, 1) for p in parts] + [(total, -1)]:
            if place in unknown:
                row[unknown[place]] += sign
            else:
                row[size] -= sign * known[place]
        if any(row[:size]):
            rows.append(row)
        else:
            assert row[size] == 0, f"published totals do not add up: {parts} -> {total}"
    return rows


def _gauss_jordan(rows: list[list[Fraction]], size: int) -> list[list[Fraction]]:
    pivot_row = 0
    for col in range(size):
        pick = next((i for i in range(pivot_row, len(rows)) if rows[i][col] != 0), None)
        if pick is None:
            continue
        rows[pivot_row], rows[pick] = rows[pick], rows[pivot_row]
        lead = rows[pivot_row][col]
        rows[pivot_row] = [v / lead for v in rows[pivot_row]]
        for i in range(len(rows)):
            if i != pivot_row and rows[i][col] != 0:
                factor = rows[i][col]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[pivot_row],
                                                           strict=True)]
        pivot_row += 1
    return rows[:pivot_row]


def _propagate(equations: list[list[Fraction]], low: list[int], high: list[int]) -> None:
    size = len(low)
    sparse = [([(i, eq[i]) for i in range(size) if eq[i] != 0], eq[size]) for eq in equations]
    for _ in range(300):
        changed = False
        for terms, const in sparse:  # sum(a * x) = const
            spans = [sorted((a * low[i], a * high[i])) for i, a in terms]
            all_low = sum(s[0] for s in spans)
            all_high = sum(s[1] for s in spans)
            for (i, a), (own_low, own_high) in zip(terms, spans, strict=True):
                rest_low = const - (all_high - own_high)  # bounds of a * x_i
                rest_high = const - (all_low - own_low)
                lo_x, hi_x = sorted((rest_low / a, rest_high / a))
                new_low, new_high = max(low[i], ceil(lo_x)), min(high[i], floor(hi_x))
                if (new_low, new_high) != (low[i], high[i]):
                    low[i], high[i] = new_low, new_high
                    changed = True
        if not changed:
            return


def exhaustive(table: Published, cap: int, budget: int = 200_000) -> dict[Place, int] | None:
    """The hidden cells of one small table that take a single value over *every* integer
    filling consistent with what is published (each cell at most ``cap``): an exact oracle,
    with none of the reasoning above. None when the search needs more than ``budget`` steps.

    A cap below a cell's true range can only make it look fixed: the oracle errs towards
    finding leaks, never towards missing one."""
    unknown: dict[Place, int] = {}
    known: dict[Place, int] = {}
    low: list[int] = []
    high: list[int] = []
    for r, row in enumerate(table.rows):
        for c in range(len(row) - 1):
            found = _bounds(table.value(r, c))
            if found is None:
                known[(0, r, c)] = int(table.value(r, c))
            else:
                unknown[(0, r, c)] = len(low)
                low.append(found[0])
                high.append(min(found[1], cap))
    size = len(low)
    equations = [([(i, int(eq[i])) for i in range(size) if eq[i]], int(eq[size]))
                 for eq in _equations([table], known, unknown, size)]
    seen: list[set[int]] = [set() for _ in range(size)]
    value = [0] * size
    steps = 0

    def fits(done: int) -> bool:  # can the equations still hold with vars >= done free?
        for terms, const in equations:
            fixed = sum(a * value[i] for i, a in terms if i < done)
            free_low = sum(min(a * low[i], a * high[i]) for i, a in terms if i >= done)
            free_high = sum(max(a * low[i], a * high[i]) for i, a in terms if i >= done)
            if not free_low <= const - fixed <= free_high:
                return False
        return True

    def search(i: int) -> bool:  # False: budget spent
        nonlocal steps
        if all(len(s) > 1 for s in seen):
            return True
        if i == size:
            for j in range(size):
                seen[j].add(value[j])
            return True
        for v in range(low[i], high[i] + 1):
            steps += 1
            if steps > budget:
                return False
            value[i] = v
            if fits(i + 1) and not search(i + 1):
                return False
        return True

    if not search(0):
        return None
    return {place: next(iter(seen[var])) for place, var in unknown.items()
            if len(seen[var]) == 1 and next(iter(seen[var])) > 0}

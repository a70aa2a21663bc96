"""Which counts of a statistics table to hide, so that no small count can be worked out.

**Primary suppression.** A count from 1 to 4 is hidden (shown "<5"). Zero is shown as 0
(domain.md: only 1–4 are suppressed): many zeros are structural (a code no incident used, a
status no referral reached), a reader can tell them anyway, and hiding one would protect
nothing — so zeros are never hidden and never used as complements, and every hidden cell is
known to be at least 1.

**Secondary (complementary) suppression.** Totals are exact sums, so a table is a set of
*lines*: each column of a one-way table with its total; each row and each column of a two-way
table with its row or column total, including the total row and the total column, which add up
to the grand total. A line with exactly one hidden cell gives it away by subtraction, so every
line must hide no cell or at least two. For each line with a single hidden cell we hide one
more: a non-zero visible cell of that line, first one that does not leave another line with a
single hidden cell (it mends two lines at once, or lies in a line already protected), then the
smallest count (the least information lost), then an inner cell rather than a margin.

Cells hidden as complements are shown "hidden" (masqué), not "<5": they are 5 or more, and a
reader who takes that into account (with the 1–4 of each "<5") can still pin a cell down by
bounds, e.g. Female "hidden", Male "<5", Total 6 forces Male = 1. So after the line rule,
:func:`recovered` plays that reader (``suppression_reader``: the lines as a linear system,
bounds with 1–4 for "<5" and 5 or more for "hidden", then a search of integer fillings); each
cell it pins down gets one more complement, in one of its lines or the nearest lines beyond,
and both steps repeat until stable (each round hides at least one more cell, so it ends).

**Withheld lines.** Some lines give a count away whatever else is hidden, because the zeros
are shown: four "<5" adding up to a total of "<5" are 1 each. With no non-zero cell left to
hide in it, such a line is *withheld*: all its cells, zeros included, show "n.p." (not published),
which a reader can only take as 0 or more. Working out a withheld 0 reveals nothing (zeros are
shown everywhere else), so only non-zero counts have to stay unknown.

**Across tables.** A report is one system: :func:`hide` takes the lines of every table at once,
and a cell that two tables publish is one cell (the same identifier) in both. The period report
uses it for its grand total: the number of incidents of the period is the total of the tables by
GBV type, by survivor sex and age, by location and by delay (and of the perpetrator table, and
the cases opened, when they are equal), so it is hidden in all of them or in none. Not covered:
other coincident margins (e.g. a row total equal to a count of another table), the difference
between two reports (a month against its quarter, one site against all sites), and a reader who
knows how complements are chosen (the smallest count) — that narrows a "hidden" cell further.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from desktop.core.services.reports.suppression_reader import (
    SMALL_MAX,
    SMALL_MIN,
    Cell,
    Line,
    bounds_of,
    is_small,
    recovered,
)

__all__ = ["SMALL_MAX", "SMALL_MIN", "Cell", "Decision", "Line", "bounds_of", "grid_lines",
           "hide", "hide_in_table", "is_small", "recovered"]

def grid_lines(height: int, width: int, *, total_row: bool, total_column: bool) -> list[Line]:
    """The lines of a ``height`` × ``width`` grid of cells ``(row, column)``.

    With ``total_row`` the last row holds the column totals; with ``total_column`` the last
    column holds the row totals (its last cell, with both, the grand total)."""
    lines: list[Line] = []
    if total_row and height > 1:
        for c in range(width):
            lines.append(Line(tuple((r, c) for r in range(height - 1)), (height - 1, c)))
    if total_column and width > 1:
        for r in range(height):
            lines.append(Line(tuple((r, c) for c in range(width - 1)), (r, width - 1)))
    return lines


@dataclass(frozen=True)
class Decision:
    """What not to show: ``hidden`` cells (marked "<5" or "hidden") and ``withheld`` ones
    (marked "n.p.", not published, zeros among them: see the module docstring)."""

    hidden: frozenset[Cell]
    withheld: frozenset[Cell] = frozenset()


def hide_in_table(grid: Sequence[Sequence[int]], *, total_row: bool, total_column: bool,
                  forced: Iterable[tuple[int, int]] = ()) -> Decision:
    """The ``(row, column)`` cells not to show in one table of counts with its margins.

    One-way table: one column, ``total_row``; two-way: ``total_row`` and ``total_column``.
    ``forced`` cells are hidden whatever their value (e.g. a total another table hides)."""
    values: dict[Cell, int] = {(r, c): n for r, row in enumerate(grid)
                               for c, n in enumerate(row)}
    width = len(grid[0]) if grid else 0
    lines = grid_lines(len(grid), width, total_row=total_row, total_column=total_column)
    return hide(values, lines, forced)


@dataclass
class _State:
    values: Mapping[Cell, int]
    lines: Sequence[Line]
    lines_of: dict[Cell, list[Line]]
    hidden: set[Cell]
    withheld: set[Cell]
    cleared: set[Cell] = field(default_factory=set)  # see ``recovered``

    def unseen(self, cell: Cell) -> bool:
        return cell in self.hidden or cell in self.withheld

    def open_in(self, line: Line) -> int:
        """How many non-zero cells of ``line`` are not shown."""
        return sum(1 for cell in line.cells() if self.unseen(cell) and self.values[cell] > 0)


def hide(values: Mapping[Cell, int], lines: Sequence[Line],
         forced: Iterable[Cell] = ()) -> Decision:
    """The cells not to show among ``values`` (every count published) bound by ``lines``.

    Primary suppression, then complements until no line has a single hidden cell and
    :func:`recovered` pins down no hidden cell; a line that gives a count away by itself with
    nothing left to hide in it is withheld whole (see the module docstring)."""
    state = _State(values, lines, {}, {cell for cell, n in values.items() if is_small(n)},
                   set())
    state.hidden.update(cell for cell in forced if values.get(cell, 0) > 0)
    for line in lines:
        for cell in line.cells():
            state.lines_of.setdefault(cell, []).append(line)
    while True:
        _mend_lines(state)
        if not _mend_bounds(state):
            return Decision(frozenset(state.hidden), frozenset(state.withheld))


def _best(state: _State, line_choices: Iterable[Line]) -> Cell | None:
    """The complement to hide among the shown non-zero cells of ``line_choices``."""
    def cost(cell: Cell) -> tuple[int, int, int]:
        around = state.lines_of.get(cell, ())
        opened = sum(1 for other in around if state.open_in(other) == 0)
        margin = sum(1 for other in around if other.total == cell)
        return opened, state.values[cell], margin

    choices = {cell for line in line_choices for cell in line.cells()
               if not state.unseen(cell) and state.values.get(cell, 0) > 0}
    return min(choices, key=lambda cell: (*cost(cell), repr(cell)), default=None)


def _mend_lines(state: _State) -> None:
    """Hide complements until no line has exactly one non-zero cell not shown."""
    changed = True
    while changed:
        changed = False
        for line in state.lines:
            if state.open_in(line) == 1:
                cell = _best(state, [line])
                if cell is not None:
                    state.hidden.add(cell)
                    changed = True


def _mend_bounds(state: _State) -> bool:
    """One more step for a count the bounds pin down; False when none is.

    A line that pins it by itself gets a complement of its own or, with none left, is
    withheld whole; otherwise the complement comes from the cell's lines or, when those show
    nothing non-zero, from the nearest lines beyond them (lines crossing those, and so on)."""
    found = recovered(state.values, state.lines, state.hidden, state.withheld, search=False)
    if not found:  # the bounds find nothing: let the full reader try
        found = recovered(state.values, state.lines, state.hidden, state.withheld,
                          cleared=state.cleared)
    for cell in sorted(found, key=repr):
        own = state.lines_of.get(cell, [])
        alone = [line for line in own if cell in recovered(
            state.values, [line], state.hidden & set(line.cells()),
            state.withheld & set(line.cells()), search=False)]  # gives it away by itself
        for line in alone:
            extra = _best(state, [line])
            if extra is None:
                _withhold(state, line)
            else:
                state.hidden.add(extra)
            return True
        near = list(own)
        seen = set(map(id, near))
        while near:
            extra = _best(state, near)
            if extra is not None:
                state.hidden.add(extra)
                return True
            near = [line for other in {c for line in near for c in line.cells()}
                    for line in state.lines_of.get(other, ()) if id(line) not in seen]
            seen.update(map(id, near))
        for line in own:
            if not all(c in state.withheld for c in line.cells()):
                _withhold(state, line)
                return True
    return False


def _withhold(state: _State, line: Line) -> None:
    for cell in line.cells():
        state.hidden.discard(cell)
        state.withheld.add(cell)

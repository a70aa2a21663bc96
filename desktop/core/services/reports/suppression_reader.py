"""What a reader can work out from a published table: the attacker :func:`recovered` plays.

Used by :mod:`suppression` after each round of complements. The reader knows every shown
count, that "<5" is 1 to 4, that "hidden" is 5 or more and that "n.p." is 0 or more, and that
each line adds up. It

1. solves the lines as a linear system (Gauss–Jordan, exact fractions): a cell fixed by any
   combination of rows and columns is found;
2. reasons on bounds over the original and reduced equations, until nothing changes;
3. searches integer fillings (depth first, with the bounds reasoning at each step) for another
   value of each hidden count than the true one: a count with no other value is fixed. This
   catches what bounds alone miss, e.g. two rows of "<5" forced to 1 by a column elsewhere.
   Each search has a step budget; a search that runs out counts the cell as not fixed (rare
   in real tables: a count with room to move has another filling close to the true one).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from math import ceil, floor

SMALL_MIN, SMALL_MAX = 1, 4  # primary suppression: these counts are never shown
UNBOUNDED = 10**12
MAX_PASSES = 500  # of bound tightening (each pass is cheap; real tables settle in a few)

Cell = Hashable


@dataclass(frozen=True)
class Line:
    """One published equation: the ``parts`` add up to ``total``."""

    parts: tuple[Cell, ...]
    total: Cell

    def cells(self) -> tuple[Cell, ...]:
        """The parts and the total."""
        return (*self.parts, self.total)


def is_small(count: int) -> bool:
    """True for a count the primary rule hides (1 to 4)."""
    return SMALL_MIN <= count <= SMALL_MAX


def bounds_of(value: int) -> tuple[int, int]:
    """What a reader knows of a hidden cell from its mark: 1–4 for "<5", else 5 or more."""
    return (SMALL_MIN, SMALL_MAX) if is_small(value) else (SMALL_MAX + 1, UNBOUNDED)


Equation = tuple[dict[Cell, Fraction], Fraction]  # sum(coefficient * cell) = constant
Plain = tuple[dict[Cell, int | Fraction], int | Fraction]  # the same, in integers if it can


def recovered(values: Mapping[Cell, int], lines: Sequence[Line], hidden: Iterable[Cell],
              withheld: Iterable[Cell] = (), *, search: bool = True,
              cleared: set[Cell] | None = None) -> dict[Cell, int]:
    """The non-zero counts not shown that a reader can work out exactly, with their value.

    The three steps of the module docstring: linear system, bounds, and (unless ``search``
    is False: a quicker, weaker reader) the integer search. ``cleared`` holds cells a search
    already gave another value; it stays true when more cells are hidden (the old filling,
    with the newly hidden cells at their true values, still fits), so a caller that only ever
    hides more may keep it from call to call: found cells are added to it."""
    withheld = set(withheld)
    unseen = set(hidden) | withheld
    equations = _equations(values, lines, unseen)
    reduced = _reduce(equations)
    low: dict[Cell, int] = {}
    high: dict[Cell, int] = {}
    for cell in unseen:
        low[cell], high[cell] = (0, UNBOUNDED) if cell in withheld else bounds_of(values[cell])
    for terms, constant in reduced:
        if len(terms) == 1:
            (cell, coefficient), = terms.items()
            low[cell] = high[cell] = int(constant / coefficient)
    _tighten([_integral(equation) for equation in equations + reduced], low, high)
    fixed = {cell for cell in unseen if low[cell] == high[cell]}
    if search:  # over the lines alone: sparse, and the search is exact without the rest
        fixed |= _searched([_integral(equation) for equation in equations],
                           {c: values[c] for c in unseen}, low, high,
                           set() if cleared is None else cleared)
    return {cell: values[cell] for cell in fixed if values[cell] > 0}


def _equations(values: Mapping[Cell, int], lines: Sequence[Line],
               hidden: set[Cell]) -> list[Equation]:
    equations = []
    for line in lines:
        terms: dict[Cell, Fraction] = {}
        constant = Fraction(0)
        for cell, sign in [*((p, 1) for p in line.parts), (line.total, -1)]:
            if cell in hidden:
                terms[cell] = terms.get(cell, Fraction(0)) + sign
            else:
                constant -= sign * values[cell]
        terms = {cell: a for cell, a in terms.items() if a}
        if terms:
            equations.append((terms, constant))
    return equations


def _reduce(equations: Sequence[Equation]) -> list[Equation]:
    """The reduced row echelon form of ``equations`` (sparse, exact)."""
    rows = [(dict(terms), constant) for terms, constant in equations]
    done: list[Equation] = []
    while rows:
        terms, constant = rows.pop()
        if not terms:
            continue
        pivot = min(terms, key=repr)
        lead = terms[pivot]
        terms = {cell: a / lead for cell, a in terms.items()}
        constant /= lead
        rows = [_eliminate(row, pivot, terms, constant) for row in rows]
        done = [_eliminate(row, pivot, terms, constant) for row in done]
        done.append((terms, constant))
    return done


def _eliminate(row: Equation, pivot: Cell, terms: dict[Cell, Fraction],
               constant: Fraction) -> Equation:
    factor = row[0].get(pivot)
    if not factor:
        return row
    merged = dict(row[0])
    for cell, a in terms.items():
        merged[cell] = merged.get(cell, Fraction(0)) - factor * a
    return {cell: a for cell, a in merged.items() if a}, row[1] - factor * constant


def _integral(equation: Equation) -> Plain:
    """The equation in plain integers when it has no fraction (the usual case: pivoting on
    the 0/±1 matrix of a table's margins keeps it 0/±1), for speed."""
    terms, constant = equation
    if constant.denominator == 1 and all(a.denominator == 1 for a in terms.values()):
        return {cell: int(a) for cell, a in terms.items()}, int(constant)
    return dict(terms), constant


def _tighten(equations: Sequence[Plain], low: dict[Cell, int], high: dict[Cell, int],
             around: Mapping[Cell, Sequence[Plain]] | None = None,
             changed: Iterable[Cell] | None = None) -> bool:
    """Bound each unknown by the extremes of the others in each equation, until stable;
    False when the bounds cross (no filling fits). With ``around`` (the equations of each
    cell) and ``changed`` cells, only the equations those reach are looked at again."""
    if around is None:
        built: dict[Cell, list[Plain]] = {}
        for equation in equations:
            for cell in equation[0]:
                built.setdefault(cell, []).append(equation)
        around = built
    if changed is None:
        queue = list(equations)
    else:
        queue = list({id(e): e for c in changed for e in around.get(c, ())}.values())
    waiting = {id(e) for e in queue}
    steps = 0
    while queue:
        steps += 1
        if steps > MAX_PASSES * max(1, len(equations)):
            return True
        terms, constant = queue.pop()
        waiting.discard(id((terms, constant)))
        spans = {cell: sorted((a * low[cell], a * high[cell])) for cell, a in terms.items()}
        all_low = sum(span[0] for span in spans.values())
        all_high = sum(span[1] for span in spans.values())
        moved = []
        for cell, a in terms.items():
            own_low, own_high = spans[cell]
            first = constant - (all_high - own_high)  # bounds of a * cell
            last = constant - (all_low - own_low)
            if a == 1:
                ends = (first, last)
            elif a == -1:
                ends = (-last, -first)
            else:
                one, two = Fraction(first) / a, Fraction(last) / a
                ends = (min(one, two), max(one, two))
            new = (max(low[cell], ceil(ends[0])), min(high[cell], floor(ends[1])))
            if new[0] > new[1]:
                return False
            if new != (low[cell], high[cell]):
                low[cell], high[cell] = new
                moved.append(cell)
        for cell in moved:
            for equation in around.get(cell, ()):
                if id(equation) not in waiting:
                    waiting.add(id(equation))
                    queue.append(equation)
    return True


SEARCH_STEPS = 400  # per search for another filling


def _searched(equations: Sequence[Plain], truth: dict[Cell, int], low: dict[Cell, int],
              high: dict[Cell, int], cleared: set[Cell]) -> set[Cell]:
    """The cells (not yet fixed by bounds) that no integer filling gives another value.

    One filling found clears every cell it gives another value; each search stays within the
    equations that share unknowns with its cell."""
    around: dict[Cell, list[Plain]] = {}
    for equation in equations:
        for cell in equation[0]:
            around.setdefault(cell, []).append(equation)
    open_cells = {cell for cell in truth if low[cell] < high[cell] and truth[cell] > 0
                  and cell not in cleared}
    fixed: set[Cell] = set()
    while open_cells:
        cell = min(open_cells, key=repr)
        part = _component(cell, around)
        found = None
        for lo, hi in ((low[cell], truth[cell] - 1), (truth[cell] + 1, high[cell])):
            if lo <= hi and found is None:
                sub_low = {c: low[c] for c in part[1]}
                sub_high = {c: high[c] for c in part[1]}
                sub_low[cell], sub_high[cell] = lo, hi
                found = _filling(part[0], sub_low, sub_high, truth, [SEARCH_STEPS], around,
                                 cell)
        if found is None:
            fixed.add(cell)
            open_cells.discard(cell)
        else:
            moved = {c for c, v in found.items() if v != truth[c]} | {cell}
            open_cells -= moved
            cleared |= moved
    return fixed


def _component(cell: Cell, around: dict[Cell, list[Plain]]) -> tuple[list[Plain], set[Cell]]:
    cells, todo, equations, seen = {cell}, [cell], [], set()
    while todo:
        for equation in around.get(todo.pop(), ()):
            if id(equation) not in seen:
                seen.add(id(equation))
                equations.append(equation)
                for other in equation[0]:
                    if other not in cells:
                        cells.add(other)
                        todo.append(other)
    return equations, cells


def _filling(equations: Sequence[Plain], low: dict[Cell, int], high: dict[Cell, int],
             truth: dict[Cell, int], steps: list[int], around: Mapping[Cell, Sequence[Plain]],
             changed: Cell) -> dict[Cell, int] | None:
    """An integer filling within the bounds that fits every equation, or None (none exists,
    or the step budget ran out: then the cell counts as not fixed, see the docstring)."""
    if not _tighten(equations, low, high, around, [changed]):
        return None
    free = [c for c in low if low[c] < high[c]]
    if not free:
        return dict(low)
    cell = min(free, key=lambda c: (high[c] - low[c], repr(c)))
    for value in _near(truth[cell], low[cell], high[cell]):
        steps[0] -= 1
        if steps[0] < 0:
            return {cell: truth[cell] + 1}  # out of budget: as if another filling existed
        sub_low, sub_high = dict(low), dict(high)
        sub_low[cell] = sub_high[cell] = value
        found = _filling(equations, sub_low, sub_high, truth, steps, around, cell)
        if found is not None:
            return found
    return None


def _near(value: int, low: int, high: int) -> Iterator[int]:
    """``low`` to ``high``, nearest to ``value`` first (lazily: ``high`` may be huge)."""
    start = min(max(value, low), high)
    yield start
    for step in range(1, high - low + 1):
        below, above = start - step, start + step
        if below < low and above > high:
            return
        if below >= low:
            yield below
        if above <= high:
            yield above

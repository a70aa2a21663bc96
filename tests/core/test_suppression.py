"""Complementary suppression: no hidden count can be worked out from the totals."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.core.services.reports.suppression import (
    Decision,
    grid_lines,
    hide,
    hide_in_table,
    recovered,
)
from tests.helpers.disclosure import Published, attack, exhaustive


def published(grid: list[list[int]], decision: Decision, *, two_way: bool) -> Published:
    """The table as a reader sees it (the last row and column are totals)."""
    width = len(grid[0])
    header = ["", *(f"C{c}" for c in range(width - 1)), "Total"] if two_way else ["", "N"]

    def shown(r: int, c: int, n: int) -> str:
        if (r, c) in decision.withheld:
            return "n.p."
        if (r, c) in decision.hidden:
            return "<5" if 1 <= n <= 4 else "hidden"
        return str(n)

    rows = [[("Total" if r == len(grid) - 1 else f"R{r}"),
             *(shown(r, c, n) for c, n in enumerate(row))] for r, row in enumerate(grid)]
    return Published("t", header, rows)


def with_margins(inner: list[list[int]]) -> list[list[int]]:
    rows = [[*row, sum(row)] for row in inner]
    return [*rows, [sum(col) for col in zip(*rows, strict=True)]]


def test_the_issue_example_hides_a_second_cell() -> None:
    grid = [[22], [1], [23]]  # Female 22, Male 1, Total 23
    hidden = hide_in_table(grid, total_row=True, total_column=False)
    assert (1, 0) in hidden.hidden  # Male
    assert len(hidden.hidden) >= 2 and not hidden.withheld  # and Female or the total
    assert attack([Published("t", ["Sex", "N"], [["Female", "22"], ["Male", "<5"],
                                                 ["Total", "23"]])]) == {(0, 1, 0): 1}
    assert attack([published(grid, hidden, two_way=False)]) == {}


def test_a_complement_of_5_or_more_is_not_enough_when_bounds_pin_it() -> None:
    # Female "hidden" (5 or more) + Male "<5" = 6 forces Male = 1: the total goes too.
    grid = [[5], [1], [6]]
    hidden = hide_in_table(grid, total_row=True, total_column=False)
    assert hidden.hidden == {(0, 0), (1, 0), (2, 0)}
    assert attack([published(grid, hidden, two_way=False)]) == {}


def test_zeros_stay_shown_and_are_never_complements() -> None:
    grid = with_margins([[0, 2, 0], [0, 9, 7], [0, 6, 0]])
    decision = hide_in_table(grid, total_row=True, total_column=True)
    assert all(grid[r][c] > 0 for r, c in decision.hidden) and not decision.withheld
    assert (0, 1) in decision.hidden and (0, 0) not in decision.hidden


def test_nothing_small_nothing_hidden() -> None:
    grid = with_margins([[10, 0], [7, 25]])
    assert hide_in_table(grid, total_row=True, total_column=True) == Decision(frozenset())


def test_four_ones_adding_up_to_four_are_withheld() -> None:
    # "<5" four times with a total "<5": each is 1 whatever else is hidden, zeros being shown.
    grid = [[1], [0], [1], [1], [1], [4]]
    decision = hide_in_table(grid, total_row=True, total_column=False)
    assert decision.withheld == {(r, 0) for r in range(6)}  # the zero too
    assert attack([Published("t", ["", "N"], [[f"R{r}", "<5" if r != 1 else "0"]
                                              for r in range(5)] + [["Total", "<5"]])]) == {
        (0, r, 0): 1 for r in (0, 2, 3, 4)} | {(0, 5, 0): 4}
    assert attack([published(grid, decision, two_way=False)]) == {}


def test_a_cell_shared_by_two_tables_is_hidden_in_both() -> None:
    # Table a: x1 + x2 = T; table b: y1 + y2 = T, the same total T.
    values = {"x1": 20, "x2": 2, "y1": 11, "y2": 11, "T": 22}
    lines = grid_lines(3, 1, total_row=True, total_column=False)
    names_a = {(0, 0): "x1", (1, 0): "x2", (2, 0): "T"}
    names_b = {(0, 0): "y1", (1, 0): "y2", (2, 0): "T"}
    system = [type(line)(tuple(n[p] for p in line.parts), n[line.total])  # type: ignore[index]
              for n in (names_a, names_b) for line in lines]
    hidden = hide(values, system, forced=["T"]).hidden
    assert "T" in hidden and {"y1", "y2"} & hidden  # T hidden in b needs a second cell there
    assert recovered(values, system, hidden) == {}


counts = st.one_of(st.integers(0, 6), st.integers(0, 40), st.just(0))


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 6).flatmap(lambda width: st.lists(
    st.lists(counts, min_size=width, max_size=width), min_size=1, max_size=7)))
def test_random_two_way_tables_give_nothing_away(inner: list[list[int]]) -> None:
    grid = with_margins(inner)
    decision = hide_in_table(grid, total_row=True, total_column=True)
    unseen = decision.hidden | decision.withheld
    cells = {(r, c): n for r, row in enumerate(grid) for c, n in enumerate(row)}
    assert {cell for cell, n in cells.items() if 1 <= n <= 4} <= unseen
    assert all(cells[cell] > 0 for cell in decision.hidden)
    for line in grid_lines(len(grid), len(grid[0]), total_row=True, total_column=True):
        assert sum(cell in unseen and cells[cell] > 0 for cell in line.cells()) != 1
    assert attack([published(grid, decision, two_way=True)]) == {}


@settings(max_examples=300, deadline=None)
@given(st.lists(counts, min_size=1, max_size=12))
def test_random_one_way_tables_give_nothing_away(column: list[int]) -> None:
    grid = [[n] for n in column] + [[sum(column)]]
    decision = hide_in_table(grid, total_row=True, total_column=False)
    assert attack([published(grid, decision, two_way=False)]) == {}
    assert len(decision.hidden | decision.withheld) != 1


@settings(max_examples=120, deadline=None)
@given(st.integers(1, 3).flatmap(lambda width: st.lists(
    st.lists(st.integers(0, 9), min_size=width, max_size=width), min_size=1, max_size=3)))
def test_an_exhaustive_search_recovers_nothing_either(inner: list[list[int]]) -> None:
    """Every integer filling of the hidden cells that fits the published table: no hidden
    count takes a single value (an oracle independent of any reasoning)."""
    grid = with_margins(inner)
    decision = hide_in_table(grid, total_row=True, total_column=True)
    found = exhaustive(published(grid, decision, two_way=True), cap=grid[-1][-1] + 5)
    assume(found is not None)
    assert found == {}

"""Complementary suppression: no hidden count can be worked out from the totals."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.services.suppression import grid_lines, hide, hide_in_table, recovered
from tests.helpers.disclosure import Published, attack


def published(grid: list[list[int]], hidden: frozenset[tuple[int, int]],
              *, two_way: bool) -> Published:
    """The table as a reader sees it (the last row and column are totals)."""
    width = len(grid[0])
    header = ["", *(f"C{c}" for c in range(width - 1)), "Total"] if two_way else ["", "N"]
    rows = [[("Total" if r == len(grid) - 1 else f"R{r}"),
             *(("<5" if 1 <= n <= 4 else "hidden") if (r, c) in hidden else str(n)
               for c, n in enumerate(row))] for r, row in enumerate(grid)]
    return Published("t", header, rows)


def with_margins(inner: list[list[int]]) -> list[list[int]]:
    rows = [[*row, sum(row)] for row in inner]
    return [*rows, [sum(col) for col in zip(*rows, strict=True)]]


def test_the_issue_example_hides_a_second_cell() -> None:
    grid = [[22], [1], [23]]  # Female 22, Male 1, Total 23
    hidden = hide_in_table(grid, total_row=True, total_column=False)
    assert (1, 0) in hidden  # Male
    assert len(hidden) >= 2  # and Female or the total
    assert attack([Published("t", ["Sex", "N"], [["Female", "22"], ["Male", "<5"],
                                                 ["Total", "23"]])]) == {(0, 1, 0): 1}
    assert attack([published(grid, hidden, two_way=False)]) == {}


def test_a_complement_of_5_or_more_is_not_enough_when_bounds_pin_it() -> None:
    # Female "hidden" (5 or more) + Male "<5" = 6 forces Male = 1: the total goes too.
    grid = [[5], [1], [6]]
    hidden = hide_in_table(grid, total_row=True, total_column=False)
    assert hidden == {(0, 0), (1, 0), (2, 0)}
    assert attack([published(grid, hidden, two_way=False)]) == {}


def test_zeros_stay_shown_and_are_never_complements() -> None:
    grid = with_margins([[0, 2, 0], [0, 9, 7], [0, 6, 0]])
    hidden = hide_in_table(grid, total_row=True, total_column=True)
    assert all(grid[r][c] > 0 for r, c in hidden)
    assert (0, 1) in hidden and (0, 0) not in hidden


def test_nothing_small_nothing_hidden() -> None:
    grid = with_margins([[10, 0], [7, 25]])
    assert hide_in_table(grid, total_row=True, total_column=True) == frozenset()


def test_a_cell_shared_by_two_tables_is_hidden_in_both() -> None:
    # Table a: x1 + x2 = T; table b: y1 + y2 = T, the same total T.
    values = {"x1": 20, "x2": 2, "y1": 11, "y2": 11, "T": 22}
    lines = grid_lines(3, 1, total_row=True, total_column=False)
    names_a = {(0, 0): "x1", (1, 0): "x2", (2, 0): "T"}
    names_b = {(0, 0): "y1", (1, 0): "y2", (2, 0): "T"}
    system = [type(line)(tuple(n[p] for p in line.parts), n[line.total])  # type: ignore[index]
              for n in (names_a, names_b) for line in lines]
    hidden = hide(values, system, forced=["T"])
    assert "T" in hidden and {"y1", "y2"} & hidden  # T hidden in b needs a second cell there
    assert recovered(values, system, hidden) == {}


def unprotectable(cells: dict[tuple[int, int], int], hidden: frozenset[tuple[int, int]]) -> bool:
    """Every non-zero count is hidden already: nothing is left to hide (the report withholds
    such a table, see test_report_disclosure)."""
    return all(cell in hidden for cell, n in cells.items() if n > 0)


counts = st.one_of(st.integers(0, 6), st.integers(0, 40), st.just(0))


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 6).flatmap(lambda width: st.lists(
    st.lists(counts, min_size=width, max_size=width), min_size=1, max_size=7)))
def test_random_two_way_tables_give_nothing_away(inner: list[list[int]]) -> None:
    grid = with_margins(inner)
    hidden = hide_in_table(grid, total_row=True, total_column=True)
    cells = {(r, c): n for r, row in enumerate(grid) for c, n in enumerate(row)}
    assert {cell for cell, n in cells.items() if 1 <= n <= 4} <= hidden
    assert all(cells[cell] > 0 for cell in hidden)
    for line in grid_lines(len(grid), len(grid[0]), total_row=True, total_column=True):
        assert sum(cell in hidden for cell in line.cells()) != 1
    assert attack([published(grid, hidden, two_way=True)]) == {} or unprotectable(cells, hidden)


@settings(max_examples=150, deadline=None)
@given(st.lists(counts, min_size=1, max_size=12))
def test_random_one_way_tables_give_nothing_away(column: list[int]) -> None:
    grid = [[n] for n in column] + [[sum(column)]]
    hidden = hide_in_table(grid, total_row=True, total_column=False)
    cells = {(r, 0): n for r, (n,) in enumerate(grid)}
    assert attack([published(grid, hidden, two_way=False)]) == {} or unprotectable(cells, hidden)
    assert len(hidden) != 1

"""Which complements suppression chooses: no more cells hidden than its rules need (written
from the suppression scope's mutation run, issue 19). Each table here was found to lose
published counts to a one-line change of the choice: the change hid more, never less."""

from __future__ import annotations

from desktop.core.services.reports.suppression import hide_in_table


def test_a_complement_that_also_mends_another_line_is_chosen() -> None:
    # Row 1's 1 is a "<5": the complements chosen (row 0's two 20s, row 1's total 9) each
    # give two lines their second hidden cell; the smaller 8 would leave column 1 and the
    # total row with a single hidden cell each, and seven cells would go instead of four.
    grid = [[20, 0, 20], [1, 8, 9], [21, 8, 29]]
    decision = hide_in_table(grid, total_row=True, total_column=True)
    assert decision.hidden == {(0, 0), (0, 2), (1, 0), (1, 2)} and not decision.withheld


def test_a_line_that_pins_a_count_by_itself_gets_its_own_complement() -> None:
    # Two "<5" (4, 4) in column 0 whose total 8 pins each to 4: the complement comes from
    # that column's own lines, and the row totals (7, 10, 17) stay shown.
    grid = [[4, 3, 7], [4, 6, 10], [8, 9, 17]]
    decision = hide_in_table(grid, total_row=True, total_column=True)
    assert decision.hidden == {(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)}
    assert not decision.withheld


def test_a_single_row_table_hides_a_complement_beside_its_small_count() -> None:
    # One row (3 and 20, total 23) and its total row: 3 is hidden, 20 is its complement, in
    # both rows; the totals 23 stay shown (mending the lines first, then the bounds).
    grid = [[3, 20, 23], [3, 20, 23]]
    decision = hide_in_table(grid, total_row=True, total_column=True)
    assert decision.hidden == {(0, 0), (0, 1), (1, 0), (1, 1)} and not decision.withheld

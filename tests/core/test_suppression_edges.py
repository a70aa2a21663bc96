"""Edges of suppression and of the report's tables that the suppression scope's mutation run
found unguarded (issue 19): a zero withheld with its line, complements inside the table before
its margins, a forced total, reports of more than 256 incidents, the French decimal comma, a
table that cannot be changed once its hidden cells are decided."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop.core.services.reports.report_period import Period
from desktop.core.services.reports.report_protect import protect
from desktop.core.services.reports.report_tables import TOTAL, Report, Row, Table, with_totals
from desktop.core.services.reports.suppression import (
    Line,
    grid_lines,
    hide,
    hide_in_table,
    recovered,
)
from tests.helpers.count_tables import one_way as _table
from tests.helpers.count_tables import shown as _shown


def test_a_zero_withheld_with_its_line_costs_the_line_crossing_it_nothing() -> None:
    # Female by age: four 1s and a 0 adding up to 4 give each 1 away, so the column is
    # withheld whole, its 0 too. Row 4 (0 women, 9 men, total 9) hides no count: its withheld
    # 0 is not a count to protect, so its 9s stay shown (the men's other ages are hidden as
    # the complements of rows 0-3).
    grid = [[1, 5, 6], [1, 6, 7], [1, 7, 8], [1, 8, 9], [0, 9, 9], [4, 35, 39]]
    decision = hide_in_table(grid, total_row=True, total_column=True)
    assert decision.withheld == {(r, 0) for r in range(6)}
    assert decision.hidden == {(0, 1), (1, 1), (2, 1), (3, 1), (5, 1)}
    assert (4, 1) not in decision.hidden and (4, 2) not in decision.hidden


def test_complements_are_cells_inside_the_table_before_its_margins() -> None:
    # Rows 0 and 1 hide a "<5" each (the 2s); their complements are taken inside the table
    # (the 7 and 9 of column 2, the 5s of row 1), so the total row (7, 7, 16, 30) stays
    # shown: a margin given up would take its crossing lines' cells with it (8 cells, not 6).
    grid = [[2, 2, 7, 11], [5, 5, 9, 19], [7, 7, 16, 30]]
    decision = hide_in_table(grid, total_row=True, total_column=True)
    assert decision.hidden == {(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)}
    assert not recovered({(r, c): n for r, row in enumerate(grid) for c, n in enumerate(row)},
                         _lines(grid), decision.hidden, decision.withheld)


def test_a_margin_counts_as_one_whichever_line_names_the_cell() -> None:
    # Rows 0 and 3 are alike (2, 6, 0, total 8): a cell is a margin of its row however it is
    # reached (as the row's total, or as a member of the total column), so the two 8s cost
    # the same and the first by position is chosen: the same counts give the same cells.
    grid = [[2, 6, 0, 8], [0, 1, 0, 1], [1, 0, 4, 5], [2, 6, 0, 8], [5, 13, 4, 22]]
    decision = hide_in_table(grid, total_row=True, total_column=True)
    assert decision.hidden == {(0, 0), (0, 1), (0, 3), (1, 1), (1, 3), (2, 0), (2, 2), (2, 3),
                               (3, 0), (3, 1), (4, 0), (4, 1), (4, 2)}
    assert not decision.withheld
    assert not recovered({(r, c): n for r, row in enumerate(grid) for c, n in enumerate(row)},
                         _lines(grid), decision.hidden, decision.withheld)


def _lines(grid: list[list[int]]) -> list[Line]:
    return grid_lines(len(grid), len(grid[0]), total_row=True, total_column=True)


def test_a_total_hidden_by_another_table_takes_the_only_row_of_its_table_with_it() -> None:
    # One category (7) and its total (7): when the total must be hidden (another table hides
    # the same number), the row equal to it is hidden too, or it would show the total.
    decision = hide_in_table([[7], [7]], total_row=True, total_column=False, forced=[(1, 0)])
    assert decision.hidden == {(0, 0), (1, 0)}
    two_way = hide_in_table([[3, 20, 23], [3, 20, 23]], total_row=True, total_column=True,
                            forced=[(1, 2)])
    assert {(0, 2), (1, 2)} <= two_way.hidden


def test_a_forced_zero_stays_shown_and_a_forced_cell_not_in_the_tables_is_ignored() -> None:
    # Zeros are never hidden, even asked for; a cell no table publishes is no hidden cell.
    values = {("a",): 0, ("b",): 6, ("c",): 6, ("t",): 12}
    lines = [Line((("a",), ("b",), ("c",)), ("t",))]
    decision = hide(values, lines, forced=[("a",), ("elsewhere",)])
    assert decision.hidden == frozenset() and decision.withheld == frozenset()


def _counts(n: int) -> list[int]:
    """``n`` split into rows of 4 (a "<5" each) and what is left, built at run time."""
    return [4] * (n // 4) + ([n % 4] if n % 4 else [])


def test_a_report_of_more_than_256_incidents_hides_their_number_in_every_incident_table(
) -> None:
    # 300 incidents, 75 types of 4 each: the bounds pin every 4, so the total 300 is hidden;
    # the perpetrator table counts the same 300 (two halves of 150): its total is the same
    # number and is hidden too, taking a half with it. A national report passes 256 easily.
    gbv = _table("gbv_type", _counts(300))
    perpetrator = _table("perpetrator", [int("150"), int("150")])
    assert gbv.rows[-1].counts[-1] == perpetrator.rows[-1].counts[-1] == 300
    assert gbv.rows[-1].counts[-1] is not perpetrator.rows[-1].counts[-1]
    shown_gbv, shown_perpetrator = protect([gbv, perpetrator])
    assert _shown(shown_gbv)[-1] == "hidden"
    assert _shown(shown_perpetrator)[-1] == "hidden"
    assert _shown(shown_perpetrator).count("hidden") == 2


@pytest.mark.parametrize("other", [[5, 0], [20, 14]], ids=["fewer", "more"])
def test_an_incident_table_with_another_total_keeps_it_shown(other: list[int]) -> None:
    # 8 incidents (4 and 4: pinned, so the total is hidden); a perpetrator table that counts
    # 5 or 34 (it may differ from the incidents) is another number: its total stays shown.
    gbv, perpetrator = protect([_table("gbv_type", [4, 4]), _table("perpetrator", other)])
    assert _shown(gbv) == ["<5", "<5", "hidden"]
    assert _shown(perpetrator)[-1] == str(sum(other))


def _report(lang: str, median: float) -> Report:
    return Report(period=Period.month(2026, 11), site_id=None, site_label="", lang=lang,
                  made_on=date(2026, 12, 1), tables=(), median_days_to_service=median,
                  median_sample=12, overdue_follow_ups=0, not_consented=0)


def test_the_median_days_read_with_a_decimal_comma_in_french_and_a_point_in_english() -> None:
    french = dict(_report("fr", 2.5).figures())
    english = dict(_report("en", 2.5).figures())
    assert "2,5 jours (sur 12 références)" in french.values()
    assert "2.5 days (over 12 referrals)" in english.values()
    assert "3 days (over 12 referrals)" in dict(_report("en", 3.0).figures()).values()
    assert english["Survivors assisted (a service given in house or a referral made in the "
                   "period)"] == "0"  # none told: none assisted


def test_a_table_and_its_report_cannot_be_changed_once_the_hidden_cells_are_decided() -> None:
    gbv = protect([_table("gbv_type", [2, 9])])[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        gbv.hidden = frozenset()  # type: ignore[misc]
    assert _shown(gbv) == ["<5", "hidden", "11"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        gbv.rows[0].counts = (5,)  # type: ignore[misc]  # a row's counts are decided too
    report = dataclasses.replace(_report("en", 2.5), tables=(gbv,))
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.tables = ()  # type: ignore[misc]
    assert report.table("gbv_type") is gbv


def test_a_table_with_no_category_has_a_zero_total() -> None:
    assert with_totals([], "Total", total_column=False) == (Row(TOTAL, "Total", (0,)),)


def test_one_column_makes_no_row_lines_and_no_column_makes_no_line() -> None:
    # A one-column table's rows are their own totals: only the column and its total bind.
    assert grid_lines(3, 1, total_row=True, total_column=True) == [
        Line(((0, 0), (1, 0)), (2, 0))]
    assert grid_lines(2, 0, total_row=True, total_column=True) == []


def test_the_period_incidents_are_the_gbv_tables_total_whatever_table_comes_first() -> None:
    # The delay table (13, another count) comes first: the incidents are still the GBV
    # table's 8 (4 and 4, pinned, hidden), and the cases opened (8) are hidden with them.
    cases = Table("cases", "cases", "", ("Number",),
                  (Row("opened", "Opened", (8,)), Row("active", "Active", (8,)),
                   Row("closed", "Closed", (0,))))
    delay, gbv, shown_cases = protect([_table("delay", [6, 7]), _table("gbv_type", [4, 4]),
                                       cases])
    assert _shown(gbv) == ["<5", "<5", "hidden"]
    assert _shown(delay) == ["6", "7", "13"]
    assert _shown(shown_cases) == ["hidden", "8", "0"]  # the active cases are another count


def test_a_table_without_a_total_row_has_no_total_column() -> None:
    table = Table("cases", "cases", "", ("A", "B"), (Row("opened", "Opened", (3, 9)),))
    assert not table.total_row and not table.total_column
    # an age group's code sorts before the total's ("18_24" < "_total"): still a category
    ages = Table("survivor_age", "survivor_age", "", ("Number",),
                 (Row("0_5", "0–5", (3,)), Row("18_24", "18–24", (9,))))
    assert not ages.total_row and not ages.total_column


def test_the_cheap_bounds_come_before_the_full_reader() -> None:
    # The bounds alone find what to mend here; the full reader, asked first, would pin a
    # different cell and cost one more complement (8 cells instead of 7).
    grid = [[3, 6, 9], [1, 0, 1], [5, 1, 6], [5, 0, 5], [14, 7, 21]]
    decision = hide_in_table(grid, total_row=True, total_column=True)
    assert decision.hidden == {(0, 0), (0, 1), (0, 2), (1, 0), (1, 2), (2, 1), (2, 2)}
    assert not recovered({(r, c): n for r, row in enumerate(grid) for c, n in enumerate(row)},
                         _lines(grid), decision.hidden, decision.withheld)


def test_a_two_way_table_of_one_column_hides_its_total_row_with_the_period_incidents() -> None:
    # 8 incidents (4 and 4: pinned, so hidden); the survivors by sex and age count the same 8
    # in one column (women) and its total column: the total column is a margin too, so the
    # women's 8 on the total row would show the hidden number if it were not hidden with it.
    gbv = _table("gbv_type", [4, 4])
    rows = with_totals([Row("18_24", "18–24", (8,))], "Total", total_column=True)
    sex_age = Table("survivor_sex_age", "survivor_sex_age", "", ("Female", "Total"), rows)
    assert sex_age.total_row and sex_age.total_column
    shown_gbv, shown_sex_age = protect([gbv, sex_age])
    assert _shown(shown_gbv)[-1] == "hidden"
    assert [cells[1:] for cells in shown_sex_age.cells()] == [["hidden", "hidden"]] * 2


def _cases(opened: int) -> Table:
    return Table("cases", "cases", "", ("Number",),
                 (Row("opened", "Opened", (opened,)), Row("active", "Active", (20,))))


@pytest.mark.parametrize("opened", [6, 10], ids=["fewer", "more"])
def test_cases_opened_other_than_the_incidents_are_another_number_and_stay_shown(
        opened: int) -> None:
    # 8 incidents (hidden, pinned) for 6 cases opened (a survivor told of two incidents) or
    # for 10 (cases whose incident is not recorded yet): another number, shown.
    gbv, cases = protect([_table("gbv_type", [4, 4]), _cases(opened)])
    assert _shown(gbv)[-1] == "hidden"
    assert _shown(cases) == [str(opened), "20"]


def test_cases_opened_equal_to_more_than_256_incidents_are_hidden_with_them() -> None:
    gbv, cases = protect([_table("gbv_type", _counts(300)), _cases(int("300"))])
    assert _shown(gbv)[-1] == "hidden"
    assert _shown(cases) == ["hidden", "20"]


def test_the_cases_not_counted_are_a_number_or_not_known_when_the_hub_was_never_told() -> None:
    label = "Cases of the period not counted (no statistics consent)"
    known = dataclasses.replace(_report("en", 2.5), not_consented=12)
    assert dict(known.figures())[label] == "12"
    assert dict(dataclasses.replace(known, not_consented=3).figures())[label] == "<5"
    unknown = dataclasses.replace(known, not_consented=None)
    assert dict(unknown.figures())[label] == "not known (never sent to the hub)"
    french = dataclasses.replace(unknown, lang="fr").figures()
    assert french[-1][1] == "inconnu (jamais envoyé au hub)"


def test_a_table_of_one_row_hides_a_complement_beside_its_small_count() -> None:
    # One row and its total (3 + 9 = 12): the 3 is a "<5", and the 9 goes with it, or the
    # total would give it away; the two small counts of a longer row hide each other.
    assert hide_in_table([[3, 9, 12]], total_row=False, total_column=True).hidden == {
        (0, 0), (0, 1)}
    assert hide_in_table([[3, 9, 2, 14]], total_row=False, total_column=True).hidden == {
        (0, 0), (0, 2)}


def test_a_complement_that_opens_an_earlier_line_is_mended_in_the_same_pass() -> None:
    # Row 0's 1 is hidden with a complement (its 6); that complement leaves column 3 with a
    # single hidden cell, a line already passed: the lines are read again until none is left
    # with one, so that column gets its complement there (8 cells hidden), not later from the
    # reader's pinned cells, which costs one more (9).
    grid = [[12, 1, 0, 6, 0, 19], [6, 3, 20, 0, 2, 31], [20, 6, 3, 8, 3, 40],
            [38, 10, 23, 14, 5, 90]]
    decision = hide_in_table(grid, total_row=True, total_column=True)
    assert decision.hidden == {(0, 1), (0, 3), (1, 1), (1, 2), (1, 4), (2, 2), (2, 3), (2, 4)}
    assert not decision.withheld
    assert not recovered({(r, c): n for r, row in enumerate(grid) for c, n in enumerate(row)},
                         _lines(grid), decision.hidden, decision.withheld)


def test_the_bar_chart_of_a_withheld_table_shows_its_marks_not_its_counts() -> None:
    # Four 1s adding up to 4 give each other away: the line is withheld ("n.p."), in the
    # table and in the chart drawn from it (a bar of height 1 would publish the count).
    table = protect([_table("gbv_type", [1, 1, 1, 1])])[0]
    assert _shown(table) == ["n.p."] * 5
    assert table.chart_values() == [(f"C{i}", "n.p.") for i in range(4)]


def test_the_decimal_comma_follows_a_language_read_at_run_time() -> None:
    # The language of a report comes from the command line or the settings, not a literal.
    typed = "".join(["f", "r"])
    french = dict(_report(typed, 2.5).figures())
    assert "2,5 jours (sur 12 références)" in french.values()


def test_the_period_incidents_are_the_gbv_tables_even_after_a_table_whose_key_sorts_later(
) -> None:
    # The perpetrator table (13, another count; its key sorts after "gbv_type") comes first:
    # the incidents are still the GBV table's 8, hidden, and the 8 cases opened with them.
    cases = Table("cases", "cases", "", ("Number",),
                  (Row("opened", "Opened", (8,)), Row("active", "Active", (20,))))
    perpetrator, gbv, shown_cases = protect([_table("perpetrator", [6, 7]),
                                             _table("gbv_type", [4, 4]), cases])
    assert _shown(gbv) == ["<5", "<5", "hidden"]
    assert _shown(perpetrator) == ["6", "7", "13"]
    assert _shown(shown_cases) == ["hidden", "20"]


def _values(grid: list[list[int]]) -> dict[tuple[int, int], int]:
    return {(r, c): n for r, row in enumerate(grid) for c, n in enumerate(row)}


def test_of_two_complements_of_equal_cost_the_inner_cell_is_hidden_not_the_margin() -> None:
    # Rows 0 and 1 (2, 5 | 7) hide their 2 and, as its complement, their 5. The bounds then
    # pin a count down, and where a row total and an inner cell would mend it at the same
    # cost, the inner cell goes: the row totals (7, 7) stay shown and six cells are hidden in
    # all (taking the margins would hide eight).
    grid = [[2, 5, 7], [2, 5, 7], [7, 6, 13], [11, 16, 27]]
    decision = hide_in_table(grid, total_row=True, total_column=True)
    assert decision.hidden == {(0, 0), (0, 1), (1, 0), (1, 1), (2, 0), (2, 1)}
    assert not decision.withheld
    lines = grid_lines(4, 3, total_row=True, total_column=True)
    assert not recovered(_values(grid), lines, decision.hidden)


def test_a_line_crossing_a_withheld_line_is_not_withheld_with_it() -> None:
    # Row 0 (four 1s and a 0 adding up to 4) gives each 1 away: it is withheld whole. Column 1
    # (1, 1, 1, 1 | 4) then holds an "n.p." and three 1s: it does not give a count away by
    # itself, so it keeps its "<5" and its total instead of being withheld too.
    grid = [[1, 1, 1, 1, 0, 4], [3, 1, 1, 0, 1, 6], [3, 1, 6, 2, 0, 12], [0, 1, 1, 6, 0, 8],
            [7, 4, 9, 9, 1, 30]]
    decision = hide_in_table(grid, total_row=True, total_column=True)
    assert decision.withheld == {(0, c) for c in range(6)}
    assert {(1, 1), (2, 1), (3, 1), (4, 1)} <= decision.hidden
    lines = grid_lines(5, 6, total_row=True, total_column=True)
    assert not recovered(_values(grid), lines, decision.hidden, decision.withheld)

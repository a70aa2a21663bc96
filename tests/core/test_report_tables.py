"""The shapes of a period report as every output reads them (``report_tables``) and the cells
a report hides together (``report_protect``): written from the suppression scope's mutation
run, issue 19."""

from __future__ import annotations

from desktop.core.services.reports.report_protect import protect
from desktop.core.services.reports.report_tables import TOTAL, Row, Table, with_totals
from tests.helpers.count_tables import one_way as _table
from tests.helpers.count_tables import shown as _shown


def test_a_table_of_one_category_gets_its_total() -> None:
    one = [Row("rape", "Rape", (3,))]
    assert with_totals(one, "Total", total_column=False)[-1] == Row(TOTAL, "Total", (3,))
    two_way = with_totals([Row("rape", "Rape", (2, 1))], "Total", total_column=True)
    assert two_way == (Row("rape", "Rape", (2, 1, 3)), Row(TOTAL, "Total", (2, 1, 3)))


def test_a_table_not_about_incidents_keeps_a_total_equal_to_the_incidents() -> None:
    # 6 incidents (1 and 5: all hidden) and 6 referrals, by chance: the referrals' total is
    # another number that happens to be equal, not the incidents, and stays shown.
    gbv, referrals = protect([_table("gbv_type", [1, 5]), _table("referrals", [6, 0])])
    assert _shown(gbv) == ["<5", "hidden", "hidden"]
    assert _shown(referrals) == ["6", "0", "6"]


def test_the_cases_opened_are_the_incidents_of_the_gbv_table_whatever_follows_it() -> None:
    # 6 incidents, hidden; the perpetrator table counts 8 (it may differ): the cases opened
    # (6, the incidents) are hidden with the incidents, whichever table comes next.
    cases = Table("cases", "cases", "", ("Number",),
                  (Row("opened", "Opened", (6,)), Row("closed", "Closed", (0,))))
    tables = protect([_table("gbv_type", [5, 1]), _table("perpetrator", [5, 3]), cases])
    assert _shown(tables[0]) == ["hidden", "<5", "hidden"]
    assert _shown(tables[2]) == ["hidden", "0"]


def test_only_the_cases_table_holds_the_cases_opened() -> None:
    # A service coded "opened" (a code a list could hold) counting 6, as many as the hidden
    # incidents: it is not the cases opened, and stays shown.
    services = Table("services_given", "services", "", ("Number",), with_totals(
        [Row("opened", "Opened", (6,)), Row("other", "Other", (9,))], "Total",
        total_column=False))
    gbv, shown = protect([_table("gbv_type", [5, 1]), services])
    assert _shown(gbv) == ["hidden", "<5", "hidden"]
    assert _shown(shown) == ["6", "9", "15"]

"""The case list's first page and later pages: the access rule and the sort, as the whole list.

The list shows the first page straight away (``first_page``: the count and the first ids, read
with LIMIT) and reads later pages by offset; both must give exactly the cases and the order of
the whole list, for every sort key, and never a case the person may not see.
"""

from __future__ import annotations

import pytest

from desktop.core.services.accounts import staff as accounts
from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases.case_list import CaseQuery
from desktop.core.services.demo import generator as demo
from tests.helpers import folders

PAGE = 7


@pytest.fixture
def shared(folder):
    """60 demo cases shared by awa and fanta; three of fanta's written by awa, one of awa's
    written by fanta (each sees both: author or case worker)."""
    admin = folders.login(folder, folders.ADMIN)
    try:
        demo.generate(admin, 60, seed=11)
    finally:
        admin.close()
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        staff = {s.username: s.staff_id for s in accounts.list_staff(supervisor)}
        ids = cases.case_ids(supervisor, CaseQuery(sort="case_number", descending=False))
        rows = cases.case_rows(supervisor, ids)
        awa = [r.id for r in rows if r.caseworker == "Awa Agente" and r.status != "closed"]
        fanta = [r.id for r in rows if r.caseworker == "Fanta Agente" and r.status != "closed"]
        assert awa and fanta
        for case_id in awa[:3]:  # written by awa, now fanta's
            cases.assign(supervisor, case_id, staff[folders.CASEWORKER_2])
        cases.assign(supervisor, fanta[0], staff[folders.CASEWORKER])
    finally:
        supervisor.close()
    return folder


def _pages(vault, query):
    """Every id of ``query`` read page by page, as the list model reads them."""
    first = cases.first_page(vault, query, PAGE)
    ids = list(first.ids)
    while len(ids) < first.total:
        page = cases.case_ids(vault, query, offset=len(ids), limit=PAGE)
        assert page, "a page ended before the count"
        ids += page
    return first, ids


def test_first_page_of_a_case_worker_honours_the_access_rule_and_sort(shared):
    supervisor = folders.login(shared, folders.SUPERVISOR)
    try:
        everything = {key: {d: cases.case_ids(supervisor, CaseQuery(sort=key, descending=d))
                            for d in (False, True)} for key in cases.SORT_KEYS}
        rows = cases.case_rows(supervisor, everything["case_number"][True])
        awa_worker = {r.id for r in rows if r.caseworker == "Awa Agente"}
    finally:
        supervisor.close()
    vault = folders.login(shared, folders.CASEWORKER)
    try:
        mine = set(cases.case_ids(vault))
        assert awa_worker < mine  # her cases, and the three she wrote for fanta
        assert len(mine - awa_worker) == 3
        assert cases.count(vault) == len(mine)
        for key in cases.SORT_KEYS:
            for descending in (False, True):
                query = CaseQuery(sort=key, descending=descending)
                first, paged = _pages(vault, query)
                expected = [i for i in everything[key][descending] if i in mine]
                assert first.total == len(mine), key
                assert first.ids == expected[:PAGE], (key, descending)
                assert paged == expected, (key, descending)
        newest = cases.first_page(vault, CaseQuery(), 3)
        shown = cases.case_rows(vault, newest.ids)
        numbers = [r.case_number for r in shown]
        assert numbers == sorted(numbers, reverse=True)
        assert all(r.id in mine for r in shown)
    finally:
        vault.close()


def test_first_page_follows_filters_and_hides_other_workers_cases(shared):
    vault = folders.login(shared, folders.CASEWORKER_2)
    try:
        mine = set(cases.case_ids(vault))
        step = CaseQuery(step=2, sort="date_of_interview", descending=False)
        first, paged = _pages(vault, step)
        assert paged == cases.case_ids(vault, step)
        assert first.total == len(paged) == cases.count(vault, step)
        assert set(paged) <= mine
        assert all(r.step == 2 for r in cases.case_rows(vault, paged))
    finally:
        vault.close()
    vault = folders.login(shared, folders.CASEWORKER)
    try:
        awa = set(cases.case_ids(vault))
    finally:
        vault.close()
    only_awa = awa - mine
    assert only_awa and not only_awa & mine
    supervisor = folders.login(shared, folders.SUPERVISOR)
    try:
        first = cases.first_page(supervisor, CaseQuery(), PAGE)
        assert first.total == 60 == cases.count(supervisor)
        assert first.ids == cases.case_ids(supervisor)[:PAGE]
        assert cases.first_page(supervisor, CaseQuery(text="zzz"), PAGE) == cases.IdPage(0, [])
    finally:
        supervisor.close()

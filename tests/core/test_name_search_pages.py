"""A name search read page by page in the name index's order (most recently registered first):
the same matches as the whole list, every one once, never a case the person may not see — on a
real SQLCipher database."""

from __future__ import annotations

from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import intake
from desktop.core.services.cases.case_list import CaseQuery
from desktop.core.services.demo import generator as demo
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Case
from desktop.core.store.models.name_search import folded_words
from desktop.core.store.vault import Vault
from tests.helpers import folders, sites
from tests.helpers.intake_data import sample_intake

PAGE = 3
GAO_SUPERVISOR = "kadi"


def _pages(vault: Vault, query: CaseQuery) -> tuple[cases.IdPage, list[str]]:
    """Every id of ``query`` read page by page, as the list model reads them."""
    first = cases.first_page(vault, query, PAGE, count_limit=PAGE + 1)
    ids = list(first.ids)
    while True:
        page = cases.case_ids(vault, query, offset=len(ids), limit=PAGE)
        if not page:
            return first, ids
        ids += page


def _named(vault: Vault, word: str, **filters: object) -> set[str]:
    """The visible cases whose survivor has a name word starting with ``word`` (read from
    the rows, not from the index)."""
    rows = cases.case_rows(vault, cases.case_ids(vault, CaseQuery(**filters)), with_names=True)
    return {r.id for r in rows
            if any(w.startswith(word) for w in folded_words(r.survivor_name or ""))}


def test_pages_of_a_common_first_name_give_every_match_once(folder: DataFolder) -> None:
    admin = folders.login(folder, folders.ADMIN)
    try:
        demo.generate(admin, 100, seed=5)
    finally:
        admin.close()
    vault = folders.login(folder, folders.SUPERVISOR)
    try:
        rows = cases.case_rows(vault, cases.case_ids(vault), with_names=True)
        firsts = [folded_words(r.survivor_name)[0] for r in rows if r.survivor_name]
        common = max(set(firsts), key=firsts.count)
        assert firsts.count(common) > 2 * PAGE  # more than two pages of matches
        for query, filters in ((CaseQuery(text=common), {}),
                               (CaseQuery(text=common, status="open"), {"status": "open"}),
                               (CaseQuery(text=common, descending=False), {})):
            assert cases.listed_by_name_index(vault, query)
            expected = _named(vault, common, **filters)
            first, paged = _pages(vault, query)
            assert len(paged) == len(set(paged))  # no repeats
            assert set(paged) == expected  # no gaps, nothing else
            assert paged == cases.case_ids(vault, query)  # the pages are the whole list
            assert first.ids == paged[:PAGE]
            bounded = min(len(expected), PAGE + 1)  # "at least 4" beyond
            assert (first.total, first.exact) == (bounded, len(expected) < PAGE + 1)
            assert cases.count(vault, query) == len(expected)
            assert cases.count(vault, query, limit=PAGE) == min(len(expected), PAGE)
        ascending = cases.case_ids(vault, CaseQuery(text=common, descending=False))
        assert ascending == cases.case_ids(vault, CaseQuery(text=common))[::-1]
    finally:
        vault.close()


def test_names_found_come_most_recently_registered_first(supervisor: Vault) -> None:
    opened = [intake.open_case(supervisor, sample_intake(name=f"Aminata Essai{i}"))
              for i in range(4)]
    query = CaseQuery(text="aminata")
    assert cases.case_ids(supervisor, query) == opened[::-1]
    assert cases.case_ids(supervisor, query, offset=1, limit=2) == opened[2:0:-1]
    assert cases.case_ids(supervisor, CaseQuery(text="aminata", descending=False)) == opened
    # another sort than the case number: sorted over every match, as before
    by_date = CaseQuery(text="aminata", sort="opened_at", descending=False)
    assert not cases.listed_by_name_index(supervisor, by_date)
    assert cases.case_ids(supervisor, by_date) == opened
    number = cases.case_rows(supervisor, [opened[1]])[0].case_number
    assert cases.case_ids(supervisor, CaseQuery(text=number)) == [opened[1]]  # codes: as ever


def test_a_survivors_cases_stay_together_newest_first_across_pages(supervisor: Vault) -> None:
    opened = [intake.open_case(supervisor, sample_intake(name=f"Aminata Essai{i}"))
              for i in range(3)]
    with supervisor.session() as session:  # the newest survivor also has the oldest case
        newest, oldest = (session.get(Case, case_id) for case_id in (opened[2], opened[0]))
        assert newest is not None and oldest is not None
        oldest.survivor_id = newest.survivor_id
    query = CaseQuery(text="aminata")
    whole = [opened[2], opened[0], opened[1]]
    assert cases.case_ids(supervisor, query) == whole
    assert [cases.case_ids(supervisor, query, offset=i, limit=1)[0] for i in range(3)] == whole
    assert cases.first_page(supervisor, query, 1, count_limit=2) == cases.IdPage(
        2, [opened[2]], exact=False)


def test_a_name_search_never_shows_a_case_the_person_may_not_see(folder: DataFolder) -> None:
    sites.add_site_with_supervisor(folder, GAO_SUPERVISOR)
    kadi = folders.login(folder, GAO_SUPERVISOR)
    try:
        gao_cases = [intake.open_case(kadi, sample_intake(name=f"Aminata Gao{i}"))
                     for i in range(2)]
    finally:
        kadi.close()
    awa = folders.login(folder, folders.CASEWORKER)
    try:  # the newest entries of the index, a full first page and more: Mopti's, awa's
        mopti_cases = [intake.open_case(awa, sample_intake(name=f"Aminata Mopti{i}"))
                       for i in range(2 * PAGE + 1)]
        assert cases.case_ids(awa, CaseQuery(text="aminata")) == []  # names: not her role
        assert cases.first_page(awa, CaseQuery(text="aminata"), PAGE) == cases.IdPage(0, [])
    finally:
        awa.close()
    kadi = folders.login(folder, GAO_SUPERVISOR)
    try:
        first = cases.first_page(kadi, CaseQuery(text="aminata"), 1, count_limit=2)
        assert first.ids == [gao_cases[1]]
        assert cases.first_page(kadi, CaseQuery(text="aminata"), PAGE) == cases.IdPage(
            2, gao_cases[::-1])
        assert _pages(kadi, CaseQuery(text="aminata"))[1] == gao_cases[::-1]
        assert cases.count(kadi, CaseQuery(text="aminata")) == 2
    finally:
        kadi.close()
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        assert _pages(sali, CaseQuery(text="aminata"))[1] == mopti_cases[::-1]
    finally:
        sali.close()

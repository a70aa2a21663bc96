"""The case list: a lazy model (qtmodeltester), access rules, search, names, sort, lock."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import intake
from desktop.core.services.demo import generator as demo
from desktop.core.store.datafolder import DataFolder
from desktop.gui.cases.case_list import CaseListView
from desktop.gui.cases.list_model import PAGE, CaseListModel
from tests.gui.cases_util import choose, click
from tests.gui.util import field, shown_texts
from tests.helpers import folders
from tests.helpers.intake_data import sample_intake


def _open(folder: DataFolder, username: str, names: list[str]) -> list[str]:
    vault = folders.login(folder, username)
    try:
        return [intake.open_case(vault, sample_intake(name=name)) for name in names]
    finally:
        vault.close()


@pytest.fixture
def shared(folder: DataFolder) -> DataFolder:
    """Three cases of awa, two of fanta."""
    _open(folder, folders.CASEWORKER, ["Awa Cas Un", "Awa Cas Deux", "Awa Cas Trois"])
    _open(folder, folders.CASEWORKER_2, ["Fanta Cas Un", "Fanta Cas Deux"])
    return folder


@pytest.fixture
def view(qtbot: Any) -> Iterator[CaseListView]:
    widget = CaseListView(lang="en")
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    yield widget
    widget.set_vault(None)


def _column(model: CaseListModel, attr: str) -> list[str]:
    col = [c.attr for c in model.columns].index(attr)
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_model_passes_qtmodeltester(qtmodeltester: Any, shared: DataFolder) -> None:
    vault = folders.login(shared, folders.SUPERVISOR)
    try:
        model = CaseListModel(lang="en")
        model.set_vault(vault)
        assert model.rowCount() == 5
        qtmodeltester.check(model, force_py=True)  # stays connected: checks what follows
        model.set_show_names(True)
        model.sort(0, Qt.SortOrder.AscendingOrder)
        model.set_query(cases.CaseQuery(text="zzz"))
        assert model.rowCount() == 0
        assert model.rowCount(model.index(0, 0)) == 0
        assert model.data(QModelIndex()) is None
    finally:
        vault.close()


def test_case_worker_never_sees_another_case(qtbot: Any, shared: DataFolder,
                                             view: CaseListView) -> None:
    awa = _other_numbers(shared)
    vault = folders.login(shared, folders.CASEWORKER_2)
    try:
        view.set_vault(vault)
        assert view.model.rowCount() == 2
        assert not field(view, "cases:show_names").isVisible()
        assert not field(view, "cases:caseworker").isVisible()
        texts = shown_texts(view)
        assert not any("Awa Agente" in t for t in texts)
        # Searching another worker's case number or survivor code finds nothing.
        for text in awa:
            view.search.setText(text)
            view.apply()
            assert view.model.rowCount() == 0, text
        view.search.setText("Awa Cas")  # a name search: not allowed for case workers
        view.apply()
        assert view.model.rowCount() == 0
    finally:
        view.set_vault(None)
        vault.close()


def _other_numbers(folder: DataFolder) -> list[str]:
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        rows = cases.case_rows(vault, cases.case_ids(vault))
        return [r.case_number for r in rows] + [r.survivor_code for r in rows]
    finally:
        vault.close()


def test_supervisor_filters_searches_and_shows_names(qtbot: Any, shared: DataFolder,
                                                     view: CaseListView) -> None:
    vault = folders.login(shared, folders.SUPERVISOR)
    try:
        view.set_vault(vault)
        assert field(view, "cases:count").text() == "5 case(s)"
        assert "name" not in [c.attr for c in view.model.columns]
        assert not any("Cas Un" in t for t in shown_texts(view))
        click(qtbot, view, "cases:show_names")
        assert "Awa Cas Un" in _column(view.model, "name")
        choose(qtbot, view, "cases:caseworker", "Fanta Agente")
        assert sorted(_column(view.model, "name")) == ["Fanta Cas Deux", "Fanta Cas Un"]
        choose(qtbot, view, "cases:caseworker", "All")
        qtbot.keyClicks(view.search, "cas deux")
        qtbot.waitUntil(lambda: view.model.rowCount() == 2)
        code = _column(view.model, "survivor_code")[0]
        view.search.clear()
        qtbot.keyClicks(view.search, code.lower())
        qtbot.waitUntil(lambda: view.model.rowCount() == 1)
        view.search.clear()
        qtbot.waitUntil(lambda: view.model.rowCount() == 5)
        choose(qtbot, view, "cases:sea", "Without SEA")
        assert view.model.rowCount() == 0  # the sample intake has a UN perpetrator
        choose(qtbot, view, "cases:sea", "SEA only")
        assert view.model.rowCount() == 5
        choose(qtbot, view, "cases:gbv_type", "Physical assault")
        assert view.model.rowCount() == 0
    finally:
        view.set_vault(None)
        vault.close()


def test_a_name_search_says_its_order(qtbot: Any, shared: DataFolder,
                                      view: CaseListView) -> None:
    vault = folders.login(shared, folders.SUPERVISOR)
    try:
        view.set_vault(vault)
        click(qtbot, view, "cases:show_names")
        qtbot.keyClicks(view.search, "cas")
        newest = ["Fanta Cas Deux", "Fanta Cas Un", "Awa Cas Trois", "Awa Cas Deux",
                  "Awa Cas Un"]
        qtbot.waitUntil(lambda: field(view, "cases:count").text() == (
            "5 case(s) — names found: most recently registered first"))
        assert _column(view.model, "name") == newest
        number = view.model.column_keys().index("case_number")
        view.table.sortByColumn(number, Qt.SortOrder.AscendingOrder)
        assert _column(view.model, "name") == newest[::-1]
        assert field(view, "cases:count").text() == (
            "5 case(s) — names found: first registered first")
        view.search.clear()
        qtbot.waitUntil(lambda: field(view, "cases:count").text() == "5 case(s)")
    finally:
        view.set_vault(None)
        vault.close()


def test_header_click_sorts_and_double_click_opens(qtbot: Any, shared: DataFolder,
                                                   view: CaseListView) -> None:
    vault = folders.login(shared, folders.SUPERVISOR)
    try:
        view.set_vault(vault)
        numbers = _column(view.model, "case_number")
        assert numbers == sorted(numbers, reverse=True)  # newest first
        header = view.table.horizontalHeader()
        _click_section(qtbot, header, 0)
        again = _column(view.model, "case_number")
        assert again in (sorted(numbers), sorted(numbers, reverse=True))
        _click_section(qtbot, header, 0)
        assert _column(view.model, "case_number") == list(reversed(again))
        qtbot.waitUntil(lambda: view.table.viewport().rect().contains(
            view.table.visualRect(view.model.index(0, 1)).center()))
        first = view.table.visualRect(view.model.index(0, 1)).center()
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
        with qtbot.waitSignal(view.open_requested) as opened:
            qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
        assert opened.args == [view.model.case_id(0)]
    finally:
        view.set_vault(None)
        vault.close()


def _section_centre(header: Any, section: int) -> Any:
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def _click_section(qtbot: Any, header: Any, section: int) -> None:
    """Click a header section once its geometry is laid out (a loaded machine may not have
    processed the resize yet), and wait until the click changed the sort indicator."""
    qtbot.waitUntil(lambda: header.isVisible() and header.sectionSize(section) > 0
                    and header.logicalIndexAt(_section_centre(header, section)) == section)
    before = (header.sortIndicatorSection(), header.sortIndicatorOrder())
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=_section_centre(header, section))
    qtbot.waitUntil(lambda: (header.sortIndicatorSection(), header.sortIndicatorOrder())
                    != before)


def _supervisor_over_demo(folder: DataFolder, seed: int) -> Any:
    """The supervisor logged in over ``3 * PAGE + 20`` demo cases."""
    admin = folders.login(folder, folders.ADMIN)
    try:
        demo.generate(admin, 3 * PAGE + 20, seed=seed)
    finally:
        admin.close()
    return folders.login(folder, folders.SUPERVISOR)


def test_list_is_lazy_and_lock_clears_it(qtbot: Any, folder: DataFolder,
                                         view: CaseListView) -> None:
    vault = _supervisor_over_demo(folder, seed=7)
    try:
        view.set_vault(vault)
        assert view.status.currentData() == "open"  # the list opens on the open cases
        view.status.setCurrentIndex(view.status.findData(None))  # closed ones too
        before = view.model.fetches
        assert len(view.model.ids) == PAGE  # the first screen: one page of ids, not all
        assert field(view, "cases:count").text() == f"{3 * PAGE + 20} case(s)"
        qtbot.waitUntil(lambda: view.model.fetches >= before + 1)
        assert view.model.rowCount() == 3 * PAGE + 20
        assert view.model.fetches == before + 1  # only the page on screen was read
        view.table.scrollToBottom()  # the last page, read by offset
        qtbot.waitUntil(lambda: 3 in view.model._pages)
        assert 1 not in view.model._pages  # the middle of the list was never read
        last = view.model.index(view.model.rowCount() - 1, 0).data()
        every = cases.case_ids(vault)
        assert last == cases.case_rows(vault, every[-1:])[0].case_number
        assert view.model.case_id(view.model.rowCount() - 1) == every[-1]
        assert len(view.model.ids) == PAGE  # never every id in memory
    finally:
        view.set_vault(None)
        vault.close()
    assert view.model.rowCount() == 0
    assert field(view, "cases:count").text() == ""
    assert not any(t.startswith("MOP-") for t in shown_texts(view))


def test_columns_follow_the_role_and_the_sort_is_remembered(qtbot: Any, shared: DataFolder,
                                                            view: CaseListView) -> None:
    vault = folders.login(shared, folders.CASEWORKER)
    try:
        view.set_vault(vault)
        assert "caseworker" not in view.model.column_keys()  # her cases are all hers
        assert not view.worker_label.isVisibleTo(view) and not view.worker.isVisibleTo(view)
        assert view.model.index(0, view.model.column_keys().index("status")).data(
            Qt.ItemDataRole.UserRole + 7) == "open"  # painted as a badge
        assert view.legend.codes() == ["open", "closure_requested", "closed"]
        header = view.table.horizontalHeader()
        _click_section(qtbot, header, view.model.column_keys().index("survivor_code"))
        sort = (view.model.query.sort, view.model.query.descending)
        assert sort[0] == "survivor_code"
        view.set_vault(None)
        view.set_vault(vault)  # the next login: sorted as she left it
        assert (view.model.query.sort, view.model.query.descending) == sort
    finally:
        view.set_vault(None)
        vault.close()
    vault = folders.login(shared, folders.SUPERVISOR)
    try:
        view.set_vault(vault)
        assert "caseworker" in view.model.column_keys() and view.worker.isVisibleTo(view)
        assert view.model.query.sort == "case_number"  # her own sort, not Awa's
    finally:
        view.set_vault(None)
        vault.close()


def test_a_long_list_says_at_least_and_counts_more_at_its_end(
        qtbot: Any, folder: DataFolder, view: CaseListView,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.gui.cases import list_model

    monkeypatch.setattr(list_model, "COUNT_STEP", 150)  # as 1,000 is over a large database
    vault = _supervisor_over_demo(folder, seed=11)
    try:
        view.set_vault(vault)
        view.status.setCurrentIndex(view.status.findData(None))  # closed ones too
        assert view.model.rowCount() == 150  # counted up to the step, not every case
        assert field(view, "cases:count").text() == "at least 150 case(s)"
        view.table.scrollToBottom()  # the end of what is counted: Qt asks for more
        qtbot.waitUntil(lambda: view.model.rowCount() > 150)
        while view.model.canFetchMore():  # as further scrolls to the end would
            view.model.fetchMore()
        assert view.model.rowCount() == 3 * PAGE + 20
        assert field(view, "cases:count").text() == f"{3 * PAGE + 20} case(s)"
        every = cases.case_ids(vault)
        assert view.model.case_id(3 * PAGE + 19) == every[-1]
        assert len(view.model._pages) <= list_model.KEPT_PAGES
    finally:
        view.set_vault(None)
        vault.close()

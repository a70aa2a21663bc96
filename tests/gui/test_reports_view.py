"""The Reports page on screen: a supervisor sees counts, a case worker a sentence, lock clears."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint

from desktop.core.services.demo import generator as demo
from desktop.core.services.reports import statistics
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Site
from desktop.core.store.vault import Vault
from desktop.gui import dialogs
from desktop.gui.reports.page import ReportsPage
from desktop.gui.reports.report_view import ReportView
from tests.gui.reports_util import page_for, period_start, row_of, usual_cases
from tests.gui.test_lock import log_in
from tests.gui.util import click, shown_texts
from tests.helpers import folders
from tests.helpers.disclosure import Published, attack
from tests.helpers.published_tables import random_periods, shared_places

TODAY = date(2026, 6, 30)


def show(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """Click "Show" and wait for the tables."""
    click(qtbot, page, "show_report")
    qtbot.waitUntil(lambda: page.view.report is not None, timeout=10_000)


def test_supervisor_sees_counts_of_the_period(qtbot, supervisor: Vault) -> None:
    usual_cases(supervisor)
    page = page_for(qtbot, supervisor)
    assert page.content.isVisible() and not page.not_allowed.isVisible()

    show(qtbot, page)

    cases = page.view.cell_texts("cases")
    assert row_of(cases, "Opened in the period")[1] == "7"  # the 8th did not consent
    gbv = page.view.cell_texts("gbv_type")
    assert row_of(gbv, "Sexual assault")[1] == "<5"  # suppressed, not "1"
    assert row_of(gbv, "Rape")[1] == "hidden"  # else 7 - 6 would give the "<5" away
    assert row_of(gbv, "Total")[1] == "7"
    chart = dict(page.view.charts["gbv_type"].values)
    assert chart["Rape"] == "hidden" and chart["Sexual assault"] == "<5"  # marks, no bars
    assert "Fictive 0" not in shown_texts(page)  # no name anywhere
    wide_table, its_chart = page.view.tables["perpetrator"], page.view.charts["perpetrator"]
    # Chart below its table, whole. The widgets are shown and laid out by queued events (a
    # loaded machine runs them later than the report is set): wait until both are shown, then
    # run the layouts now, so that the geometry read is the laid-out one, never the default.
    qtbot.waitUntil(lambda: wide_table.isVisible() and its_chart.isVisible(), timeout=10_000)
    box = wide_table.parentWidget()
    assert box is its_chart.parentWidget()
    for layout in (page.view.layout(), box.layout()):
        layout.activate()
    table_bottom = wide_table.mapTo(box, QPoint(0, wide_table.height())).y()
    assert wide_table.height() > 0 and its_chart.height() > 0
    assert its_chart.mapTo(box, QPoint(0, 0)).y() >= table_bottom
    assert page.show_button.isEnabled()


def test_case_worker_sees_a_sentence_only(qtbot, caseworker: Vault) -> None:
    page = page_for(qtbot, caseworker)
    assert page.not_allowed.isVisible()
    assert not page.content.isVisible()
    assert not page.view.tables


def test_lock_clears_the_tables(qtbot, make_shell, folder: DataFolder) -> None:
    vault = folders.login(folder, folders.SUPERVISOR)
    usual_cases(vault)
    vault.close()
    shell = make_shell(folder, idle_ms=60_000)
    log_in(qtbot, shell, folders.SUPERVISOR, folders.PASSWORD)
    page = shell.main.show_page("reports")
    assert isinstance(page, ReportsPage)
    page.picker.set_kind("dates")
    page.picker.start.setDate(period_start())
    show(qtbot, page)
    table = page.view.tables["gbv_type"]
    assert table.rowCount() > 0

    with qtbot.waitSignal(shell.locked, timeout=5000):
        shell.lock()

    assert page.view.report is None and not page.view.tables and not page.view.charts
    assert table.rowCount() == 0
    assert page.site.count() == 0
    texts = [t for t in shown_texts(page) if t]
    assert "6" not in texts and "<5" not in texts and "Rape" not in texts


def test_reversed_dates_are_refused_with_a_message(qtbot, supervisor: Vault) -> None:
    page = page_for(qtbot, supervisor)
    page.picker.start.setDate(page.picker.end.date().addDays(5))
    dialogs.script()
    click(qtbot, page, "show_report")
    assert dialogs.shown and dialogs.shown[-1][0] == "error"
    assert page.view.report is None


def test_all_sites_is_offered_when_there_are_several(qtbot, folder: DataFolder) -> None:
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        page = page_for(qtbot, supervisor)
        assert page.site.count() == 1 and page.site.currentText() == "This site (Mopti)"
        with supervisor.session() as session:
            session.add(Site(code="GAO", name="Gao", organisation="ONG Essai"))
        page.set_vault(supervisor)  # a supervisor reports on her own site only
        assert [page.site.itemText(i) for i in range(page.site.count())] == [
            "This site (Mopti)"]
        page.set_vault(None)
    finally:
        supervisor.close()
    admin = folders.login(folder, folders.ADMIN)  # administrator and supervisor: every site
    try:
        page.set_vault(admin)
        assert [page.site.itemText(i) for i in range(page.site.count())] == [
            "This site (Mopti)", "All sites"]
        page.site.setCurrentIndex(1)
        show(qtbot, page)
        assert page.view.report is not None and page.view.report.site_id is None
        assert page.view.heading.text().endswith("All sites")
    finally:
        page.set_vault(None)
        admin.close()


def test_no_hidden_count_can_be_worked_out_from_the_screen(qtbot, admin: Vault) -> None:
    """The tables as the screen shows them, over random demo periods: nothing recoverable;
    a hidden count has no bar, its chart row shows the mark."""
    demo.generate(admin, 300, seed=9, today=TODAY)
    view = ReportView()
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    marks = 0
    for period in random_periods(8, 4, TODAY):
        with admin.session() as session:
            report = statistics.build_report(session, period, lang="en", today=TODAY)
        view.show_report(report)
        tables = [Published(t.key, [view.tables[t.key].horizontalHeaderItem(c).text()
                                    for c in range(view.tables[t.key].columnCount())],
                            view.cell_texts(t.key)) for t in report.tables]
        assert attack(tables, shared_places(report)) == {}, period
        for key, chart in view.charts.items():
            shown = {row[0]: row[-1] for row in view.cell_texts(key)}
            for label, value in chart.values:
                assert value == (shown[label] if isinstance(value, str) else int(shown[label]))
                marks += isinstance(value, str)
    assert marks

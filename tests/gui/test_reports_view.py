"""The Reports page on screen: a supervisor sees counts, a case worker a sentence, lock clears."""

from __future__ import annotations

from datetime import timedelta

from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Site
from desktop.core.store.vault import Vault
from desktop.gui import dialogs
from desktop.gui.reports.page import ReportsPage
from tests.gui.reports_util import INTERVIEW, page_for, row_of, usual_cases
from tests.gui.test_lock import log_in
from tests.gui.util import click, shown_texts
from tests.helpers import folders


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
    assert row_of(gbv, "Rape")[1] == "6"
    assert row_of(gbv, "Sexual assault")[1] == "<5"  # suppressed, not "1"
    assert row_of(gbv, "Total")[1] == "7"
    chart = dict(page.view.charts["gbv_type"].values)
    assert chart["Rape"] == 6 and chart["Sexual assault"] is None  # no bar for "<5"
    assert "Fictive 0" not in shown_texts(page)  # no name anywhere
    wide_table, its_chart = page.view.tables["perpetrator"], page.view.charts["perpetrator"]
    assert its_chart.geometry().top() >= wide_table.geometry().bottom()  # chart below, whole
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
    page.picker.start.setDate(INTERVIEW.replace(day=1) - timedelta(days=1))
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


def test_all_sites_is_offered_when_there_are_several(qtbot, supervisor: Vault) -> None:
    page = page_for(qtbot, supervisor)
    assert page.site.count() == 1 and page.site.currentText() == "This site (Mopti)"
    with supervisor.session() as session:
        session.add(Site(code="GAO", name="Gao", organisation="ONG Essai"))
    page.set_vault(supervisor)
    assert [page.site.itemText(i) for i in range(page.site.count())] == [
        "This site (Mopti)", "All sites"]
    page.site.setCurrentIndex(1)
    show(qtbot, page)
    assert page.view.report is not None and page.view.report.site_id is None
    assert page.view.heading.text().endswith("All sites")

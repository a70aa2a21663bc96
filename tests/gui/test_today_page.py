"""The home page "Today" as its users meet it: first after login, counts on the navigation,
each row opening its case, referral or draft by a click and by Enter, an empty state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from desktop.core.store.datafolder import DataFolder
from desktop.gui import badges, pages, translations
from desktop.gui.main_window import MainWindow
from desktop.gui.today.page import TodayPage
from desktop.gui.today.sections import Section
from tests.gui.test_lock import log_in
from tests.gui.util import click, shown_texts
from tests.helpers import folders
from tests.helpers.today_data import work


def _nav(main: MainWindow) -> dict[str, str]:
    return {key: main.nav.item(row).text() for row, key in enumerate(pages.page_keys())}


def _home(qtbot: Any, make_shell: Any, folder: DataFolder, username: str) -> tuple[Any, Any]:
    shell = make_shell(folder, idle_ms=600_000, language="en")
    log_in(qtbot, shell, username, folders.PASSWORD)
    main = shell.main
    assert main.current_key() == "today"  # the first page after login
    page = main.pages["today"]
    assert isinstance(page, TodayPage)
    main.resize(1366, 768)
    qtbot.waitUntil(lambda: page.isVisible())
    return main, page


def _row(section: Section, target: str) -> Any:
    tree = section.list
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is not None and str(item.data(0, Qt.ItemDataRole.UserRole + 1) or "") == target:
            return item
    raise AssertionError(f"no row for {target} in {section.objectName()}")


def _click(qtbot: Any, section: Section, target: str) -> None:
    tree = section.list
    item = _row(section, target)
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() > 0)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=tree.visualItemRect(item).center())


def _enter(qtbot: Any, section: Section, target: str) -> None:
    tree = section.list
    tree.setFocus()
    tree.setCurrentItem(_row(section, target))
    qtbot.keyClick(tree, Qt.Key.Key_Return)


def _shows_case(main: MainWindow, case_id: str) -> bool:
    cases = main.pages["cases"]
    return (main.current_key() == "cases" and cases.stack.currentWidget() is cases.file
            and cases.file.case_id == case_id)


def _shows_referral(main: MainWindow, referral_id: str) -> bool:
    page = main.pages["referrals"]
    return (main.current_key() == "referrals" and page.detail.referral_id() == referral_id
            and page.stack.currentWidget() is page.detail_view)


def test_a_case_worker_opens_each_row_by_click_and_by_enter(qtbot, make_shell,
                                                           folder: DataFolder) -> None:
    ids = work(folder)
    main, page = _home(qtbot, make_shell, folder, folders.CASEWORKER)
    assert page.counts() == {"high_risk": 2, "followups": 1, "referrals": 1, "drafts": 3,
                             "closures": 0, "site": 0}  # her two open cases are at high risk
    assert not page.closures.isVisible() and not page.site.isVisible()  # supervisors' own
    nav = _nav(main)
    assert nav["today"] == "Today (5)" and nav["followups"] == "Follow-ups (1)"
    assert nav["referrals"] == "Referrals"  # none is late yet
    assert not any(folders.MARKER in text for text in shown_texts(page))  # no names

    for open_row in (_click, _enter):
        main.show_page("today")
        open_row(qtbot, page.followups, ids["awa_case"])
        qtbot.waitUntil(lambda: _shows_case(main, ids["awa_case"]))
        main.show_page("today")
        open_row(qtbot, page.referrals, ids["sent"])
        qtbot.waitUntil(lambda: _shows_referral(main, ids["sent"]))
        main.show_page("today")
        open_row(qtbot, page.drafts, ids["unsent"])  # a referral not sent yet
        qtbot.waitUntil(lambda: _shows_referral(main, ids["unsent"]))
        referrals_page = main.pages["referrals"]
        qtbot.keyClick(referrals_page.detail, Qt.Key.Key_Escape)  # Esc: back to the list
        assert referrals_page.stack.currentWidget() is referrals_page.list_view

    main.show_page("today")
    _click(qtbot, page.drafts, "")  # the intake not finished: back in the form, not asked
    cases = main.pages["cases"]
    qtbot.waitUntil(lambda: main.current_key() == "cases"
                    and cases.stack.currentWidget() is cases.form)
    name = cases.form.findChild(QLineEdit, "survivor.name")
    assert name is not None and name.text() == folders.MARKER
    qtbot.keyClick(name, Qt.Key.Key_Escape)  # Esc: back to the list, the draft kept
    assert cases.stack.currentWidget() is cases.list


def test_a_supervisor_sees_closures_and_each_case_workers_late_work(qtbot, make_shell,
                                                                    folder: DataFolder
                                                                    ) -> None:
    ids = work(folder)
    main, page = _home(qtbot, make_shell, folder, folders.SUPERVISOR)
    assert page.counts() == {"high_risk": 3, "followups": 0, "referrals": 0, "drafts": 0,
                             "closures": 1, "site": 0}  # nothing is late today; 3 at high risk
    nav = _nav(main)
    assert nav["today"] == "Today (1)"
    assert nav["followups"] == "Follow-ups (2)"  # the site's due today, as the page opens
    _enter(qtbot, page.closures, ids["closing"])
    qtbot.waitUntil(lambda: _shows_case(main, ids["closing"]))
    main.show_page("today")
    _click(qtbot, page.closures, ids["closing"])
    qtbot.waitUntil(lambda: _shows_case(main, ids["closing"]))


def test_the_site_row_opens_the_workers_overdue_cases(qtbot, make_shell,
                                                      folder: DataFolder) -> None:
    from datetime import date, timedelta

    from desktop.core.services.referrals import followups
    from tests.helpers.referral_data import add_case, staff_id

    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        late_case = add_case(sali, assign_to="fanta")
        add_case(sali, assign_to="fanta")  # nothing late on this one
        three_days_ago = date.today() - timedelta(days=3)
        followups.schedule(sali, late_case, three_days_ago, purpose="Visite",
                           assigned_to_id=staff_id(sali, "fanta"), today=three_days_ago)
        fanta = staff_id(sali, "fanta")
    finally:
        sali.close()
    main, page = _home(qtbot, make_shell, folder, folders.SUPERVISOR)
    assert page.site.count() == 1
    assert page.site.list.topLevelItem(0).text(3) == "3 days late"
    _click(qtbot, page.site, fanta)
    cases = main.pages["cases"]
    qtbot.waitUntil(lambda: main.current_key() == "cases" and cases.list.isVisible())
    assert cases.list.worker.currentData() == fanta and cases.list.overdue.isChecked()
    assert [cases.list.model.case_id(r) for r in range(cases.list.model.rowCount())] == [
        late_case]


def test_nothing_due_says_what_to_do(qtbot, make_shell, folder: DataFolder) -> None:
    main, page = _home(qtbot, make_shell, folder, folders.CASEWORKER_2)
    assert page.empty.isVisible()
    assert "Nothing is due today" in page.empty.text() and "New intake" in page.empty.text()
    assert not page.followups.isVisible()
    assert _nav(main)["today"] == "Today"
    click(qtbot, page, "today:new_intake")
    cases = main.pages["cases"]
    assert main.current_key() == "cases" and cases.stack.currentWidget() is cases.form


def test_lock_empties_the_home_page(qtbot, make_shell, folder: DataFolder) -> None:
    work(folder)
    shell = make_shell(folder, idle_ms=600_000, language="en")
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    page = shell.main.pages["today"]
    assert page.drafts.count() == 3
    shell.lock()
    assert all(section.count() == 0 for section in page.sections)
    assert _nav(shell.main)["today"] == "Today"  # no count left on the navigation


def test_days_late_reads_right_in_french(qtbot) -> None:
    translations.install("fr")
    assert badges.days_late(1) == "1 jour de retard"
    assert badges.days_late(12) == "12 jours de retard"
    assert badges.days_late(0) == ""
    assert badges.due_text(0) == "Prévu aujourd’hui"
    translations.install("en")
    assert badges.days_late(1) == "1 day late" and badges.days_late(2) == "2 days late"


def test_high_risk_cases_come_first_and_open_their_case(qtbot, make_shell,
                                                       folder: DataFolder) -> None:
    from desktop.core.services.cases import intake
    from tests.helpers.intake_data import sample_intake

    with folders.as_user(folder, folders.CASEWORKER) as awa:
        high = intake.open_case(awa, sample_intake(**{
            "assessment.safety_risk": None, "assessment.safety_threat_to_kill": "yes",
            "assessment.safety_immediate_danger": "no",
            "assessment.safety_threatened_by": "intimate_partner"}))
        intake.open_case(awa, sample_intake(**{"assessment.safety_risk": None,
                                               "assessment.safety_immediate_danger": "no"}))
    main, page = _home(qtbot, make_shell, folder, folders.CASEWORKER)
    assert page.counts()["high_risk"] == 1  # the low-risk case is not listed
    assert page.high_risk.isVisible()
    assert page.grid.getItemPosition(page.grid.indexOf(page.high_risk))[0] == 0  # first row
    assert not any(folders.MARKER in text for text in shown_texts(page))  # no names
    _click(qtbot, page.high_risk, high)
    qtbot.waitUntil(lambda: _shows_case(main, high))


def test_the_case_worker_column_of_high_risk_cases_is_only_the_supervisors(
        qtbot, make_shell, folder: DataFolder) -> None:
    """A case worker sees her own high-risk cases without an empty "Case worker" column; a
    supervisor sees the site's, each with its case worker."""
    ids = work(folder)  # every case of the helper is at high risk (its intake says so)
    shell = make_shell(folder, idle_ms=600_000, language="en")
    for username, hidden in ((folders.CASEWORKER, True), (folders.SUPERVISOR, False)):
        log_in(qtbot, shell, username, folders.PASSWORD)
        page = shell.main.pages["today"]
        tree = page.high_risk.list
        assert tree.headerItem().text(3) == "Case worker"
        assert tree.isColumnHidden(3) is hidden
        expected = "" if hidden else "Awa Agente"
        assert _row(page.high_risk, ids["awa_case"]).text(3) == expected
        if not hidden:
            assert _row(page.high_risk, ids["fanta_case"]).text(3) == "Fanta Agente"
        shell.lock("logout")

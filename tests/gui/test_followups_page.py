"""Follow-ups: scheduled from a case file, shown due today / overdue to the right person,
the whole site to a supervisor, and marked done with an outcome."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QDialog

from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.services.referrals import followups
from desktop.core.store.models import FollowUp
from desktop.gui.followups.dialogs import ScheduleDialog
from desktop.gui.followups.page import FollowUpsPage
from desktop.gui.followups.review_dialog import FollowUpReviewDialog
from desktop.gui.referrals.case_panel import CaseReferralsPanel
from tests.gui.cases_util import choose, click, type_text
from tests.gui.referrals_util import add_case, answer_dialogs, table_texts
from tests.helpers import folders, report_data

TICKED = Checklist.all_ticked()  # the closure checklist, every item ticked


def page_for(qtbot, vault) -> FollowUpsPage:  # type: ignore[no-untyped-def]
    page = FollowUpsPage(lang="en")
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.set_vault(vault)
    return page


def overdue_for(vault, case_id: str, worker: str, days: int) -> None:  # type: ignore[no-untyped-def]
    """A follow-up that fell due ``days`` ago (written directly: the service refuses past
    dates when scheduling)."""
    with vault.session() as session:
        staff_id, site_id = report_data.staff_ids(session)[worker]
        session.add(FollowUp(case_id=case_id, due_on=date.today() - timedelta(days=days),
                             assigned_to_id=staff_id, purpose="Visite à domicile",
                             site_id=site_id))


def test_schedule_from_the_case_file_then_see_it_due_today(qtbot, caseworker,
                                                           monkeypatch) -> None:
    case_id = add_case(caseworker)
    panel = CaseReferralsPanel(lang="en")
    qtbot.addWidget(panel)
    panel.set_vault(caseworker)
    panel.show_case(case_id)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, ScheduleDialog)
        dialog.due.setDate(date.today())
        type_text(qtbot, dialog, "followup:purpose", "Vérifier le rendez-vous médical")
        return True

    answer_dialogs(monkeypatch, fill)
    click(qtbot, panel, "case:schedule_follow_up")
    assert table_texts(panel.follow_ups, 2) == ["Vérifier le rendez-vous médical"]
    page = page_for(qtbot, caseworker)
    assert table_texts(page.today, 4) == ["Vérifier le rendez-vous médical"]
    assert table_texts(page.overdue, 0) == []
    assert "(1)" in page.today_label.text()
    assert not page.scope.isVisible()  # a case worker sees only her own


def test_overdue_shows_for_the_person_and_is_marked_done(qtbot, caseworker,
                                                         monkeypatch) -> None:
    case_id = add_case(caseworker)
    overdue_for(caseworker, case_id, "awa", 3)
    page = page_for(qtbot, caseworker)
    assert table_texts(page.overdue, 4) == ["Visite à domicile"]
    page.overdue.setCurrentItem(page.overdue.topLevelItem(0))

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, FollowUpReviewDialog)
        assert not dialog.save.isEnabled()  # method, outcome and safety are required
        choose(qtbot, dialog, "review:method", "Home visit")
        type_text(qtbot, dialog, "followup:outcome", "Rencontrée, elle va bien")
        assert not dialog.save.isEnabled()
        click(qtbot, dialog, "review:safety:safe")
        assert dialog.save.isEnabled()
        return True

    answer_dialogs(monkeypatch, fill)
    click(qtbot, page, "followups:mark_done")
    assert table_texts(page.overdue, 0) == []
    done = followups.for_case(caseworker, case_id)
    assert done[0].outcome == "Rencontrée, elle va bien" and done[0].done_on == date.today()


def test_each_person_sees_their_own_and_the_supervisor_the_site(qtbot, folder) -> None:
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        mine = add_case(vault, worker="awa")
        other = add_case(vault, worker="fanta")
        overdue_for(vault, mine, "awa", 2)
        overdue_for(vault, other, "fanta", 5)
        page = page_for(qtbot, vault)
        assert len(table_texts(page.overdue, 0)) == 1
        page.set_vault(None)
        assert table_texts(page.overdue, 0) == []
    finally:
        vault.close()
    vault = folders.login(folder, folders.SUPERVISOR)
    try:
        page = page_for(qtbot, vault)
        assert page.scope.isVisible()
        assert sorted(table_texts(page.overdue, 5)) == ["Awa Agente", "Fanta Agente"]
        page.scope.setCurrentIndex(page.scope.findData("mine"))
        assert table_texts(page.overdue, 0) == []
    finally:
        page.set_vault(None)
        vault.close()


def test_the_page_and_the_report_show_the_same_overdue_count(qtbot, supervisor) -> None:
    """Overdue follow-ups of an open case and of a case closed since: the Suivis page lists
    the open case's only, and the reports' "Overdue follow-ups" figure says the same."""
    from desktop.core.services.cases import case_actions
    from desktop.core.services.reports import statistics
    from desktop.core.services.reports.report_period import Period

    open_case, closed = add_case(supervisor), add_case(supervisor, worker="fanta")
    for case_id, worker in ((open_case, "awa"), (open_case, "awa"), (closed, "fanta")):
        overdue_for(supervisor, case_id, worker, 4)
    case_actions.request_closure(supervisor, closed, "needs_met", checklist=TICKED)
    case_actions.approve_closure(supervisor, closed)
    page = page_for(qtbot, supervisor)
    assert page.overdue.topLevelItemCount() == 2 and "(2)" in page.overdue_label.text()
    with supervisor.reader() as s:
        report = statistics.build_report(s, Period.month(date.today().year,
                                                         date.today().month), lang="en")
    figures = dict(report.figures())
    assert report.overdue_follow_ups == 2
    assert figures["Overdue follow-ups"] in ("<5", "2")

"""The case file as a person uses it (issue 11, point 5): the header's badges, the empty
states and the button that starts a referral, a referral opened from the case file and its
case from the referral, a follow-up's case and referral, Esc going back, and the staff search
of the Administration page."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Case, FollowUp, Referral
from desktop.core.store.vault import Vault
from desktop.gui import translations
from desktop.gui.admin.page import AdminPage
from desktop.gui.cases.case_file import CaseFileView
from desktop.gui.referrals.new_referral import NewReferralDialog
from tests.gui.referrals_util import add_case, answer_dialogs, double_click_row
from tests.gui.test_lock import log_in
from tests.gui.util import click, field, type_into
from tests.helpers import folders, report_data


def _view(qtbot: Any, vault: Vault, case_id: str, lang: str = "en") -> CaseFileView:
    view = CaseFileView(lang=lang)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.set_vault(vault)
    view.show_case(case_id)
    return view


def sea_case_late_without_consent(vault: Vault, days: int = 5) -> str:
    """An SEA case with no consent to services and a follow-up ``days`` late."""
    case_id = add_case(vault, sea=True)
    with vault.session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        for consent in [c for c in case.consents if c.scope == "services"]:
            case.consents.remove(consent)
        staff_id, site_id = report_data.staff_ids(session)["awa"]
        session.add(FollowUp(case_id=case_id, due_on=date.today() - timedelta(days=days),
                             assigned_to_id=staff_id, purpose="Visite", site_id=site_id))
    return case_id


def test_the_header_shows_the_badges_of_an_sea_late_case_without_consent(
        qtbot: Any, caseworker: Vault) -> None:
    late = sea_case_late_without_consent(caseworker)
    plain = add_case(caseworker)
    view = _view(qtbot, caseworker, late)
    assert view.badges.isVisible()
    assert view.badges.codes() == ["overdue", "consent_missing", "sea"]
    assert field(view, "badge:overdue").text() == "5 days late"
    due = (date.today() - timedelta(days=5)).strftime("%d/%m/%Y")
    assert field(view, "badge:overdue").toolTip() == f"A follow-up due on {due} is not done."
    assert field(view, "badge:consent_missing").text() == "Consent missing"
    assert "No consent to receive services" in field(view, "badge:consent_missing").toolTip()
    assert "Victim Assistance Protocol" in field(view, "badge:sea").toolTip()
    # coloured like the lists' badges: a background and a rounded border
    assert "border-radius" in field(view, "badge:sea").styleSheet()
    view.show_case(plain)
    assert view.badges.codes() == [] and not view.badges.isVisible()
    assert [w for w in view.badges.labels() if w.isVisible()] == []


def test_the_badges_speak_french(qtbot: Any, caseworker: Vault) -> None:
    translations.install("fr")
    view = _view(qtbot, caseworker, sea_case_late_without_consent(caseworker, 1), lang="fr")
    texts = [label.text() for label in view.badges.labels()]
    assert texts == ["1 jour de retard", "Consentement manquant", "EAS"]


def test_an_empty_case_says_so_and_its_button_starts_a_referral(
        qtbot: Any, caseworker: Vault, monkeypatch: Any) -> None:
    view = _view(qtbot, caseworker, add_case(caseworker, release=("health",)))
    view.tabs.setCurrentWidget(view.referrals_area)
    panel = view.referrals
    assert panel.referrals_empty.is_empty() and not panel.table.isVisible()
    assert field(view, "empty:case:referrals").text() == "No referral yet."
    assert field(view, "empty:case:follow_ups").text() == "No follow-up planned yet."
    assert field(view, "empty:case:follow_ups:action").isVisible()
    seen: list[QDialog] = []

    def look(dialog: QDialog) -> bool:
        seen.append(dialog)
        return False

    answer_dialogs(monkeypatch, look)
    button = field(view, "empty:case:referrals:action")
    assert button.isVisible() and button.text() == "New referral…"  # type: ignore[attr-defined]
    click(qtbot, view, "empty:case:referrals:action")
    assert len(seen) == 1 and isinstance(seen[0], NewReferralDialog)
    for tab, name in ((view.plan, "empty:plan:items"), (view.services, "empty:services:list"),
                      (view.safety, "empty:safety:history")):
        view.tabs.setCurrentWidget(tab)
        message = field(view, name)
        assert isinstance(message, QLabel) and message.isVisible() and message.text()
        if tab is view.plan:  # with the button that adds the first item
            assert field(view, "empty:plan:items:action").isVisible()


def _case_with_referral(folder: DataFolder) -> tuple[str, str, str]:
    """A case of Awa with a sent referral and a follow-up of that referral, overdue."""
    with folders.as_user(folder, folders.CASEWORKER) as vault, vault.session() as session:
        case = report_data.add_case(session, report_data.Spec(
            interview=date.today() - timedelta(days=3),
            refs=[report_data.Ref(service="health", status="sent")]))
        referral = session.query(Referral).filter_by(case_id=case.id).one()
        staff_id, site_id = report_data.staff_ids(session)["awa"]
        session.add(FollowUp(case_id=case.id, referral_id=referral.id,
                             due_on=date.today() - timedelta(days=1), assigned_to_id=staff_id,
                             purpose="Vérifier la prise en charge", site_id=site_id))
        return case.id, referral.id, referral.reference


def _main(qtbot: Any, make_shell: Any, folder: DataFolder) -> Any:
    shell = make_shell(folder, idle_ms=600_000, language="en")
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    return shell.main


def test_a_referral_opens_from_its_case_file_and_its_case_from_the_referral(
        qtbot: Any, make_shell: Any, folder: DataFolder) -> None:
    case_id, referral_id, reference = _case_with_referral(folder)
    main = _main(qtbot, make_shell, folder)
    cases = main.show_page("cases")
    cases.show_file(case_id)
    view = cases.file
    view.tabs.setCurrentWidget(view.referrals_area)
    panel = view.referrals
    double_click_row(qtbot, panel.table, 0)
    assert panel.showing_detail() and panel.detail.referral_id() == referral_id
    assert field(view, "referral:reference").text() == reference
    assert field(view, "referral:letters").text() == "No letter issued yet."
    assert not field(view, "referral:open_case").isVisibleTo(view)  # already in its case
    qtbot.keyClick(panel.detail, Qt.Key.Key_Escape)  # Esc: back to the case's lists
    assert not panel.showing_detail() and main.current_key() == "cases"

    page = main.show_page("referrals")
    row = page.model.row_of(referral_id)
    double_click_row(qtbot, page.table, row)
    assert page.detail.referral_id() == referral_id
    click(qtbot, page, "referral:open_case")  # from the referral to its case
    assert main.current_key() == "cases" and cases.stack.currentWidget() is cases.file
    assert cases.file.case_id == case_id
    qtbot.keyClick(cases.file, Qt.Key.Key_Escape)  # Esc: back to the referral it came from
    assert main.current_key() == "referrals"
    assert page.stack.currentWidget() is page.detail_view
    qtbot.keyClick(page.detail, Qt.Key.Key_Escape)  # the referrals list
    assert page.stack.currentWidget() is page.list_view and main.current_key() == "referrals"
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)  # a list page: back to Today
    assert main.current_key() == "today"


def test_a_follow_up_opens_its_case_and_its_referral(qtbot: Any, make_shell: Any,
                                                     folder: DataFolder) -> None:
    case_id, referral_id, _reference = _case_with_referral(folder)
    main = _main(qtbot, make_shell, folder)
    page = main.show_page("followups")
    assert page.overdue.topLevelItemCount() == 1
    assert not page.case_button.isEnabled()  # nothing chosen yet
    page.overdue.setCurrentItem(page.overdue.topLevelItem(0))
    click(qtbot, page, "followups:open_referral")
    referrals = main.pages["referrals"]
    assert main.current_key() == "referrals" and referrals.detail.referral_id() == referral_id
    assert referrals.stack.currentWidget() is referrals.detail_view
    qtbot.keyClick(referrals.detail, Qt.Key.Key_Escape)  # Esc: back to the follow-ups
    assert main.current_key() == "followups"
    page.overdue.setCurrentItem(page.overdue.topLevelItem(0))
    click(qtbot, page, "followups:open_case")
    cases = main.pages["cases"]
    assert main.current_key() == "cases" and cases.file.case_id == case_id
    # In the case file, the follow-up opens its referral too.
    view = cases.file
    view.tabs.setCurrentWidget(view.referrals_area)
    panel = view.referrals
    panel.follow_ups.setCurrentItem(panel.follow_ups.topLevelItem(0))
    click(qtbot, view, "case:follow_up_referral")
    assert panel.showing_detail() and panel.detail.referral_id() == referral_id
    panel.show_lists()
    qtbot.keyClick(cases.file, Qt.Key.Key_Escape)  # back to the follow-ups
    assert main.current_key() == "followups"


def test_esc_goes_from_a_case_file_to_the_case_list_then_to_today(
        qtbot: Any, make_shell: Any, folder: DataFolder) -> None:
    case_id, _referral, _reference = _case_with_referral(folder)
    main = _main(qtbot, make_shell, folder)
    cases = main.show_page("cases")
    row = next(r for r in range(cases.list.model.rowCount())
               if cases.list.model.case_id(r) == case_id)
    double_click_row(qtbot, cases.list.table, row)
    assert cases.stack.currentWidget() is cases.file and cases.file.case_id == case_id
    qtbot.keyClick(cases.file.tabs, Qt.Key.Key_Escape)
    assert cases.stack.currentWidget() is cases.list and main.current_key() == "cases"
    qtbot.keyClick(cases.list.table, Qt.Key.Key_Escape)
    assert main.current_key() == "today"


def test_the_staff_list_has_a_search_box(qtbot: Any, admin: Vault) -> None:
    page = AdminPage()
    qtbot.addWidget(page)
    page.show()
    page.set_vault(admin)

    def shown() -> list[str]:
        return sorted(page.table.item(r, 0).text() for r in range(page.table.rowCount())
                      if not page.table.isRowHidden(r))

    assert shown() == ["admin", "awa", "fanta", "sali"]
    type_into(qtbot, page, "staff_search", "agente")  # the full names of the case workers
    assert shown() == ["awa", "fanta"]
    type_into(qtbot, page, "staff_search", "superv")  # a role
    assert "sali" in shown() and "awa" not in shown()
    type_into(qtbot, page, "staff_search", "zzz")
    assert shown() == [] and field(page, "staff_no_match").isVisible()
    assert "zzz" in field(page, "staff_no_match").text()
    page.search.clear()
    assert len(shown()) == 4 and not field(page, "staff_no_match").isVisible()
    page.set_vault(None)


def test_esc_from_a_case_opened_on_the_home_page_goes_back_home(
        qtbot: Any, make_shell: Any, folder: DataFolder) -> None:
    from tests.gui.test_today_page import _click

    case_id, _referral, _reference = _case_with_referral(folder)
    main = _main(qtbot, make_shell, folder)
    home = main.show_page("today")
    _click(qtbot, home.followups, case_id)  # the overdue follow-up's row
    cases = main.pages["cases"]
    qtbot.waitUntil(lambda: main.current_key() == "cases" and cases.file.case_id == case_id)
    assert "overdue" in cases.file.badges.codes()  # "1 day late" in the header
    qtbot.keyClick(cases.file, Qt.Key.Key_Escape)
    assert main.current_key() == "today"
    assert cases.stack.currentWidget() is cases.list  # the next visit starts at the list


def test_the_main_lists_say_when_they_are_empty(qtbot: Any, make_shell: Any,
                                                folder: DataFolder) -> None:
    main = _main(qtbot, make_shell, folder)  # no case at all yet
    cases = main.show_page("cases")
    assert cases.list.empty.is_empty() and not cases.list.table.isVisible()
    assert field(cases, "empty:cases:table").text() == (
        "No open case for now: a case starts with an intake.")
    click(qtbot, cases, "empty:cases:table:action")  # "New intake…"
    assert cases.stack.currentWidget() is cases.form
    cases.show_list()
    type_into(qtbot, cases, "cases:search", "MOP-999")
    qtbot.waitUntil(lambda: field(cases, "empty:cases:table").text()
                    == "No case matches these filters.")
    click(qtbot, cases, "empty:cases:table:action")  # "Show all cases": filters cleared
    assert cases.list.search.text() == "" and cases.list.status.currentData() is None
    assert field(cases, "empty:cases:table").text() == (
        "No case yet: a case starts with an intake.")
    page = main.show_page("referrals")
    assert field(page, "empty:referrals:table").text() == (
        "No referral waiting: nothing to do here today.")
    click(qtbot, page, "empty:referrals:table:action")  # every status
    assert page.status.currentIndex() == 0
    assert "made from a case file" in field(page, "empty:referrals:table").text()
    assert not field(page, "empty:referrals:table:action").isVisible()
    follow = main.show_page("followups")
    assert field(follow, "empty:followups:today").text() == "Nothing due today."
    assert field(follow, "empty:followups:overdue").isVisible()

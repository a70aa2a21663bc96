"""From a case file: refer the case, the consent rule in the dialog, status changes shown in
the case file and in the Referrals page."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from desktop.core.services.accounts import audit
from desktop.core.services.referrals import directory
from desktop.core.services.referrals import workflow as referrals
from desktop.gui.cases.case_file import CaseFileView
from desktop.gui.referrals.new_referral import NewReferralDialog
from desktop.gui.referrals.page import ReferralsPage
from tests.gui.cases_util import choose, click, type_text
from tests.gui.referrals_util import (
    add_case,
    answer_dialogs,
    double_click_row,
    table_texts,
    tick,
)
from tests.gui.util import field


def case_file(qtbot, vault, case_id: str) -> CaseFileView:  # type: ignore[no-untyped-def]
    view = CaseFileView(lang="en")
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.set_vault(vault)
    view.show_case(case_id)
    view.tabs.setCurrentWidget(view.referrals_area)
    return view


def pick_provider(dialog: NewReferralDialog, town: str) -> None:
    """Click the One-Stop Centre of ``town`` in the list of matching providers."""
    for row in range(dialog.providers.count()):
        item = dialog.providers.item(row)
        if item.text().startswith("Centre One Stop") and town in item.text():
            rect = dialog.providers.visualItemRect(item)
            QTest.mouseClick(dialog.providers.viewport(), Qt.MouseButton.LeftButton,
                             pos=rect.center())
            assert dialog.providers.currentItem() is item
            return
    raise AssertionError(f"no One-Stop Centre in {town}")


def test_a_case_worker_refers_a_case_from_its_file(qtbot, caseworker, monkeypatch) -> None:
    case_id = add_case(caseworker, release=("health",))
    view = case_file(qtbot, caseworker, case_id)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewReferralDialog)
        assert not dialog.ok.isEnabled()
        tick(qtbot, dialog, "referral:service:health")
        assert dialog.consent.isHidden()
        pick_provider(dialog, "Mopti")
        choose(qtbot, dialog, "referral:priority", "Emergency – within 24 hours")
        tomorrow = date.today() + timedelta(days=1)
        assert dialog.due.text() == tomorrow.strftime("%d/%m/%Y")
        type_text(qtbot, dialog, "referral:reason", "Soins après agression <urgent> & suivi")
        assert dialog.ok.isEnabled()
        click(qtbot, dialog, "referral:create")
        return dialog.result() == QDialog.DialogCode.Accepted

    answer_dialogs(monkeypatch, fill)
    click(qtbot, view, "case:new_referral")
    panel = view.referrals
    assert table_texts(panel.table, 1) == ["Health / medical"]
    assert table_texts(panel.table, 3) == ["Draft"]
    assert field(view, "referral:reason").text() == "Soins après agression <urgent> & suivi"
    assert field(view, "referral:priority").text() == "Emergency – within 24 hours"


def test_without_consent_a_case_worker_cannot_refer(qtbot, caseworker, monkeypatch) -> None:
    case_id = add_case(caseworker, release=("health",))
    view = case_file(qtbot, caseworker, case_id)
    seen: dict[str, object] = {}

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewReferralDialog)
        tick(qtbot, dialog, "referral:service:psychosocial")
        pick_provider(dialog, "Mopti")
        seen["warning"] = dialog.consent.text()
        seen["visible"] = dialog.consent.isVisible()
        seen["override"] = dialog.override_box.isVisible()
        seen["ok"] = dialog.ok.isEnabled()
        return False

    answer_dialogs(monkeypatch, fill)
    click(qtbot, view, "case:new_referral")
    assert seen["visible"] is True
    assert "not consented" in str(seen["warning"]) and "Psychosocial" in str(seen["warning"])
    assert "Only a supervisor" in str(seen["warning"])
    assert seen["override"] is False and seen["ok"] is False
    assert table_texts(view.referrals.table, 0) == []


def test_a_supervisor_overrides_with_a_written_reason(qtbot, supervisor, monkeypatch) -> None:
    case_id = add_case(supervisor, worker="awa")
    view = case_file(qtbot, supervisor, case_id)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, NewReferralDialog)
        tick(qtbot, dialog, "referral:service:psychosocial")
        pick_provider(dialog, "Mopti")
        assert dialog.consent.isVisible() and dialog.override_box.isVisible()
        tick(qtbot, dialog, "referral:override")
        assert not dialog.ok.isEnabled()  # the written reason is required
        type_text(qtbot, dialog, "referral:override_reason", "Danger de mort imminent")
        assert dialog.ok.isEnabled()
        click(qtbot, dialog, "referral:create")
        return dialog.result() == QDialog.DialogCode.Accepted

    answer_dialogs(monkeypatch, fill)
    click(qtbot, view, "case:new_referral")
    assert table_texts(view.referrals.table, 1) == ["Psychosocial support"]
    assert field(view, "referral:override").text() == "Yes — Danger de mort imminent"
    actions = [event.action for event in audit.events(supervisor)]
    assert "consent_override" in actions


def test_status_changes_show_in_the_case_file_and_the_list(qtbot, caseworker) -> None:
    case_id = add_case(caseworker, release=("health",))
    provider = next(p for p in directory.list_providers(caseworker) if p.town == "Mopti")
    made = referrals.create_referrals(caseworker, case_id, provider_id=provider.id,
                                      service_types=["health"], priority="normal")
    view = case_file(qtbot, caseworker, case_id)
    panel = view.referrals
    assert not panel.showing_detail()  # the case's lists first
    double_click_row(qtbot, panel.table, 0)  # a double-click opens the referral in its place
    assert panel.showing_detail() and panel.detail.referral_id() == made[0].id
    choose(qtbot, view, "referral:next_status", "Sent")
    type_text(qtbot, view, "referral:status_note", "Remise en main propre")
    click(qtbot, view, "referral:set_status")
    assert table_texts(panel.table, 3) == ["Sent"]
    history = panel.detail.history
    assert table_texts(history, 2) == ["Draft", "Sent"]
    assert table_texts(history, 3)[-1] == "Remise en main propre"
    assert table_texts(history, 1)[-1] == "Awa Agente"
    # Only the statuses the workflow allows next are offered.
    offered = [panel.detail.next_status.itemText(i)
               for i in range(panel.detail.next_status.count())]
    assert offered == ["Accepted", "Declined", "Closed"]

    page = ReferralsPage(lang="en")
    qtbot.addWidget(page)
    page.set_vault(caseworker)
    assert table_texts(page.table, 2) == ["Sent"]  # status beside the reference
    choose(qtbot, page, "referrals:status_filter", "Draft")
    assert table_texts(page.table, 0) == []
    choose(qtbot, page, "referrals:status_filter", "Sent")
    assert table_texts(page.table, 0) == [made[0].reference]


def test_the_screens_speak_french(qtbot, caseworker) -> None:
    from desktop.gui import translations
    from desktop.gui.followups.page import FollowUpsPage

    translations.install("fr")
    page = ReferralsPage(lang="fr")
    qtbot.addWidget(page)
    page.set_vault(caseworker)
    assert page.status.itemText(0) == "Tous les statuts"
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == "N° de référence"
    assert field(page, "referral:print").text() == "Aperçu / imprimer…"
    follow = FollowUpsPage(lang="fr")
    qtbot.addWidget(follow)
    follow.set_vault(caseworker)
    assert follow.today_label.text() == "<b>Prévus aujourd’hui</b> (0)"


def test_lock_clears_everything_and_keeps_typing_as_a_draft(qtbot, caseworker) -> None:
    case_id = add_case(caseworker, release=("health",))
    provider = next(p for p in directory.list_providers(caseworker) if p.town == "Mopti")
    made = referrals.create_referrals(caseworker, case_id, provider_id=provider.id,
                                      service_types=["health"], priority="normal",
                                      reason="Motif confidentiel")
    page = ReferralsPage(lang="en")
    qtbot.addWidget(page)
    page.show()
    page.set_vault(caseworker)
    page.select(made[0].id)
    type_text(qtbot, page, "referral:status_note", "Appel en cours")
    type_text(qtbot, page, "referral:feedback_services", "Consultation")
    page.before_lock()
    page.set_vault(None)
    assert page.model.rowCount() == 0
    assert field(page, "referral:reason").text() == ""
    assert field(page, "referral:status_note").text() == ""
    assert page.detail.history.topLevelItemCount() == 0
    assert page.detail.services_given.toPlainText() == ""
    page.set_vault(caseworker)
    page.select(made[0].id)
    assert field(page, "referral:status_note").text() == "Appel en cours"
    assert page.detail.services_given.toPlainText() == "Consultation"
    assert page.detail.message.isVisible()


def test_an_sea_case_only_offers_providers_taking_sea_cases(qtbot, admin,
                                                            monkeypatch) -> None:
    directory.create_provider(admin, {"name": "Clinique sans EAS", "kind": "ngo",
                                      "region": "mopti", "town": "Mopti",
                                      "services": ["health"], "takes_sea": False})
    shown: dict[str, list[str]] = {}

    def look(key: str):  # type: ignore[no-untyped-def]
        def fill(dialog: QDialog) -> bool:
            tick(qtbot, dialog, "referral:service:health")
            names = [dialog.providers.item(i).text()  # type: ignore[attr-defined]
                     for i in range(dialog.providers.count())]  # type: ignore[attr-defined]
            shown[key] = names
            return False
        return fill

    answer_dialogs(monkeypatch, look("sea"), look("plain"))
    click(qtbot, case_file(qtbot, admin, add_case(admin, sea=True)), "case:new_referral")
    click(qtbot, case_file(qtbot, admin, add_case(admin)), "case:new_referral")
    assert not any("Clinique sans EAS" in name for name in shown["sea"])
    assert any("Clinique sans EAS" in name for name in shown["plain"])
    assert len(shown["sea"]) == 3  # the One-Stop Centres take SEA cases

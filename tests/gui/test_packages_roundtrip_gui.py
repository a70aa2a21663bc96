"""Issue 14, the round trip on screen between two organisations: a referral sent from ours is
imported at the partner (Today shows it, with its count on the navigation), accepted there (a
case opens), answered with a feedback package, and that feedback, imported here, shows in the
referral's status and history. A package from an unknown sender is refused with its
fingerprint."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.core.services.identity import site_identity
from desktop.core.services.packages import cards, incoming, sending
from desktop.core.services.referrals import workflow
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs, translations
from desktop.gui.packages.feedback_dialog import FeedbackDialog
from desktop.gui.packages.incoming_dialog import AcceptDialog, IncomingDialog
from desktop.gui.packages.incoming_list import IncomingListDialog
from desktop.gui.referrals.page import ReferralsPage
from tests.gui.cases_util import choose
from tests.gui.packages_util import (
    exchange_cards,
    partner_folder,
    provider_id,
    referral_to_partner,
)
from tests.gui.referrals_util import add_case, answer_dialogs, tick
from tests.gui.test_lock import log_in
from tests.gui.util import click, field, shown_texts
from tests.helpers import folders


def import_with(qtbot: Any, page: Any, button: str, importer: Any, path: Path) -> str:
    """Click the page's *Import a package…*, choose ``path``, wait for the work to end; the
    message shown then."""
    dialogs.script(str(path))
    before = len(dialogs.shown)
    click(qtbot, page, button)
    assert importer.task is not None
    qtbot.waitUntil(lambda: importer.task is None and len(dialogs.shown) > before,
                    timeout=30_000)
    return dialogs.shown[-1][1]


def click_row(qtbot: Any, tree: Any, row: int) -> None:
    item = tree.topLevelItem(row)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def sent_package(folder: DataFolder, tmp_path: Path, **kwargs: Any) -> tuple[str, Path]:
    """A referral of awa's to the partner, sent from its detail page as she would."""
    out = tmp_path / "referral.relais"
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        referral_id = referral_to_partner(awa, **kwargs)
        page = ReferralsPage(lang="en")
        page.set_vault(awa)
        page.open_referral(referral_id)
        page.show()
        dialogs.script(str(out))
        page.detail.package_button.click()
        page.set_vault(None)
        page.deleteLater()
    assert out.exists()
    return referral_id, out


def test_a_referral_travels_is_accepted_and_its_feedback_comes_back(
        qtbot: Any, make_shell: Any, folder: DataFolder, tmp_path: Path,
        monkeypatch: Any) -> None:
    partner = partner_folder(tmp_path)
    with folders.as_user(folder) as ours, folders.as_user(partner) as theirs:
        exchange_cards(ours, theirs, tmp_path)
    referral_id, package = sent_package(folder, tmp_path)

    # -- at the partner: import on the home page, accept, the case file opens -------------
    shell = make_shell(partner, idle_ms=600_000)
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    main = shell.main
    today = main.show_page("today")
    message = import_with(qtbot, today, "today:import_package", today.incoming.importer,
                          package)
    assert "1 nouvelle(s) référence(s) reçue(s)" in message and "ONG Essai" in message  # French
    qtbot.waitUntil(lambda: today.incoming.total == 1)
    assert today.incoming.isVisible()
    assert main.nav.item(0).text() == "Aujourd’hui (1)"  # the incoming referral
    cells = [today.incoming.list.topLevelItem(0).text(c) for c in range(5)]
    assert cells[1] == "ONG Essai, Mopti" and cells[2] == "Soutien psychosocial"

    seen: dict[str, list[str]] = {}

    def look_then_accept(dialog: QDialog) -> bool:
        assert isinstance(dialog, IncomingDialog)
        seen["texts"] = shown_texts(dialog)
        click(qtbot, dialog, "incoming:accept")
        return True

    def new_case(dialog: QDialog) -> bool:
        assert isinstance(dialog, AcceptDialog) and dialog.new_case.isChecked()
        return True

    answer_dialogs(monkeypatch, look_then_accept, new_case)
    click_row(qtbot, today.incoming.list, 0)
    assert "Suivi psychologique" in seen["texts"]  # the reason, as sent
    assert any("Urgent" in t for t in seen["texts"])
    qtbot.waitUntil(lambda: main.current_key() == "cases")
    (row,) = incoming.incoming_referrals(shell.vault, open_only=False)
    assert row.status == "accepted" and row.case_id
    assert main.pages["cases"].file.case_id == row.case_id  # the new case's file is open
    assert incoming.incoming_referrals(shell.vault) == []
    main.show_page("today")
    assert not today.incoming.isVisible()

    # -- the feedback, from the Referrals page's list of what partners sent -----------------
    feedback_file = tmp_path / "feedback.relais"

    def open_first(dialog: QDialog) -> bool:
        assert isinstance(dialog, IncomingListDialog)
        assert dialog.tree.topLevelItem(0).text(4) == "Acceptée"
        click(qtbot, dialog, "incoming:open")
        return True

    def to_feedback(dialog: QDialog) -> bool:
        assert not field(dialog, "incoming:accept").isVisible()
        click(qtbot, dialog, "incoming:feedback")
        return False

    def fill_feedback(dialog: QDialog) -> bool:
        assert isinstance(dialog, FeedbackDialog)
        assert dialog.services() == ["psychosocial"]  # what was asked, ticked to start with
        tick(qtbot, dialog, "feedback:service:health")
        choose(qtbot, dialog, "feedback:outcome", "Service fourni")
        qtbot.keyClicks(field(dialog, "feedback:note"), "Trois sessions faites.")
        dialogs.script(str(feedback_file))
        return True

    answer_dialogs(monkeypatch, open_first, to_feedback, fill_feedback)
    referrals_page = main.show_page("referrals")
    click(qtbot, referrals_page, "referrals:received")
    assert feedback_file.exists()
    assert "Paquet de retour écrit" in dialogs.shown[-1][1]
    assert "ONG Essai" in dialogs.shown[-1][1]
    shell.logout()
    translations.install("en")  # our side, in English

    # -- back home: the feedback shows in the referral -----------------------------------
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        page = ReferralsPage(lang="en")
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        page.set_vault(awa)
        message = import_with(qtbot, page, "referrals:import_package", page.packages.importer,
                              feedback_file)
        assert "1 feedbacks applied" in message
        page.open_referral(referral_id)
        detail = workflow.referral_detail(awa, referral_id)
        assert detail.status == "service_provided"
        assert page.detail.values["status"].text() == "Service provided"
        history = [page.detail.history.topLevelItem(i).text(2)
                   for i in range(page.detail.history.topLevelItemCount())]
        assert history[-1] == "Service provided" and "Accepted" in history
        assert page.detail.services_given.toPlainText() == \
            "Health / medical, Psychosocial support"
        assert page.detail.next_steps.toPlainText() == "Trois sessions faites."
        # the same package again adds nothing, and says so
        message = import_with(qtbot, page, "referrals:import_package", page.packages.importer,
                              feedback_file)
        assert "already imported" in message
        assert len(workflow.referral_detail(awa, referral_id).history) == len(detail.history)


def test_a_package_from_an_unknown_sender_shows_its_fingerprint(
        qtbot: Any, folder: DataFolder, tmp_path: Path) -> None:
    partner = partner_folder(tmp_path)
    with folders.as_user(folder) as ours, folders.as_user(partner) as theirs:
        exchange_cards(ours, theirs, tmp_path)
        ours_fingerprint = site_identity.own_public(ours).fingerprint()
    _referral, package = sent_package(folder, tmp_path)
    with folders.as_user(partner) as theirs:
        cards.detach_card(theirs, provider_id(theirs, "Mopti"))  # they forget our card
        page = ReferralsPage(lang="en")
        qtbot.addWidget(page)
        page.show()
        page.set_vault(theirs)
        dialogs.script(str(package))
        click(qtbot, page, "referrals:import_package")
        task = page.packages.importer.task
        with qtbot.waitSignal(task.failed, timeout=20_000):
            pass
        qtbot.waitUntil(lambda: page.packages.importer.task is None)
        kind, text = dialogs.shown[-1]
        assert kind == "warn"
        assert "  ".join(ours_fingerprint.split("-")) in text
        assert "ONG Essai" in text and "Import a partner's card" in text
        assert incoming.incoming_referrals(theirs, open_only=False) == []


def test_without_her_consent_nothing_identifying_reaches_the_partner_screen(
        qtbot: Any, folder: DataFolder, tmp_path: Path, monkeypatch: Any) -> None:
    partner = partner_folder(tmp_path)
    with folders.as_user(folder) as ours, folders.as_user(partner) as theirs:
        exchange_cards(ours, theirs, tmp_path)
    with folders.as_user(folder, folders.SUPERVISOR) as sali:
        case_id = add_case(sali, release=())
        row = workflow.create_referral(sali, case_id, service_type="psychosocial",
                                       provider_id=provider_id(sali, "Gao"),
                                       priority="normal", override_reason="Danger immédiat")
        sending.send_referrals(sali, [row.id], tmp_path / "no-consent.relais")
    with folders.as_user(partner) as theirs:
        page = ReferralsPage(lang="en")
        qtbot.addWidget(page)
        page.show()
        page.set_vault(theirs)
        import_with(qtbot, page, "referrals:import_package", page.packages.importer,
                    tmp_path / "no-consent.relais")
        seen: list[str] = []

        def look(dialog: QDialog) -> bool:
            if isinstance(dialog, IncomingListDialog):
                click(qtbot, dialog, "incoming:open")
                return False
            seen.extend(shown_texts(dialog))
            return False

        answer_dialogs(monkeypatch, look, look)
        click(qtbot, page, "referrals:received")
        assert any("Nothing that identifies her was shared" in t for t in seen)
        assert not any(t.startswith("Name") for t in seen)

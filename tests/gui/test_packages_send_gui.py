"""Issue 14, sending: *Send the package…* on a referral to a provider whose card is attached
writes the encrypted package where the person chooses and says what went to whom; for any other
referral the button is disabled and its tooltip says why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.services.identity import site_identity
from desktop.core.services.referrals import workflow
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs
from desktop.gui.referrals.page import ReferralsPage
from tests.gui.packages_util import exchange_cards, partner_folder, provider_id, referral_to_partner
from tests.gui.referrals_util import add_case
from tests.gui.util import click, field
from tests.helpers import folders


def referral_page(qtbot: Any, vault: Any, referral_id: str) -> ReferralsPage:
    page = ReferralsPage(lang="en")
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.set_vault(vault)
    page.open_referral(referral_id)
    assert page.detail.referral_id() == referral_id
    return page


def test_a_referral_to_a_partner_with_a_card_is_sent_as_a_package(
        qtbot: Any, folder: DataFolder, tmp_path: Path) -> None:
    partner = partner_folder(tmp_path)
    with folders.as_user(folder) as ours, folders.as_user(partner) as theirs:
        exchange_cards(ours, theirs, tmp_path)
        partner_fingerprint = site_identity.own_public(theirs).fingerprint()
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        referral_id = referral_to_partner(awa)
        page = referral_page(qtbot, awa, referral_id)
        button = field(page, "referral:send_package")
        assert button.isEnabled() and "Centre One Stop de Gao" in button.toolTip()
        out = tmp_path / "usb" / "for-gao"
        out.parent.mkdir()
        dialogs.script(str(out))
        click(qtbot, page, "referral:send_package")
        written = out.with_suffix(".relais")
        assert written.exists() and written.stat().st_size > 0
        kind, text = dialogs.shown[-1]
        assert kind == "inform" and str(written) in text
        assert "Centre One Stop de Gao" in text
        assert "  ".join(partner_fingerprint.split("-")) in text
        detail = workflow.referral_detail(awa, referral_id)
        assert detail.status == "sent"  # the draft became sent, with its history
        assert page.detail.values["status"].text() == "Sent"
        assert b"Suivi psychologique" not in written.read_bytes()  # only inside the encryption


def test_without_a_card_the_button_is_disabled_and_says_why(qtbot: Any,
                                                             caseworker: Any) -> None:
    case_id = add_case(caseworker, release=("psychosocial",))
    row = workflow.create_referral(caseworker, case_id, service_type="psychosocial",
                                   provider_id=provider_id(caseworker, "Gao"),
                                   priority="normal")
    page = referral_page(qtbot, caseworker, row.id)
    button = field(page, "referral:send_package")
    assert not button.isEnabled()
    assert "contact card is not in the directory" in button.toolTip()
    assert "print the letter" in button.toolTip()


def test_a_file_that_exists_is_not_overwritten(qtbot: Any, folder: DataFolder,
                                               tmp_path: Path) -> None:
    partner = partner_folder(tmp_path)
    with folders.as_user(folder) as ours, folders.as_user(partner) as theirs:
        exchange_cards(ours, theirs, tmp_path)
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        referral_id = referral_to_partner(awa)
        page = referral_page(qtbot, awa, referral_id)
        taken = tmp_path / "taken.relais"
        taken.write_bytes(b"keep me")
        dialogs.script(str(taken))
        click(qtbot, page, "referral:send_package")
        assert dialogs.shown[-1][0] == "error" and "already exists" in dialogs.shown[-1][1]
        assert taken.read_bytes() == b"keep me"
        assert workflow.referral_detail(awa, referral_id).status == "draft"


def test_the_cases_other_drafts_to_the_same_partner_may_go_in_the_same_package(
        qtbot: Any, folder: DataFolder, tmp_path: Path) -> None:
    partner = partner_folder(tmp_path)
    with folders.as_user(folder) as ours, folders.as_user(partner) as theirs:
        exchange_cards(ours, theirs, tmp_path)
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        case_id = add_case(awa, release=("health", "psychosocial"))
        health, psychosocial = workflow.create_referrals(
            awa, case_id, provider_id=provider_id(awa, "Gao"),
            service_types=["health", "psychosocial"], priority="urgent")
        page = referral_page(qtbot, awa, health.id)
        dialogs.script(True, str(tmp_path / "both"))  # "all in one package?", then the file
        click(qtbot, page, "referral:send_package")
        assert psychosocial.reference in dialogs.shown[-3][1]  # the question named it
        assert "(2 in all)" in dialogs.shown[-1][1]
        assert {r.status for r in workflow.list_referrals(awa, case_id=case_id)} == {"sent"}

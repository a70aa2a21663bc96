"""Issue 14, answering what partners send: a big batch imports off the GUI thread with its
progress; a referral is declined with a reason (and the refusal sent back), or joins the case
of a survivor already known here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from desktop.core.services.cases import case_list
from desktop.core.services.packages import incoming, sending
from desktop.core.services.referrals import workflow
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs
from desktop.gui.packages.incoming_dialog import AcceptDialog, IncomingDialog
from desktop.gui.packages.incoming_list import IncomingListDialog
from desktop.gui.referrals.page import ReferralsPage
from tests.gui.packages_util import exchange_cards, partner_folder, provider_id
from tests.gui.referrals_util import add_case, answer_dialogs
from tests.gui.test_packages_roundtrip_gui import import_with
from tests.gui.util import click, field, type_into
from tests.helpers import folders

BATCH = 150  # more than the 100 items between two progress reports


def pair_with_referrals(folder: DataFolder, tmp_path: Path, count: int) -> tuple[Any, Path]:
    """The partner folder, and a package of ``count`` referrals of one case sent to it."""
    partner = partner_folder(tmp_path)
    with folders.as_user(folder) as ours, folders.as_user(partner) as theirs:
        exchange_cards(ours, theirs, tmp_path)
    out = tmp_path / "batch.relais"
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        case_id = add_case(awa, release=("psychosocial",))
        made = workflow.create_referrals(awa, case_id, provider_id=provider_id(awa, "Gao"),
                                         service_types=["psychosocial"], priority="normal")
        ids = [made[0].id]
        for _ in range(count - 1):
            ids.append(workflow.create_referral(
                awa, case_id, service_type="psychosocial",
                provider_id=provider_id(awa, "Gao"), priority="normal").id)
        sending.send_referrals(awa, ids, out)
    return partner, out


def referrals_page(qtbot: Any, vault: Any) -> ReferralsPage:
    page = ReferralsPage(lang="en")
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.set_vault(vault)
    return page


def test_a_big_batch_imports_in_the_background_with_its_progress(
        qtbot: Any, folder: DataFolder, tmp_path: Path) -> None:
    partner, package = pair_with_referrals(folder, tmp_path, BATCH)
    with folders.as_user(partner) as theirs:
        page = referrals_page(qtbot, theirs)
        seen: list[int] = []
        importer = page.packages.importer
        dialogs.script(str(package))
        click(qtbot, page, "referrals:import_package")
        assert importer.task is not None and importer.progress is not None
        importer.task.progress.connect(seen.append)
        assert importer.progress.windowModality().name == "WindowModal"
        qtbot.waitUntil(lambda: importer.task is None, timeout=60_000)
        assert seen and 0 < seen[0] < 100 and seen[-1] == 100  # reported while it ran
        assert f"{BATCH} new incoming referrals" in dialogs.shown[-1][1]
        assert len(incoming.incoming_referrals(theirs)) == BATCH
        assert importer.progress is None  # the progress dialog is gone


def test_a_referral_is_declined_with_a_reason_and_the_refusal_sent_back(
        qtbot: Any, folder: DataFolder, tmp_path: Path, monkeypatch: Any) -> None:
    partner, package = pair_with_referrals(folder, tmp_path, 1)
    refusal = tmp_path / "refusal.relais"
    with folders.as_user(partner) as theirs:
        page = referrals_page(qtbot, theirs)
        import_with(qtbot, page, "referrals:import_package", page.packages.importer, package)

        def open_it(dialog: QDialog) -> bool:
            assert isinstance(dialog, IncomingListDialog)
            click(qtbot, dialog, "incoming:open")
            return False

        def decline(dialog: QDialog) -> bool:
            assert isinstance(dialog, IncomingDialog)
            dialogs.script("")  # an empty reason is refused
            click(qtbot, dialog, "incoming:decline")
            assert dialogs.shown[-1][0] == "error"
            assert field(dialog, "incoming:accept").isVisible()
            dialogs.script("Pas de psychologue ce mois-ci")
            click(qtbot, dialog, "incoming:decline")
            assert not field(dialog, "incoming:accept").isVisible()
            assert "Pas de psychologue ce mois-ci" in field(dialog, "incoming:state").text()
            button = field(dialog, "incoming:feedback")
            assert button.isVisible() and button.text() == "Send the refusal to the partner…"
            dialogs.script(str(refusal))
            click(qtbot, dialog, "incoming:feedback")
            return False

        answer_dialogs(monkeypatch, open_it, decline)
        click(qtbot, page, "referrals:received")
        (row,) = incoming.incoming_referrals(theirs, open_only=False)
        assert row.status == "declined" and row.decline_reason == "Pas de psychologue ce mois-ci"
        assert refusal.exists()
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        page = referrals_page(qtbot, awa)
        message = import_with(qtbot, page, "referrals:import_package", page.packages.importer,
                              refusal)
        assert "1 feedbacks applied" in message
        (referral,) = workflow.list_referrals(awa)
        assert referral.status == "declined"


def test_a_referral_joins_the_case_of_a_survivor_code_known_here(
        qtbot: Any, folder: DataFolder, tmp_path: Path, monkeypatch: Any) -> None:
    partner, package = pair_with_referrals(folder, tmp_path, 1)
    with folders.as_user(partner) as theirs:
        known_case = add_case(theirs, worker="admin")
        code = case_list.case_file(theirs, known_case).survivor_code
        page = referrals_page(qtbot, theirs)
        import_with(qtbot, page, "referrals:import_package", page.packages.importer, package)
        problems: list[str] = []

        def open_it(dialog: QDialog) -> bool:
            click(qtbot, dialog, "incoming:open")
            return False

        def accept(dialog: QDialog) -> bool:
            click(qtbot, dialog, "incoming:accept")
            return False

        def unknown_code(dialog: QDialog) -> bool:
            assert isinstance(dialog, AcceptDialog)
            dialog.existing.click()
            type_into(qtbot, dialog, "accept:survivor_code", "S-999999")
            return True

        def right_code(dialog: QDialog) -> bool:
            problems.append(field(dialog, "accept:error").text())
            type_into(qtbot, dialog, "accept:survivor_code", code.lower())
            return True

        opened: list[tuple[str, str]] = []
        page.open_requested.connect(lambda kind, target: opened.append((kind, target)))
        answer_dialogs(monkeypatch, open_it, accept, unknown_code, right_code)
        click(qtbot, page, "referrals:received")
        assert problems and "S-999999" in problems[0]
        (row,) = incoming.incoming_referrals(theirs, open_only=False)
        assert row.status == "accepted" and row.case_id == known_case
        assert opened == [("case", known_case)]  # the main window opens its case file


def test_a_weeks_answers_go_back_in_one_package(qtbot: Any, folder: DataFolder,
                                                tmp_path: Path, monkeypatch: Any) -> None:
    partner, package = pair_with_referrals(folder, tmp_path, 3)
    answers = tmp_path / "answers.relais"
    with folders.as_user(partner) as theirs:
        page = referrals_page(qtbot, theirs)
        import_with(qtbot, page, "referrals:import_package", page.packages.importer, package)
        first, second, third = incoming.incoming_referrals(theirs)
        incoming.accept(theirs, first.id)
        incoming.decline(theirs, second.id, "Hors de notre zone")

        def answer_all(dialog: QDialog) -> bool:
            assert isinstance(dialog, IncomingListDialog)
            dialog.tree.clearSelection()
            click(qtbot, dialog, "incoming:send_answers")  # nothing selected: said
            assert "Select referrals you accepted or declined" in dialogs.shown[-1][1]
            dialog.tree.selectAll()  # the open third one is left out
            dialogs.script(str(answers))
            click(qtbot, dialog, "incoming:send_answers")
            return False

        answer_dialogs(monkeypatch, answer_all)
        click(qtbot, page, "referrals:received")
        assert "the answers to 2 referrals" in dialogs.shown[-1][1]
        sent = {r.id for r in incoming.incoming_referrals(theirs, open_only=False)
                if r.feedback_sent_at}
        assert sent == {first.id, second.id} and third.id not in sent
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        page = referrals_page(qtbot, awa)
        message = import_with(qtbot, page, "referrals:import_package", page.packages.importer,
                              answers)
        assert "2 feedbacks applied" in message
        statuses = sorted(r.status for r in workflow.list_referrals(awa))
        assert statuses == ["accepted", "declined", "sent"]


def test_a_damaged_package_is_refused_in_one_sentence_and_writes_nothing(
        qtbot: Any, folder: DataFolder, tmp_path: Path) -> None:
    partner, package = pair_with_referrals(folder, tmp_path, 1)
    data = package.read_bytes()
    damaged = tmp_path / "damaged.relais"
    damaged.write_bytes(data[:len(data) // 2] + bytes([data[len(data) // 2] ^ 1])
                        + data[len(data) // 2 + 1:])
    with folders.as_user(partner) as theirs:
        page = referrals_page(qtbot, theirs)
        for bad in (damaged, tmp_path / "missing.relais"):
            message = import_with(qtbot, page, "referrals:import_package",
                                  page.packages.importer, bad)
            assert dialogs.shown[-1][0] == "error"
            assert "Traceback" not in message and "\n" not in message
        assert incoming.incoming_referrals(theirs, open_only=False) == []


def test_locking_empties_the_incoming_section(qtbot: Any, folder: DataFolder,
                                              tmp_path: Path) -> None:
    from desktop.gui.today.page import TodayPage

    partner, package = pair_with_referrals(folder, tmp_path, 2)
    with folders.as_user(partner) as theirs:
        page = TodayPage(lang="en")
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        page.set_vault(theirs)
        import_with(qtbot, page, "today:import_package", page.incoming.importer, package)
        qtbot.waitUntil(lambda: page.incoming.count() == 2)
        assert page.incoming.isVisible() and "(2)" in page.incoming.heading.text()
        page.set_vault(None)  # the lock
        assert page.incoming.count() == 0 and page.incoming.rows == []
        assert not field(page, "today:import_package").isEnabled()


def test_the_incoming_referrals_letter_is_saved_as_a_pdf(qtbot: Any, folder: DataFolder,
                                                         tmp_path: Path, monkeypatch: Any) -> None:
    from pypdf import PdfReader

    partner, package = pair_with_referrals(folder, tmp_path, 1)
    with folders.as_user(partner) as theirs:
        page = referrals_page(qtbot, theirs)
        import_with(qtbot, page, "referrals:import_package", page.packages.importer, package)
        (row,) = incoming.incoming_referrals(theirs)

        def open_it(dialog: QDialog) -> bool:
            click(qtbot, dialog, "incoming:open")
            return False

        def save_letter(dialog: QDialog) -> bool:
            dialogs.script(str(tmp_path / "lettre"))
            click(qtbot, dialog, "incoming:letter")
            return False

        answer_dialogs(monkeypatch, open_it, save_letter)
        click(qtbot, page, "referrals:received")
        letter = tmp_path / "lettre.pdf"
        assert letter.read_bytes().startswith(b"%PDF")
        text = " ".join(p.extract_text() for p in PdfReader(letter).pages)
        assert row.reference in text and row.survivor_code in text
        assert str(letter) in dialogs.shown[-1][1]

"""Issue 14, the screens of identity and cards: the Administration shows this installation's
fingerprint, exports its card and renews its keys; the directory attaches a partner's card only
once its fingerprint is confirmed, and shows which providers receive packages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.core.services.identity import site_identity
from desktop.core.services.packages import cards
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs
from desktop.gui.admin.page import AdminPage
from desktop.gui.directory.page import DirectoryPage
from desktop.gui.packages.card_dialog import CardDialog
from tests.gui.packages_util import partner_folder, provider_id
from tests.gui.referrals_util import answer_dialogs, table_texts, tick
from tests.gui.util import click, field, type_into
from tests.helpers import folders


def admin_page(qtbot, vault) -> AdminPage:  # type: ignore[no-untyped-def]
    page = AdminPage()
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.set_vault(vault)
    return page


def directory_page(qtbot, vault) -> DirectoryPage:  # type: ignore[no-untyped-def]
    page = DirectoryPage(lang="en")
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.set_vault(vault)
    return page


def select_provider(page: DirectoryPage, town: str) -> None:
    row = next(i for i, text in enumerate(table_texts(page.table, 0)) if town in text)
    page.table.selectRow(row)


def export_at(qtbot, vault, path: Path) -> str:  # type: ignore[no-untyped-def]
    """Export the card from the Administration page; the fingerprint it showed."""
    page = admin_page(qtbot, vault)
    shown = field(page, "identity:fingerprint").text()  # type: ignore[attr-defined]
    dialogs.script(str(path.with_suffix("")))  # the person leaves out the extension
    click(qtbot, page, "identity:export_card")
    assert path.exists()
    return str(shown)


def test_the_administration_shows_the_fingerprint_and_exports_the_card(
        qtbot, admin, tmp_path: Path) -> None:
    page = admin_page(qtbot, admin)
    own = site_identity.own_public(admin)
    assert field(page, "identity:organisation").text() == own.organisation  # type: ignore[attr-defined]
    assert field(page, "identity:site").text() == "Mopti"  # type: ignore[attr-defined]
    shown = field(page, "identity:fingerprint").text()  # type: ignore[attr-defined]
    assert shown.split() == own.fingerprint().split("-")  # five groups of four, spaced
    card_path = tmp_path / "ONG-Essai-Mopti.relaiscard"
    assert export_at(qtbot, admin, card_path) == shown
    card = cards.read_card(card_path)
    assert card.fingerprint() == own.fingerprint()
    kind, text = dialogs.shown[-1]
    assert kind == "inform" and str(card_path) in text and shown in text


def test_renewing_the_keys_asks_first_then_shows_the_new_fingerprint(qtbot, admin) -> None:
    page = admin_page(qtbot, admin)
    before = field(page, "identity:fingerprint").text()  # type: ignore[attr-defined]
    dialogs.script(False)  # "Renew the keys?" — no
    click(qtbot, page, "identity:rotate")
    assert "partner" in dialogs.shown[-1][1] and "new contact card" in dialogs.shown[-1][1]
    assert site_identity.own_public(admin).fingerprint().split("-") == before.split()
    dialogs.script(True)
    click(qtbot, page, "identity:rotate")
    after = field(page, "identity:fingerprint").text()  # type: ignore[attr-defined]
    assert after != before
    assert after.split() == site_identity.own_public(admin).fingerprint().split("-")
    assert after in dialogs.shown[-1][1]


def test_a_partners_card_is_attached_once_the_fingerprint_read_by_phone_is_typed(
        qtbot, admin, tmp_path: Path, monkeypatch) -> None:
    partner = partner_folder(tmp_path)
    card_path = tmp_path / "card.relaiscard"
    with folders.as_user(partner) as theirs:
        read_by_phone = export_at(qtbot, theirs, card_path)
    page = directory_page(qtbot, admin)
    assert "Receives packages" in [page.model.headerData(c, Qt.Orientation.Horizontal)
                                   for c in range(page.model.columnCount())]
    column = page.model.columns.index("packages")
    assert set(table_texts(page.table, column)) == {""}  # nobody receives packages yet

    def wrong_then_right(dialog: QDialog) -> bool:
        assert isinstance(dialog, CardDialog)
        assert field(dialog, "card:organisation").text() == "Centre One Stop de Gao"  # type: ignore[attr-defined]
        assert field(dialog, "card:fingerprint").text() == read_by_phone  # type: ignore[attr-defined]
        assert not field(dialog, "card:attach").isEnabled()  # nothing confirmed yet
        groups = read_by_phone.split()
        typo = "  ".join([*groups[:4], groups[4][:3] + ("2" if groups[4][3] != "2" else "3")])
        type_into(qtbot, dialog, "card:typed", typo.lower())
        return True

    def typed_right(dialog: QDialog) -> bool:
        assert "not the card" in field(dialog, "card:error").text()  # type: ignore[attr-defined]
        type_into(qtbot, dialog, "card:typed", read_by_phone.replace("  ", "-").lower())
        return True

    answer_dialogs(monkeypatch, wrong_then_right, typed_right)
    select_provider(page, "Gao")
    dialogs.script(str(card_path))
    click(qtbot, page, "directory:import_card")
    gao = provider_id(admin, "Gao")
    assert cards.electronic_provider_ids(admin) == {gao}
    assert "can now receive referral packages" in dialogs.shown[-1][1]
    texts = table_texts(page.table, column)
    names = table_texts(page.table, 0)
    assert [names[i] for i, t in enumerate(texts) if t] == [n for n in names if "Gao" in n]


def test_a_wrong_fingerprint_attaches_nothing(qtbot, admin, tmp_path: Path,
                                              monkeypatch) -> None:
    partner = partner_folder(tmp_path)
    with folders.as_user(partner) as theirs:
        card = cards.export_card(theirs, tmp_path / "card.relaiscard")
    page = directory_page(qtbot, admin)
    errors: list[str] = []

    def wrong(dialog: QDialog) -> bool:
        type_into(qtbot, dialog, "card:typed", "AAAA BBBB CCCC DDDD EEEE")
        return True

    def gives_up(dialog: QDialog) -> bool:
        errors.append(field(dialog, "card:error").text())  # type: ignore[attr-defined]
        return False

    answer_dialogs(monkeypatch, wrong, gives_up)
    select_provider(page, "Gao")
    dialogs.script(str(tmp_path / "card.relaiscard"))
    click(qtbot, page, "directory:import_card")
    assert errors and card.fingerprint() in errors[0]
    assert cards.electronic_provider_ids(admin) == set()


def test_ticking_the_comparison_attaches_and_detaching_asks_first(
        qtbot, admin, tmp_path: Path, monkeypatch) -> None:
    partner = partner_folder(tmp_path)
    with folders.as_user(partner) as theirs:
        cards.export_card(theirs, tmp_path / "card.relaiscard")
    page = directory_page(qtbot, admin)

    def ticked(dialog: QDialog) -> bool:
        tick(qtbot, dialog, "card:matches")
        assert field(dialog, "card:attach").isEnabled()
        return True

    answer_dialogs(monkeypatch, ticked)
    select_provider(page, "Gao")
    dialogs.script(str(tmp_path / "card.relaiscard"))
    click(qtbot, page, "directory:import_card")
    assert cards.electronic_provider_ids(admin) == {provider_id(admin, "Gao")}
    select_provider(page, "Gao")
    dialogs.script(False)
    click(qtbot, page, "directory:detach_card")
    assert cards.electronic_provider_ids(admin) == {provider_id(admin, "Gao")}
    select_provider(page, "Gao")
    dialogs.script(True)
    click(qtbot, page, "directory:detach_card")
    assert cards.electronic_provider_ids(admin) == set()


def test_a_damaged_card_is_refused_in_one_sentence(qtbot, admin, tmp_path: Path) -> None:
    bad = tmp_path / "bad.relaiscard"
    bad.write_bytes(b'{"format": "relais-card", "version": 1}')
    page = directory_page(qtbot, admin)
    select_provider(page, "Gao")
    dialogs.script(str(bad))
    click(qtbot, page, "directory:import_card")
    kind, text = dialogs.shown[-1]
    assert kind == "error" and "\n" not in text and "Traceback" not in text
    assert cards.electronic_provider_ids(admin) == set()


def test_a_case_worker_sees_the_column_but_cannot_attach(qtbot, caseworker) -> None:
    page = directory_page(qtbot, caseworker)
    assert not field(page, "directory:import_card").isVisible()
    assert not field(page, "directory:detach_card").isVisible()
    assert "packages" in page.model.columns


def test_folders_of_two_organisations_have_two_identities(folder: DataFolder,
                                                          tmp_path: Path) -> None:
    partner = partner_folder(tmp_path)
    with folders.as_user(folder) as ours, folders.as_user(partner) as theirs:
        assert (site_identity.own_public(ours).fingerprint()
                != site_identity.own_public(theirs).fingerprint())

"""The Directory page as an administrator and as a case worker: search, filters, add, import
with a preview (CSV, XLSX), export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog

from desktop.core.services.referrals import directory
from desktop.gui import dialogs
from desktop.gui.directory.import_preview import ImportPreviewDialog
from desktop.gui.directory.page import DirectoryPage
from desktop.gui.directory.provider_dialog import ProviderDialog
from tests.gui.cases_util import choose, click, type_text
from tests.gui.referrals_util import answer_dialogs, table_texts, tick
from tests.gui.util import field
from tests.helpers import directory_files as mapping

BROKEN_CSV = (
    "nom;type;région;ville;services;cas EAS;actif\n"
    "Association Femmes et Droits;ONG;Mopti;Sévaré;"
    "Assistance juridique|Soutien psychosocial;oui;oui\n"
    ";ONG;Mopti;Mopti;santé;non;oui\n"
    "Clinique du Fleuve;ONG;Atlantide;Gao;santé;non;oui\n"
)


def page_for(qtbot, vault) -> DirectoryPage:  # type: ignore[no-untyped-def]
    page = DirectoryPage(lang="en")
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    page.set_vault(vault)
    return page


def test_search_and_filters_find_the_one_stop_centres(qtbot, admin) -> None:
    page = page_for(qtbot, admin)
    assert len(table_texts(page.table, 0)) == 3  # the three One-Stop Centres, nothing else
    type_text(qtbot, page, "directory:search", "gao")
    qtbot.waitUntil(lambda: len(table_texts(page.table, 0)) == 1)
    assert "Gao" in table_texts(page.table, 0)[0]
    page.search.clear()
    choose(qtbot, page, "directory:region", "Mopti")
    (only,) = table_texts(page.table, 0)
    assert only.startswith("Centre One Stop") and "Mopti" in only
    choose(qtbot, page, "directory:service", "Legal aid")
    assert table_texts(page.table, 0) == []
    assert "0" in page.count.text()


def test_an_administrator_adds_a_provider(qtbot, admin, monkeypatch) -> None:
    page = page_for(qtbot, admin)

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, ProviderDialog)
        type_text(qtbot, dialog, "provider:name", "Association Juristes Maliennes")
        choose(qtbot, dialog, "provider:kind", "NGO")
        choose(qtbot, dialog, "provider:region", "Ségou")
        type_text(qtbot, dialog, "provider:town", "Ségou")
        tick(qtbot, dialog, "provider:service:legal")
        tick(qtbot, dialog, "provider:takes_sea")
        return True

    answer_dialogs(monkeypatch, fill)
    click(qtbot, page, "directory:add")
    assert "Association Juristes Maliennes" in table_texts(page.table, 0)
    row = table_texts(page.table, 0).index("Association Juristes Maliennes")
    assert table_texts(page.table, 3)[row] == "Legal aid"
    assert table_texts(page.table, 2)[row] == "Ségou"


def test_a_missing_name_is_shown_in_the_dialog(qtbot, admin, monkeypatch) -> None:
    page = page_for(qtbot, admin)
    seen: list[str] = []

    def empty(dialog: QDialog) -> bool:
        return True

    def read_error_then_cancel(dialog: QDialog) -> bool:
        seen.append(dialog.error.text())  # type: ignore[attr-defined]
        return False

    answer_dialogs(monkeypatch, empty, read_error_then_cancel)
    click(qtbot, page, "directory:add")
    assert "name" in seen[0]
    assert len(table_texts(page.table, 0)) == 3


def test_a_case_worker_reads_but_cannot_change(qtbot, caseworker, monkeypatch) -> None:
    page = page_for(qtbot, caseworker)
    for name in ("directory:add", "directory:deactivate", "directory:import"):
        assert not field(page, name).isVisible()
    page.table.selectRow(0)
    answered = answer_dialogs(monkeypatch, lambda dialog: False)
    click(qtbot, page, "directory:edit")
    dialog = answered[0]
    assert isinstance(dialog, ProviderDialog)
    assert dialog.edits["name"].isReadOnly()
    assert dialog.edits["name"].text().startswith("Centre One Stop")


def _import(qtbot, page, monkeypatch, path: Path, accept: bool):  # type: ignore[no-untyped-def]
    dialogs.script(str(path))
    seen: list[dict[str, list[str]]] = []

    def read_preview(dialog: QDialog) -> bool:
        assert isinstance(dialog, ImportPreviewDialog)
        seen.append({name: table_texts(dialog.table, column) for column, name in
                     enumerate(("line", "action", "name", "problems"))})
        seen[-1]["summary"] = [dialog.summary.text(), dialog.how.text()]
        if accept:
            assert dialog.import_button.isEnabled()
            click(qtbot, dialog, "directory:import_confirm")
        return accept

    answer_dialogs(monkeypatch, read_preview)
    dialogs.shown.clear()
    click(qtbot, page, "directory:import")
    qtbot.waitUntil(lambda: bool(seen))  # the file is read off the GUI thread
    if accept:
        qtbot.waitUntil(lambda: bool(dialogs.shown) and dialogs.shown[-1][0] == "inform")
    qtbot.waitUntil(lambda: page.import_task is None)
    return seen[0]


def test_the_import_shows_a_preview_and_writes_only_on_import(qtbot, admin, monkeypatch,
                                                             tmp_path: Path) -> None:
    page = page_for(qtbot, admin)
    source = tmp_path / "cartographie.csv"
    source.write_bytes(mapping.csv_bytes("cp1252", ";"))
    shown = _import(qtbot, page, monkeypatch, source, accept=False)
    assert shown["line"] == ["4", "6", "7", "8"]  # lines in the file, title rows above
    assert shown["action"] == ["Add", "Skip", "Add", "Merged"]
    understood = shown["problems"][0]  # what "Juridique, Santé / Médical" was read as
    assert understood.startswith("→ NGO · Sévaré, Mopti · ")
    assert "Legal aid" in understood and "Health / medical" in understood
    problems = shown["problems"][1]
    for part in ('Type de structure "Associaton"', 'Région "Atlantide"',
                 'Services offerts "Juridqe"', 'Did you mean "Legal aid"?',
                 'Prise en charge EAS "peut-être"'):
        assert part in problems
    assert "Windows-1252" in shown["summary"][1] and "line 3" in shown["summary"][1]
    assert "Colonne inconnue" in shown["summary"][1]
    assert len(table_texts(page.table, 0)) == 3  # cancelled: nothing written
    _import(qtbot, page, monkeypatch, source, accept=True)
    assert "Association Femmes Debout" in table_texts(page.table, 0)
    assert "Clinique Espoir" not in table_texts(page.table, 0)
    assert dialogs.shown[-1][1].startswith("2 providers added, 0 updated")


def test_an_xlsx_import_twice_offers_nothing_to_write(qtbot, admin, monkeypatch,
                                                     tmp_path: Path) -> None:
    page = page_for(qtbot, admin)
    source = tmp_path / "cartographie.xlsx"
    source.write_bytes(mapping.xlsx_bytes(before=1))
    first = _import(qtbot, page, monkeypatch, source, accept=True)
    assert 'sheet "Cartographie"' in first["summary"][1]
    shown: list[bool] = []

    def look(dialog: QDialog) -> bool:
        shown.append(dialog.import_button.isEnabled())  # type: ignore[attr-defined]
        return False

    dialogs.script(str(source))
    answer_dialogs(monkeypatch, look)
    click(qtbot, page, "directory:import")
    qtbot.waitUntil(lambda: bool(shown))
    assert shown == [False]


def test_a_file_that_is_not_a_spreadsheet_is_one_message(qtbot, admin, tmp_path: Path) -> None:
    page = page_for(qtbot, admin)
    source = tmp_path / "photo.csv"
    source.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    dialogs.script(str(source))
    dialogs.shown.clear()
    click(qtbot, page, "directory:import")
    qtbot.waitUntil(lambda: bool(dialogs.shown) and dialogs.shown[-1][0] == "error")
    kind, text = dialogs.shown[-1][:2]
    assert kind == "error" and "not a spreadsheet" in text


def test_export_and_deactivate(qtbot, admin, tmp_path: Path) -> None:
    page = page_for(qtbot, admin)
    out = tmp_path / "export.csv"
    dialogs.script(str(out))
    click(qtbot, page, "directory:export")
    text = out.read_text(encoding="utf-8-sig")
    assert all(p.name in text for p in directory.list_providers(admin))
    assert dialogs.shown[-1][0] == "inform"
    page.table.selectRow(0)
    name = table_texts(page.table, 0)[0]
    dialogs.script(True)
    click(qtbot, page, "directory:deactivate")
    assert name not in table_texts(page.table, 0)
    click(qtbot, page, "directory:show_inactive")
    assert name in table_texts(page.table, 0)
    assert not any(p.name == name for p in directory.list_providers(admin))


def test_lock_clears_the_table(qtbot, admin) -> None:
    page = page_for(qtbot, admin)
    type_text(qtbot, page, "directory:search", "Mopti")
    page.set_vault(None)
    assert page.model.rowCount() == 0
    assert page.search.text() == ""


def test_model_passes_the_model_tester(qtmodeltester, admin) -> None:
    from desktop.gui.directory.model import ProviderModel

    model = ProviderModel("fr")
    model.set_rows(directory.list_providers(admin))
    qtmodeltester.check(model)


def test_a_lock_while_the_file_is_read_shows_and_writes_nothing(qtbot, admin, monkeypatch,
                                                                 tmp_path: Path) -> None:
    page = page_for(qtbot, admin)
    source = tmp_path / "cartographie.xlsx"
    source.write_bytes(mapping.xlsx_bytes())
    answered = answer_dialogs(monkeypatch)  # any dialog would fail the test
    dialogs.script(str(source))
    click(qtbot, page, "directory:import")
    task = page.import_task
    assert task is not None and not page.import_button.isEnabled()
    page.set_vault(None)  # the lock empties the page while the worker reads
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert answered == [] and page.model.rowCount() == 0
    assert len(directory.list_providers(admin, include_inactive=True)) == 3

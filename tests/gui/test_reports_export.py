"""Exports from the Reports page: a file is written off the GUI thread; Cancel leaves none."""

from __future__ import annotations

import csv
import io
import threading
from pathlib import Path

import openpyxl
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox

from desktop.core.services.accounts import audit
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from desktop.gui import dialogs
from desktop.gui.reports.page import ReportsPage
from tests.gui.reports_util import page_for, usual_cases
from tests.gui.test_lock import log_in
from tests.gui.util import click, field, type_into
from tests.helpers import folders
from tests.helpers.report_data import populate


def choose_export(qtbot, page: ReportsPage, kind: str, fmt: str) -> None:  # type: ignore[no-untyped-def]
    """Pick the kind and format, click "Export…" and wait for the options dialog."""
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.fmt.setCurrentIndex(page.fmt.findData(fmt))
    click(qtbot, page, "export")
    qtbot.waitUntil(lambda: page.options is not None and page.options.isVisible())


def tick(qtbot, parent, name: str) -> None:  # type: ignore[no-untyped-def]
    """Click the check box ``name`` on its box (the widget may be wider than its text)."""
    box = field(parent, name)
    assert isinstance(box, QCheckBox)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_statistics_export_is_written_with_the_counts(qtbot, supervisor: Vault,
                                                      tmp_path: Path) -> None:
    usual_cases(supervisor)
    page = page_for(qtbot, supervisor)
    target = tmp_path / "march"  # no suffix typed: the page adds ".xlsx"
    dialogs.script(str(target))
    choose_export(qtbot, page, "stats", "xlsx")
    assert page.options is not None
    with qtbot.waitSignal(page.runner.done, timeout=20_000) as done:
        click(qtbot, page.options, "export_ok")
    result = done.args[0]
    written = tmp_path / "march.xlsx"
    assert result is not None and result.path == written and written.exists()
    book = openpyxl.load_workbook(written, read_only=True)
    values = [str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
              for c in row if c is not None]
    assert "Rape" in values and "7" in values and "<5" in values  # 7 cases, "<5" assaults
    assert "hidden" in values  # the 6 rapes, else 7 - 6 gives the "<5" away
    assert not any("Fictive" in v for v in values)
    assert ("inform", f"The export was written to:\n{written}") in dialogs.shown
    assert str(written) in page.runner.status.text()
    assert page.export_button.isEnabled() and not page.runner.bar.isVisible()
    assert any(e.action == "export" for e in audit.events(supervisor))


def test_mismatched_passwords_stay_in_the_dialog(qtbot, supervisor: Vault) -> None:
    page = page_for(qtbot, supervisor)
    choose_export(qtbot, page, "cases", "csv")
    dialog = page.options
    assert dialog is not None
    tick(qtbot, dialog, "protect")
    type_into(qtbot, dialog, "export_password", "long-password-1")
    type_into(qtbot, dialog, "export_password_again", "long-password-2")
    click(qtbot, dialog, "export_ok")
    assert dialog.isVisible() and "not the same" in dialog.problems.text()
    assert not page.runner.busy()


def _paused_export(qtbot, page: ReportsPage, out: Path) -> tuple[  # type: ignore[no-untyped-def]
        threading.Event, list[list[Path]]]:
    """Start a cases export to ``out`` whose thread pauses at its first progress report until
    the returned event is set, so that a cancel or a lock always lands in the middle of the
    export (while its temporary file exists); returns the event and the files seen then."""
    page.picker.set_kind("dates")
    page.picker.start.setDate(page.picker.start.date().fromString("2026-01-01", "yyyy-MM-dd"))
    page.picker.end.setDate(page.picker.end.date().fromString("2026-03-31", "yyyy-MM-dd"))
    dialogs.script(str(out / "cases.xlsx"))
    choose_export(qtbot, page, "cases", "xlsx")
    assert page.options is not None
    click(qtbot, page.options, "export_ok")
    task = page.runner.task
    assert task is not None and page.runner.bar.isVisible()
    reported, clicked = threading.Event(), threading.Event()
    partial: list[list[Path]] = []

    def pause(_: int) -> None:
        partial.append(list(out.iterdir()))
        reported.set()
        clicked.wait(10)

    task.progress.connect(pause, Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(reported.is_set, timeout=20_000)
    return clicked, partial


def test_cancel_during_export_leaves_no_file(qtbot, supervisor: Vault, tmp_path: Path) -> None:
    with supervisor.session() as session:
        populate(session, 60)
    page = page_for(qtbot, supervisor)
    out = tmp_path / "out"
    out.mkdir()
    clicked, partial = _paused_export(qtbot, page, out)
    with qtbot.waitSignal(page.runner.done, timeout=20_000) as done:
        click(qtbot, page, "cancel_export")
        clicked.set()

    assert done.args[0] is None
    assert partial and partial[0]  # a temporary file existed during the export …
    assert list(out.iterdir()) == []  # … and nothing is left
    assert "no file was written" in page.runner.status.text()
    assert not [kind for kind, _ in dialogs.shown if kind == "error"]
    assert page.export_button.isEnabled()


def test_locking_during_export_cancels_it_then_locks(qtbot, make_shell, folder: DataFolder,
                                                     tmp_path: Path) -> None:
    vault = folders.login(folder, folders.SUPERVISOR)
    try:
        with vault.session() as session:
            populate(session, 60)
    finally:
        vault.close()
    shell = make_shell(folder, idle_ms=600_000)
    log_in(qtbot, shell, folders.SUPERVISOR, folders.PASSWORD)
    page = shell.main.show_page("reports")
    assert isinstance(page, ReportsPage)
    out = tmp_path / "out"
    out.mkdir()
    clicked, partial = _paused_export(qtbot, page, out)
    vault = shell.vault
    with qtbot.waitSignal(shell.locked, timeout=20_000):
        assert shell.lock() is False  # the export is cancelled; the lock waits for its end
        assert shell.vault is vault and vault.is_open
        clicked.set()

    assert shell.vault is None and not vault.is_open
    assert partial and partial[0]  # a temporary file existed during the export …
    assert list(out.iterdir()) == []  # … and nothing is left
    assert not [kind for kind, _ in dialogs.shown if kind == "error"]
    again = folders.login(folder, folders.SUPERVISOR)
    try:
        assert not audit.events(again, action="export")  # no export was made
    finally:
        again.close()


def test_identifying_export_needs_a_reason_and_is_audited(qtbot, supervisor: Vault,
                                                          tmp_path: Path) -> None:
    usual_cases(supervisor)
    page = page_for(qtbot, supervisor)
    choose_export(qtbot, page, "cases", "csv")
    dialog = page.options
    assert dialog is not None and dialog.identifying_box.isVisibleTo(dialog)
    tick(qtbot, dialog, "identifying")
    assert dialog.protect.isChecked()  # an identifying export is always protected
    type_into(qtbot, dialog, "export_password", "long-password-1")
    type_into(qtbot, dialog, "export_password_again", "long-password-1")
    click(qtbot, dialog, "export_ok")
    assert dialog.isVisible() and "Write why" in dialog.problems.text()  # no reason yet
    refused = audit.events(supervisor, action="export_refused")  # and that is on record
    assert [e.details for e in refused] == ["cases identifying=yes why=reason"]

    dialog.reason.setPlainText("Transfer to the referral hospital, request of 12 May")
    dialogs.script(str(tmp_path / "hospital.zip"))
    with qtbot.waitSignal(page.runner.done, timeout=20_000) as done:
        click(qtbot, dialog, "export_ok")
    result = done.args[0]
    assert result is not None and result.protected and result.path.suffix == ".zip"
    assert result.path.read_bytes()[:2] == b"PK"
    assert b"Fictive" not in result.path.read_bytes()  # encrypted inside the zip
    events = [e for e in audit.events(supervisor) if e.action == "export_identifying"]
    assert events and "referral hospital" in (events[-1].details or "")


def test_csv_separator_is_chosen_in_the_dialog(qtbot, supervisor: Vault, tmp_path: Path) -> None:
    usual_cases(supervisor)
    page = page_for(qtbot, supervisor)
    dialogs.script(str(tmp_path / "stats.csv"))
    choose_export(qtbot, page, "stats", "xlsx")
    assert page.options is not None
    assert not field(page.options, "csv_separator").isVisible()  # only a CSV has one
    page.options.reject()
    choose_export(qtbot, page, "stats", "csv")
    assert page.options is not None
    combo = field(page.options, "csv_separator")
    assert combo.isVisible() and combo.currentData() == ","  # English here: Excel's ","
    combo.setCurrentIndex(combo.findData(";"))
    with qtbot.waitSignal(page.runner.done, timeout=20_000) as done:
        click(qtbot, page.options, "export_ok")
    text = done.args[0].path.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(text.decode("utf-8-sig")), delimiter=";"))
    assert max(len(r) for r in rows) >= 3 and any("Rape" in r for r in rows)

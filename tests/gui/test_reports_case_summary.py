"""The "Case summary PDF…" action of the case file: language chosen, file written, audited."""

from __future__ import annotations

from pathlib import Path

import pypdf

from desktop.core.services.accounts import audit
from desktop.core.services.cases import intake
from desktop.core.store.vault import Vault
from desktop.gui import dialogs
from desktop.gui.cases.case_file import CaseFileView
from tests.gui.util import click
from tests.helpers.intake_data import sample_intake


def test_case_summary_pdf_is_saved_in_the_language_chosen(qtbot, caseworker: Vault,
                                                          tmp_path: Path) -> None:
    case_id = intake.open_case(caseworker, sample_intake(name="Dossier Fictif"))
    view = CaseFileView(lang="en")
    qtbot.addWidget(view)
    view.show()
    view.set_vault(caseworker)
    view.show_case(case_id)
    button = view.summary_pdf
    assert button.isVisible() and button.isEnabled()

    out = tmp_path / "out"
    out.mkdir()
    dialogs.script("Français", str(out / "summary"))  # language, then where to save
    click(qtbot, view, "case:summary_pdf")
    assert button.task is not None
    qtbot.waitUntil(lambda: button.task is None, timeout=20_000)
    assert not [text for kind, text in dialogs.shown if kind in ("error", "bug")], dialogs.shown

    written = out / "summary.pdf"
    assert [p.name for p in out.iterdir()] == ["summary.pdf"]  # no temporary file left
    text = "".join(page.extract_text() for page in pypdf.PdfReader(written).pages)
    assert "Dossier Fictif" in text  # the full case file, for its case worker
    assert "Résumé" in text or "résumé" in text.lower()  # in French, as chosen
    assert ("inform", f"The case summary was written to:\n{written}") in dialogs.shown
    assert any(e.action == "case_summary" and e.record_id == case_id
               for e in audit.events(caseworker))

    view.set_vault(None)  # lock: the action has nothing to act on
    assert not view.action_box.isEnabled()

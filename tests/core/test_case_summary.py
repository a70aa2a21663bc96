"""The case summary PDF: the full file for the case's worker or a supervisor, audited."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.core.errors import NotFound
from desktop.core.services.accounts import audit, settings
from desktop.core.services.cases import case_actions
from desktop.core.services.summaries import case_summary
from desktop.core.store.datafolder import DataFolder
from tests.helpers.folders import login
from tests.helpers.pdf_pages import NASTY, page_count, squash
from tests.helpers.report_data import SECRET, Perp, Ref, Spec, add_case


def _text(pdf: bytes, password: str | None = None) -> tuple[str, str]:
    reader = PdfReader(io.BytesIO(pdf))
    if password:
        reader.decrypt(password)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return meta, "\n".join(p.extract_text() for p in reader.pages)


@pytest.fixture
def case_id(folder: DataFolder) -> str:
    admin = login(folder, "admin")  # the whole file, the perpetrator's name included
    try:
        settings.set_value(admin, settings.COLLECT_PERPETRATOR_NAME, True)
    finally:
        admin.close()
    vault = login(folder, "sali")
    try:
        with vault.session() as s:
            case = add_case(s, Spec(
                date(2026, 3, 5), incident=date(2026, 3, 3), closed_on=date(2026, 4, 2),
                sea=True, needs=("medical", "legal"),
                perps=[Perp("male", "26_40", "un_humanitarian", affiliation="un_military",
                            entity="Contingent B")],
                refs=[Ref("health", "service_provided", date(2026, 3, 5),
                          provided_on=date(2026, 3, 7), feedback_on=date(2026, 3, 8))],
                follow_ups=[(date(2026, 3, 12), date(2026, 3, 12))]), worker="awa")
            return case.id
    finally:
        vault.close()


def test_summary_holds_the_whole_file_for_the_case_worker(folder: DataFolder,
                                                         case_id: str) -> None:
    vault = login(folder, "awa")
    try:
        pdf = case_summary.case_summary_pdf(vault, case_id, lang="en", today=date(2026, 4, 3))
        assert audit.events(vault, action="case_summary", record_id=case_id)
    finally:
        vault.close()
    meta, text = _text(pdf)
    for expected in ("Case summary", "Registration", "Survivor", "Incident",
                     "Alleged perpetrator", "Consent", "Initial assessment", "Referrals",
                     "Referral status history", "Follow-ups", "Notes", "Closure",
                     "Health / medical", "Service provided", "Contingent B",
                     f"Name {SECRET}", f"Account {SECRET}", f"Note {SECRET}",
                     f"Perp {SECRET}", "Needs met"):
        assert expected.split()[0] in text, expected
        assert " ".join(expected.split()) in " ".join(text.split()), expected
    assert SECRET not in meta
    assert "Relais" in meta


def test_summary_in_french_and_protected(folder: DataFolder, case_id: str) -> None:
    vault = login(folder, "sali")
    try:
        pdf = case_summary.case_summary_pdf(vault, case_id, lang="fr",
                                            password="mot de passe sûr")
    finally:
        vault.close()
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Encrypt"].get_object()["/V"] == 5
    _, text = _text(pdf, "mot de passe sûr")
    assert "Enregistrement" in text and "Registration" not in text
    assert "Viol" in text  # reference labels in French


def test_another_case_worker_cannot_print_it(folder: DataFolder, case_id: str) -> None:
    vault = login(folder, "fanta")
    try:
        with pytest.raises(NotFound):
            case_summary.case_summary_pdf(vault, case_id)
        assert not audit.events(vault, action="case_summary")
    finally:
        vault.close()


def test_typed_text_prints_as_typed_and_long_notes_continue(folder: DataFolder) -> None:
    vault = login(folder, "awa")
    try:
        with vault.session() as s:
            case_id = add_case(s, Spec(date(2026, 3, 5), incident=date(2026, 3, 3)),
                               worker="awa").id
        case_actions.set_action_plan(vault, case_id,
                                     "Plan <b>gras & <font size=90>\x00\x07 ɛ ɔ ɲ ŋ")
        case_actions.add_note(vault, case_id, NASTY["1250 words"])
        pdf = case_summary.case_summary_pdf(vault, case_id, lang="fr", today=date(2026, 4, 3))
    finally:
        vault.close()
    _, text = _text(pdf)
    assert "Plan <b>gras & <font size=90> ɛ ɔ ɲ ŋ" in text
    assert "\x00" not in text and "\x07" not in text
    body = squash(text)
    assert all(f"mot{i}" in body for i in (0, 600, 1249))
    assert page_count(pdf) >= 3

"""The case summary PDF shows the SEA victim's file, in French and in English; its metadata
carries none of it."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from sqlalchemy import select

from desktop.core.services.casework import sea_file, sea_file_lists
from desktop.core.services.casework.sea_file_lists import Assistance, Claim
from desktop.core.services.summaries import case_summary
from desktop.core.store.models import Staff
from desktop.core.store.vault import Vault
from tests.helpers.pdf_pages import squash
from tests.helpers.report_data import Perp, Spec, add_case

TODAY = date(2026, 4, 20)


def _text(pdf: bytes) -> tuple[str, str]:
    reader = PdfReader(io.BytesIO(pdf))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return meta, squash("\n".join(p.extract_text() for p in reader.pages))


def _filled_case(vault: Vault) -> str:
    with vault.session() as s:
        case_id = add_case(s, Spec(date(2026, 3, 2), sea=True, un_consent=True,
                                   birth=date(2009, 6, 10), incident=date(2026, 2, 20),
                                   perps=[Perp(affiliation="un_military")])).id
        awa = s.scalar(select(Staff.id).where(Staff.username == "awa"))
    sea_file.save(vault, case_id, {
        "allegation_ref": "UN-2026-0042", "entity": "MINUSMA", "mission": "Secteur Centre",
        "personnel_category": "military", "sea_kind": "abuse",
        "perpetrator_nationality": "ne", "investigation_status": "substantiated",
        "investigation_status_on": date(2026, 4, 1)}, today=TODAY)
    child = sea_file_lists.add_child(vault, case_id, date(2025, 11, 2), "female", today=TODAY)
    sea_file_lists.save_claim(vault, case_id, Claim(child, date(2026, 1, 5),
                                                    date(2026, 1, 20)), today=TODAY)
    sea_file_lists.add_informed(vault, case_id, date(2026, 4, 2), "outcome", today=TODAY)
    sea_file_lists.add_assistance(vault, case_id, Assistance(
        "livelihood", date(2026, 3, 10), provided_by_id=awa), today=TODAY)
    return case_id


def test_the_summary_shows_the_sea_file_in_both_languages(supervisor: Vault) -> None:
    case_id = _filled_case(supervisor)
    meta_en, english = _text(case_summary.case_summary_pdf(supervisor, case_id, lang="en",
                                                           today=TODAY))
    for expected in ("SEA file (UN Victim Assistance Protocol)", "UN-2026-0042", "MINUSMA",
                     "Secteur Centre", "Military personnel", "Sexual abuse", "Niger",
                     "16 (computed from the date of birth)", "Substantiated",
                     "Children born of SEA", "Child 1", "2025-11-02", "2026-01-20",
                     "Outcome of the investigation", "Livelihood, income generation",
                     "Awa Agente"):
        assert squash(expected) in english, expected
    meta_fr, french = _text(case_summary.case_summary_pdf(supervisor, case_id, lang="fr",
                                                          today=TODAY))
    for expected in ("Dossier EAS (Protocole des Nations Unies sur l’assistance aux victimes)",
                     "Référence de l’allégation à l’ONU", "Personnel militaire", "Abus sexuel",
                     "Allégation fondée", "Enfants nés d’EAS", "Enfant 1",
                     "Demandes de paternité et de pension alimentaire",
                     "Résultat de l’enquête", "Moyens de subsistance", "La victime"):
        assert squash(expected) in french, expected
    for meta in (meta_en, meta_fr):
        assert "UN-2026-0042" not in meta and "MINUSMA" not in meta


def test_an_sea_case_without_a_file_yet_says_so(supervisor: Vault) -> None:
    with supervisor.session() as s:
        case_id = add_case(s, Spec(date(2026, 3, 2), sea=True,
                                   perps=[Perp(affiliation="un_police")])).id
    _, english = _text(case_summary.case_summary_pdf(supervisor, case_id, lang="en",
                                                     today=TODAY))
    assert squash("No child recorded.") in english
    assert squash("No assistance recorded.") in english

"""The case summary as the case file: the services the centre gave her itself (with the incident
each answers), each consent's changes under it, and SEA blocks only for an SEA incident — in
French and in English; the PDF's metadata and file name carry none of it."""

from __future__ import annotations

import io
from datetime import date, timedelta
from typing import Any

from pypdf import PdfReader

from desktop.core.services.cases import incidents, intake
from desktop.core.services.casework import sea_file, services_given
from desktop.core.services.summaries import case_summary
from desktop.core.store.vault import Vault
from tests.helpers.incident_data import new_incident
from tests.helpers.intake_data import sample_intake
from tests.helpers.pdf_pages import squash

NOTE = "Zzpansement fait Kadiatou"


def _pdf(vault: Vault, case_id: str, lang: str) -> tuple[str, str, list[str]]:
    """(metadata, whole text squashed, the text's lines) of the summary in ``lang``."""
    reader = PdfReader(io.BytesIO(case_summary.case_summary_pdf(vault, case_id, lang=lang)))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    text = "\n".join(p.extract_text() for p in reader.pages)
    return meta, squash(text), [" ".join(line.split()) for line in text.splitlines()]


def _me(vault: Vault) -> str:
    assert vault.actor is not None and vault.actor.staff_id is not None
    return vault.actor.staff_id


def _edit(vault: Vault, case_id: str, **changes: Any) -> None:
    data = intake.load_intake(vault, case_id)
    data.update(changes)
    intake.update_case(vault, case_id, data)


def _between(text: str, start: str, end: str) -> str:
    """The squashed text from ``start`` up to ``end`` (both squashed)."""
    head = text.index(squash(start))
    return text[head:text.index(squash(end), head)]


def _interview(today: date) -> date:
    """The interview day ``sample_intake`` gives (two days before the test's day)."""
    return today - timedelta(days=2)


def _returning_with_services(vault: Vault, today: date) -> str:
    """An SEA case (rape by UN personnel) and a second incident (physical assault by a family
    member, told today); a medical service given at the interview, a psychosocial one today."""
    case_id = intake.open_case(vault, sample_intake())
    incidents.add_incident(vault, case_id, new_incident())
    services_given.record(vault, case_id, "health", _interview(today), _me(vault), NOTE)
    services_given.record(vault, case_id, "psychosocial", today, _me(vault))
    return case_id


def test_the_summary_lists_each_service_given_with_its_incident(supervisor: Vault,
                                                                 today: date) -> None:
    case_id = _returning_with_services(supervisor, today)
    meta, english, lines = _pdf(supervisor, case_id, "en")
    part = _between(english, "Services given by the centre", "Consent")
    for expected in ("Service", "Date", "Provided by", "Incident", "Note"):
        assert squash(expected) in part, expected
    # each row in order: type, day, who, the incident it answers, the note
    assert squash(f"Health / medical {_interview(today)} Sali Superviseure 1 — Rape {NOTE}") in part
    assert squash(f"Psychosocial support {today} Sali Superviseure 2 — Physical "
                  "assault") in part
    assert part.index(squash("Health / medical")) < part.index(squash("Psychosocial"))
    assert "Incident 1 of 2" in lines and "Incident 2 of 2" in lines  # what the numbers name
    meta_fr, french, lines_fr = _pdf(supervisor, case_id, "fr")
    part = _between(french, "Services fournis par le centre", "Consentement")
    for expected in ("Service", "Date", "Fourni par", "Incident", "Note", NOTE,
                     "1 — Viol", "2 — Agression physique", "Sali Superviseure"):
        assert squash(expected) in part, expected
    assert "Incident 1 sur 2" in lines_fr
    for text in (meta, meta_fr, case_summary.suggested_name("MOP-000001")):
        assert "Kadiatou" not in text and "Zzpansement" not in text


def test_a_case_without_a_service_given_says_so(caseworker: Vault) -> None:
    case_id = intake.open_case(caseworker, sample_intake())
    _, english, lines = _pdf(caseworker, case_id, "en")
    assert squash("Services given by the centre No service given by the centre.") in english
    assert "Incident 1 of 1" not in lines  # a single incident keeps its plain title
    _, french, _ = _pdf(caseworker, case_id, "fr")
    assert squash("Aucun service fourni par le centre.") in french


def test_only_the_sea_incident_has_sea_blocks(supervisor: Vault, today: date) -> None:
    case_id = _returning_with_services(supervisor, today)
    for lang, sea, sea_title in (
            ("en", "Sexual exploitation and abuse", "SEA file (UN Victim Assistance Protocol)"),
            ("fr", "Exploitation et abus sexuels", "Dossier EAS (Protocole")):
        _, text, _ = _pdf(supervisor, case_id, lang)
        assert text.count(squash(sea_title)) == 1, lang
        first = _between(text, "Incident 1", "Incident 2")
        assert squash(sea) in first and squash(sea_title) in first, lang
        second = _between(text, "Incident 2", "Services")
        assert squash(sea) not in second and squash(sea_title) not in second, lang


def test_each_changed_consent_shows_its_changes_under_it(caseworker: Vault, today: date) -> None:
    case_id = intake.open_case(caseworker, sample_intake())
    _edit(caseworker, case_id, **{"consent.statistics": False})
    _edit(caseworker, case_id, **{"consent.statistics": True})
    interview, day = _interview(today).isoformat(), today.isoformat()
    _, english, _ = _pdf(caseworker, case_id, "en")
    consents = _between(english, "Consent Given Given by", "Assessment")
    assert squash(f"statistics Yes The survivor {day} Awa Agente"
                  f" ↳ Given The survivor {interview} Awa Agente"
                  f" ↳ Withdrawn The survivor {day} Awa Agente"
                  f" ↳ Given again The survivor {day} Awa Agente") in consents
    assert consents.count("↳") == 3  # the consents never changed show no extra line
    _, french, _ = _pdf(caseworker, case_id, "fr")
    consents = _between(french, "Consentement Donné", "Évaluation")
    assert squash(f"↳ Donné La personne survivante {interview}") in consents
    assert squash(f"↳ Retiré La personne survivante {day}") in consents
    assert squash(f"↳ Donné de nouveau La personne survivante {day}") in consents
    assert consents.count("↳") == 3


def test_an_sea_file_kept_on_the_later_incident_is_not_hidden(supervisor: Vault) -> None:
    """A focal point who opened an SEA file on the second incident finds it in the summary,
    even though its perpetrator is not recorded as UN personnel."""
    case_id = intake.open_case(supervisor, sample_intake())
    second = incidents.add_incident(supervisor, case_id, new_incident())
    sea_file.save(supervisor, case_id, {"allegation_ref": "ALL-2026-0777"}, second)
    _, english, _ = _pdf(supervisor, case_id, "en")
    assert english.count(squash("SEA file (UN Victim Assistance Protocol)")) == 2
    assert "ALL-2026-0777" in _between(english, "Incident 2", "Services")

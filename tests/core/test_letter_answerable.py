"""Letters a provider can answer (issue 12 point 4), read back with pdfplumber: the referral's
date (and on a reprint the day of the reprint too), the organisation's address, phone and
e-mail and the referring worker's phone in the letterhead, no line starting with ":" or ";",
the return slip's labels on their write-on lines."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pdfplumber
import pytest
from sqlalchemy import select

from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.services.accounts import settings
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.referrals import letters
from desktop.core.services.referrals import workflow as referrals
from desktop.core.store.models import Referral, Staff
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.pdf_pages import NASTY
from tests.helpers.referral_data import add_case, osc

ADDRESS = "Rue 12, porte 40, Sévaré"
ORG_PHONE = "+223 21 42 00 00"
EMAIL = "contact@ong-essai.ml"
WORKER_PHONE = "+223 76 12 34 56"
REFERRED = date(2026, 2, 12)
REPRINTED = date(2026, 11, 29)


def _lines(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [line for page in doc.pages for line in (page.extract_text() or "").splitlines()]


def _words(pdf: bytes, page: int = -1) -> list[dict]:  # type: ignore[type-arg]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return doc.pages[page].extract_words(keep_blank_chars=False)


@pytest.fixture
def referral(folder) -> tuple[Vault, str]:  # type: ignore[no-untyped-def]
    """A referral made by awa on 12/02/2026, contacts set by the administrator."""
    admin = folders.login(folder, folders.ADMIN)
    try:
        settings.set_value(admin, "organisation_address", ADDRESS)
        settings.set_value(admin, "organisation_phone", ORG_PHONE)
        settings.set_value(admin, "organisation_email", EMAIL)
        accounts.set_phone(admin, folders.CASEWORKER, WORKER_PHONE)
    finally:
        admin.close()
    awa = folders.login(folder, folders.CASEWORKER)
    case_id = add_case(awa, release=("health",))
    referral_id = referrals.create_referral(
        awa, case_id, service_type="health", provider_id=osc(awa), priority="urgent",
        reason="Soins médicaux ; examen : certificat médical demandé ! Suivi ? " * 12).id
    with awa.session() as session:
        row = session.get(Referral, referral_id)
        assert row is not None
        row.created_at = datetime(2026, 2, 12, 10, 30, tzinfo=UTC)
    yield awa, referral_id
    awa.close()


def test_the_letter_carries_the_referrals_date_not_todays(referral) -> None:
    vault, referral_id = referral
    for lang, expected in (("fr", "Date : 12 février 2026"), ("en", "Date: 12 February 2026")):
        lines = _lines(letters.preview_letter(vault, referral_id, lang, today=REPRINTED))
        assert [line for line in lines[:8] if line.endswith(expected)], (lang, lines[:8])
        text = "\n".join(lines)
        assert "29/11/2026" not in text and "réimprimée" not in text and "reprinted" not in text


def test_a_reprint_says_both_dates(referral) -> None:
    vault, referral_id = referral
    first = "\n".join(_lines(letters.render_letter(vault, referral_id, "fr", how="print",
                                                   today=date(2026, 2, 12))))
    assert "Date : 12 février 2026" in first and "réimprimée" not in first
    again_fr = "\n".join(_lines(letters.render_letter(vault, referral_id, "fr", how="pdf",
                                                      today=REPRINTED)))
    assert "Référence du 12/02/2026 — réimprimée le 29/11/2026" in again_fr
    again_en = "\n".join(_lines(letters.render_letter(vault, referral_id, "en", how="pdf",
                                                      today=REPRINTED)))
    assert "Referral of 12/02/2026 — reprinted on 29/11/2026" in again_en


def test_the_letterhead_has_the_organisations_contacts_and_the_workers_phone(referral) -> None:
    vault, referral_id = referral
    pdf = letters.preview_letter(vault, referral_id, "fr")
    lines = _lines(pdf)
    head = "\n".join(lines[:8])  # the letterhead, above the priority band
    for expected in (ADDRESS, f"Tél. : {ORG_PHONE}", f"Courriel : {EMAIL}"):
        assert expected in head, expected
    text = "\n".join(lines)
    signed = text[text.index("Agent·e qui réfère"):]
    assert "Awa Agente" in signed and f"Tél. : {WORKER_PHONE}" in signed
    english = "\n".join(_lines(letters.preview_letter(vault, referral_id, "en")))
    assert f"Phone: {ORG_PHONE}" in english and f"E-mail: {EMAIL}" in english
    assert f"Phone: {WORKER_PHONE}" in english


def test_without_contacts_the_letterhead_has_no_empty_labels(caseworker) -> None:
    case_id = add_case(caseworker, release=("health",))
    referral_id = referrals.create_referral(caseworker, case_id, service_type="health",
                                            provider_id=osc(caseworker), priority="normal",
                                            reason="Soins").id
    text = "\n".join(_lines(letters.preview_letter(caseworker, referral_id, "fr")))
    assert "Tél. :" not in text and "Courriel" not in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_line_starts_with_a_colon_or_semicolon(referral, lang: str) -> None:
    vault, referral_id = referral
    for pdf in (letters.preview_letter(vault, referral_id, lang),
                letters.render_letter(vault, referral_id, lang, how="pdf", today=REPRINTED)):
        lines = _lines(pdf)
        assert len(lines) > 40
        starts = [line for line in lines if line.lstrip()[:1] in (":", ";", "!", "?")]
        assert starts == [], starts


def test_french_labels_keep_their_colon_on_a_narrow_line() -> None:
    """A label wrapped in a column barely wider than its words keeps " :" with its word."""
    from desktop.core.documents.referral_letter import LetterData, render

    data = LetterData(
        lang="fr", organisation="ONG", site_name="Mopti", reference="MOP-R-2026-0001",
        issued_on=REFERRED, priority="normal", due_on=REFERRED, service_type="health",
        provider_name="P", provider_details=(), reason=NASTY["1250 words"][:600],
        survivor_code="MOP-2026-0001", identity=None, consent_given_by=None,
        consent_given_on=None, consent_recorded_by=None, override_by=None,
        worker_name="Awa", organisation_contacts=(ADDRESS, ORG_PHONE, EMAIL))
    lines = _lines(render(data))
    assert not [line for line in lines if line.lstrip().startswith(":")]
    assert any("Signature et date :" in line for line in lines)


def test_the_return_slip_labels_sit_on_their_write_on_lines(referral) -> None:
    vault, referral_id = referral
    words = _words(letters.preview_letter(vault, referral_id, "en"))
    rules = [w for w in words if set(w["text"]) == {"_"} and len(w["text"]) > 40]
    for label in ("Services", "Next", "Name,"):
        found = [w for w in words if w["text"] == label and w["x0"] < 120]
        assert found, label
        word = found[-1]  # the slip's, below the signatures
        beside = [r for r in rules if abs(r["bottom"] - word["bottom"]) < 3]
        assert beside, label  # a line to write on, on the label's own baseline


def test_a_phone_number_is_checked_and_only_the_person_or_an_admin_sets_it(folder) -> None:
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        accounts.set_phone(awa, folders.CASEWORKER, "  +223   76 00 00 01 ")
        with awa.reader() as session:
            phone = session.scalar(select(Staff.phone).where(
                Staff.username == folders.CASEWORKER))
        assert phone == "+223 76 00 00 01"
        with pytest.raises(ValidationError):
            accounts.set_phone(awa, folders.CASEWORKER, "appelle Kadidia")
        with pytest.raises(PermissionDenied):
            accounts.set_phone(awa, folders.CASEWORKER_2, "+223 76 00 00 02")
    finally:
        awa.close()


def test_role_titles_do_not_guess_a_gender(folder) -> None:  # type: ignore[no-untyped-def]
    """The supervisor who authorised a referral without consent, and the referring worker,
    are named with neutral titles (Sali is a woman: "le superviseur Sali" was wrong)."""
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        case_id = add_case(sali)
        referral_id = referrals.create_referral(
            sali, case_id, service_type="health", provider_id=osc(sali), priority="urgent",
            reason="Soins", override_reason="Urgence vitale").id
        text = " ".join(" ".join(_lines(letters.preview_letter(sali, referral_id, "fr")))
                        .split())
    finally:
        sali.close()
    assert "autorisée par Sali Superviseure, superviseur·e" in text
    assert "le superviseur" not in text and "Agent·e qui réfère" in text


def test_a_reprint_does_not_move_the_letter(caseworker) -> None:
    """Only the dates and the COPY mark differ: the body sits where the original's did (here
    without contacts, the letterhead's height is that of its dated column)."""
    vault = caseworker
    referral_id = referrals.create_referral(
        vault, add_case(vault, release=("health",)), service_type="health",
        provider_id=osc(vault), priority="normal", reason="Soins").id
    original = letters.render_letter(vault, referral_id, "fr", how="print", today=REFERRED)
    copy = letters.render_letter(vault, referral_id, "fr", how="pdf", today=REPRINTED)
    for label in ("Destinataire", "Consentement", "COUPON-RÉPONSE"):
        tops = [round(next(w["top"] for w in _words(pdf, 0) if w["text"] == label), 1)
                for pdf in (original, copy)]
        assert tops[0] == tops[1], (label, tops)

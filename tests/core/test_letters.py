"""Referral letters: what they say, the survivor's name only under consent, no identifying
metadata, special characters printed exactly, every print or save recorded, reprints marked."""

from __future__ import annotations

import io

import pypdf
import pytest
from sqlalchemy import select

from desktop.core.errors import NotFound, ValidationError
from desktop.core.services import session
from desktop.core.services.accounts import audit
from desktop.core.services.referrals import directory, letters
from desktop.core.services.referrals import workflow as referrals
from desktop.core.store.models import LetterIssued, Site
from tests.helpers import folders
from tests.helpers.pdf_pages import NASTY, pages, printed, squash
from tests.helpers.referral_data import SURVIVOR_NAME, SURVIVOR_PHONE, add_case, osc

REASON = 'Soins < 72 h & suivi "urgent" — l\'enfant dit : ɛ ɔ ɲ ŋ'


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def _metadata(pdf: bytes) -> str:
    info = pypdf.PdfReader(io.BytesIO(pdf)).metadata or {}
    return " ".join(str(v) for v in info.values())


def _referral(vault, release: tuple[str, ...], **kw) -> str:  # type: ignore[no-untyped-def]
    case_id = add_case(vault, release=release)
    return referrals.create_referral(vault, case_id, service_type="health",
                                     provider_id=osc(vault), priority="emergency",
                                     reason=REASON, **kw).id


def test_with_consent_the_letter_names_the_survivor(caseworker) -> None:
    referral_id = _referral(caseworker, ("health",))
    detail = referrals.referral_detail(caseworker, referral_id)
    pdf = letters.render_letter(caseworker, referral_id, "en", how="pdf")
    assert pdf.startswith(b"%PDF")
    text = _text(pdf)
    for expected in (detail.reference, detail.survivor_code, SURVIVOR_NAME, SURVIVOR_PHONE,
                     "years", "Female", REASON, "Health / medical",
                     "Centre One Stop de Mopti", "Emergency – within 24 hours",
                     "ONG Essai", "Awa Agente", "RETURN SLIP", "CONFIDENTIAL",
                     "was given by the survivor"):
        assert expected in text, expected
    assert "COPY" not in text


def test_without_consent_only_the_survivor_code_is_given(folder) -> None:
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        referral_id = _referral(sali, (), override_reason="Urgence vitale")
        code = referrals.referral_detail(sali, referral_id).survivor_code
        for lang in ("fr", "en"):
            pdf = letters.render_letter(sali, referral_id, lang, how="print")
            text = _text(pdf)
            assert code in text
            for secret in (SURVIVOR_NAME, "Qqnom", "Kadidia", SURVIVOR_PHONE, "Urgence vitale"):
                assert secret not in text, secret
                assert secret not in _metadata(pdf)
                assert secret.encode() not in pdf
        assert "Sali Superviseure" in text and "not consented" in text
    finally:
        session.lock(sali)


def test_the_metadata_hold_the_reference_only(caseworker) -> None:
    referral_id = _referral(caseworker, ("health",))
    reference = referrals.referral_detail(caseworker, referral_id).reference
    pdf = letters.render_letter(caseworker, referral_id, "fr")
    info = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None
    assert info.title == f"Lettre de référence {reference}"
    assert info.author == "Relais" and info.producer == "Relais" and info.creator == "Relais"
    meta = _metadata(pdf)
    for secret in ("Qqnom", "Kadidia", SURVIVOR_PHONE, "Awa", "Mopti", "ONG Essai"):
        assert secret not in meta


def test_special_characters_print_exactly(admin) -> None:
    provider = directory.create_provider(admin, {
        "name": 'Clinique « Dɛmɛ » <b>& "fils"</b>', "kind": "ngo", "region": "mopti",
        "services": ["health"]})
    case_id = add_case(admin, release=("health",))
    referral_id = referrals.create_referral(admin, case_id, service_type="health",
                                            provider_id=provider.id, priority="normal",
                                            reason=REASON).id
    text = _text(letters.preview_letter(admin, referral_id, "fr"))
    assert REASON in text
    assert 'Clinique « Dɛmɛ » <b>& "fils"</b>' in text
    assert SURVIVOR_NAME in text


def test_each_print_is_recorded_and_a_reprint_is_a_copy(caseworker) -> None:
    referral_id = _referral(caseworker, ("health",))
    letters.preview_letter(caseworker, referral_id, "en")  # records nothing
    assert audit.events(caseworker, action="letter_printed") == []
    first = letters.render_letter(caseworker, referral_id, "en", how="print")
    second = letters.render_letter(caseworker, referral_id, "fr", how="pdf")
    assert "COPY" not in _text(first)
    assert "COPIE n° 1" in _text(second)
    with caseworker.reader() as s:
        issued = s.scalars(select(LetterIssued).where(
            LetterIssued.referral_id == referral_id).order_by(LetterIssued.copy_number)).all()
        assert [(i.copy_number, i.how, i.language) for i in issued] == [
            (0, "print", "en"), (1, "pdf", "fr")]
    assert audit.events(caseworker, action="letter_printed")[0].details == "en copy=0"
    assert audit.events(caseworker, action="letter_saved")[0].details == "fr copy=1"
    assert referrals.referral_detail(caseworker, referral_id).letters_issued == 2


def test_bad_requests(caseworker) -> None:
    referral_id = _referral(caseworker, ("health",))
    with pytest.raises(ValidationError):
        letters.render_letter(caseworker, referral_id, "de")
    with pytest.raises(ValidationError):
        letters.render_letter(caseworker, referral_id, "en", how="fax")
    with pytest.raises(NotFound):
        letters.render_letter(caseworker, "no-such-id", "en")


LONG_REASONS = {"5000 chars without spaces": NASTY["5000 chars without spaces"],
                "1250 words": NASTY["1250 words"], "200 line breaks": NASTY["200 line breaks"]}


@pytest.mark.parametrize("reason", list(LONG_REASONS.values()), ids=list(LONG_REASONS))
def test_a_long_reason_continues_on_the_next_page(caseworker, reason: str) -> None:
    case_id = add_case(caseworker, release=("health",))
    referral_id = referrals.create_referral(caseworker, case_id, service_type="health",
                                            provider_id=osc(caseworker), priority="urgent",
                                            reason=reason).id
    ref = referrals.referral_detail(caseworker, referral_id).reference
    original = letters.render_letter(caseworker, referral_id, "fr", how="print")
    copy = letters.render_letter(caseworker, referral_id, "en", how="pdf")
    for pdf, slip, signature, of in ((original, "COUPON-RÉPONSE", "Signature et date :", "sur"),
                                     (copy, "RETURN SLIP", "Signature and date:", "of")):
        read = pages(pdf)
        total = len(read)
        assert 2 <= total <= 6  # continued, not one page per line
        body = "".join(text for text, _ in read)
        assert squash(printed(reason)) in squash(body)  # every character, in order
        for number, (text, margins) in enumerate(read, start=1):
            assert f"page {number} {of} {total}" in margins
            if number > 1:
                assert ref in margins.splitlines()[0]  # the running header
            last = number == total
            assert (slip in text) == last and (signature in text) == last, number
    assert "COPY no. 1" in pages(copy)[-1][1]


def test_what_a_person_typed_prints_as_typed(admin) -> None:
    with admin.session() as s:
        site = s.scalars(select(Site)).first()
        assert site is not None
        site.name, site.organisation = "Mopti <Centre> 2", "A & B"
    provider = directory.create_provider(admin, {
        "name": "<b>bold</b> & fils", "kind": "ngo", "region": "mopti",
        "address": "<font size=90> rue 12", "services": ["health"]})
    case_id = add_case(admin, release=("health",))
    reason = "Soins &amp; suivi\tvite <b>urgent\x07 — ɛ ɔ ɲ ŋ Ɛ Ɔ Ɲ Ŋ"
    referral_id = referrals.create_referral(admin, case_id, service_type="health",
                                            provider_id=provider.id, priority="normal",
                                            reason=reason).id
    for lang in ("fr", "en"):
        text = _text(letters.preview_letter(admin, referral_id, lang))
        for typed in ("Mopti <Centre> 2", "A & B", "<b>bold</b> & fils",
                      "<font size=90> rue 12",
                      "Soins &amp; suivi vite <b>urgent — ɛ ɔ ɲ ŋ Ɛ Ɔ Ɲ Ŋ"):
            assert typed in text, (lang, typed)
        assert "\x07" not in text and "\x00" not in text

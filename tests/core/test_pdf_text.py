"""Every PDF prints any text a person typed: nasty strings in every user field of the referral
letter (both languages, original and COPY), the case summary and the period statistics."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pypdf
import pytest

from desktop.core.documents import case_summary, period_report, referral_letter, rtl, safe_text
from desktop.core.documents.referral_letter import Identity, LetterData
from tests.helpers.pdf_pages import NASTY, found, page_count, pages, printed, squash

CASES = list(NASTY.items())
IDS = list(NASTY)


def _letter(value: str, lang: str = "fr", copy_number: int = 0) -> LetterData:
    return LetterData(
        lang=lang, organisation=value, site_name=value, reference="MOP-R-2026-0001",
        issued_on=date(2026, 3, 2), priority="urgent", due_on=date(2026, 3, 5),
        service_type="health", provider_name=value, provider_details=(value, value),
        reason=value, survivor_code=value, identity=Identity(value, 24, "female", value),
        consent_given_by="survivor", consent_given_on=date(2026, 3, 1),
        consent_recorded_by=value, override_by=None, worker_name=value,
        copy_number=copy_number)


def _no_broken_glyph(text: str) -> None:
    assert "\x00" not in text and "\ufffd" not in text


@pytest.mark.parametrize(("lang", "copy"), [("fr", 0), ("en", 2)])
@pytest.mark.parametrize(("name", "value"), CASES, ids=IDS)
def test_letter_prints_any_text_in_every_field(name: str, value: str, lang: str,
                                               copy: int) -> None:
    pdf = referral_letter.render(_letter(value, lang, copy))
    read = pages(pdf)
    body = "\n".join(b for b, _ in read)
    _no_broken_glyph(body)
    if printed(value):
        assert found(value, body) >= 8, name  # every field
    total = len(read)
    # With every field 5,000 characters long the slip cannot fit one page; it still ends the
    # letter, after the signatures, and nothing is printed twice or lost.
    end, sign = ("Nom, signature, date", "Signature et date") if lang == "fr" else (
        "Name, signature, date", "Signature and date")
    assert body.count(sign) == 1 and body.count(end) == 1
    assert body.index(sign) < body.index(end)
    for number, (text, margins) in enumerate(read, start=1):
        of = "sur" if lang == "fr" else "of"
        assert f"page {number} {of} {total}" in margins
        if number > 1:
            assert "MOP-R-2026-0001" in margins
        if copy:
            assert ("COPIE n° 2" if lang == "fr" else "COPY no. 2") in margins
        assert (end in text) == (number == total), number
    info = pypdf.PdfReader(io.BytesIO(pdf)).metadata or {}
    assert value.strip() == "" or printed(value) not in " ".join(map(str, info.values()))


def _summary(value: str) -> case_summary.SummaryDoc:
    return case_summary.SummaryDoc(
        title="Case summary — MOP-000123", subtitle_lines=[f"Survivor code: {value}"],
        confidential="Confidential",
        parts=[case_summary.Section("Survivor", [("Name", value), ("Address", value)],
                                    [("Account of the incident", value)]),
               case_summary.Grid("Notes", ["Date", "Author", "Note"],
                                 [["2026-03-02", "Awa", value]], "No note.", [0.2, 0.2, 0.6]),
               case_summary.Grid("Follow-ups", ["Due", "Purpose"], [], "No follow-up.")],
        footer="Relais — confidential case summary — MOP-000123",
        metadata_title="Case summary")


@pytest.mark.parametrize(("name", "value"), CASES, ids=IDS)
def test_case_summary_prints_any_text(name: str, value: str) -> None:
    pdf = case_summary.render(_summary(value))
    read = pages(pdf, top=16 * 2.8346, bottom=18 * 2.8346)
    body = "\n".join(b for b, _ in read)
    _no_broken_glyph(body)
    assert squash(read[0][0]).count("DateAuthorNote") <= 1
    if printed(value):  # the notes' header repeats on each page the table runs onto
        assert found(value, squash(body).replace("DateAuthorNote", "")) >= 5, name
    assert "No follow-up." in read[-1][0]
    for number, (_, margins) in enumerate(read, start=1):
        assert f"{number} / {len(read)}" in margins


def _report(value: str) -> period_report.ReportDoc:
    table = period_report.DocTable("Cases by type of violence", ["Type", "Female", "Total"],
                                   [[value, "12", "12"], ["Other", "<5", "<5"],
                                    ["Total", "15", "15"]], [(value, 12), ("Other", None)],
                                   value)
    return period_report.ReportDoc(
        "Statistics — March 2026", [f"Site: {value}"], [("Overdue follow-ups", "<5")],
        [table], "Relais — de-identified statistics", notes=[value])


@pytest.mark.parametrize(("name", "value"), CASES, ids=IDS)
def test_period_report_prints_any_text(name: str, value: str) -> None:
    pdf = period_report.render(_report(value))
    read = pages(pdf, top=16 * 2.8346, bottom=18 * 2.8346)
    body = "\n".join(b for b, _ in read)
    _no_broken_glyph(body)
    if printed(value):
        assert found(value, body) >= 3, name
    assert "<5" in body and "Overdue follow-ups" in body


# Pages each long reason takes (measured with the bundled font; a change here is a layout
# change to look at): the reason runs on, then survivor, consent, signatures and slip.
EXPECTED_PAGES = {("5000 chars without spaces", "fr"): 3, ("5000 chars without spaces", "en"): 2,
                  ("1250 words", "fr"): 4, ("1250 words", "en"): 4,
                  ("200 line breaks", "fr"): 5, ("200 line breaks", "en"): 5}


@pytest.mark.parametrize(("name", "lang"), list(EXPECTED_PAGES))
def test_a_long_reason_runs_on_and_keeps_the_slip_whole(name: str, lang: str) -> None:
    short = dataclasses.replace(_letter("Awa", lang), reason="Soins urgents")
    assert page_count(referral_letter.render(short)) == 1
    reason = NASTY[name]
    pdf = referral_letter.render(dataclasses.replace(short, reason=reason))
    read = pages(pdf)
    assert len(read) == EXPECTED_PAGES[name, lang]
    assert squash(printed(reason)) in squash("".join(b for b, _ in read))
    slip, sign, end = ("COUPON-RÉPONSE", "Signature :", "Nom, signature, date") \
        if lang == "fr" else ("RETURN SLIP", "Signature:", "Name, signature, date")
    assert slip in read[-1][0] and sign in read[-1][0] and end in read[-1][0]
    assert all(slip not in b and sign not in b for b, _ in read[:-1])


def test_safe_text_cleans_and_escapes() -> None:
    assert safe_text.plain("a\x00b\x07c\td\r\ne") == "abc d\ne"
    assert safe_text.plain("a\n\n\n\n\nb") == "a\n\nb"
    assert safe_text.plain("lone \ud800 surrogate") == "lone \ufffd surrogate"
    assert safe_text.plain("\U000f0000 private") == "\ufffd private"
    assert safe_text.para("<b>A & B</b>\nC") == "&lt;b&gt;A &amp; B&lt;/b&gt;<br/>C"
    assert safe_text.para("ɛɔɲŋ") == "ɛɔɲŋ"
    line = safe_text.line("x" * 5000, "DejaVuSans", 8, 100)
    assert line.endswith("…") and len(line) < 60


def test_right_to_left_text_is_joined_and_reversed_for_drawing() -> None:
    assert rtl.visual("Centre") == "Centre"
    # مرحبا: meem initial, reh final, hah initial, beh medial, alef final; drawn reversed
    assert rtl.visual("مرحبا") == "\ufe8e\ufe92\ufea3\ufeae\ufee3"
    assert rtl.visual("لا") == "\ufefb"  # the lam-alef ligature
    assert rtl.visual("Mme שלום (א) 12 rue") == "Mme (א) םולש 12 rue"
    assert rtl.visual("سلام 2026 عليكم").split()[1] == "2026"  # numbers stay left to right
    text = "\n".join(b for b, _ in pages(referral_letter.render(_letter("فاطمة"))))
    assert "\ufe94\ufee4\ufec3\ufe8e\ufed3" in text or "\ufed3\ufe8e\ufec3\ufee4\ufe94" in text


def test_characters_beyond_the_font_print_as_a_replacement_and_emoji_read_back() -> None:
    pdf = referral_letter.render(dataclasses.replace(_letter("Awa"),
                                                     reason="Émoji 😀 puis 🙂 中 fin"))
    text = "".join(b for b, _ in pages(pdf))
    assert "Émoji 😀 puis \ufffd \ufffd fin" in text  # not in DejaVu Sans: shown as "�"


def test_a_long_note_starts_under_its_title_not_on_a_new_page() -> None:
    note = NASTY["1250 words"]
    pdf = case_summary.render(case_summary.SummaryDoc(
        title="Case summary — MOP-000123", subtitle_lines=[], confidential="Confidential",
        parts=[case_summary.Section("Survivor", [("Name", "Awa")]),
               case_summary.Grid("Notes", ["Date", "Author", "Note"],
                                 [["2026-03-02", "Awa", note]], "No note.", [0.2, 0.2, 0.6])],
        footer="Relais", metadata_title="Case summary"))
    first = pages(pdf, top=16 * 2.8346, bottom=18 * 2.8346)[0][0]
    assert "Notes" in first and "mot0 mot1" in first

"""Every PDF prints any text a person typed: nasty strings in every user field of the referral
letter (both languages, original and COPY), the case summary and the period statistics."""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from collections import Counter
from datetime import date

import pdfplumber
import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from desktop.core.documents import (
    bidi_layout,
    case_summary,
    pdfkit,
    period_report,
    referral_letter,
    safe_text,
)
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
                                 [["2026-03-02", "Awa", value]], "No note."),
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
EXPECTED_PAGES = {("5000 chars without spaces", "fr"): 2, ("5000 chars without spaces", "en"): 2,
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


ARABIC = ("في يوم الاثنين جاءت السيدة إلى المركز وطلبت المساعدة الطبية العاجلة بعد الحادث "
          "ثم تحدثت مع العاملة الاجتماعية عن وضعها وعن أطفالها الثلاثة الذين يعيشون معها "
          "وقررنا معا إحالتها إلى المستشفى الجهوي في موبتي للفحص والعلاج في أقرب وقت ممكن")
HEBREW = ("ביום שני הגיעה האישה למרכז וביקשה עזרה רפואית דחופה לאחר האירוע ואחר כך שוחחה "
          "עם העובדת הסוציאלית על מצבה ועל שלושת ילדיה שגרים איתה והחלטנו יחד להפנות אותה "
          "לבית החולים האזורי במופטי לבדיקה ולטיפול בהקדם האפשרי ככל שניתן לעשות זאת")


def _printed_lines(pdf: bytes, page: int = 0) -> list[str]:
    """Each printed line of a page, top to bottom, its characters left to right as they are
    drawn (what the reader sees, whatever order an extractor would guess)."""
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        chars = document.pages[page].chars
    rows: dict[int, list[dict[str, object]]] = {}
    for char in chars:
        if not char.get("upright", True):
            continue
        rows.setdefault(round(float(char["top"])), []).append(char)
    return ["".join(str(c["text"]) for c in sorted(row, key=lambda c: float(c["x0"])))
            for _, row in sorted(rows.items())]


def _rtl_lines(pdf: bytes, page: int = 0) -> list[str]:
    return [line for line in _printed_lines(pdf, page) if bidi_layout.has_rtl(line)]


def _read_right_to_left(line: str) -> str:
    """A right-to-left line as typed: read from the right, joined forms folded back."""
    return unicodedata.normalize("NFKC", line[::-1]).strip()


@pytest.mark.parametrize("passage", [ARABIC, HEBREW], ids=["arabic", "hebrew"])
def test_a_right_to_left_reason_over_three_lines_reads_from_the_top_line_down(
        passage: str) -> None:
    pdf = referral_letter.render(dataclasses.replace(_letter("Awa"), reason=passage))
    lines = _rtl_lines(pdf)
    assert len(lines) == 3
    typed = [_read_right_to_left(line) for line in lines]
    words = passage.split()
    assert typed[0].split()[:3] == words[:3]  # the passage begins on the top line
    assert typed[-1].split()[-3:] == words[-3:]
    assert " ".join(typed).split() == words  # every word once, in the order typed


def test_right_to_left_paragraphs_apart_from_a_blank_line_keep_their_order() -> None:
    reason = f"{ARABIC}\n\n{HEBREW}\n\nFin."
    pdf = referral_letter.render(dataclasses.replace(_letter("Awa"), reason=reason))
    typed = " ".join(_read_right_to_left(line) for line in _rtl_lines(pdf))
    assert typed.split() == f"{ARABIC} {HEBREW}".split()
    assert "Fin." in _printed_lines(pdf)


def test_a_right_to_left_reason_continued_on_the_next_page_keeps_its_order() -> None:
    reason = " ".join([ARABIC] * 30)
    pdf = referral_letter.render(dataclasses.replace(_letter("Awa"), reason=reason))
    first, second = _rtl_lines(pdf, 0), _rtl_lines(pdf, 1)
    assert first and second  # the reason runs onto page 2
    typed = " ".join(_read_right_to_left(line) for line in first + second)
    assert typed.split() == reason.split()


def test_arabic_letters_are_joined() -> None:
    pdf = referral_letter.render(dataclasses.replace(_letter("Awa"), reason="مرحبا لا"))
    (line,) = _rtl_lines(pdf)
    # alef final, beh medial, hah initial, reh final, meem initial: drawn from the right;
    # lam-alef as its ligature
    assert line.strip() == "\ufefb \ufe8e\ufe92\ufea3\ufeae\ufee3"


def test_mixed_arabic_french_and_numbers_keep_each_direction() -> None:
    reason = ("Le 12 mars 2026, Mme فاطمة (الزهراء) est venue avec 3 enfants.\n"
              "وصلت في 12 مارس 2026 (مع أطفالها)")
    pdf = referral_letter.render(dataclasses.replace(_letter("Awa"), reason=reason))
    french, arabic = (unicodedata.normalize("NFKC", line) for line in _rtl_lines(pdf))
    # a French sentence: it reads left to right, the Arabic name from the right within it,
    # its brackets (part of the Arabic run) mirrored so that they still open and close
    assert french.strip() == ("Le 12 mars 2026, Mme (" + "الزهراء"[::-1] + ") "
                              + "فاطمة"[::-1] + " est venue avec 3 enfants.")
    # an Arabic sentence: from the right, its numbers still written left to right
    assert arabic.strip() == ("(" + "مع أطفالها"[::-1] + ") 2026 " + "مارس"[::-1] + " 12 "
                              + "في"[::-1] + " " + "وصلت"[::-1])


def test_right_to_left_site_names_print_in_every_document() -> None:
    site = "مركز موبتي الصحي"
    seen = _read_right_to_left

    letter = referral_letter.render(dataclasses.replace(_letter("Awa"), site_name=site))
    assert site in seen(_rtl_lines(letter)[0])  # under the organisation's name
    summary = case_summary.render(dataclasses.replace(_summary("Awa"),
                                                      subtitle_lines=[site], footer=site))
    assert [seen(line) for line in _rtl_lines(summary)][:1] == [site]
    # the footer (pypdf gives drawn right-to-left text back in typed order)
    assert site in unicodedata.normalize("NFKC", page_margins(summary))
    report = period_report.render(_report(site))
    read = [seen(line) for line in _rtl_lines(report)]
    assert read[0].startswith(site)  # "Site: مركز…", its French label on the left
    assert read.count(site) >= 2  # table row, chart label


def page_margins(pdf: bytes) -> str:
    """The running header and footer text of every page."""
    return "".join(m for _, m in pages(pdf, top=16 * 2.8346, bottom=18 * 2.8346))


def test_canvas_lines_are_drawn_in_visual_order_and_shortened_at_the_typed_end() -> None:
    assert safe_text.line("Centre") == "Centre"
    # the number after the Hebrew word belongs to its run (rules W/N/I): drawn on its left
    assert bidi_layout.visual("Mme שלום 12 rue") == "Mme 12 םולש rue"
    assert bidi_layout.visual("Mme שלום (א) rue") == "Mme (א) םולש rue"  # brackets paired
    assert bidi_layout.visual("ש\u05b8ל") == "ל" + "ש\u05b8"  # a point stays on its letter
    short = safe_text.line("שלום עולם " * 20, "DejaVuSans", 8, 100)
    assert short.startswith("…") and short[::-1].startswith("שלום עולם")


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
                                 [["2026-03-02", "Awa", note]], "No note.")],
        footer="Relais", metadata_title="Case summary"))
    first = pages(pdf, top=16 * 2.8346, bottom=18 * 2.8346)[0][0]
    assert "Notes" in first and "mot0 mot1" in first


_MIXED = st.sampled_from([*"مرحبالأإآةىيكزفقصضطظعغ", "\u064e", "\u0651", "\u0640", *"שלוםאבגד",
                          "\u05b8", *"Mopti", *"2026", " ", " ", "\n", "\n\n", *"()[],.:-",
                          "\u200f", "\u200d", "\u202e"])


def _letters(text: str) -> Counter[str]:
    return Counter(c for c in unicodedata.normalize("NFKC", text)
                   if unicodedata.category(c) in ("Lo", "Lu", "Ll", "Nd"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MIXED, min_size=1, max_size=160).map("".join),
       st.sampled_from(["cell", "cellbold"]))
def test_any_mix_of_directions_prints_every_letter_typed_once(typed: str, style: str) -> None:
    out = io.BytesIO()
    document = SimpleDocTemplate(out, pagesize=(60 * mm, 120 * mm), leftMargin=5 * mm,
                                 rightMargin=5 * mm, topMargin=5 * mm, bottomMargin=5 * mm)
    document.build([bidi_layout.Paragraph(safe_text.para(typed), pdfkit.styles()[style])])
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        printed = "".join(str(c["text"]) for page in pdf.pages for c in page.chars)
    assert _letters(printed) == _letters(safe_text.plain(typed))

"""The referral letter (A4, French or English), rendered in memory to PDF bytes.

Plain data in (``LetterData``, built by ``services.referrals.letters``), bytes out: this module
reads no database and writes no file. What the letter shows of the survivor is decided by the
caller: ``identity`` is ``None`` unless the survivor consented to release information for the
service type, and then only the survivor code appears. The PDF metadata carry the reference
only, never a name.

Layout, top to bottom: letterhead (logo, organisation, site, the organisation's address,
phone and e-mail; title, reference, the referral's date — and on a reprint the day it was
reprinted),
priority band with the due date, provider, services requested, reason, the survivor's
identification, the consent statement, the referring worker with signature lines, the
confidentiality notice, then a dashed cut line and the return slip for the provider. A reprint
carries a "COPY" mark on every page.

A long reason (thousands of characters, hundreds of lines) flows onto further pages: table
rows split across pages, every page after the first repeats the title and reference at its
top, every footer says "page 2 of 3", and the signatures, the notice and the return slip stay
together on the last page. Every user-typed string goes through ``safe_text``.
"""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from desktop.core.catalogue import reference
from desktop.core.documents import pdfkit
from desktop.core.documents.bidi_layout import Paragraph
from desktop.core.documents.cut_line import CutLine
from desktop.core.documents.letter_style import (
    BOLD,
    FONT,
    GREY,
    PRIORITY_COLOURS,
    RULE,
    SHADE,
    french_spacing,
    long_date,
    short_date,
    styles,
    text,
    tr,
)
from desktop.core.documents.safe_text import flat
from desktop.core.documents.safe_text import line as plain_line

MARGIN = 16 * mm
WIDTH = A4[0] - 2 * MARGIN - 12  # the frame keeps 6 pt of padding on each side


@dataclass(frozen=True)
class Identity:
    """The survivor's identification, given only under release consent."""

    name: str | None
    age: int | None
    sex: str | None  # code of the ``sex`` reference list
    phone: str | None
    safe_contact: tuple[str, ...] = ()  # how to call her safely, printed beside the phone


@dataclass(frozen=True)
class LetterData:
    """Everything the letter prints; plain values, no database object."""

    lang: str
    organisation: str
    site_name: str
    reference: str
    issued_on: date  # the referral's date, which the letter carries, original or reprint
    priority: str  # code of ``priorities``
    due_on: date
    service_type: str  # code of ``service_types``
    provider_name: str
    provider_details: tuple[str, ...]  # address, town and region, contact, phone, email
    reason: str
    survivor_code: str
    identity: Identity | None
    consent_given_by: str | None  # a code of consent_given_by; None without consent
    consent_given_on: date | None
    consent_recorded_by: str | None
    override_by: str | None  # the supervisor who overrode a missing consent
    worker_name: str
    copy_number: int = 0  # 0: the original; 1, 2…: reprints, marked "COPY"
    logo: bytes | None = None
    printed_on: date | None = None  # the day of this print; said on a reprint
    organisation_contacts: tuple[str, str, str] = ("", "", "")  # address, phone, e-mail
    worker_phone: str = ""


def _field(label: str, value: str) -> list[Paragraph]:
    st = styles()
    return [Paragraph(text(label), st["label"]), Paragraph(value, st["body"])]


def _grid(rows: list[list[Paragraph]], widths: tuple[float, float] = (42 * mm, WIDTH - 42 * mm),
          shade: bool = False, write_on: int | None = None) -> Table:
    """Label and value rows; from row ``write_on`` on, rows are lines to write on: room
    above each, the label on the line's baseline."""
    table = Table(rows, colWidths=list(widths), splitInRow=1)
    commands: list[tuple[Any, ...]] = [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3 if shade else 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]
    if write_on is not None:
        commands += [("VALIGN", (0, write_on), (-1, -1), "BOTTOM"),
                     ("TOPPADDING", (0, write_on), (-1, -1), 7)]
    if shade:
        commands += [("BACKGROUND", (0, 0), (-1, -1), SHADE),
                     ("BOX", (0, 0), (-1, -1), 0.5, RULE)]
    table.setStyle(TableStyle(commands))
    return table


def _logo(data: bytes | None) -> Flowable | None:
    if not data:
        return None
    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:  # a broken logo must not stop a referral
        return None
    scale = min(16 * mm / height, 32 * mm / width)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale)


def _letterhead(d: LetterData) -> Table:
    st, lang = styles(), d.lang
    names = [Paragraph(text(d.organisation), st["org"]),
             Paragraph(text(d.site_name), st["body"])]
    address, phone, email = d.organisation_contacts
    contacts = [text(address)] if address.strip() else []
    contacts += [text(tr(label, lang)) + " " + text(value) for label, value in
                 (("Phone:", phone), ("E-mail:", email)) if value.strip()]
    if contacts:
        names.append(Paragraph("<br/>".join(contacts), st["contact"]))
    logo = _logo(d.logo)
    left: Flowable | list[Flowable] = names
    if logo is not None:
        left = Table([[logo, names]], colWidths=[logo.drawWidth + 3 * mm, None])
        left.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    right = [Paragraph(text(tr("REFERRAL LETTER", lang)), st["title"]),
             Paragraph(text(d.reference), st["ref"]),
             Paragraph(text(_dated(d)), st["right_small" if d.copy_number > 0 else "right"])]
    table = Table([[left, right]], colWidths=[WIDTH * 0.55, WIDTH * 0.45], splitInRow=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return table


def _dated(d: LetterData) -> str:
    """"Date: 12 February 2026"; on a reprint, "Referral of 12/02/2026 — reprinted on
    29/11/2026": a provider answers the referral of that date, whatever the print."""
    lang = d.lang
    if d.copy_number > 0 and d.printed_on is not None:
        return tr("Referral of {date} — reprinted on {printed}", lang).format(
            date=short_date(d.issued_on), printed=short_date(d.printed_on))
    return tr("Date: {date}", lang).format(date=long_date(d.issued_on, lang))


def _priority(d: LetterData) -> Table:
    st, lang = styles(), d.lang
    line = tr("Priority: {priority} — answer expected by {date}", lang).format(
        priority=reference.label("priorities", d.priority, lang),
        date=long_date(d.due_on, lang))
    table = Table([[Paragraph(text(line), st["priority"])]], colWidths=[WIDTH], splitInRow=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), PRIORITY_COLOURS.get(d.priority, GREY)),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return table


def _survivor(d: LetterData) -> list[list[Paragraph]]:
    lang = d.lang
    rows = [_field(tr("Survivor code", lang), f"<b>{text(d.survivor_code)}</b>")]
    if d.identity is None:
        rows.append(_field(tr("Identification", lang), text(tr(
            "Withheld: the survivor has not consented to release identifying information to "
            "this service. Please use the survivor code only.", lang))))
        return rows
    ident = d.identity
    sex = reference.label("sex", ident.sex, lang) if ident.sex and reference.has(
        "sex", ident.sex) else ""
    for label, value in ((tr("Name", lang), ident.name),
                         (tr("Age", lang), tr("{age} years", lang).format(age=ident.age)
                          if ident.age is not None else None),
                         (tr("Sex", lang), sex), (tr("Phone", lang), ident.phone)):
        rows.append(_field(label, text(value) if value else "—"))
    if ident.safe_contact:
        rows.append(_field(tr("Safe contact", lang),
                           "<br/>".join(text(line) for line in ident.safe_contact)))
    return rows


def _consent(d: LetterData) -> str:
    lang = d.lang
    service = reference.label("service_types", d.service_type, lang)
    if d.override_by:
        return tr("The survivor has not consented to release information for this service "
                  "({service}). The referral was authorised by the supervisor {supervisor}; "
                  "no identifying information is given.", lang).format(
                      service=service, supervisor=d.override_by)
    who = {
        "caregiver": tr("the survivor's caregiver", lang),
        "trusted_adult": tr("another trusted adult, approved by a supervisor", lang),
        "caseworker": tr("the case worker in the child's best interest, approved by a "
                         "supervisor", lang),
    }.get(d.consent_given_by or "", tr("the survivor", lang))
    return tr("Consent to release information for {service} was given by {who} on {date} "
              "and recorded by {worker}.", lang).format(
                  service=service, who=who, date=long_date(d.consent_given_on, lang),
                  worker=d.consent_recorded_by or "—")


def _signatures(d: LetterData) -> Table:
    st, lang = styles(), d.lang
    blank = "_" * 30
    rows = [[Paragraph(text(tr("Referring worker", lang)), st["label"]),
             Paragraph(text(tr("Received by (provider)", lang)), st["label"])],
            [Paragraph("<br/>".join(
                [text(d.worker_name)] + ([text(tr("Phone:", lang)) + " " + text(d.worker_phone)]
                                         if d.worker_phone.strip() else []) +
                [f"{text(d.organisation)} — {text(d.site_name)}"]), st["body"]),
             Paragraph(text(tr("Name:", lang)) + " " + blank, st["body"])],
            [Paragraph(text(tr("Signature:", lang)) + " " + blank, st["body"]),
             Paragraph(text(tr("Signature and date:", lang)) + " " + blank, st["body"])]]
    table = Table(rows, colWidths=[WIDTH / 2, WIDTH / 2], splitInRow=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 2), (-1, 2), 12),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _return_slip(d: LetterData) -> list[Flowable]:
    st, lang = styles(), d.lang
    line = "_" * int((WIDTH - 42 * mm - 8) / stringWidth("_", FONT, 9.2))
    intro = tr("To be completed by the provider and returned to {organisation}, {site}, "
               "quoting the reference.", lang).format(organisation=d.organisation,
                                                      site=d.site_name)
    st_body = st["body"]
    rows = [
        _field(tr("Reference", lang), f"<b>{text(d.reference)}</b>"),
        _field(tr("Provider", lang), text(d.provider_name)),
        _field(tr("Received on", lang), "____ / ____ / ________"),
    ]
    # Each label sits on the baseline of its first write-on line; further lines follow it.
    for label, count in (("Services given", 2), ("Next steps", 2),
                         ("Name, signature, date", 1)):
        rows.append(_field(tr(label, lang), line))
        rows += [[Paragraph("", st_body), Paragraph(line, st_body)]] * (count - 1)
    return [
        CutLine(tr("Cut here and return the slip below", lang), WIDTH),
        Paragraph(text(tr("RETURN SLIP (counter-referral)", lang)), st["slip_title"]),
        Paragraph(text(intro), st["small"]),
        Spacer(1, 2 * mm),
        _grid(rows, shade=True, write_on=2),
    ]


def _story(d: LetterData) -> list[Flowable]:
    st, lang = styles(), d.lang
    services = reference.label("service_types", d.service_type, lang)
    provider = "<br/>".join([f"<b>{text(d.provider_name)}</b>"] +
                            [text(line) for line in d.provider_details if line])
    story: list[Flowable] = [
        _letterhead(d), Spacer(1, 3 * mm), _priority(d), Spacer(1, 2 * mm),
        _grid([_field(tr("To", lang), provider),
               _field(tr("Services requested", lang), f"<b>{text(services)}</b>"),
               _field(tr("Reason for referral", lang), text(d.reason) or "—")]),
        Paragraph(text(tr("Survivor", lang)), st["heading"]),
        _grid(_survivor(d)),
        Paragraph(text(tr("Consent", lang)), st["heading"]),
        Paragraph(text(_consent(d)), st["body"]),
    ]
    # What the provider signs and sends back stays in one piece, on the last page.
    story.append(KeepTogether([
        Spacer(1, 3 * mm),
        _signatures(d),
        Spacer(1, 3 * mm),
        Paragraph(text(tr(
            "CONFIDENTIAL. This letter contains information about a survivor of violence. Share "
            "it only with the staff who provide the service; keep it locked away; do not copy "
            "it, photograph it or send it by messaging applications. Destroy it when it is no "
            "longer needed.", lang)), st["small"]),
        *_return_slip(d)]))
    return story


def _watermark(d: LetterData):  # type: ignore[no-untyped-def]
    """The page callback of a reprint: "COPY" across the page, under the text."""

    def draw(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        if d.copy_number <= 0:
            return
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.16))
        canvas.setFont(BOLD, 96)
        canvas.translate(A4[0] / 2, A4[1] / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, -30, plain_line(tr("COPY", d.lang)))
        canvas.restoreState()

    return draw


def _margins(d: LetterData) -> pdfkit.PageDrawer:
    """Footer on every page ("page 2 of 3"); on later pages, the title and reference at the
    top; on a reprint, "COPY no. n" at the top right of every page."""
    lang = d.lang

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(GREY)
        footer = tr("Confidential — {reference} — page {page} of {pages}", lang).format(
            reference=d.reference, page=page, pages=pages)
        canvas.drawCentredString(A4[0] / 2, 9 * mm, plain_line(footer, FONT, 7, WIDTH))
        copy = ""
        if d.copy_number > 0:
            copy = plain_line(tr("COPY no. {number}", lang).format(number=d.copy_number))
            canvas.setFillColor(colors.HexColor("#b3261e"))
            canvas.setFont(BOLD, 9)
            canvas.drawRightString(A4[0] - MARGIN, A4[1] - 9 * mm, copy)
        if page > 1:
            room = WIDTH - canvas.stringWidth(copy, BOLD, 9) - 6 * mm
            header = tr("Referral letter {reference} (continued, page {page} of {pages})",
                        lang).format(reference=d.reference, page=page, pages=pages)
            canvas.setFillColor(GREY)
            canvas.setFont(BOLD, 8)
            canvas.drawString(MARGIN + 6, A4[1] - 9 * mm, plain_line(header, BOLD, 8, room))
        canvas.restoreState()

    return draw


def _no_orphans(d: LetterData) -> LetterData:
    """The free text typed for the letter (often French, whatever the letter's language): a
    space before ``: ; ? !`` becomes non-breaking, so a wrapped line never starts with one."""
    return dataclasses.replace(
        d, reason=french_spacing(d.reason),
        provider_details=tuple(french_spacing(v) for v in d.provider_details))


def render(d: LetterData) -> bytes:
    """The letter as PDF bytes (A4). Metadata: a title with the reference, nothing else."""
    d = _no_orphans(d)
    buffer = io.BytesIO()
    title = flat(tr("Referral letter {reference}", d.lang).format(reference=d.reference))
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=13 * mm,
        bottomMargin=14 * mm, title=title, author="Relais", subject=tr(
            "Referral letter", d.lang), creator="Relais", producer="Relais", keywords="",
        lang=d.lang)
    watermark = _watermark(d)
    doc.build(_story(d), onFirstPage=watermark, onLaterPages=watermark,
              canvasmaker=pdfkit.paged_canvas(_margins(d)))
    return buffer.getvalue()

"""The case summary PDF: the whole case file of one case, from plain, labelled data.

The document is confidential (it carries the survivor's identity); its metadata does not.
Every string goes through ``safe_text`` (markup escaped, control characters dropped); table
rows split across pages, so a note or an account of any length prints in full.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from desktop.core.documents import pdfkit
from desktop.core.documents.bidi_layout import Paragraph
from desktop.core.documents.safe_text import para, plain

WIDTH = A4[0] - 36 * mm
PAGE_BODY = A4[1] - 34 * mm - 12  # the frame's height, less its padding


@dataclass(frozen=True)
class Section:
    """A titled list of (label, value) lines; ``blocks`` are long texts shown below."""

    title: str
    lines: list[tuple[str, str]] = field(default_factory=list)
    blocks: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Grid:
    """A titled table (header and rows of text); ``empty`` is shown when there are no rows.
    Its columns are sized to their content (``fit_widths``)."""

    title: str
    header: list[str]
    rows: list[list[str]]
    empty: str = ""


@dataclass(frozen=True)
class SummaryDoc:
    """Everything the case summary shows, as labelled strings, in display order."""

    title: str
    subtitle_lines: list[str]
    confidential: str
    parts: Sequence[Section | Grid]
    footer: str
    metadata_title: str


def _section(part: Section) -> list[Flowable]:
    st = pdfkit.styles()
    out: list[Flowable] = [Paragraph(para(part.title), st["h2"])]
    if part.lines:
        rows = [[Paragraph(para(k), st["small"]), Paragraph(para(v or "—"), st["cell"])]
                for k, v in part.lines]
        grid = Table(rows, colWidths=[58 * mm, WIDTH - 58 * mm], hAlign="LEFT", splitInRow=1)
        grid.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d9e2ec")),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]))
        out.append(grid)
    for label, text in part.blocks:
        out.append(KeepTogether([Paragraph(para(label), st["h3"]),
                                 Paragraph(para(text or "—"), st["body"])]))
    return out


PAD = 6.5  # left and right cell padding, and a little air
LONGEST_TOKEN = 0.45  # a token wider than this share of the page breaks, as it must


def _measure(value: str, font: str, size: float) -> tuple[float, float]:
    """(widest word, whole text on one line) of a cell, in points."""
    text = plain(value)
    return (max(stringWidth(w, font, size) for w in text.split() or [""]),
            max(stringWidth(" ".join(line.split()), font, size)
                for line in text.splitlines() or [""]))


def fit_widths(header: list[str], rows: list[list[str]], width: float = WIDTH) -> list[float]:
    """Column widths sized to their content: every column at least as wide as its widest
    word (a reference, a date, a code never breaks mid-token), the room left shared out in
    proportion to what each column's longest text still needs; short tables fill the page."""
    cell, bold = pdfkit.styles()["cell"], pdfkit.styles()["cellbold"]
    least, want = [], []
    for column, head in enumerate(header):
        sizes = [_measure(head, bold.fontName, bold.fontSize)]
        sizes += [_measure(row[column], cell.fontName, cell.fontSize) for row in rows
                  if column < len(row)]
        least.append(min(max(w for w, _ in sizes), width * LONGEST_TOKEN) + PAD)
        want.append(max(max(n for _, n in sizes) + PAD, least[-1]))
    if sum(least) >= width:  # too many long tokens: shrink them all (they then break)
        return [w * width / sum(least) for w in least]
    if sum(want) <= width:  # everything fits on one line: spread the spare room
        return [w * width / sum(want) for w in want]
    room, extra = width - sum(least), [w - m for w, m in zip(want, least, strict=True)]
    return [m + room * e / sum(extra) for m, e in zip(least, extra, strict=True)]


def _grid(part: Grid) -> list[Flowable]:
    st = pdfkit.styles()
    out: list[Flowable] = [Paragraph(para(part.title), st["h2"])]
    if not part.rows:
        return [*out, Paragraph(para(part.empty), st["small"])]
    widths = fit_widths(part.header, part.rows)
    data = [[Paragraph(para(h), st["cellbold"]) for h in part.header]]
    data += [[Paragraph(para(c), st["cell"]) for c in row] for row in part.rows]
    grid = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    grid.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), pdfkit.LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, pdfkit.ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#d9e2ec")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [*out, grid]


def _together(flow: list[Flowable]) -> list[Flowable]:
    """A title kept with its table when both fit on a page; a longer table (a long note)
    starts right under its title instead of leaving the rest of the page blank."""
    height = sum(f.wrap(WIDTH, PAGE_BODY)[1] for f in flow)
    return [KeepTogether(flow)] if height <= PAGE_BODY else flow


def render(doc: SummaryDoc) -> bytes:
    """The PDF bytes of ``doc``."""
    st = pdfkit.styles()
    buffer = io.BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                 topMargin=16 * mm, bottomMargin=18 * mm,
                                 **pdfkit.neutral_metadata(doc.metadata_title))
    story: list[Flowable] = [Paragraph(para(doc.title), st["h1"])]
    story += [Paragraph(para(line), st["body"]) for line in doc.subtitle_lines]
    banner = Table([[Paragraph(para(doc.confidential), st["cellbold"])]], colWidths=[WIDTH],
                   splitInRow=1)
    banner.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#c8553d")),
                                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbeae5"))]))
    story += [Spacer(1, 3 * mm), banner]
    for part in doc.parts:
        flow = _section(part) if isinstance(part, Section) else _grid(part)
        story.append(CondPageBreak(30 * mm))
        story += _together(flow[:2])
        story += flow[2:]

    pdfkit.build(template, story, pdfkit.footer(doc.footer))
    return buffer.getvalue()

"""The period report as a PDF: tables of counts, each with a simple bar chart (A4).

Takes plain data (``ReportDoc``), already suppressed and labelled in the report's language.
Every string (the site's name among them) goes through ``safe_text``: "<5" and a site called
``Mopti <Centre> 2`` print as written.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
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
from desktop.core.documents.safe_text import line, para


@dataclass(frozen=True)
class DocTable:
    """One table: header and rows as shown; ``chart`` (label, count, or the mark of a hidden
    count, drawn without a bar)."""

    title: str
    header: list[str]
    rows: list[list[str]]
    chart: list[tuple[str, int | str]] | None = None
    note: str = ""
    total_row: bool = True


@dataclass(frozen=True)
class ReportDoc:
    """Everything the PDF shows, as plain strings."""

    title: str
    subtitle_lines: list[str]
    figures: list[tuple[str, str]]
    tables: list[DocTable]
    footer: str
    small_label: str = "<5"
    chart_label: str = "Chart:"
    notes: list[str] = field(default_factory=list)


WIDTH = A4[0] - 36 * mm


def _table(table: DocTable) -> Table:
    st = pdfkit.styles()
    wide = len(table.header) > 5
    size = 6.5 if wide else 8.5
    head_style = ParagraphStyle("head", parent=st["cellbold"], fontSize=size, leading=size + 2)
    number_style = ParagraphStyle("headnum", parent=head_style, alignment=TA_RIGHT)
    header = [Paragraph(para(table.header[0]), head_style),
              *(Paragraph(para(h), number_style) for h in table.header[1:])]
    body = [[Paragraph(para(row[0]), st["cell"]), *(line(c) for c in row[1:])]
            for row in table.rows]
    if table.total_row and body:
        body[-1][0] = Paragraph(para(table.rows[-1][0]), st["cellbold"])
    first = 40 * mm if wide else 95 * mm
    rest = min((WIDTH - first) / max(1, len(table.header) - 1), 30 * mm)
    grid = Table([header, *body], colWidths=[first] + [rest] * (len(table.header) - 1),
                 repeatRows=1, hAlign="LEFT", splitInRow=1)
    style = [
        ("FONT", (0, 0), (-1, -1), pdfkit.FONT, 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), pdfkit.LIGHT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, pdfkit.ACCENT),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f9fa")]),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#d9e2ec")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (1, 0), (-1, -1), 1.5), ("RIGHTPADDING", (1, 0), (-1, -1), 3),
    ]
    if table.total_row and table.rows:
        style += [("FONT", (0, -1), (-1, -1), pdfkit.FONT_BOLD, 8.5),
                  ("LINEABOVE", (0, -1), (-1, -1), 0.8, pdfkit.ACCENT)]
    grid.setStyle(TableStyle(style))
    return grid


def _chart(values: list[tuple[str, int | str]], small_label: str) -> Flowable | None:
    if not values or not any(isinstance(v, int) and v for _, v in values):
        return None
    labels = [line(label, pdfkit.FONT, 7, 66 * mm) for label, _ in values]
    data = [v if isinstance(v, int) else None for _, v in values]  # None: no bar, no "0"
    counts = [v for v in data if v is not None]
    bar_space = 11
    height = bar_space * len(values) + 24
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 68 * mm, 14
    chart.width, chart.height = WIDTH - 80 * mm, bar_space * len(values)
    chart.data = [list(reversed(data))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = pdfkit.FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.labels.fontName = pdfkit.FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    step = _nice_step(max(counts))
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = step * -(-max(max(counts), 1) // step)
    chart.bars[0].fillColor = pdfkit.ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = pdfkit.FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    chart.barSpacing = 1
    drawing.add(chart)
    for i, (_, value) in enumerate(values):  # a hidden count: its mark where the bar starts
        if isinstance(value, str):
            y = chart.y + chart.height - (i + 0.5) * bar_space - 2.5
            drawing.add(String(chart.x + 3, y, value, fontName=pdfkit.FONT, fontSize=6.5,
                               fillColor=colors.HexColor("#666666")))
    drawing.add(String(0, 0, "", fontName=pdfkit.FONT, fontSize=1))
    return drawing


def _nice_step(top: int) -> int:
    """A round axis step (1, 2, 5, 10, 20, 50 …) giving about five ticks."""
    step = 1
    while top / step > 6:
        for factor in (2, 5 / 2, 2):
            step = int(step * factor)
            if top / step <= 6:
                break
    return step


def render(doc: ReportDoc) -> bytes:
    """The PDF bytes of ``doc``."""
    st = pdfkit.styles()
    buffer = io.BytesIO()
    template = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                                 topMargin=16 * mm, bottomMargin=18 * mm,
                                 **pdfkit.neutral_metadata(doc.title))
    story: list[Flowable] = [Paragraph(para(doc.title), st["h1"])]
    story += [Paragraph(para(text), st["body"]) for text in doc.subtitle_lines]
    story.append(Spacer(1, 4 * mm))
    figures = Table([[Paragraph(para(k), st["cell"]), Paragraph(para(v), st["cellbold"])]
                     for k, v in doc.figures], colWidths=[110 * mm, WIDTH - 110 * mm],
                    hAlign="LEFT", splitInRow=1)
    figures.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, pdfkit.ACCENT),
                                 ("BACKGROUND", (0, 0), (-1, -1), pdfkit.LIGHT),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(figures)
    for table in doc.tables:
        part: list[Flowable] = [Paragraph(para(table.title), st["h2"]), _table(table)]
        if table.note:
            part.append(Paragraph(para(table.note), st["small"]))
        chart = _chart(table.chart or [], doc.small_label)
        story.append(CondPageBreak(60 * mm))
        story.append(KeepTogether(part))
        if chart is not None:
            caption = Paragraph(para(f"{doc.chart_label} {table.title}"), st["small"])
            story.append(KeepTogether([Spacer(1, 3 * mm), caption, chart]))
    story += [Spacer(1, 4 * mm), *(Paragraph(para(n), st["small"]) for n in doc.notes)]
    pdfkit.build(template, story, pdfkit.footer(doc.footer))
    return buffer.getvalue()

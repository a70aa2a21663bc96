"""What every Relais PDF shares: the embedded Unicode font, styles, neutral metadata, page
numbers ("page 2 of 3", known once the document is laid out), AES-256.

PDFs are built in memory (``bytes``); the caller writes them where the user chose. Metadata
never holds anything about a survivor: the title is generic, the author is "Relais". User text
goes through ``documents.safe_text`` before it reaches a paragraph, the canvas or the metadata.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import cache
from typing import Any

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, StyleSheet1, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate
from reportlab.platypus.flowables import Flowable

from desktop.core.documents.fonts import FONT, FONT_BOLD, register_fonts
from desktop.core.documents.fonts import FONT_ITALIC as FONT_ITALIC
from desktop.core.documents.safe_text import flat, line

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#2b6777")
LIGHT = colors.HexColor("#e8f0f2")
CHART_COLOURS = [colors.HexColor(c) for c in ("#2b6777", "#c8553d", "#f2a541", "#52ab98",
                                               "#7d5ba6", "#8c8c8c")]


@cache
def styles() -> StyleSheet1:
    """Paragraph styles in DejaVu Sans: ``body``, ``small``, ``h1``, ``h2``, ``cell``."""
    register_fonts()
    sheet = getSampleStyleSheet()
    base = ParagraphStyle("body", parent=sheet["Normal"], fontName=FONT, fontSize=9.5,
                          leading=12.5, textColor=INK)
    out = StyleSheet1()
    out.add(base)
    out.add(ParagraphStyle("small", parent=base, fontSize=8, leading=10,
                           textColor=colors.HexColor("#52606d")))
    out.add(ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5))
    out.add(ParagraphStyle("cellbold", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                           leading=10.5))
    out.add(ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20,
                           spaceAfter=6, textColor=ACCENT))
    out.add(ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                           spaceBefore=10, spaceAfter=4, textColor=ACCENT))
    out.add(ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12.5,
                           spaceBefore=6, spaceAfter=2))
    return out


PageDrawer = Callable[[Canvas, int, int], None]


def paged_canvas(draw: PageDrawer) -> type[Canvas]:
    """A canvas class that calls ``draw(canvas, page, pages)`` on every page once the
    number of pages is known (at save), for "page 2 of 3" footers and running headers."""

    class PagedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return PagedCanvas


def build(template: SimpleDocTemplate, story: list[Flowable], draw: PageDrawer) -> None:
    """Lay out ``story`` in ``template``; ``draw(canvas, page, pages)`` adds each page's
    footer (and header) once the page count is known."""
    template.build(story, canvasmaker=paged_canvas(draw))


def footer(text: str) -> PageDrawer:
    """A page drawer writing ``text`` and "page / pages" at the foot of each A4 page."""
    def draw(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#52606d"))
        canvas.drawString(18 * mm, 10 * mm, line(text, FONT, 7.5, A4[0] - 60 * mm))
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"{page} / {pages}")
        canvas.restoreState()

    return draw


def neutral_metadata(title: str) -> dict[str, str]:
    """Document properties that identify nobody (for ``SimpleDocTemplate``)."""
    title = flat(title)
    return {"title": title, "author": "Relais", "subject": title, "creator": "Relais",
            "producer": "Relais", "keywords": ""}


def encrypt(pdf: bytes, password: str) -> bytes:
    """The same PDF encrypted with AES-256 (PDF 2.0 security handler, /V 5 /R 6)."""
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    writer.encrypt(user_password=password, owner_password=password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

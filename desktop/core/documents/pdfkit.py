"""What every Relais PDF shares: the embedded Unicode font, styles, neutral metadata, AES-256.

PDFs are built in memory (``bytes``); the caller writes them where the user chose. Metadata
never holds anything about a survivor: the title is generic, the author is "Relais".
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
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#2b6777")
LIGHT = colors.HexColor("#e8f0f2")
CHART_COLOURS = [colors.HexColor(c) for c in ("#2b6777", "#c8553d", "#f2a541", "#52ab98",
                                               "#7d5ba6", "#8c8c8c")]


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, oblique) once; returns the regular font's name."""
    folder = resources_dir() / "fonts"
    for name in (FONT, FONT_BOLD, FONT_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)
    return FONT


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


def footer(text: str) -> Callable[[Any, Any], None]:
    """A page callback drawing ``text`` and the page number at the foot of each A4 page."""

    def draw(canvas: Any, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(colors.HexColor("#52606d"))
        canvas.drawString(18 * mm, 10 * mm, text)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, str(canvas.getPageNumber()))
        canvas.restoreState()

    return draw


def neutral_metadata(title: str) -> dict[str, str]:
    """Document properties that identify nobody (for ``SimpleDocTemplate``)."""
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

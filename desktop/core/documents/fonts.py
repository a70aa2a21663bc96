"""The font every Relais PDF embeds: DejaVu Sans (``resources/fonts``, with its licence).

It covers French accents, the Bambara letters (ɛ ɔ ɲ ŋ and their capitals), Arabic letters
and many symbols; reportlab's built-in fonts would drop them. ``drawable()`` tells which
characters all three faces can print (``safe_text`` replaces the others).
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"


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
def drawable() -> frozenset[int]:
    """The code points that every embedded face (regular, bold, oblique) has a glyph for."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in  # type: ignore[attr-defined]
             (FONT, FONT_BOLD, FONT_ITALIC)]
    covered = set(faces[0].charToGlyph)
    for face in faces[1:]:
        covered &= set(face.charToGlyph)
    return frozenset(covered)

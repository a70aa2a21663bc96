"""The font every Relais PDF embeds: DejaVu Sans (``resources/fonts``, with its licence).

It covers French accents, the Bambara letters (ɛ ɔ ɲ ŋ and their capitals), Arabic letters
and many symbols; reportlab's built-in fonts would drop them. ``drawable()`` tells which
characters the regular face can print (``safe_text`` replaces the others) and
``regular_only()`` which of them the bold or oblique face lacks.
"""

from __future__ import annotations

import re
from functools import cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.paths import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"


_WIDE = re.compile(r"> <([0-9A-F]{5,6})>$", re.MULTILINE)
_reportlab_cmap = ttfonts.makeToUnicodeCMap


def _utf16(match: re.Match[str]) -> str:
    return "> <" + chr(int(match.group(1), 16)).encode("utf-16-be").hex().upper() + ">"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's text-layer map, with characters beyond U+FFFF (emoji) written as UTF-16
    surrogate pairs as the PDF format wants: reportlab writes five hex digits, which readers
    reject, so an emoji printed but could not be copied or searched."""
    return _WIDE.sub(_utf16, _reportlab_cmap(fontname, subset))


@cache
def register_fonts() -> str:
    """Register DejaVu Sans (regular, bold, oblique) once; returns the regular font's name."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # type: ignore[assignment]
    folder = resources_dir() / "fonts"
    for name in (FONT, FONT_BOLD, FONT_ITALIC):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC,
                                  boldItalic=FONT_BOLD)
    return FONT


def _covered(name: str) -> frozenset[int]:
    register_fonts()
    face = pdfmetrics.getFont(name).face  # type: ignore[attr-defined]
    return frozenset(face.charToGlyph)


@cache
def drawable() -> frozenset[int]:
    """The code points the regular face has a glyph for (the widest of the three)."""
    return _covered(FONT)


@cache
def regular_only() -> frozenset[int]:
    """Code points the regular face has but the bold or the oblique face lacks (Arabic,
    some symbols): ``safe_text`` prints them in the regular face, even inside bold text."""
    return drawable() - (_covered(FONT_BOLD) & _covered(FONT_ITALIC))

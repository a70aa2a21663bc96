"""Fonts, paragraph styles and small helpers for the referral letter.

The letter embeds DejaVu Sans (``documents.fonts``) so that accents, Bambara letters
(ɛ ɔ ɲ ŋ) and typographic signs print exactly. User text always goes through ``text()``
(``safe_text.para``): escaped for reportlab's paragraph markup, control characters dropped.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from desktop.core.documents.fonts import FONT, register_fonts
from desktop.core.documents.fonts import FONT_BOLD as BOLD
from desktop.core.documents.safe_text import para
from desktop.core.i18n import translate

INK = colors.HexColor("#1a1a1a")
GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#999999")
SHADE = colors.HexColor("#f2f2f2")
PRIORITY_COLOURS = {"emergency": colors.HexColor("#b3261e"),
                    "urgent": colors.HexColor("#c25e00"),
                    "normal": colors.HexColor("#3c5a78")}
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")


def text(value: str | None) -> str:
    """User text made safe for paragraph markup (line breaks kept)."""
    return para(value)


def long_date(value: date | None, lang: str) -> str:
    """``2 mars 2026`` / ``2 March 2026`` (never ambiguous, unlike 02/03)."""
    if value is None:
        return ""
    months = _MONTHS_FR if lang == "fr" else _MONTHS_EN
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    return f"{day} {months[value.month - 1]} {value.year}"


def short_date(value: date | None) -> str:
    """``12/02/2026``, as the user reads dates (day first in French and in Mali's English)."""
    return "" if value is None else value.strftime("%d/%m/%Y")


def french_spacing(value: str) -> str:
    """French typography: the space before ``: ; ? !`` (and inside « ») made non-breaking
    (U+00A0, which reportlab never breaks at), so no line of the letter starts with ":"."""
    for sign in (":", ";", "?", "!", "»"):
        value = value.replace(f" {sign}", f"\u00a0{sign}")
    return value.replace("« ", "«\u00a0")


def tr(source: str, lang: str) -> str:
    """A letter string in ``lang`` (in French, with non-breaking spaces before ``: ; ? !``)."""
    value = translate("LetterDocument", source, lang=lang)
    return french_spacing(value) if lang == "fr" else value


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the letter."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.2, leading=12, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.6, leading=9.6,
                                textColor=GREY),
        "label": ParagraphStyle("label", parent=base, fontName=BOLD, fontSize=8,
                                leading=10, textColor=GREY),
        "contact": ParagraphStyle("contact", parent=base, fontSize=8, leading=12,
                                  textColor=GREY),
        "org": ParagraphStyle("org", parent=base, fontName=BOLD, fontSize=13, leading=16),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=13,
                                leading=16, alignment=2),
        "right": ParagraphStyle("right", parent=base, alignment=2),
        # a reprint's two dates: smaller, on the same leading (the page does not move)
        "right_small": ParagraphStyle("right_small", parent=base, fontSize=8, leading=12,
                                      alignment=2),
        "ref": ParagraphStyle("ref", parent=base, fontName=BOLD, fontSize=11, leading=14,
                              alignment=2),
        "heading": ParagraphStyle("heading", parent=base, fontName=BOLD, fontSize=9.6,
                                  leading=12, spaceBefore=5, spaceAfter=2),
        "slip_title": ParagraphStyle("slip_title", parent=base, fontName=BOLD, fontSize=10.5,
                                     leading=13),
        "priority": ParagraphStyle("priority", parent=base, fontName=BOLD, fontSize=9.6,
                                   leading=12, textColor=colors.white),
    }

"""User text made safe for every Relais PDF — the one place all documents go through.

reportlab's ``Paragraph`` parses a small HTML-like markup, so ``Mopti <Centre> 2`` or
``<font size=90>`` typed by a person would be read as tags (or crash the build). Strings drawn
on the canvas (footers, headers, chart labels) and the PDF metadata are not parsed, but a
control character or a character the embedded font lacks would still print as a blank box or
as ``\\x00`` in the text layer. Three functions cover every use:

- :func:`plain`: the text cleaned — line breaks made ``\\n`` (runs of blank lines cut to one),
  tabs made spaces, other control characters dropped, characters that DejaVu Sans cannot draw
  (and lone surrogates) replaced by U+FFFD "�", which the font has;
- :func:`para`: :func:`plain` with Arabic letters joined (``bidi_layout.shape``, typed order
  kept), escaped for paragraph markup, line breaks as ``<br/>``, and the letters that only the
  regular face has (Arabic…) set in that face even in bold; ``bidi_layout.Paragraph`` wraps it
  and draws each line in visual order;
- :func:`line`: one line for the canvas, in drawing order (``bidi_layout.reorder``),
  optionally shortened with "…" to fit;
- :func:`flat`: :func:`plain` on one line, in typed order, for the PDF metadata.

Words longer than a line are wrapped by reportlab itself (``splitLongWords``, on in every
style) inside paragraphs and table cells; the tests check it with 5,000 characters.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

from desktop.core.documents.bidi_layout import reorder, shape
from desktop.core.documents.fonts import FONT, drawable, regular_only

REPLACEMENT = "\ufffd"
_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def _char(c: str, covered: frozenset[int]) -> str:
    if c == "\n":
        return c
    if c == "\t":
        return " "
    kind = unicodedata.category(c)
    if kind == "Cc":
        return ""
    if kind == "Cf" and ord(c) not in covered:  # invisible format marks: nothing to print
        return ""
    if kind == "Cs" or ord(c) not in covered:
        return REPLACEMENT
    return c


def plain(value: object) -> str:
    """``value`` as text the embedded font prints in full (see the module's description)."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", _BREAKS.sub("\n", str(value)))
    if not text.isascii() or not text.isprintable():
        covered = drawable()
        text = "".join(_char(c, covered) for c in text)
    return _BLANK_LINES.sub("\n\n", text).strip()


def para(value: object) -> str:
    """User text as paragraph markup that prints exactly as typed (line breaks kept)."""
    text = escape(shape(plain(value))).replace("\n", "<br/>")
    if text.isascii():
        return text
    fallback, out, inside = regular_only(), [], False
    for c in text:  # letters the bold face lacks (Arabic…) print in the regular face
        needs = ord(c) in fallback
        if needs != inside:
            out.append(f'<font face="{FONT}">' if needs else "</font>")
            inside = needs
        out.append(c)
    if inside:
        out.append("</font>")
    return "".join(out)


def flat(value: object) -> str:
    """:func:`plain` on one line, in typed order (for the PDF metadata)."""
    return " ".join(plain(value).split())


def line(value: object, font: str | None = None, size: float = 0, width: float = 0) -> str:
    """User text on one line for the canvas, in drawing order; with ``font``, ``size`` and
    ``width`` (points), shortened with "…" so that it fits (the end of the typed text is cut,
    whatever the direction)."""
    text = shape(flat(value))
    if font is None or width <= 0 or pdfmetrics.stringWidth(text, font, size) <= width:
        return reorder(text)
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return reorder(text[:low].rstrip() + "…")

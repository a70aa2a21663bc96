"""Reading Relais PDFs back the way a reader sees them: page by page, body and margins apart.

``body`` is what lies between the top and bottom margins (the running header and the footer
left out), so that a reason continued over several pages can be joined back; ``squash``
removes the line breaks and spaces that wrapping adds (and that a reader does not count).
"""

from __future__ import annotations

import io
import re
import unicodedata

import pypdf
from reportlab.lib.units import mm

NASTY = {
    "empty": "",
    "5000 chars without spaces": "x" * 5000,
    "1250 words": " ".join(f"mot{i}" for i in range(1250)),
    "200 line breaks": "".join(f"ligne {i}\n" for i in range(200)),
    "only line breaks": "\n" * 200,
    "tabs": "avant\tapr\u00e8s\t\tfin",
    "control characters": "a\x00b\x07c\x1bd\x7fe",
    "right to left": "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd",
    "less than": "Mopti <Centre> 2",
    "ampersands": "A & B &amp; C",
    "unmatched bold": "<b>gras",
    "font tag": "<font size=90>grand</font>",
    "emoji and Bambara": "\U0001f600 \u025b\u0254\u0272\u014b \u0190\u0186\u019d\u014a",
}
"""Strings a person could type, each one known to have broken a PDF generator somewhere."""


def printed(value: str) -> str:
    """What a nasty string reads as once printed: control characters gone, tabs spaces."""
    out = "".join(" " if c == "\t" else c for c in value if c == "\t" or c == "\n"
                  or not (ord(c) < 32 or ord(c) == 127))
    return out.strip()


def found(value: str, body: str) -> int:
    """How many times the printed form of ``value`` is in ``body``, spaces and line breaks
    ignored. Arabic prints in its joined shapes (presentation forms, folded back here) and a
    reader gives right-to-left words back in an order of its own: each word of such text is
    then counted on its own, and the rarest one counts."""
    wanted, text = printed(value), squash(body)
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in wanted):
        text = unicodedata.normalize("NFKC", text)
        return min(text.count(word) for word in wanted.split())
    return text.count(squash(wanted))


def squash(text: str) -> str:
    """``text`` without any whitespace."""
    return re.sub(r"\s+", "", text)


def page_count(pdf: bytes) -> int:
    """How many pages ``pdf`` has."""
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def pages(pdf: bytes, top: float = 13 * mm, bottom: float = 14 * mm) -> list[tuple[str, str]]:
    """(body, margins) text of each page: the body between ``top`` and ``bottom`` (points
    from the page edges), the margins the running header and footer."""
    out = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        height = float(page.mediabox.height)
        inside: list[str] = []
        outside: list[str] = []

        def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object,
                  inside: list[str] = inside, outside: list[str] = outside,
                  height: float = height) -> None:
            if cm[1] or cm[2] or tm[1] or tm[2]:  # the slanted "COPY" mark across the page
                return
            y = cm[5] + tm[5] * cm[3] + tm[4] * cm[1]
            (inside if bottom <= y <= height - top else outside).append(text)

        page.extract_text(visitor_text=visit)
        out.append(("".join(inside), "".join(outside)))
    return out


def body(pdf: bytes, **margins: float) -> str:
    """The body text of every page, joined."""
    return "\n".join(b for b, _ in pages(pdf, **margins))

"""Right-to-left text (Arabic, Hebrew…) printed in reading order, by well-kept libraries.

reportlab draws the characters of a line left to right as they come and, on its own, leaves
Arabic letters unjoined. Two libraries do the work, each at the moment it belongs to:

- shaping, by ``arabic_reshaper``, on the typed (logical) text before reportlab measures and
  wraps it: each Arabic letter takes its joined form (Unicode presentation forms, which DejaVu
  Sans has), with the lam-alef ligatures, so the widths reportlab wraps with are the printed
  ones;
- reordering, by ``python-bidi`` (the Unicode Bidirectional Algorithm: its Rust engine
  resolves each character's level, bracket pairs included; its own reordering and mirroring
  steps then lay out the line), on each line once reportlab has wrapped the paragraph
  (:class:`Paragraph` reorders at drawing time), so that a right-to-left passage longer than
  one line reads from the top line down; canvas strings (footers, chart labels) are one line
  (:func:`visual`, :func:`reorder`).

Splitting a paragraph across pages works on the typed order too: only drawing is visual.
Each paragraph (text between line breaks) takes its direction from its first letter with a
direction (rule P2): Arabic first, the line reads from the right, its period on the left.
Lines stay aligned as the document's style says (left in the French and English layouts).
N'Ko prints in reading order but unjoined: it has no presentation forms, only a shaping
engine (HarfBuzz) could join it.

Why not reportlab's own ``wordWrap="RTL"``: it needs ``rlbidi``, which PyPI does not have,
and reportlab 5.1 leaves it off for paragraphs with markup (``bidiSort = False`` in its
line breaking), which every Relais paragraph with Arabic has (a font tag sets it in the
regular face).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from itertools import groupby
from typing import Any

import arabic_reshaper
import bidi
from arabic_reshaper.ligatures import LETTERS_LIGATURES, SENTENCES_LIGATURES, WORDS_LIGATURES
from bidi import algorithm as uba
from reportlab.platypus import Paragraph as _ReportlabParagraph

from desktop.core.documents.fonts import drawable


@cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    """arabic_reshaper set for the embedded font: harakat kept, and only the ligatures whose
    glyphs DejaVu Sans has (the others print as their letters, never as blank boxes)."""
    covered = drawable()
    config: dict[str, Any] = {"delete_harakat": False, "support_ligatures": True}
    for group in (SENTENCES_LIGATURES, WORDS_LIGATURES, LETTERS_LIGATURES):
        for name, (_, forms) in group:
            config[name] = all(ord(c) in covered for form in forms for c in form)
    return arabic_reshaper.ArabicReshaper(configuration=config)


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter (Hebrew, Arabic, N'Ko…)."""
    return not text.isascii() and any(
        unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def shape(text: str) -> str:
    """Arabic letters in their joined forms, typed order kept (other text unchanged)."""
    return _reshaper().reshape(text) if has_rtl(text) else text


def _base_level(text: str) -> int:
    """1 if ``text`` reads from the right (its first letter with a direction is), else 0."""
    return bidi.get_base_level(text) if text.strip() else 0


_LEVEL = re.compile(r"Level\(\s*(\d+)")
_REMOVED = frozenset(("RLE", "LRE", "RLO", "LRO", "PDF", "BN"))  # rule X9: not drawn


def _resolved_levels(text: str, base_level: int) -> list[int]:
    """The embedding level of each character of ``text`` as python-bidi's Rust engine
    (unicode-bidi, full UBA with bracket pairs) resolves them: ``get_display`` with
    ``debug=True`` returns its calculated levels, one per UTF-8 byte."""
    info = bidi.get_display(text, base_dir="LR"[base_level], debug=True)
    assert isinstance(info, str)
    block = info[info.rindex("levels: ["):info.rindex("paragraphs: [")]
    per_byte = [int(level) for level in _LEVEL.findall(block)]
    levels, offset = [], 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode())
    return levels


def visual_order(text: str, base_level: int | None = None) -> list[tuple[int, str]]:
    """The characters of one line in drawing order, each with its index in ``text``
    (brackets mirrored in right-to-left runs; bidi control characters dropped).

    The levels come from python-bidi's Rust engine; the line is then reordered (rules L1,
    L2) and mirrored (L4) by python-bidi's own steps, which keep where each character came
    from: reportlab needs that to give each piece its font."""
    level = _base_level(text) if base_level is None else base_level
    storage = uba.get_empty_storage()
    storage["base_level"] = level
    storage["base_dir"] = "LR"[level]
    for index, (char, resolved) in enumerate(zip(text, _resolved_levels(text, level),
                                                 strict=True)):
        kind = unicodedata.bidirectional(char)
        if kind not in _REMOVED:
            storage["chars"].append({"ch": char, "level": resolved, "type": kind,
                                     "orig": kind, "index": index})
    uba.reorder_resolved_levels(storage, False)
    uba.apply_mirroring(storage, False)
    chars: list[dict[str, Any]] = storage["chars"]
    return [(c["index"], c["ch"]) for c in _marks_after_base(chars)]


def _marks_after_base(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rule L3: reversed right-to-left runs put combining marks (Arabic vowels, Hebrew
    points) before their letter; the font draws a mark over the glyph before it."""
    out: list[dict[str, Any]] = []
    marks: list[dict[str, Any]] = []
    for char in chars:
        if char["level"] % 2 and unicodedata.category(char["ch"]) == "Mn":
            marks.append(char)
            continue
        out.append(char)
        out.extend(marks)
        marks = []
    return out + marks


def reorder(text: str) -> str:
    """One line of (shaped) text in drawing order."""
    if not has_rtl(text):
        return text
    return "".join(c for _, c in visual_order(text))


def visual(text: str) -> str:
    """One line of typed text as it must be drawn: shaped, then in drawing order."""
    return reorder(shape(text))


def _is_text(frag: Any) -> bool:
    return not hasattr(frag, "cbDefn") and bool(getattr(frag, "text", ""))


def _visual_frags(words: Sequence[Any], level: int) -> list[Any]:
    """The text pieces (frags) of one wrapped line cut and reordered for drawing; a piece of
    each source frag keeps that frag's font. Non-text frags (line breaks) stay at the end."""
    texts = [f for f in words if _is_text(f)]
    owner = [i for i, f in enumerate(texts) for _ in f.text]
    order = visual_order("".join(f.text for f in texts), level)
    pieces = [texts[source].clone(text="".join(c for _, c in group))
              for source, group in groupby(order, key=lambda item: owner[item[0]])]
    return pieces + [f for f in words if not _is_text(f)]


class Paragraph(_ReportlabParagraph):
    """reportlab's Paragraph, wrapping typed text and drawing each line in visual order.

    Text without right-to-left letters is left to reportlab untouched."""

    def draw(self) -> None:
        """Draw the wrapped lines, right-to-left runs of each line reordered."""
        typed: Any = getattr(self, "blPara", None)
        lines = getattr(typed, "lines", None)
        if typed is None or not lines or not any(has_rtl(_line_text(line)) for line in lines):
            super().draw()
            return
        self.blPara = typed.clone(lines=_visual_lines(lines, typed.kind))
        try:
            super().draw()
        finally:
            self.blPara = typed


def _line_text(line: Any) -> str:
    if isinstance(line, tuple):  # kind 0: (extra space, words)
        return " ".join(line[1])
    return "".join(f.text for f in line.words if _is_text(f))


def _ends_paragraph(line: Any) -> bool:
    return not isinstance(line, tuple) and (
        bool(getattr(line, "lineBreak", False))
        or any(getattr(f, "lineBreak", False) for f in line.words))


def _visual_lines(lines: Sequence[Any], kind: int) -> list[Any]:
    """Each line in visual order, the direction of its paragraph (lines up to a line break)
    taken from that whole paragraph."""
    out: list[Any] = []
    start = 0
    for end in range(len(lines)):
        if end + 1 < len(lines) and not _ends_paragraph(lines[end]):
            continue
        block = lines[start:end + 1]
        level = _base_level("".join(_line_text(line) for line in block))
        for line in block:
            if not has_rtl(_line_text(line)):
                out.append(line)
            elif kind == 0:
                shown = "".join(c for _, c in visual_order(" ".join(line[1]), level))
                out.append((line[0], shown.split(" ")))
            else:
                out.append(line.clone(words=_visual_frags(line.words, level)))
        start = end + 1
    return out

"""Right-to-left text (Arabic, Hebrew) put in the order and the shapes reportlab must draw.

reportlab draws characters left to right as they come, and without a shaping engine Arabic
letters keep their isolated shapes: ``مرحبا`` would print reversed and unjoined. Without
adding a bidi or shaping library, :func:`visual` does the two steps that make names, places
and short phrases read right:

- Arabic shaping: each letter takes its isolated, initial, medial or final form (Unicode's
  presentation forms, which DejaVu Sans has), with the lam-alef ligatures;
- reordering, on each line of a left-to-right document: every run of right-to-left text
  (with the spaces, punctuation and numbers inside it) is reversed, numbers kept left to right
  and brackets mirrored.

Limit: reportlab wraps lines after this step, so a right-to-left run longer than one printed
line shows its lines in reverse vertical order (each line reads right). Full bidi needs
reportlab's optional ``rlbidi`` and ``uharfbuzz``.
"""

from __future__ import annotations

import unicodedata
from functools import cache

_MIRROR = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))
_TATWEEL = "\u0640"
_ALEFS = "\u0622\u0623\u0625\u0627"  # alef, with madda, hamza above, hamza below


def _strong_rtl(c: str) -> bool:
    return unicodedata.bidirectional(c) in ("R", "AL")


@cache
def _forms(c: str) -> tuple[str, str, str, str] | None:
    """(isolated, final, initial, medial) shapes of an Arabic letter; '' where none."""
    name = unicodedata.name(c, "")
    if not name.startswith("ARABIC LETTER "):
        return None

    def form(kind: str) -> str:
        try:
            return unicodedata.lookup(f"{name} {kind} FORM")
        except KeyError:
            return ""

    shapes = (form("ISOLATED") or c, form("FINAL"), form("INITIAL"), form("MEDIAL"))
    return shapes if any(shapes[1:]) else None


def _lam_alef(alef: str, joined: bool) -> str:
    """The lam-alef ligature for ``alef`` (final form if the lam joins the letter before)."""
    rest = unicodedata.name(alef, "").removeprefix("ARABIC LETTER ")
    try:
        return unicodedata.lookup(
            f"ARABIC LIGATURE LAM WITH {rest} {'FINAL' if joined else 'ISOLATED'} FORM")
    except KeyError:
        return ""


def _joins_next(c: str) -> bool:
    forms = _forms(c)
    return c == _TATWEEL or (forms is not None and bool(forms[2]))


def _joins_previous(c: str) -> bool:
    forms = _forms(c)
    return c == _TATWEEL or (forms is not None and bool(forms[1]))


def _neighbour(text: str, index: int, step: int) -> str:
    """The nearest letter before (``step`` -1) or after (+1), skipping combining marks."""
    index += step
    while 0 <= index < len(text) and unicodedata.category(text[index]) == "Mn":
        index += step
    return text[index] if 0 <= index < len(text) else ""


def shape(text: str) -> str:
    """Arabic letters in their contextual forms (logical order kept)."""
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        forms = _forms(c)
        if forms is None:
            out.append(c)
            i += 1
            continue
        before = _neighbour(text, i, -1)
        joined = bool(before) and _joins_next(before) and bool(forms[1])
        after = _neighbour(text, i, 1)
        if c == "\u0644" and after and after in _ALEFS and (
                ligature := _lam_alef(after, joined)):
            out.append(ligature)
            i = text.index(after, i + 1) + 1
            continue
        joins = bool(after) and _joins_previous(after) and bool(forms[2])
        if joined and joins:
            out.append(forms[3] or forms[1])
        elif joined:
            out.append(forms[1])
        elif joins:
            out.append(forms[2])
        else:
            out.append(forms[0])
        i += 1
    return "".join(out)


def _reverse_run(run: str) -> str:
    """A right-to-left run in drawing order: reversed, numbers kept, brackets mirrored."""
    tokens: list[str] = []
    for c in run:
        number = unicodedata.bidirectional(c) in ("EN", "AN")
        if number and tokens and tokens[-1][-1:].isdigit():
            tokens[-1] += c
        else:
            tokens.append(c if number else _MIRROR.get(c, c))
    return "".join(reversed(tokens))


def _line(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        if not _strong_rtl(text[i]):
            out.append(text[i])
            i += 1
            continue
        end = i + 1  # the run goes on over neutrals as long as more RTL letters follow
        j = end
        while j < len(text) and unicodedata.bidirectional(text[j]) != "L":
            j += 1
            if _strong_rtl(text[j - 1]):
                end = j
        opened = sum(text[i:end].count(b) for b in "([{<«‹")
        opened -= sum(text[i:end].count(b) for b in ")]}>»›")
        while opened > 0 and end < len(text) and text[end] in ")]}>»›":
            end, opened = end + 1, opened - 1  # the bracket closing one opened inside
        out.append(_reverse_run(text[i:end]))
        i = end
    return "".join(out)


def visual(text: str) -> str:
    """``text`` as reportlab must draw it for right-to-left words to read right."""
    if text.isascii() or not any(_strong_rtl(c) for c in text):
        return text
    return "\n".join(_line(shape(line)) for line in text.split("\n"))

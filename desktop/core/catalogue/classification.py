"""The GBVIMS classification tool: yes/no questions asked in order; the first yes gives the type.

Exactly one type per incident: rape, sexual assault, physical assault, forced marriage, denial of
resources, psychological abuse, otherwise non-GBV. Each question carries the tool's note for its
type (``note_fr``/``note_en`` in ``resources/reference/gbv_types.json``): attempted rape and FGM
count as sexual assault, early marriage as forced marriage, any sexual contact with a child is
abuse.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from desktop.core.catalogue import reference
from desktop.core.i18n import current_language, translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for extraction by ``pyside6-lupdate``."""
    return text


@dataclass(frozen=True)
class Question:
    """One yes/no question and the GBV type a yes gives."""

    code: str
    gbv_type: str
    text: str
    note: str = ""  # the classification tool's note for this type (may be empty)


_QUESTIONS = (
    ("penetration", "rape", QT_TRANSLATE_NOOP(
        "Classification",
        "Did the reported incident involve penetration, even slight, of the vagina, anus or "
        "mouth with a penis or other body part, or of the vagina or anus with an object?")),
    ("sexual_contact", "sexual_assault", QT_TRANSLATE_NOOP(
        "Classification",
        "Did the reported incident involve unwanted sexual contact without penetration?")),
    ("physical_assault", "physical_assault", QT_TRANSLATE_NOOP(
        "Classification",
        "Did the reported incident involve physical assault (hitting, slapping, kicking, "
        "beating, burning or another act of physical violence)?")),
    ("forced_marriage", "forced_marriage", QT_TRANSLATE_NOOP(
        "Classification", "Was the incident an act of forced marriage?")),
    ("denial", "denial_of_resources", QT_TRANSLATE_NOOP(
        "Classification",
        "Did the reported incident involve the denial of rightful access to economic resources, "
        "assets, livelihood opportunities, education, health or other social services?")),
    ("psychological", "psychological_abuse", QT_TRANSLATE_NOOP(
        "Classification",
        "Did the reported incident involve psychological or emotional abuse (threats, "
        "humiliation, isolation, stalking, harassment)?")),
)

NON_GBV = "non_gbv"
SEXUAL_TYPES = frozenset({"rape", "sexual_assault"})


def note(gbv_type: str, lang: str | None = None) -> str:
    """The classification tool's note for ``gbv_type`` in ``lang`` (empty when none)."""
    item = reference.entry("gbv_types", gbv_type)
    return str(item.get(f"note_{lang or current_language()}") or item.get("note_en") or "")


def questions(lang: str | None = None) -> list[Question]:
    """The six questions in the order they must be asked, texts (and notes) in ``lang``."""
    return [Question(code, gbv_type, translate("Classification", text, lang),
                     note(gbv_type, lang)) for code, gbv_type, text in _QUESTIONS]


def question_codes() -> list[str]:
    """The question codes in order (keys of ``classify``'s mapping form)."""
    return [code for code, _, _ in _QUESTIONS]


def classify(answers: Mapping[str, bool | None] | Sequence[bool | None]) -> str:
    """The GBV type code the answers give: the first yes wins; no yes gives ``non_gbv``.

    ``answers`` maps question codes to booleans, or lists the answers in question order (a
    shorter list means the remaining questions were not asked).
    """
    if isinstance(answers, Mapping):
        ordered = [answers.get(code) for code in question_codes()]
    else:
        ordered = list(answers)
    for (_code, gbv_type, _text), answer in zip(_QUESTIONS, ordered, strict=False):
        if answer:
            return gbv_type
    return NON_GBV


def answers_for(gbv_type: str | None) -> list[bool]:
    """The answers that lead to ``gbv_type`` (no to every earlier question, then yes)."""
    result: list[bool] = []
    for _code, question_type, _text in _QUESTIONS:
        if question_type == gbv_type:
            return [*result, True]
        result.append(False)
    return result


def possible_sexual_exploitation(gbv_type: str | None, goods_exchanged: bool | None) -> bool:
    """Rape or sexual assault with money, goods, benefits or services exchanged."""
    return bool(goods_exchanged) and gbv_type in SEXUAL_TYPES

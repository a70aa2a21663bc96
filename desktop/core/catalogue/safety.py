"""The safety risk assessment: its questions (``resources/reference/safety_questions.json``)
and the level their answers suggest.

The questions follow the safety assessment of the Interagency GBV Case Management Guidelines
(2017) and Primero's GBV safety assessment: immediate danger on leaving the centre, safety
where she stays, who threatens her (a relationship category, never a name), and the signs of
lethal danger those tools (after J. Campbell's Danger Assessment) single out: threats to kill,
a weapon, strangulation, her own belief that he could kill her. Access to her, violence
getting worse, fear for her children and having no safe place to go raise the risk to medium.

Each yes/no question that raises the risk names its ``risk_answer`` (``yes`` or ``no``) and
what that answer ``raises`` the level to. The suggested level is the highest one raised; with
at least one answer and nothing raised it is ``low``; with no answer there is none. The case
worker may set another level, with a reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.catalogue import reference

QUESTIONS = "safety_questions"
ANSWERS = "safety_answers"  # yes / no / unknown
THREATS = "safety_threats"  # who threatens her: a relationship category
LEVELS = ("low", "medium", "high")  # the codes of safety_risk.json, lowest first
HIGH = "high"
UNKNOWN = "unknown"  # "does not know / did not say": counts as no answer


def questions() -> list[dict[str, Any]]:
    """Every question (code, kind ``yes_no`` or ``threat``, labels, what raises the risk)."""
    return [reference.entry(QUESTIONS, code) for code in reference.codes(QUESTIONS)]


def choices_list(question: dict[str, Any]) -> str:
    """The reference list a question's answer comes from."""
    return THREATS if question.get("kind") == "threat" else ANSWERS


def suggested_level(answers: Mapping[str, Any]) -> str | None:
    """The level the answers suggest (``None`` when nothing was answered)."""
    answered = False
    rank = 0
    for question in questions():
        value = answers.get(question["code"])
        if value in (None, "", UNKNOWN):
            continue
        answered = True
        if question.get("risk_answer") is not None and value == question["risk_answer"]:
            rank = max(rank, LEVELS.index(question["raises"]))
    return LEVELS[rank] if answered else None


def level_rank(level: str | None) -> int:
    """0, 1, 2 for low, medium, high (-1 for no level): for sorting and comparing."""
    return LEVELS.index(level) if level in LEVELS else -1

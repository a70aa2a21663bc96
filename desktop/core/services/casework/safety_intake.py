"""The intake's safety part: its risk questions and level become a risk assessment.

Intake keys: ``assessment.safety_<question>`` (an answer code), ``assessment.safety_risk`` (the
level; blank means the one the answers suggest) and ``assessment.safety_risk_reason`` (why, when
the level is not the suggested one). Opening a case records them as its first assessment;
editing the intake records a new assessment only when they changed, so each assessment keeps
its date and who made it. Belongs to the feature package ``services/safety/``.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from desktop.core.catalogue import fields, reference, safety
from desktop.core.catalogue.fields import QT_TRANSLATE_NOOP
from desktop.core.i18n import translate
from desktop.core.store.models import Case, SafetyAssessment
from desktop.core.store.vault import Actor

LEVEL_KEY = "assessment.safety_risk"
REASON_KEY = "assessment.safety_risk_reason"
REASON_MAX = 2000
MESSAGES = {
    "reason": QT_TRANSLATE_NOOP(
        "Safety", "Say why the level is not the one the answers suggest ({level})."),
    "level": QT_TRANSLATE_NOOP("Safety", "Answer the questions or choose a level."),
    "answer": QT_TRANSLATE_NOOP("Safety", "Choose an answer from the list."),
    "why": QT_TRANSLATE_NOOP("Safety", "Without answers to the questions, say why this level."),
    "long": QT_TRANSLATE_NOOP("Safety", "This text is too long ({limit} characters at most)."),
}


def _t(key: str, lang: str | None = None) -> str:
    return translate("Safety", MESSAGES[key], lang)


def question_key(code: str) -> str:
    """The intake key of one question (``assessment.safety_weapon``)."""
    return f"assessment.safety_{code}"


def answers_of(data: dict[str, Any]) -> dict[str, str]:
    """The questions answered in intake ``data`` (question code → answer code)."""
    out = {}
    for q in safety.questions():
        value = data.get(question_key(q["code"]))
        if value not in (None, ""):
            out[q["code"]] = str(value)
    return out


def check(answers: dict[str, Any], level: str | None, reason: str | None, *,
          key_of: Any = question_key, level_key: str = LEVEL_KEY,
          reason_key: str = REASON_KEY, required: bool = False,
          lang: str | None = None) -> dict[str, str]:
    """Errors of one assessment, keyed by ``key_of(question)``, ``level_key``, ``reason_key``:
    answers from their lists, a level from ``safety_risk``, and a reason when the level set
    is not the suggested one. ``required`` (the case file's form): an assessment with neither
    answer nor level is refused, and a level without answers needs a reason; the intake may
    leave its safety part empty, or keep a level alone (as before assessments)."""
    errors: dict[str, str] = {}
    for q in safety.questions():
        value = answers.get(q["code"])
        if value not in (None, "") and not reference.has(safety.choices_list(q), str(value)):
            errors[key_of(q["code"])] = _t("answer", lang)
    if level not in (None, "") and not reference.has("safety_risk", str(level)):
        errors[level_key] = translate("Safety", MESSAGES["answer"], lang)
    if errors:
        return errors
    suggested = safety.suggested_level(answers)
    text = (reason or "").strip()
    if len(text) > REASON_MAX:
        errors[reason_key] = _t("long", lang).format(limit=REASON_MAX)
    elif level and suggested and level != suggested and not text:
        errors[reason_key] = _t("reason", lang).format(
            level=reference.label("safety_risk", suggested, lang))
    elif required and not level and not suggested:
        errors[level_key] = _t("level", lang)
    elif required and level and not suggested and not text:  # a judgement alone: say why
        errors[reason_key] = _t("why", lang)
    return errors


def check_intake(data: dict[str, Any], lang: str | None = None) -> dict[str, str]:
    """Errors of the intake's safety part (see ``check``)."""
    return check(answers_of(data), data.get(LEVEL_KEY) or None, data.get(REASON_KEY),
                 lang=lang)


def latest(session: Session, case_id: str) -> SafetyAssessment | None:
    """The case's latest assessment (the last one recorded)."""
    return session.scalar(select(SafetyAssessment).where(SafetyAssessment.case_id == case_id)
                          .order_by(SafetyAssessment.created_at.desc(),
                                    SafetyAssessment.id.desc()).limit(1))


def add(session: Session, case: Case, actor: Actor, answers: dict[str, str],
        level: str | None, reason: str | None, on: date, source: str) -> SafetyAssessment | None:
    """Record an assessment (already checked) and make its level the case's; ``None`` when
    there is nothing to record (no answer and no level)."""
    suggested = safety.suggested_level(answers)
    chosen = level or suggested
    if chosen is None:
        return None
    row = SafetyAssessment(
        case_id=case.id, site_id=case.site_id, assessed_on=on, assessed_by_id=actor.staff_id,
        answers=json.dumps(answers, sort_keys=True) if answers else None,
        suggested_level=suggested, level=chosen,
        reason=(reason or "").strip() or None, source=source)
    session.add(row)
    case.safety_risk = chosen
    return row


def apply_intake(session: Session, case: Case, data: dict[str, Any], actor: Actor,
                 today: date) -> None:
    """Record the intake's safety part when it differs from the latest assessment."""
    answers = answers_of(data)
    level = data.get(LEVEL_KEY) or None
    reason = (data.get(REASON_KEY) or "").strip() or None
    persistent = inspect(case).persistent
    if not persistent:  # the new case's row goes in with its level (no UPDATE after)
        case.safety_risk = level or safety.suggested_level(answers) or case.safety_risk
    session.flush()  # the case's row before its assessment's
    previous = latest(session, case.id) if persistent else None  # a new case has none
    if previous is not None:
        before = json.loads(previous.answers) if previous.answers else {}
        same_level = (level or safety.suggested_level(answers)) == previous.level
        if before == answers and same_level and reason == previous.reason:
            return
        if not answers and level is None:
            return  # the intake's safety part emptied: earlier assessments are kept as they are
    on = case.date_of_interview if previous is None and case.date_of_interview else today
    add(session, case, actor, answers, level, reason, on, "intake")


def read_intake(session: Session, case: Case) -> dict[str, Any]:
    """The latest assessment in intake keys (empty answers when there is none)."""
    row = latest(session, case.id)
    answers = json.loads(row.answers) if row is not None and row.answers else {}
    data: dict[str, Any] = {question_key(q["code"]): answers.get(q["code"])
                            for q in safety.questions()}
    suggested = row.suggested_level if row is not None else None
    # The level shown is blank when it is the suggested one: changing an answer moves it.
    data[LEVEL_KEY] = (row.level if row is not None and row.level != suggested
                       else None) if row is not None else case.safety_risk
    data[REASON_KEY] = row.reason if row is not None else None
    return data


def intake_keys() -> list[str]:
    """Every intake key of the safety part."""
    return [f.key for f in fields.fields("assessment") if f.table == "safety_assessments"]

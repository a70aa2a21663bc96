"""Safety of a case: risk assessments (kept with their history), the safety plan in her words,
and her safe-contact instructions. Belongs to the feature package ``services/safety/``.

Every function checks that the actor works on cases and may see the case (``access``); changes
are refused on a closed case, committed in one transaction and audited (``safety_assessed``,
``safety_plan_saved``, ``safe_contact_saved``) with codes only, never what was typed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.catalogue import fields, reference, safety
from desktop.core.catalogue.fields import QT_TRANSLATE_NOOP
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case, staff_actor
from desktop.core.services.casework import safety_intake
from desktop.core.store.models import Case, SafetyAssessment, SafetyPlan, Staff, Survivor
from desktop.core.store.models.safety import PLAN_PARTS
from desktop.core.store.vault import Vault

CONTACT_KEYS = ("safe_to_call", "safe_to_message", "safe_call_times", "safe_phone",
                "safe_word")
PLAN_MAX = 5000
_PLAN_CHECK = QT_TRANSLATE_NOOP("Safety", "Some parts need attention.")


@dataclass(frozen=True)
class AssessmentRow:
    """One assessment as the case file shows it."""

    id: str
    assessed_on: date
    by: str
    answers: dict[str, str]
    suggested_level: str | None
    level: str
    reason: str | None
    source: str
    recorded_at: datetime


@dataclass(frozen=True)
class SafeContact:
    """How to reach her safely (codes of ``safety_answers`` for the two questions)."""

    phone: str | None = None
    safe_to_call: str | None = None
    safe_to_message: str | None = None
    safe_call_times: str | None = None
    safe_phone: str | None = None
    safe_word: str | None = None

    def is_empty(self) -> bool:
        """True when no safe-contact instruction was recorded."""
        return not any(getattr(self, k) for k in CONTACT_KEYS)


@dataclass(frozen=True)
class SafetyFile:
    """The safety part of a case file: the latest level, every assessment (newest first),
    the plan (part → text) and the safe contact."""

    case_id: str
    level: str | None
    assessments: list[AssessmentRow] = field(default_factory=list)
    plan: dict[str, str | None] = field(default_factory=dict)
    plan_updated_by: str | None = None
    plan_updated_at: datetime | None = None
    contact: SafeContact = field(default_factory=SafeContact)

    @property
    def latest(self) -> AssessmentRow | None:
        """The latest assessment (``None`` before the first)."""
        return self.assessments[0] if self.assessments else None

    @property
    def high(self) -> bool:
        """True when the latest level is high."""
        return self.level == safety.HIGH


_CONTACT_TEXT = {
    ("safe_to_call", "yes"): QT_TRANSLATE_NOOP("Safety", "She may be called."),
    ("safe_to_call", "no"): QT_TRANSLATE_NOOP("Safety", "Do not call her."),
    ("safe_to_message", "yes"): QT_TRANSLATE_NOOP("Safety", "A message may be left."),
    ("safe_to_message", "no"): QT_TRANSLATE_NOOP("Safety", "Leave no message."),
    "safe_call_times": QT_TRANSLATE_NOOP("Safety", "Safe times to call: {value}"),
    "safe_phone": QT_TRANSLATE_NOOP("Safety", "Other safe number: {value}"),
    "safe_word": QT_TRANSLATE_NOOP("Safety", "If someone else answers: {value}"),
}


def contact_lines(contact: SafeContact, lang: str | None = None) -> list[str]:
    """The safe-contact instructions in sentences, to print or show beside her phone."""
    lines = []
    for key in CONTACT_KEYS:
        value = getattr(contact, key)
        if not value:
            continue
        if key in ("safe_to_call", "safe_to_message"):
            text = _CONTACT_TEXT.get((key, value))
            if text:
                lines.append(translate("Safety", text, lang))
        else:
            lines.append(translate("Safety", str(_CONTACT_TEXT[key]), lang).format(value=value))
    return lines


def contact_of(survivor: Survivor) -> SafeContact:
    """Her phone and safe-contact instructions."""
    return SafeContact(survivor.phone, *(getattr(survivor, k) for k in CONTACT_KEYS))


def _names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return {i: (full or user) for i, full, user in session.execute(
        select(Staff.id, Staff.full_name, Staff.username).where(Staff.id.in_(ids)))}


def read(session: Session, case: Case) -> SafetyFile:
    """The safety part of ``case`` (no permission check: the caller has done it)."""
    rows = list(session.scalars(select(SafetyAssessment)
                                .where(SafetyAssessment.case_id == case.id)
                                .order_by(SafetyAssessment.created_at.desc(),
                                          SafetyAssessment.id.desc())))
    plan = session.scalar(select(SafetyPlan).where(SafetyPlan.case_id == case.id))
    who = _names(session, {r.assessed_by_id for r in rows}
                 | ({plan.updated_by_id} if plan else set()))
    return SafetyFile(
        case_id=case.id, level=case.safety_risk,
        assessments=[AssessmentRow(
            r.id, r.assessed_on, who.get(r.assessed_by_id, ""),
            json.loads(r.answers) if r.answers else {}, r.suggested_level, r.level, r.reason,
            r.source, r.created_at) for r in rows],
        plan={p: getattr(plan, p) if plan else None for p in PLAN_PARTS},
        plan_updated_by=who.get(plan.updated_by_id) if plan else None,
        plan_updated_at=plan.updated_at if plan else None,
        contact=contact_of(case.survivor))


def safety_file(vault: Vault, case_id: str) -> SafetyFile:
    """The safety part of a visible case (audited ``case_viewed``, details ``safety``)."""
    actor = staff_actor(vault)
    with vault.session() as session:
        case = get_case(session, actor, case_id)
        result = read(session, case)
        audit.record(session, actor, "case_viewed", record_type="case", record_id=case.id,
                     details="safety")
    return result


def record_assessment(vault: Vault, case_id: str, answers: Mapping[str, str | None],
                      level: str | None = None, reason: str | None = None,
                      assessed_on: date | None = None) -> str:
    """Record a new risk assessment of an open case and return its id.

    ``answers``: question code → answer code (blank ones ignored); ``level``: blank means the
    one the answers suggest; another one (or a level without answers) needs a ``reason``.
    The case's level becomes this
    one; earlier assessments are kept. ``ValidationError`` keyed ``answer.<question>``,
    ``level``, ``reason`` or ``assessed_on``.
    """
    actor = staff_actor(vault)
    given = {k: str(v) for k, v in answers.items() if v not in (None, "")}
    unknown = set(given) - set(reference.codes(safety.QUESTIONS))
    errors = {f"answer.{k}": translate("Safety", safety_intake.MESSAGES["answer"])
              for k in sorted(unknown)}
    errors.update(safety_intake.check(
        {k: v for k, v in given.items() if k not in unknown}, level or None, reason,
        key_of=lambda code: f"answer.{code}", level_key="level", reason_key="reason",
        required=True))
    day = assessed_on or date.today()
    if day > date.today():
        errors["assessed_on"] = translate("Safety", "This date is in the future.")
    if errors:
        raise ValidationError(errors, translate("Safety", _PLAN_CHECK))
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        row = safety_intake.add(session, case, actor, given, level or None, reason, day,
                                "case_file")
        assert row is not None  # checked above: answers or a level
        session.flush()
        audit.record(session, actor, "safety_assessed", record_type="case", record_id=case.id,
                     details=f"level={row.level}")
        return row.id


def _text(value: Any, key: str, limit: int, errors: dict[str, str]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        errors[key] = translate("Safety", "Enter text.")
        return None
    text = value.strip()
    if len(text) > limit:
        errors[key] = translate("Safety", safety_intake.MESSAGES["long"]).format(limit=limit)
    return text or None


def save_plan(vault: Vault, case_id: str, parts: Mapping[str, str | None]) -> None:
    """Save her safety plan (``PLAN_PARTS`` → her words; a part left out is emptied)."""
    actor = staff_actor(vault)
    errors: dict[str, str] = {}
    unknown = set(parts) - set(PLAN_PARTS)
    for key in sorted(unknown):
        errors[key] = translate("Safety", "This part is not in a safety plan.")
    texts = {p: _text(parts.get(p), p, PLAN_MAX, errors) for p in PLAN_PARTS}
    if errors:
        raise ValidationError(errors, translate("Safety", _PLAN_CHECK))
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        plan = session.scalar(select(SafetyPlan).where(SafetyPlan.case_id == case.id))
        if plan is None:
            plan = SafetyPlan(case_id=case.id, site_id=case.site_id)
            session.add(plan)
        for part, text in texts.items():
            setattr(plan, part, text)
        plan.updated_by_id = str(actor.staff_id)
        audit.record(session, actor, "safety_plan_saved", record_type="case",
                     record_id=case.id)


def save_contact(vault: Vault, case_id: str, contact: Mapping[str, str | None]) -> None:
    """Save her safe-contact instructions (``CONTACT_KEYS``; a key left out is emptied)."""
    actor = staff_actor(vault)
    errors: dict[str, str] = {}
    values: dict[str, str | None] = {}
    for key in CONTACT_KEYS:
        f = fields.field(f"survivor.{key}")
        raw = contact.get(key)
        if f.kind == "choice":
            if raw not in (None, "") and not reference.has(str(f.choices), str(raw)):
                errors[key] = translate("Safety", safety_intake.MESSAGES["answer"])
            values[key] = str(raw) if raw not in (None, "") else None
        else:
            column = getattr(Survivor, key).type
            values[key] = _text(raw, key, int(column.length), errors)
    for key in sorted(set(contact) - set(CONTACT_KEYS)):
        errors[key] = translate("Safety", "This is not a safe-contact instruction.")
    if errors:
        raise ValidationError(errors, translate("Safety", _PLAN_CHECK))
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        for key, value in values.items():
            setattr(case.survivor, key, value)
        audit.record(session, actor, "safe_contact_saved", record_type="case",
                     record_id=case.id)

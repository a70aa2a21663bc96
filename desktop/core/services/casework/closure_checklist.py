"""The closure checklist (feature package: cases): what the guidelines ask before closing.

Asked with every closure request (``case_actions.request_closure``) and shown to the supervisor
who approves it: the safety plan was reviewed with her, she knows she can come back, and the
plan's goals are met. Each item left unticked needs an explanation. "Goals met" cannot be
ticked while plan items are still planned or in progress (mark each done, or not done with its
reason, first). The checklist is removed when the request is refused or the case reopened.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.store.models import OPEN_PLAN_STATUSES, Case, ClosureChecklist, PlanItem

ITEMS = ("safety_plan_reviewed", "knows_can_return", "goals_met")
EXPLANATION_MAX = 2000


def _tr(text: str) -> str:
    return translate("Plans", text)


@dataclass(frozen=True)
class Checklist:
    """The closure checklist as ticked, and the explanation of what is not."""

    safety_plan_reviewed: bool = False
    knows_can_return: bool = False
    goals_met: bool = False
    explanation: str = ""

    @classmethod
    def all_ticked(cls) -> Checklist:
        """Every item ticked (nothing to explain)."""
        return cls(True, True, True)

    def unticked(self) -> list[str]:
        """The items left unticked, in checklist order."""
        return [name for name in ITEMS if not getattr(self, name)]


def label(item: str, lang: str | None = None) -> str:
    """A checklist item in words."""
    return translate("Plans", {
        "safety_plan_reviewed": "Safety plan reviewed with her",
        "knows_can_return": "She knows she can come back at any time",
        "goals_met": "The plan's goals are met",
    }[item], lang)


def open_item_count(session: Session, case_id: str) -> int:
    """How many plan items of the case are still planned or in progress."""
    return int(session.scalar(select(func.count()).select_from(PlanItem).where(
        PlanItem.case_id == case_id, PlanItem.status.in_(OPEN_PLAN_STATUSES))) or 0)


def check(session: Session, case: Case, checklist: Checklist | None) -> Checklist:
    """The checklist, checked against the case's plan; ``ValidationError`` otherwise."""
    if checklist is None:
        raise ValidationError({"checklist": _tr("Fill in the closure checklist.")})
    explanation = (checklist.explanation or "").strip()
    errors: dict[str, str] = {}
    still_open = open_item_count(session, case.id)
    if checklist.goals_met and still_open:
        errors["goals_met"] = _tr(
            "{count} plan item(s) are still planned or in progress: mark each one done, or "
            "not done with its reason, before ticking that the goals are met.").format(
                count=still_open)
    if checklist.unticked() and not explanation:
        errors["explanation"] = _tr("Explain why each unticked item of the checklist is not "
                                    "done.")
    if len(explanation) > EXPLANATION_MAX:
        errors["explanation"] = _tr("Keep this under {limit} characters.").format(
            limit=EXPLANATION_MAX)
    if errors:
        raise ValidationError(errors)
    return Checklist(checklist.safety_plan_reviewed, checklist.knows_can_return,
                     checklist.goals_met, explanation)


def store(session: Session, case: Case, checklist: Checklist) -> None:
    """Keep the checked checklist with the case's closure request (replacing any older one)."""
    clear(session, case)
    session.add(ClosureChecklist(
        site_id=case.site_id, case_id=case.id,
        safety_plan_reviewed=checklist.safety_plan_reviewed,
        knows_can_return=checklist.knows_can_return, goals_met=checklist.goals_met,
        explanation=checklist.explanation or None))


def clear(session: Session, case: Case) -> None:
    """Remove the case's checklist (a refused request, a reopened case)."""
    session.execute(delete(ClosureChecklist).where(ClosureChecklist.case_id == case.id))


def read(session: Session, case_id: str) -> Checklist | None:
    """The checklist of the case's closure request or closure, if any."""
    row = session.scalar(select(ClosureChecklist).where(ClosureChecklist.case_id == case_id))
    if row is None:
        return None
    return Checklist(row.safety_plan_reviewed, row.knows_can_return, row.goals_met,
                     row.explanation or "")

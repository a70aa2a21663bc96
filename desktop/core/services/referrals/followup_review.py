"""A follow-up done as a structured review (feature package: cases, beside follow-ups).

Marking a follow-up done records, in one transaction with its outcome: how it was done
(``followup_methods``: home visit, phone, at the centre, other), the status of each open plan
item as found (done, not done with a reason, still in progress…), the needs found new (added
to the case's assessment), whether she is still safe (``followup_safety``: yes / a concern /
no, with a note required for a concern or "no"; the full risk assessment is elsewhere), and
whether closure is recommended. Same access rule as the follow-up: whoever sees the case.
Audited ``followup_done`` (details ``reviewed``), and ``plan_changed`` (details ``followup``)
on the case when plan items changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.catalogue import reference
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case, staff_actor
from desktop.core.services.casework import case_plan
from desktop.core.services.referrals import followups
from desktop.core.store.models import (
    OPEN_PLAN_STATUSES,
    Case,
    FollowUp,
    FollowUpPlanUpdate,
    FollowUpReview,
    PlanItem,
)
from desktop.core.store.vault import Actor, Vault

SAFETY_NEEDS_NOTE = ("concern", "not_safe")


def _tr(text: str) -> str:
    return translate("Plans", text)


@dataclass(frozen=True)
class ItemUpdate:
    """A plan item's status as the follow-up found it (``reason`` when not done)."""

    status: str
    reason: str = ""


@dataclass(frozen=True)
class ReviewRow:
    """What a follow-up review recorded."""

    follow_up_id: str
    method: str
    safety: str
    safety_note: str | None
    new_needs: list[str]
    closure_recommended: bool
    updates: list[tuple[str, str, str, str | None]] = field(default_factory=list)
    # (plan item id, from status, to status, reason)


def _follow_up(session: Session, actor: Actor, follow_up_id: str) -> tuple[FollowUp, Case]:
    """The follow-up and its case, if the actor sees the case; else ``NotFound``."""
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise NotFound(translate("FollowUps",
                                 "This follow-up does not exist or is not yours to see."))
    return follow_up, get_case(session, actor, follow_up.case_id)


def open_items(vault: Vault, follow_up_id: str) -> list[case_plan.PlanItemRow]:
    """The open plan items of the follow-up's case (what the review asks about)."""
    return review_context(vault, follow_up_id)[0]


def review_context(vault: Vault, follow_up_id: str
                   ) -> tuple[list[case_plan.PlanItemRow], list[str]]:
    """What the review dialog shows: the case's open plan items and its assessed needs."""
    actor = staff_actor(vault)
    with vault.reader() as session:
        _, case = _follow_up(session, actor, follow_up_id)
        return (case_plan.read_plan(session, case).open_items,
                sorted(n.need for n in case.needs))


def _check(method: str | None, safety: str | None, safety_note: str,
           updates: Mapping[str, ItemUpdate], new_needs: Sequence[str],
           outcome: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not outcome.strip():
        errors["outcome"] = translate("FollowUps", "Write the outcome of the follow-up.")
    if not reference.has("followup_methods", method):
        errors["method"] = _tr("Say how the follow-up was done.")
    if not reference.has("followup_safety", safety):
        errors["safety"] = _tr("Say whether she is still safe.")
    elif safety in SAFETY_NEEDS_NOTE and not safety_note.strip():
        errors["safety_note"] = _tr("Write what worries you about her safety.")
    for update in updates.values():
        if update.status not in reference.codes("plan_statuses"):
            errors["updates"] = _tr("Choose a status from the list.")
        elif update.status == "not_done" and not update.reason.strip():
            errors["updates"] = _tr("Say why each item not done was not done.")
    if not all(reference.has("needs", n) for n in new_needs):
        errors["new_needs"] = _tr("Choose needs from the list.")
    return errors


def complete(vault: Vault, follow_up_id: str, *, outcome: str, method: str | None,
             safety: str | None, safety_note: str = "", closure_recommended: bool = False,
             updates: Mapping[str, ItemUpdate] | None = None,
             new_needs: Sequence[str] = (), done_on: date | None = None) -> ReviewRow:
    """Mark the follow-up done with its review (see the module docstring)."""
    actor = staff_actor(vault)
    updates = dict(updates or {})
    errors = _check(method, safety, safety_note or "", updates, new_needs, outcome or "")
    if errors:
        raise ValidationError(errors)
    assert method is not None and safety is not None
    with vault.session() as session:
        follow_up, case = _follow_up(session, actor, follow_up_id)
        if follow_up.done_on is not None:
            raise ValidationError({"outcome": translate(
                "FollowUps", "This follow-up is already done.")})
        items = {i.id: i for i in session.scalars(select(PlanItem).where(
            PlanItem.case_id == case.id, PlanItem.id.in_(list(updates))))}
        if set(items) != set(updates) or any(
                i.status not in OPEN_PLAN_STATUSES for i in items.values()):
            raise ValidationError({"updates": _tr(
                "Only the open items of this case's plan are reviewed.")})
        added = case_plan.add_needs(session, case, new_needs)
        review = FollowUpReview(
            site_id=case.site_id, follow_up_id=follow_up.id, method=method, safety=safety,
            safety_note=(safety_note or "").strip() or None,
            new_needs=",".join(added) or None, closure_recommended=bool(closure_recommended))
        session.add(review)
        changed = False
        for item_id, update in updates.items():
            item = items[item_id]
            reason = update.reason.strip() or None if update.status == "not_done" else None
            review.updates.append(FollowUpPlanUpdate(
                site_id=case.site_id, plan_item_id=item.id, from_status=item.status,
                to_status=update.status, reason=reason))
            if update.status != item.status:
                item.status, item.not_done_reason = update.status, reason
                changed = True
        followups.finish(session, actor, follow_up, outcome.strip(), done_on or date.today(),
                         details="reviewed")
        if changed:
            audit.record(session, actor, "plan_changed", record_type="case",
                         record_id=case.id, details="followup")
    return review_of(vault, follow_up_id)  # type: ignore[return-value]


def review_of(vault: Vault, follow_up_id: str) -> ReviewRow | None:
    """The review of a follow-up of a visible case (``None`` when it was done without one)."""
    actor = staff_actor(vault)
    with vault.reader() as session:
        _follow_up(session, actor, follow_up_id)
        review = session.scalar(select(FollowUpReview).where(
            FollowUpReview.follow_up_id == follow_up_id))
        if review is None:
            return None
        return ReviewRow(review.follow_up_id, review.method, review.safety, review.safety_note,
                         [n for n in (review.new_needs or "").split(",") if n],
                         review.closure_recommended,
                         [(u.plan_item_id, u.from_status, u.to_status, u.reason)
                          for u in review.updates])

"""Reading a follow-up once done (feature package: referrals, beside ``followup_review``): what
the case file's "View the review" shows — the day, who did it, the outcome, and the review's
method, safety answer and note, new needs, closure recommended and each plan item as found.
Same access rule as the follow-up: whoever sees the case. Read only, not audited (the case
file itself is not)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from desktop.core.errors import NotFound, UserError
from desktop.core.i18n import translate
from desktop.core.services.accounts.access import get_case, staff_actor
from desktop.core.store.models import FollowUp, FollowUpReview, PlanItem, Referral, Staff
from desktop.core.store.vault import Vault


@dataclass(frozen=True)
class ItemFound:
    """A plan item as the review found it (codes: ``needs``, ``plan_statuses``)."""

    need: str | None
    goal: str
    from_status: str
    to_status: str
    reason: str | None


@dataclass(frozen=True)
class DoneFollowUp:
    """A follow-up done and its review (``reviewed`` False: done before reviews existed, only
    its outcome then)."""

    id: str
    due_on: date
    done_on: date
    done_by: str
    purpose: str | None
    referral_reference: str | None
    outcome: str | None
    reviewed: bool = False
    method: str | None = None
    safety: str | None = None
    safety_note: str | None = None
    new_needs: list[str] = field(default_factory=list)
    closure_recommended: bool = False
    items: list[ItemFound] = field(default_factory=list)


def read_done(vault: Vault, follow_up_id: str) -> DoneFollowUp:
    """The follow-up ``follow_up_id`` once done, with its review (``NotFound`` when the case is
    not the actor's to see, ``UserError`` when it is not done yet)."""
    actor = staff_actor(vault)
    with vault.reader() as session:
        follow_up = session.get(FollowUp, follow_up_id)
        if follow_up is None:
            raise NotFound(translate(
                "FollowUps", "This follow-up does not exist or is not yours to see."))
        get_case(session, actor, follow_up.case_id)  # NotFound unless she sees the case
        if follow_up.done_on is None:
            raise UserError(translate("FollowUps", "This follow-up is not done yet."))
        names = {i: (n or u) for i, n, u in session.execute(
            select(Staff.id, Staff.full_name, Staff.username))}
        reference = (session.scalar(select(Referral.reference).where(
            Referral.id == follow_up.referral_id)) if follow_up.referral_id else None)
        done = DoneFollowUp(follow_up.id, follow_up.due_on, follow_up.done_on,
                            names.get(follow_up.done_by_id or "", ""), follow_up.purpose,
                            reference, follow_up.outcome)
        review = session.scalar(select(FollowUpReview).where(
            FollowUpReview.follow_up_id == follow_up.id))
        if review is None:
            return done
        items = {i.id: i for i in session.scalars(select(PlanItem).where(
            PlanItem.id.in_([u.plan_item_id for u in review.updates])))}
        found = [ItemFound(items[u.plan_item_id].need, items[u.plan_item_id].goal,
                           u.from_status, u.to_status, u.reason)
                 for u in review.updates if u.plan_item_id in items]
        return DoneFollowUp(
            done.id, done.due_on, done.done_on, done.done_by, done.purpose,
            done.referral_reference, done.outcome, True, review.method, review.safety,
            review.safety_note, [n for n in (review.new_needs or "").split(",") if n],
            review.closure_recommended, found)

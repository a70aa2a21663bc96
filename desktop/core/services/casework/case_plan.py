"""The case action plan (feature package: cases): items per need, and a supervisor's review.

Each item answers one need of the assessment (or none in particular) with a goal, actions,
who is responsible (a staff member of the site, a provider of the directory, or the survivor
herself), a target date and a status; "not done" needs its reason. An item is linked to the
referrals of the case made for it. The free-text ``Case.action_plan`` stays as the plan's note
(``case_actions.set_action_plan``).

Same access rule as the rest of the case: whoever sees the case (its case worker, the site's
supervisors) edits the plan of an open case; a supervisor reviews it (date, who, comment).
Every change is audited ``plan_changed`` on the case (details: ``added``, ``edited``,
``removed``), a review ``plan_reviewed``; free text never goes into an audit detail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.catalogue import reference
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case, staff_actor
from desktop.core.services.accounts.permissions import Permission, require
from desktop.core.store.models import (
    OPEN_PLAN_STATUSES,
    AssessmentNeed,
    Case,
    CaseStep,
    FollowUp,
    FollowUpPlanUpdate,
    FollowUpReview,
    PlanItem,
    PlanItemReferral,
    PlanReview,
    Referral,
    ServiceProvider,
    Staff,
)
from desktop.core.store.vault import Actor, Vault

GOAL_MAX, ACTIONS_MAX, REASON_MAX = 1000, 4000, 2000
PLANNING_STEP = 3


def _tr(text: str) -> str:
    return translate("Plans", text)


@dataclass(frozen=True)
class PlanItemRow:
    """One plan item as the case file, the follow-up review and the summary show it."""

    id: str
    need: str | None
    goal: str
    actions: str | None
    responsible: str  # plan_responsible code
    responsible_staff_id: str | None
    responsible_provider_id: str | None
    responsible_name: str  # the staff member's or provider's name ("" for the survivor)
    target_on: date | None
    status: str
    not_done_reason: str | None
    referral_ids: list[str] = field(default_factory=list)
    referral_references: list[str] = field(default_factory=list)
    updated_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        """Planned or in progress."""
        return self.status in OPEN_PLAN_STATUSES


@dataclass(frozen=True)
class PlanReviewRow:
    """A supervisor's review of the plan."""

    reviewed_on: date
    reviewed_by: str
    comment: str | None
    at: datetime


@dataclass(frozen=True)
class CasePlan:
    """The plan of one case: its note, its items and its latest review."""

    note: str | None
    items: list[PlanItemRow]
    review: PlanReviewRow | None
    changed_since_review: bool
    # The day of the latest follow-up review, when it recommended closing the case.
    closure_recommended_on: date | None = None

    @property
    def open_items(self) -> list[PlanItemRow]:
        """Items planned or in progress (what a follow-up reviews)."""
        return [i for i in self.items if i.is_open]


@dataclass(frozen=True)
class PlanChoices:
    """What a plan item may point to: the needs assessed, the site's staff, the active
    providers and the case's referrals (``(id, label)`` pairs)."""

    needs: list[str]
    staff: list[tuple[str, str]]
    providers: list[tuple[str, str]]
    referrals: list[tuple[str, str]]


def _names(session: Session, ids: set[str | None]) -> dict[str, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return {i: full or user for i, full, user in session.execute(
        select(Staff.id, Staff.full_name, Staff.username).where(Staff.id.in_(wanted)))}


def read_plan(session: Session, case: Case) -> CasePlan:
    """The plan of ``case`` (no access check: the caller made it)."""
    items = list(session.scalars(select(PlanItem).where(PlanItem.case_id == case.id)
                                 .order_by(PlanItem.position, PlanItem.created_at)))
    review = session.scalars(select(PlanReview).where(PlanReview.case_id == case.id)
                             .order_by(PlanReview.created_at.desc()).limit(1)).first()
    staff = _names(session, {i.responsible_staff_id for i in items}
                   | {review.reviewed_by_id if review else None})
    provider_ids = {i.responsible_provider_id for i in items if i.responsible_provider_id}
    providers = {i: n for i, n in session.execute(select(
        ServiceProvider.id, ServiceProvider.name).where(
        ServiceProvider.id.in_(provider_ids)))} if provider_ids else {}
    link_ids = {link.referral_id for i in items for link in i.referrals}
    references = {i: r for i, r in session.execute(select(
        Referral.id, Referral.reference).where(Referral.id.in_(link_ids)))} if link_ids else {}
    rows = []
    for i in items:
        name = (staff.get(i.responsible_staff_id or "", "") if i.responsible == "staff" else
                providers.get(i.responsible_provider_id or "", "")
                if i.responsible == "provider" else "")
        ids = [link.referral_id for link in i.referrals]
        rows.append(PlanItemRow(
            id=i.id, need=i.need, goal=i.goal, actions=i.actions, responsible=i.responsible,
            responsible_staff_id=i.responsible_staff_id,
            responsible_provider_id=i.responsible_provider_id, responsible_name=name,
            target_on=i.target_on, status=i.status, not_done_reason=i.not_done_reason,
            referral_ids=ids, referral_references=[references.get(r, "") for r in ids],
            updated_at=i.updated_at))
    review_row = None if review is None else PlanReviewRow(
        review.reviewed_on, staff.get(review.reviewed_by_id, ""), review.comment,
        review.created_at)
    changed = review is not None and any(
        _aware(i.updated_at) > _aware(review.created_at) for i in items)
    latest = session.execute(
        select(FollowUp.done_on, FollowUpReview.closure_recommended)
        .join(FollowUpReview, FollowUpReview.follow_up_id == FollowUp.id)
        .where(FollowUp.case_id == case.id)
        .order_by(FollowUp.done_on.desc(), FollowUpReview.created_at.desc()).limit(1)).first()
    recommended = latest[0] if latest is not None and latest[1] else None
    return CasePlan(case.action_plan, rows, review_row, changed, recommended)


def _aware(moment: datetime) -> datetime:
    """A stored time as UTC-aware (SQLite gives them back naive)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def case_plan(vault: Vault, case_id: str) -> CasePlan:
    """The plan of a visible case."""
    actor = staff_actor(vault)
    with vault.reader() as session:
        return read_plan(session, get_case(session, actor, case_id))


def plan_choices(vault: Vault, case_id: str) -> PlanChoices:
    """What the plan item dialog offers for a visible case."""
    actor = staff_actor(vault)
    with vault.reader() as session:
        case = get_case(session, actor, case_id)
        needs = [n for n in reference.codes("needs") if n in {x.need for x in case.needs}]
        staff = [(s.id, s.full_name or s.username) for s in session.scalars(
            select(Staff).where(Staff.site_id == case.site_id, Staff.active.is_(True),
                                Staff.role != "administrator").order_by(Staff.username))]
        providers = [(p.id, p.name) for p in session.scalars(
            select(ServiceProvider).where(ServiceProvider.active.is_(True))
            .order_by(ServiceProvider.name))]
        referrals = [(r.id, f"{r.reference} — {reference.label('service_types', r.service_type)}")
                     for r in session.scalars(select(Referral).where(
                         Referral.case_id == case.id).order_by(Referral.created_at))]
    return PlanChoices(needs, staff, providers, referrals)


def _text(value: str | None, limit: int, key: str, errors: dict[str, str]) -> str | None:
    text = (value or "").strip()
    if len(text) > limit:
        errors[key] = _tr("Keep this under {limit} characters.").format(limit=limit)
    return text or None


def _check(session: Session, case: Case, values: dict[str, Any], *, today: date,
           target_changed: bool) -> dict[str, Any]:
    """The item's values, checked; a ``ValidationError`` names every problem at once."""
    errors: dict[str, str] = {}
    need = values.get("need") or None
    if need is not None and need not in {n.need for n in case.needs}:
        errors["need"] = _tr("This need was not found at assessment: add it to the "
                             "assessment first (a follow-up review can add it).")
    goal = _text(values.get("goal"), GOAL_MAX, "goal", errors)
    if goal is None:
        errors["goal"] = _tr("Write the goal.")
    actions = _text(values.get("actions"), ACTIONS_MAX, "actions", errors)
    responsible = values.get("responsible")
    staff_id = provider_id = None
    if not reference.has("plan_responsible", responsible):
        errors["responsible"] = _tr("Say who is responsible.")
    elif responsible == "staff":
        staff_id = values.get("responsible_staff_id")
        person = session.get(Staff, staff_id) if staff_id else None
        if person is None or not person.active or person.site_id != case.site_id:
            errors["responsible"] = _tr("Choose a staff member of this site.")
    elif responsible == "provider":
        provider_id = values.get("responsible_provider_id")
        provider = session.get(ServiceProvider, provider_id) if provider_id else None
        if provider is None or not provider.active:
            errors["responsible"] = _tr("Choose an active provider of the directory.")
    target = values.get("target_on")
    if not isinstance(target, date):
        errors["target_on"] = _tr("Enter the target date.")
    elif target_changed and target < today:
        errors["target_on"] = _tr("The target date is in the past.")
    status = values.get("status") or "planned"
    reason = _text(values.get("not_done_reason"), REASON_MAX, "not_done_reason", errors)
    if status not in reference.codes("plan_statuses"):
        errors["status"] = _tr("Choose a status from the list.")
    elif status == "not_done" and reason is None:
        errors["not_done_reason"] = _tr("Say why it was not done.")
    referral_ids = list(dict.fromkeys(values.get("referral_ids") or ()))
    if referral_ids:
        found = set(session.scalars(select(Referral.id).where(
            Referral.id.in_(referral_ids), Referral.case_id == case.id)))
        if found != set(referral_ids):
            errors["referral_ids"] = _tr("Link only referrals of this case.")
    if errors:
        raise ValidationError(errors)
    return {"need": need, "goal": goal, "actions": actions, "responsible": responsible,
            "responsible_staff_id": staff_id, "responsible_provider_id": provider_id,
            "target_on": target, "status": status,
            "not_done_reason": reason if status == "not_done" else None,
            "referral_ids": referral_ids}


def _link(item: PlanItem, referral_ids: Sequence[str]) -> None:
    keep = set(referral_ids)
    item.referrals[:] = [link for link in item.referrals if link.referral_id in keep]
    known = {link.referral_id for link in item.referrals}
    for referral_id in referral_ids:
        if referral_id not in known:
            item.referrals.append(PlanItemReferral(site_id=item.site_id,
                                                   referral_id=referral_id))


def _to_planning(session: Session, case: Case, actor: Actor) -> None:
    if case.step < PLANNING_STEP:
        case.step = PLANNING_STEP
        if PLANNING_STEP not in {s.step for s in case.steps}:
            case.steps.append(CaseStep(site_id=case.site_id, step=PLANNING_STEP,
                                       started_on=date.today(), by_id=actor.staff_id))


def add_item(vault: Vault, case_id: str, *, today: date | None = None, **values: Any) -> str:
    """Add a plan item to an open visible case (``need``, ``goal``, ``actions``,
    ``responsible`` with ``responsible_staff_id`` or ``responsible_provider_id``,
    ``target_on``, ``status``, ``not_done_reason``, ``referral_ids``); a case still in steps
    1–2 moves to step 3. Returns the item's id."""
    actor = staff_actor(vault)
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        clean = _check(session, case, values, today=today or date.today(), target_changed=True)
        position = int(session.scalar(select(func.coalesce(func.max(PlanItem.position), -1))
                                      .where(PlanItem.case_id == case.id)) or 0) + 1
        referral_ids = clean.pop("referral_ids")
        item = PlanItem(site_id=case.site_id, case_id=case.id, position=position, **clean)
        session.add(item)
        _link(item, referral_ids)
        _to_planning(session, case, actor)
        session.flush()
        audit.record(session, actor, "plan_changed", record_type="case", record_id=case.id,
                     details="added")
        return item.id


def _item(session: Session, actor: Actor, item_id: str) -> tuple[PlanItem, Case]:
    item = session.get(PlanItem, item_id)
    if item is None:
        raise NotFound(_tr("This plan item does not exist or is not yours to see."))
    try:
        case = get_case(session, actor, item.case_id, for_update=True)
    except NotFound:
        raise NotFound(_tr("This plan item does not exist or is not yours to see.")) from None
    return item, case


def update_item(vault: Vault, item_id: str, *, today: date | None = None,
                **values: Any) -> None:
    """Change a plan item (the same values as ``add_item``, all of them)."""
    actor = staff_actor(vault)
    with vault.session() as session:
        item, case = _item(session, actor, item_id)
        clean = _check(session, case, values, today=today or date.today(),
                       target_changed=values.get("target_on") != item.target_on)
        _link(item, clean.pop("referral_ids"))
        for name, value in clean.items():
            setattr(item, name, value)
        audit.record(session, actor, "plan_changed", record_type="case", record_id=case.id,
                     details="edited")


def remove_item(vault: Vault, item_id: str) -> None:
    """Remove a plan item entered by mistake (not one a follow-up already reviewed: its
    history stays; mark it not done instead)."""
    actor = staff_actor(vault)
    with vault.session() as session:
        item, case = _item(session, actor, item_id)
        if session.scalar(select(FollowUpPlanUpdate.id).where(
                FollowUpPlanUpdate.plan_item_id == item.id).limit(1)) is not None:
            raise ValidationError({"item": _tr(
                "A follow-up already reviewed this item: mark it not done, with the reason, "
                "instead of removing it.")})
        session.delete(item)
        audit.record(session, actor, "plan_changed", record_type="case", record_id=case.id,
                     details="removed")


def review(vault: Vault, case_id: str, comment: str = "", *,
           today: date | None = None) -> None:
    """A supervisor marks the plan reviewed today, with a comment (supervisors only)."""
    actor = require(vault, Permission.APPROVE_CLOSURE)
    errors: dict[str, str] = {}
    text = _text(comment, REASON_MAX, "comment", errors)
    if errors:
        raise ValidationError(errors)
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        if not session.scalar(select(func.count()).select_from(PlanItem).where(
                PlanItem.case_id == case.id)) and not case.action_plan:
            raise ValidationError({"comment": _tr("There is no plan to review yet.")})
        session.add(PlanReview(site_id=case.site_id, case_id=case.id,
                               reviewed_by_id=actor.staff_id,
                               reviewed_on=today or date.today(), comment=text))
        audit.record(session, actor, "plan_reviewed", record_type="case", record_id=case.id)


def add_needs(session: Session, case: Case, needs: Sequence[str]) -> list[str]:
    """Add needs to the case's assessment (those not there yet); returns the codes added."""
    have = {n.need for n in case.needs}
    added = [n for n in reference.codes("needs") if n in set(needs) and n not in have]
    for code in added:
        case.needs.append(AssessmentNeed(site_id=case.site_id, need=code))
    return added

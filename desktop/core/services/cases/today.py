"""The home page "Today": what the person logged in has to do now, and for a supervisor what
waits on her and the site's overdue work by case worker. (Feature package: ``cases``.)

Every query goes through ``access.visible`` (a case worker sees her own caseload, a supervisor
her site) and returns case numbers, survivor codes and referral references only: never a
survivor's name or anything else the catalogue marks identifying. A follow-up's purpose is
shown to the person it is assigned to (as on the Follow-ups page); the site's overdue work is
counts per case worker, with no case content at all.

"Late" follows the one rule of each list: a follow-up is late by ``followups.overdue_on``; a
referral is late when still a draft or sent past its due date (``referral_queries``).
Sections hold at most ``LIMIT`` rows (the oldest first) and say how many there are in all.
The high-risk open cases (their latest safety assessment says high) come first: the case
worker's own, or the site's for a supervisor (``casework.safety_queries``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from desktop.core.services.accounts.access import visible
from desktop.core.services.accounts.permissions import Permission, can, require_case_work
from desktop.core.services.casework import safety_queries
from desktop.core.services.referrals.followups import open_on, overdue_on
from desktop.core.store.models import Case, Draft, FollowUp, Referral, Staff, Survivor
from desktop.core.store.vault import Actor, Vault

LIMIT = 100
COUNTED = 1000  # high-risk cases counted at most (a caseload or a site's holds far fewer)
INTAKE_DRAFT = "intake"  # desktop.gui.cases.intake_drafts.KIND
REFERRAL_DRAFT = "referral_detail"  # desktop.gui.referrals.detail.DRAFT_KIND
AWAITING = ("sent",)  # waiting for the provider's answer
LATE_STATUSES = ("draft", "sent")  # referral_queries.OPEN_STATUSES


@dataclass(frozen=True)
class TodayRow:
    """One line of a section: what it is about and what opens it.

    ``kind`` is ``followup``, ``referral``, ``intake_draft``, ``referral_draft`` or
    ``closure``; ``target`` is what a click opens: the case id (``followup``, ``closure``,
    ``intake_draft`` of an existing case), the referral id (``referral``, ``referral_draft``),
    or ``""`` for the draft of a new intake.
    """

    kind: str
    target: str
    case_id: str | None
    case_number: str
    survivor_code: str
    reference: str | None = None
    due_on: date | None = None
    days_late: int = 0
    detail: str = ""  # purpose, service type code, referral status code or draft kind
    who: str = ""  # the case worker (supervisor sections)
    at: datetime | None = None  # when a draft was saved or a closure asked for


@dataclass(frozen=True)
class Section:
    """The rows of a section (at most ``LIMIT``) and how many there are in all."""

    rows: tuple[TodayRow, ...] = ()
    total: int = 0


@dataclass(frozen=True)
class WorkerLoad:
    """A case worker's overdue work (counts only)."""

    staff_id: str
    name: str
    overdue_followups: int
    late_referrals: int
    oldest_days_late: int


@dataclass(frozen=True)
class Today:
    """Everything the home page shows; supervisor sections are ``None`` for a case worker."""

    day: date
    followups: Section
    referrals: Section
    drafts: Section
    closures: Section | None = None
    site_overdue: tuple[WorkerLoad, ...] | None = None
    high_risk: Section = field(default_factory=Section)

    def to_do(self) -> int:
        """How many things wait on the person (the count on the navigation)."""
        return (self.followups.total + self.referrals.total + self.drafts.total
                + (self.closures.total if self.closures is not None else 0))


def _late(due: date | None, day: date) -> int:
    return max((day - due).days, 0) if due is not None else 0


def _mine(actor: Actor) -> ColumnElement[bool]:
    """The person's own caseload: what she may see, and for a supervisor (who sees the whole
    site) the cases she is the case worker of."""
    if can(actor, Permission.SEE_ALL_SITE_CASES):
        return and_(visible(actor), Case.caseworker_id == actor.staff_id)
    return visible(actor)


def _followups(session: Session, actor: Actor, day: date) -> Section:
    due = and_(visible(actor), FollowUp.assigned_to_id == actor.staff_id, open_on(day),
               FollowUp.due_on <= day)
    base = (select(FollowUp.id, FollowUp.due_on, FollowUp.purpose, Case.id, Case.case_number,
                   Survivor.survivor_code)
            .join(Case, FollowUp.case_id == Case.id)
            .join(Survivor, Case.survivor_id == Survivor.id).where(due))
    total = session.scalar(select(func.count()).select_from(FollowUp)
                           .join(Case, FollowUp.case_id == Case.id).where(due)) or 0
    rows = tuple(TodayRow("followup", case_id, case_id, number, code, due_on=due_on,
                          days_late=_late(due_on, day), detail=purpose or "")
                 for _id, due_on, purpose, case_id, number, code in session.execute(
                     base.order_by(FollowUp.due_on, Case.case_number).limit(LIMIT)))
    return Section(rows, total)


def _referrals(session: Session, actor: Actor, day: date) -> Section:
    waiting = and_(_mine(actor), Referral.status.in_(AWAITING))
    base = (select(Referral.id, Referral.reference, Referral.due_on, Referral.service_type,
                   Case.id, Case.case_number, Survivor.survivor_code)
            .join(Case, Referral.case_id == Case.id)
            .join(Survivor, Case.survivor_id == Survivor.id).where(waiting))
    total = session.scalar(select(func.count()).select_from(Referral)
                           .join(Case, Referral.case_id == Case.id).where(waiting)) or 0
    rows = tuple(TodayRow("referral", rid, case_id, number, code, reference=ref,
                          due_on=due_on, days_late=_late(due_on, day), detail=service)
                 for rid, ref, due_on, service, case_id, number, code in session.execute(
                     base.order_by(Referral.due_on, Referral.reference).limit(LIMIT)))
    return Section(rows, total)


def _drafts(session: Session, actor: Actor, day: date) -> Section:
    """Intakes not finished, referrals not sent and unsaved referral notes, newest first."""
    rows: list[TodayRow] = []
    for kind, ref, at in session.execute(
            select(Draft.kind, Draft.ref, Draft.updated_at)
            .where(Draft.staff_id == actor.staff_id,
                   Draft.kind.in_((INTAKE_DRAFT, REFERRAL_DRAFT)))
            .order_by(Draft.updated_at.desc())):
        if kind == INTAKE_DRAFT and not ref:
            rows.append(TodayRow("intake_draft", "", None, "", "", detail=kind, at=at))
        elif kind == INTAKE_DRAFT:
            found = session.execute(
                select(Case.case_number, Survivor.survivor_code)
                .join(Survivor, Case.survivor_id == Survivor.id)
                .where(Case.id == ref, visible(actor))).first()
            if found is not None:
                rows.append(TodayRow("intake_draft", ref, ref, found[0], found[1],
                                     detail=kind, at=at))
        else:
            note = session.execute(
                select(Referral.reference, Referral.due_on, Case.id, Case.case_number,
                       Survivor.survivor_code)
                .join(Case, Referral.case_id == Case.id)
                .join(Survivor, Case.survivor_id == Survivor.id)
                .where(Referral.id == ref, visible(actor))).first()
            if note is not None:
                rows.append(TodayRow("referral_draft", ref, note[2], note[3], note[4],
                                     reference=note[0], due_on=note[1],
                                     detail=kind, at=at))
    kept = len(rows)
    unsent = and_(_mine(actor), Referral.status == "draft")
    for rid, ref, due_on, case_id, number, code in session.execute(
            select(Referral.id, Referral.reference, Referral.due_on, Case.id,
                   Case.case_number, Survivor.survivor_code)
            .join(Case, Referral.case_id == Case.id)
            .join(Survivor, Case.survivor_id == Survivor.id)
            .where(unsent).order_by(Referral.due_on, Referral.reference).limit(LIMIT)):
        rows.append(TodayRow("referral", rid, case_id, number, code, reference=ref,
                             due_on=due_on, days_late=_late(due_on, day), detail="draft"))
    unsent_total = session.scalar(select(func.count()).select_from(Referral)
                                  .join(Case, Referral.case_id == Case.id)
                                  .where(unsent)) or 0
    return Section(tuple(rows[:LIMIT]), kept + unsent_total)


def _closures(session: Session, actor: Actor) -> Section:
    waiting = and_(visible(actor), Case.status == "closure_requested")
    asked_by = select(func.coalesce(func.nullif(Staff.full_name, ""), Staff.username)).where(
        Staff.id == Case.closure_requested_by_id).scalar_subquery()
    total = session.scalar(select(func.count()).select_from(Case).where(waiting)) or 0
    rows = tuple(TodayRow("closure", case_id, case_id, number, code, who=who or "", at=at)
                 for case_id, number, code, at, who in session.execute(
                     select(Case.id, Case.case_number, Survivor.survivor_code,
                            Case.closure_requested_at, asked_by)
                     .join(Survivor, Case.survivor_id == Survivor.id).where(waiting)
                     .order_by(Case.closure_requested_at, Case.case_number).limit(LIMIT)))
    return Section(rows, total)


def _site_overdue(session: Session, actor: Actor, day: date) -> tuple[WorkerLoad, ...]:
    loads: dict[str, list[Any]] = {}
    for staff_id, count, oldest in session.execute(
            select(FollowUp.assigned_to_id, func.count(), func.min(FollowUp.due_on))
            .join(Case, FollowUp.case_id == Case.id)
            .where(visible(actor), overdue_on(day)).group_by(FollowUp.assigned_to_id)):
        loads[staff_id] = [count, 0, _late(oldest, day)]
    for staff_id, count, oldest in session.execute(
            select(Case.caseworker_id, func.count(), func.min(Referral.due_on))
            .join(Case, Referral.case_id == Case.id)
            .where(visible(actor), Referral.status.in_(LATE_STATUSES), Referral.due_on < day)
            .group_by(Case.caseworker_id)):
        load = loads.setdefault(staff_id, [0, 0, 0])
        load[1] = count
        load[2] = max(load[2], _late(oldest, day))
    if not loads:
        return ()
    names = {sid: full or user for sid, full, user in session.execute(
        select(Staff.id, Staff.full_name, Staff.username).where(Staff.id.in_(loads)))}
    result = [WorkerLoad(sid, names.get(sid, "?"), *values) for sid, values in loads.items()]
    return tuple(sorted(result, key=lambda w: (-w.oldest_days_late, w.name)))


def today(vault: Vault, day: date | None = None) -> Today:
    """The home page of the person logged in (``PermissionDenied`` for a role that does not
    work on cases)."""
    actor = require_case_work(vault)
    day = day or date.today()
    with vault.reader() as session:
        supervisor = can(actor, Permission.SEE_ALL_SITE_CASES)
        return Today(
            day=day,
            followups=_followups(session, actor, day),
            referrals=_referrals(session, actor, day),
            drafts=_drafts(session, actor, day),
            closures=_closures(session, actor)
            if can(actor, Permission.APPROVE_CLOSURE) else None,
            site_overdue=_site_overdue(session, actor, day) if supervisor else None,
            high_risk=_high_risk(vault, supervisor))


def _high_risk(vault: Vault, supervisor: bool) -> Section:
    """Open cases at high risk: hers, or the site's for a supervisor (no name)."""
    found = safety_queries.high_risk_cases(vault, "site" if supervisor else "mine",
                                           limit=COUNTED)
    rows = tuple(TodayRow(kind="case", target=c.case_id, case_id=c.case_id,
                          case_number=c.case_number, survivor_code=c.survivor_code,
                          due_on=c.assessed_on, who=c.caseworker if supervisor else "")
                 for c in found[:LIMIT])
    return Section(rows, len(found))


@dataclass(frozen=True)
class NavCounts:
    """The numbers shown on the navigation: things to do today, late referrals, follow-ups
    due or overdue (the whole site's for a supervisor, as the Follow-ups page opens)."""

    today: int
    referrals: int
    followups: int


def nav_counts(vault: Vault, day: date | None = None) -> NavCounts:
    """The counts of the navigation items, from a few indexed counts."""
    actor = require_case_work(vault)
    day = day or date.today()
    supervisor = can(actor, Permission.SEE_ALL_SITE_CASES)
    with vault.reader() as session:
        due = and_(visible(actor), open_on(day), FollowUp.due_on <= day)
        if not supervisor:
            due = and_(due, FollowUp.assigned_to_id == actor.staff_id)
        followups = session.scalar(select(func.count()).select_from(FollowUp).join(
            Case, FollowUp.case_id == Case.id).where(due)) or 0
        late = session.scalar(select(func.count()).select_from(Referral).join(
            Case, Referral.case_id == Case.id).where(
            visible(actor), Referral.status.in_(LATE_STATUSES), Referral.due_on < day)) or 0
    return NavCounts(today=today(vault, day).to_do(), referrals=late, followups=followups)

"""Follow-ups: a dated task on a case (or one of its referrals) for one person.

A case worker schedules follow-ups for themselves on the cases they see; a supervisor may give
one to anyone who works on the case. The home screen asks ``due_today`` and ``overdue``: by
default the person's own follow-ups, and the whole site's for a supervisor (``scope``).
Scheduling and marking done are audited (``followup_created``, ``followup_done``).

Closing a case closes its open follow-ups with the outcome "Case closed" (:func:`close_for_case`,
in the closure's transaction); reopening the case leaves them done. :func:`overdue_on` is the one
rule of "overdue", for this page and for the reports' count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, or_, select, tuple_
from sqlalchemy.orm import Session, aliased

from desktop.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case, visible
from desktop.core.services.accounts.permissions import Permission, can, require_case_work
from desktop.core.store.models import Case, FollowUp, Referral, Staff
from desktop.core.store.vault import Actor, Vault

SCOPES = ("mine", "site")


@dataclass(frozen=True)
class FollowUpRow:
    """A follow-up as the lists show it."""

    id: str
    case_id: str
    case_number: str
    referral_id: str | None
    referral_reference: str | None
    due_on: date
    assigned_to_id: str
    assigned_to_name: str
    purpose: str | None
    done_on: date | None
    outcome: str | None

    @property
    def key(self) -> tuple[date, str, str]:
        """Where this row stands in the lists' order (``after=`` of the next page)."""
        return (self.due_on, self.case_id, self.id)


def _tr(text: str) -> str:
    return translate("FollowUps", text)


def open_on(day: date) -> ColumnElement[bool]:
    """The follow-up was not done yet on ``day`` (never done, or done later)."""
    return or_(FollowUp.done_on.is_(None), FollowUp.done_on > day)


def overdue_on(day: date) -> ColumnElement[bool]:
    """The follow-up was overdue on ``day``: due before it and still open on it. The one rule
    of the Follow-ups page and of the reports' overdue count."""
    return and_(FollowUp.due_on < day, open_on(day))


CASE_CLOSED = "case_closed"  # the audit detail of follow-ups a closure closed


def close_for_case(session: Session, actor: Actor, case_id: str, day: date) -> int:
    """Mark the case's open follow-ups done on ``day`` with the outcome "Case closed", each
    audited ``followup_done`` (details ``case_closed``), in the caller's transaction (the
    closure's). Returns how many were closed."""
    outcome = _tr("Case closed")
    open_ones = session.scalars(select(FollowUp).where(
        FollowUp.case_id == case_id, FollowUp.done_on.is_(None)).order_by(FollowUp.due_on))
    count = 0
    for follow_up in open_ones:
        follow_up.done_on = day
        follow_up.done_by_id = actor.staff_id
        follow_up.outcome = outcome
        audit.record(session, actor, "followup_done", record_type="follow_up",
                     record_id=follow_up.id, details=CASE_CLOSED)
        count += 1
    return count


def schedule(vault: Vault, case_id: str, due_on: date | None, *,
             referral_id: str | None = None, assigned_to_id: str | None = None,
             purpose: str | None = None, today: date | None = None) -> FollowUpRow:
    """Schedule a follow-up on a visible case (or one of its referrals), for oneself or —
    for a supervisor — for someone else who may see the case."""
    actor = require_case_work(vault)
    today = today or date.today()
    assigned_to_id = assigned_to_id or actor.staff_id
    errors: dict[str, str] = {}
    if due_on is None:
        errors["due_on"] = _tr("Enter the date of the follow-up.")
    elif due_on < today:
        errors["due_on"] = _tr("The date of the follow-up is in the past.")
    if not (purpose or "").strip():
        errors["purpose"] = _tr("Write what the follow-up is for.")
    if errors:
        raise ValidationError(errors)
    assert due_on is not None and assigned_to_id is not None
    if assigned_to_id != actor.staff_id and not can(actor, Permission.ASSIGN_CASES):
        raise PermissionDenied(_tr("Only a supervisor can give a follow-up to someone else."))
    with vault.session() as session:
        case = get_case(session, actor, case_id)
        if referral_id is not None:
            referral = session.get(Referral, referral_id)
            if referral is None or referral.case_id != case.id:
                raise NotFound(_tr("This referral does not belong to the case."))
        person = session.get(Staff, assigned_to_id)
        if person is None or not person.active or session.scalar(select(Case.id).where(
                Case.id == case.id, visible(Actor(person.id, person.username, person.role,
                                                  person.site_id)))) is None:
            raise ValidationError({"assigned_to_id": _tr(
                "This person does not work on this case.")})
        follow_up = FollowUp(site_id=case.site_id, case_id=case.id, referral_id=referral_id,
                             due_on=due_on, assigned_to_id=assigned_to_id,
                             purpose=(purpose or "").strip())
        session.add(follow_up)
        session.flush()
        audit.record(session, actor, "followup_created", record_type="follow_up",
                     record_id=follow_up.id)
        follow_up_id = follow_up.id
    return _one(vault, follow_up_id)


def mark_done(vault: Vault, follow_up_id: str, outcome: str, *,
              done_on: date | None = None) -> FollowUpRow:
    """Close a follow-up with its outcome (required). Audited ``followup_done``."""
    actor = require_case_work(vault)
    if not (outcome or "").strip():
        raise ValidationError({"outcome": _tr("Write the outcome of the follow-up.")})
    with vault.session() as session:
        follow_up = session.get(FollowUp, follow_up_id)
        if follow_up is None:
            raise NotFound(_tr("This follow-up does not exist or is not yours to see."))
        get_case(session, actor, follow_up.case_id)
        if follow_up.done_on is not None:
            raise ValidationError({"outcome": _tr("This follow-up is already done.")})
        finish(session, actor, follow_up, outcome.strip(), done_on or date.today())
    return _one(vault, follow_up_id)


def finish(session: Session, actor: Actor, follow_up: FollowUp, outcome: str, day: date, *,
           details: str | None = None) -> None:
    """Mark ``follow_up`` done on ``day`` in the caller's transaction; audited
    ``followup_done`` (``followup_review`` passes ``details="reviewed"``)."""
    follow_up.done_on = day
    follow_up.done_by_id = actor.staff_id
    follow_up.outcome = outcome
    audit.record(session, actor, "followup_done", record_type="follow_up",
                 record_id=follow_up.id, details=details)


_Assignee = aliased(Staff)
FollowUpKey = tuple[date, str, str]  # (due date, case id, id): the lists' order, one page's end


def _query(actor: Actor | None) -> Any:
    """Follow-ups with their case number, referral reference and assignee as plain columns,
    in the lists' order (due date, then case, then follow-up: each day in a fixed order that
    the index ``ix_follow_ups_done_due`` serves); of the cases ``actor`` may see (None: ids
    already checked, so that the access rule does not drive the query)."""
    query = (select(FollowUp.id, FollowUp.case_id, Case.case_number, FollowUp.referral_id,
                    Referral.reference, FollowUp.due_on, FollowUp.assigned_to_id,
                    _Assignee.full_name, _Assignee.username, FollowUp.purpose, FollowUp.done_on,
                    FollowUp.outcome)
             .join(Case, FollowUp.case_id == Case.id)
             .outerjoin(Referral, FollowUp.referral_id == Referral.id)
             .join(_Assignee, FollowUp.assigned_to_id == _Assignee.id)
             .order_by(FollowUp.due_on, FollowUp.case_id, FollowUp.id))
    return query if actor is None else query.where(visible(actor))


def _rows(vault: Vault, query: Select[Any]) -> list[FollowUpRow]:
    with vault.reader() as session:
        return _built(session.execute(query))


def _built(result: Any) -> list[FollowUpRow]:
    """The rows of a ``_query`` result."""
    return [FollowUpRow(
        id=r[0], case_id=r[1], case_number=r[2], referral_id=r[3], referral_reference=r[4],
        due_on=r[5], assigned_to_id=r[6], assigned_to_name=r[7] or r[8], purpose=r[9],
        done_on=r[10], outcome=r[11]) for r in result]


def _one(vault: Vault, follow_up_id: str) -> FollowUpRow:
    rows = _rows(vault, _query(require_case_work(vault)).where(FollowUp.id == follow_up_id))
    if not rows:
        raise NotFound(_tr("This follow-up does not exist or is not yours to see."))
    return rows[0]


def for_case(vault: Vault, case_id: str) -> list[FollowUpRow]:
    """Every follow-up of a visible case, done or not, by date."""
    actor = require_case_work(vault)
    with vault.reader() as session:
        get_case(session, actor, case_id)
    return _rows(vault, _query(actor).where(FollowUp.case_id == case_id))


def _scope_filters(vault: Vault, scope: str | None) -> tuple[Actor, list[ColumnElement[bool]]]:
    """The actor, and the conditions on ``FollowUp`` that ``scope`` adds (see ``due_today``)."""
    actor = require_case_work(vault)
    supervisor = can(actor, Permission.SEE_ALL_SITE_CASES)
    scope = scope or ("site" if supervisor else "mine")
    if scope not in SCOPES:
        raise ValidationError({"scope": _tr("Unknown scope.")})
    if scope == "site" and not supervisor:
        raise PermissionDenied(_tr("Only a supervisor sees the whole site's follow-ups."))
    return actor, [FollowUp.assigned_to_id == actor.staff_id] if scope == "mine" else []


def _after(after: FollowUpKey | None) -> list[ColumnElement[bool]]:
    """The follow-ups past ``after`` in the lists' order (none: from the start)."""
    if after is None:
        return []
    return [FollowUp.due_on >= after[0],  # the index range; the triple is exact
            tuple_(FollowUp.due_on, FollowUp.case_id, FollowUp.id) > tuple_(*after)]


def _listed(vault: Vault, scope: str | None, day: date, due: ColumnElement[bool],
            due_check: Callable[[date], bool], limit: int | None,
            after: FollowUpKey | None) -> list[FollowUpRow]:
    """The follow-ups of ``scope`` whose date meets ``due`` (``due_check`` in Python) and still
    open on ``day``, in the
    lists' order after ``after``; at most ``limit``.

    A limited list reads two ranges of ``ix_follow_ups_done_due``, so that neither the
    history of follow-ups done in time nor a whole day is ever read: the open ones in the
    lists' order up to the limit (the index gives them in that order), and the few done after
    the day (none when the day is today), read whole. Then the rows of those ids only. (Sorting
    a day's follow-ups by case number read every one due that day: 2.3 s for the 22,000 due
    today at 1,000,000 cases.)"""
    actor, filters = _scope_filters(vault, scope)
    if limit is None:
        return _rows(vault, _query(actor).where(*filters, due, open_on(day), *_after(after)))
    allowed = exists().where(Case.id == FollowUp.case_id, visible(actor))
    size = max(0, limit)
    with vault.reader() as session:
        # the rows themselves, read with the open ones' keys (the index gives them in order)
        first = _built(session.execute(
            _query(actor).where(*filters, FollowUp.done_on.is_(None), due, *_after(after))
            .limit(size)))
        # the date and the page checked here: in SQL they would let SQLite read by due date
        keys = select(FollowUp.due_on, FollowUp.case_id, FollowUp.id).where(*filters, allowed)
        later = [k[2] for k in session.execute(keys.where(FollowUp.done_on > day))
                 if due_check(k[0]) and (after is None or tuple(k) > after)]
    if later:
        first += _rows(vault, _query(None).where(FollowUp.id.in_(later)))
    return sorted(first, key=lambda row: row.key)[:size]


def due_today(vault: Vault, *, scope: str | None = None, today: date | None = None,
              limit: int | None = None, after: FollowUpKey | None = None) -> list[FollowUpRow]:
    """Open follow-ups due today: the person's own (``scope="mine"``) or the whole site's
    (``"site"``, supervisors). Without ``scope``: the site's for a supervisor, else one's own.
    ``limit``: the first that many only (in order); ``after``: those past this row's ``key``
    (the next page)."""
    day = today or date.today()
    return _listed(vault, scope, day, FollowUp.due_on == day, lambda d: d == day, limit,
                   after)


def overdue(vault: Vault, *, scope: str | None = None, today: date | None = None,
            limit: int | None = None, after: FollowUpKey | None = None) -> list[FollowUpRow]:
    """Open follow-ups whose date has passed (:func:`overdue_on`; same ``scope`` rule as
    ``due_today``), oldest first; ``limit`` and ``after``: one page, as for ``due_today``."""
    day = today or date.today()
    return _listed(vault, scope, day, FollowUp.due_on < day, lambda d: d < day, limit,
                   after)

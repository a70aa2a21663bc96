"""Reading referrals: lists (visible cases only), one referral's detail, the overdue list.

Every function answers only about the cases the person logged in may see
(``access.visible``, the one rule of the cases service). "no_response" is derived here: a
referral still ``sent`` once its due date has passed. Lists come in pages when asked
(``limit``, and ``after`` the last row's :func:`page_key`: keyset paging on the index
``ix_referrals_due_reference``), so that a page costs the same whatever the number of referrals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, exists, select, tuple_
from sqlalchemy.orm import Session

from desktop.core.catalogue import reference
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts.access import get_case, visible
from desktop.core.services.accounts.permissions import require_case_work
from desktop.core.services.consent.consent_rules import pending_approval
from desktop.core.services.referrals.reference_numbers import normalise
from desktop.core.store.models import (
    Case,
    LetterIssued,
    Referral,
    ReferralStatusChange,
    ServiceProvider,
    Staff,
)
from desktop.core.store.vault import Vault

# The workflow: which status may follow which.
ALLOWED: dict[str, tuple[str, ...]] = {
    "draft": ("sent", "closed"),
    "sent": ("accepted", "declined", "closed"),
    "accepted": ("service_provided", "service_not_provided", "closed"),
    "declined": ("closed",),
    "service_provided": ("closed",),
    "service_not_provided": ("closed",),
    "closed": (),
}
OPEN_STATUSES = ("draft", "sent")  # waiting for the worker (draft) or the provider (sent)


@dataclass(frozen=True)
class ReferralRow:
    """A referral in a list."""

    id: str
    reference: str
    case_id: str
    case_number: str
    service_type: str
    provider_id: str
    provider_name: str
    priority: str
    due_on: date
    status: str
    shown_status: str  # the status, or "no_response"
    overdue: bool  # draft or sent, and the due date passed
    sent_on: date | None


@dataclass(frozen=True)
class StatusChangeRow:
    """One line of a referral's history."""

    at: datetime
    by_name: str
    from_status: str | None
    to_status: str
    note: str | None


@dataclass(frozen=True)
class ReferralDetail(ReferralRow):
    """One referral with what was asked, its history and what may come next."""

    survivor_code: str = ""
    reason: str | None = None
    consent_override: bool = False
    override_reason: str | None = None
    feedback_received_on: date | None = None
    feedback_services: str | None = None
    feedback_next_steps: str | None = None
    history: tuple[StatusChangeRow, ...] = ()
    allowed_next: tuple[str, ...] = ()
    letters_issued: int = 0


@dataclass(frozen=True)
class ReferralContext:
    """What the referral dialog needs to know about a case."""

    case_id: str
    case_number: str
    survivor_code: str
    sea: bool
    release_consent: tuple[str, ...]  # service types the survivor consented to release for


def _tr(text: str) -> str:
    return translate("Referrals", text)


def shown_status(status: str, due_on: date, today: date | None = None) -> str:
    """``no_response`` for a referral still sent after its due date, else the status."""
    return "no_response" if status == "sent" and due_on < (today or date.today()) else status


def release_consented(case: Case, service_type: str) -> bool:
    """True when the case holds a given, not withdrawn consent ``release:<service_type>`` —
    and, when a substitute for the caregiver gave it, a supervisor approved it."""
    if pending_approval(case.consents, case.consent_approval):
        return False
    return any(
        consent.scope == f"release:{service_type}" and consent.given
        and consent.withdrawn_on is None
        for consent in case.consents)


def _row(referral: Referral, case: Case, provider: ServiceProvider,
         today: date) -> ReferralRow:
    return ReferralRow(
        id=referral.id, reference=referral.reference, case_id=case.id,
        case_number=case.case_number, service_type=referral.service_type,
        provider_id=provider.id, provider_name=provider.name, priority=referral.priority,
        due_on=referral.due_on, status=referral.status,
        shown_status=shown_status(referral.status, referral.due_on, today),
        overdue=referral.status in OPEN_STATUSES and referral.due_on < today,
        sent_on=referral.sent_on)


def _rows(session: Session, query: Select[Referral, Case, ServiceProvider],
          today: date) -> list[ReferralRow]:
    return [_row(r, c, p, today) for r, c, p in session.execute(query)]


def _base(vault: Vault) -> Select[Referral, Case, ServiceProvider]:
    actor = require_case_work(vault)
    return (select(Referral, Case, ServiceProvider)
            .join(Case, Referral.case_id == Case.id)
            .join(ServiceProvider, Referral.provider_id == ServiceProvider.id)
            .where(visible(actor))
            .order_by(Referral.due_on, Referral.reference))


PageKey = tuple[date, str]


def page_key(row: ReferralRow) -> PageKey:
    """Where the next page starts: the (due date, reference) the lists are sorted on."""
    return row.due_on, row.reference


def list_referrals(vault: Vault, *, status: str | None = None, case_id: str | None = None,
                   today: date | None = None, limit: int | None = None,
                   after: PageKey | None = None) -> list[ReferralRow]:
    """The referrals the person may see, by due date; ``status`` filters on the status as
    shown (``no_response`` included: ``sent`` then means sent and not yet late).

    ``limit`` gives one page of at most that many, ``after`` the page after the row whose
    :func:`page_key` it is (every referral when both are None). A page's ids are read first,
    in order from ``ix_referrals_due_reference`` with the access rule checked per referral
    (``EXISTS``), so that it stops at ``limit`` instead of sorting every visible referral."""
    actor = require_case_work(vault)
    today = today or date.today()
    if status is not None and not reference.has("referral_statuses", status):
        raise ValidationError({"status": _tr("Unknown referral status \"{status}\".").format(
            status=status)})
    filters: list[ColumnElement[bool]] = []
    if case_id is not None:
        filters.append(Referral.case_id == case_id)
    if status == "no_response":
        filters += [Referral.status == "sent", Referral.due_on < today]
    elif status == "sent":
        filters += [Referral.status == "sent", Referral.due_on >= today]
    elif status is not None:
        filters.append(Referral.status == status)
    if after is not None:
        filters.append(tuple_(Referral.due_on, Referral.reference) > tuple_(*after))
    with vault.reader() as session:
        if limit is None:
            return _rows(session, _base(vault).where(*filters), today)
        ids = list(session.scalars(
            select(Referral.id).where(
                *filters, exists().where(Case.id == Referral.case_id, visible(actor)))
            .order_by(Referral.due_on, Referral.reference).limit(max(0, limit))))
        return _rows(session, _base(vault).where(Referral.id.in_(ids)), today) if ids else []


def overdue_referrals(vault: Vault, today: date | None = None) -> list[ReferralRow]:
    """Referrals past their due date and still waiting (draft not sent, or sent without an
    answer), oldest due date first."""
    today = today or date.today()
    query = _base(vault).where(
        Referral.status.in_(OPEN_STATUSES), Referral.due_on < today)
    with vault.reader() as session:
        return _rows(session, query, today)


def find_by_reference(vault: Vault, text: str, today: date | None = None) -> ReferralRow:
    """The referral with this reference (spaces and case ignored), if visible."""
    query = _base(vault).where(Referral.reference == normalise(text))
    with vault.reader() as session:
        rows = _rows(session, query, today or date.today())
    if not rows:
        raise NotFound(_tr("No referral with the reference {reference} that you may see.")
                       .format(reference=normalise(text)))
    return rows[0]


def referral_detail(vault: Vault, referral_id: str,
                    today: date | None = None) -> ReferralDetail:
    """One referral with its history and the statuses it may go to next."""
    actor = require_case_work(vault)
    today = today or date.today()
    with vault.reader() as session:
        referral = session.get(Referral, referral_id)
        if referral is None:
            raise NotFound(_tr("This referral does not exist or is not yours to see."))
        case = get_case(session, actor, referral.case_id)
        provider = session.get(ServiceProvider, referral.provider_id)
        assert provider is not None
        names = dict(session.execute(select(Staff.id, Staff.full_name)).all())
        usernames = dict(session.execute(select(Staff.id, Staff.username)).all())
        history = tuple(StatusChangeRow(
            at=c.at, by_name=names.get(c.by_id) or usernames.get(c.by_id, "?"),
            from_status=c.from_status, to_status=c.to_status, note=c.note)
            for c in session.scalars(select(ReferralStatusChange).where(
                ReferralStatusChange.referral_id == referral.id).order_by(
                ReferralStatusChange.at)))
        letters = len(session.scalars(select(LetterIssued.id).where(
            LetterIssued.referral_id == referral.id)).all())
        row = _row(referral, case, provider, today)
        return ReferralDetail(
            **row.__dict__, survivor_code=case.survivor.survivor_code,
            reason=referral.reason, consent_override=referral.consent_override,
            override_reason=referral.override_reason,
            feedback_received_on=referral.feedback_received_on,
            feedback_services=referral.feedback_services,
            feedback_next_steps=referral.feedback_next_steps,
            history=history, allowed_next=ALLOWED.get(referral.status, ()),
            letters_issued=letters)


def referral_context(vault: Vault, case_id: str) -> ReferralContext:
    """The case number, survivor code, SEA flag and release consents of a visible case."""
    actor = require_case_work(vault)
    with vault.reader() as session:
        case = get_case(session, actor, case_id)
        consented = tuple(code for code in reference.codes("service_types")
                          if release_consented(case, code))
        return ReferralContext(case_id=case.id, case_number=case.case_number,
                               survivor_code=case.survivor.survivor_code, sea=bool(case.sea),
                               release_consent=consented)

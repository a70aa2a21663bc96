"""Referrals received from other organisations: stored as *incoming*, then accepted (a case is
opened, or the existing case of a survivor code is linked) or declined with a reason.

An incoming referral keeps what the sender's letter carried — the survivor's identification
only when her consent allowed it — so that its letter prints here too (``incoming_letter``).
Reading and deciding need case work (case workers and supervisors of the receiving site);
accepting and declining are audited (``incoming_accepted``, ``incoming_declined``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case, staff_actor
from desktop.core.services.accounts.permissions import require_case_work
from desktop.core.services.packages import envelope, item_checks
from desktop.core.services.packages.referred_case import open_referred_case
from desktop.core.store.models import Case, ServiceProvider, Survivor, utcnow
from desktop.core.store.models import IncomingReferral as Record
from desktop.core.store.vault import Actor, Vault

REASON_LIMIT = 4000
_ITEM_KEYS = {"id", "reference", "organisation", "site", "contacts", "worker", "worker_phone",
              "service_type", "priority", "due_on", "referred_on", "reason", "survivor_code",
              "identity", "consent", "override_by"}
_IDENTITY_KEYS = {"name", "age", "sex", "phone", "safe_contact"}
_CONSENT_KEYS = {"given_by", "given_on", "recorded_by"}


def _tr(text: str) -> str:
    return translate("Packages", text)


@dataclass(frozen=True)
class IncomingReferral:
    """An incoming referral as the screens and the CLI show it."""

    id: str
    reference: str
    provider_id: str
    sender_organisation: str
    sender_site: str
    worker_name: str
    service_type: str
    priority: str
    due_on: date
    referred_on: date
    reason: str
    survivor_code: str
    name: str | None
    age: int | None
    sex: str | None
    phone: str | None
    safe_contact: tuple[str, ...]
    received_at: datetime
    status: str  # incoming | accepted | declined
    decline_reason: str | None
    case_id: str | None
    outcome: str | None
    services_provided: tuple[str, ...]
    feedback_note: str | None
    feedback_sent_at: datetime | None


def row_of(record: Record) -> IncomingReferral:
    """The view of a stored incoming referral."""
    return IncomingReferral(
        id=record.id, reference=record.reference, provider_id=record.provider_id,
        sender_organisation=record.sender_organisation, sender_site=record.sender_site,
        worker_name=record.worker_name or "", service_type=record.service_type,
        priority=record.priority, due_on=record.due_on, referred_on=record.referred_on,
        reason=record.reason or "", survivor_code=record.survivor_code, name=record.name,
        age=record.age, sex=record.sex, phone=record.phone,
        safe_contact=tuple(json.loads(record.safe_contact or "[]")),
        received_at=record.received_at, status=record.status,
        decline_reason=record.decline_reason, case_id=record.case_id, outcome=record.outcome,
        services_provided=tuple(c for c in (record.services_provided or "").split(",") if c),
        feedback_note=record.feedback_note, feedback_sent_at=record.feedback_sent_at)


# -- storing what a package brought -----------------------------------------------------------
def _record(item: dict[str, Any], header: envelope.Header, provider: ServiceProvider,
            actor: Actor) -> Record:
    check = item_checks
    check.keys(item, _ITEM_KEYS)
    identity, consent = item["identity"], item["consent"]
    if identity is not None:
        if not isinstance(identity, dict):
            raise check.BadItem("identity")
        check.keys(identity, _IDENTITY_KEYS)
    if consent is not None:
        if not isinstance(consent, dict):
            raise check.BadItem("consent")
        check.keys(consent, _CONSENT_KEYS)
    contacts = check.lines(item["contacts"], 3, 300)
    return Record(
        site_id=actor.site_id, provider_id=provider.id,
        sender_fingerprint=header.sender.fingerprint(), package_id=header.package_id,
        remote_id=check.required_text(item["id"], 36),
        reference=check.required_text(item["reference"], 32),
        sender_organisation=check.text(item["organisation"], 200) or "",
        sender_site=check.text(item["site"], 200) or "",
        sender_contacts=json.dumps(contacts, ensure_ascii=False),
        worker_name=check.text(item["worker"], 200),
        worker_phone=check.text(item["worker_phone"], 64),
        service_type=check.code("service_types", item["service_type"]),
        priority=check.code("priorities", item["priority"]),
        due_on=check.required_day(item["due_on"]),
        referred_on=check.required_day(item["referred_on"]),
        reason=check.text(item["reason"], REASON_LIMIT) or None,
        survivor_code=check.required_text(item["survivor_code"], 32),
        name=check.text(identity["name"], 200, optional=True) if identity else None,
        age=check.number(identity["age"], 0, 130, optional=True) if identity else None,
        sex=check.text(identity["sex"], 10, optional=True) if identity else None,
        phone=check.text(identity["phone"], 64, optional=True) if identity else None,
        safe_contact=json.dumps(check.lines(identity["safe_contact"], 12, 300),
                                ensure_ascii=False) if identity else None,
        consent_given_by=check.text(consent["given_by"], 30) if consent else None,
        consent_given_on=check.day(consent["given_on"], optional=True) if consent else None,
        consent_recorded_by=check.text(consent["recorded_by"], 200, optional=True)
        if consent else None,
        override_by=check.text(item["override_by"], 200, optional=True),
        received_at=utcnow(), status="incoming")


def _known(session: Session, remote_ids: list[str]) -> dict[str, str]:
    """remote id → provider id of the incoming referrals already here."""
    found: dict[str, str] = {}
    for start in range(0, len(remote_ids), 500):
        chunk = remote_ids[start:start + 500]
        found.update((remote, owner) for remote, owner in session.execute(
            select(Record.remote_id, Record.provider_id).where(Record.remote_id.in_(chunk))))
    return found


def store_items(session: Session, actor: Actor, header: envelope.Header,
                provider: ServiceProvider, items: list[dict[str, Any]],
                progress: Callable[[int, int], None] | None) -> tuple[int, int]:
    """Store a referral package's items as incoming (in the caller's transaction): returns
    (new, already here). An item that is not valid, or that names a referral another sender
    sent, refuses the whole package."""
    records = []
    for position, item in enumerate(items, start=1):
        try:
            records.append(_record(item, header, provider, actor))
        except item_checks.BadItem as exc:
            raise item_checks.refused(position) from exc
    ids = [r.remote_id for r in records]
    if len(set(ids)) != len(ids):
        raise item_checks.refused(len(ids))
    known = _known(session, ids)
    if any(owner != provider.id for owner in known.values()):
        raise ValidationError({"package": _tr(
            "This package names a referral that another organisation sent here: it is "
            "refused.")})
    fresh = [r for r in records if r.remote_id not in known]
    for done, record in enumerate(fresh, start=1):
        session.add(record)
        if progress is not None and (done % 100 == 0 or done == len(fresh)):
            session.flush()
            progress(done, len(fresh))
    session.flush()
    return len(fresh), len(records) - len(fresh)


# -- reading and deciding ---------------------------------------------------------------------
def incoming_referrals(vault: Vault, *, open_only: bool = True) -> list[IncomingReferral]:
    """The referrals received at the person's site, the oldest due first; ``open_only``: those
    not yet accepted or declined."""
    actor = require_case_work(vault)
    query = select(Record).where(Record.site_id == actor.site_id).order_by(
        Record.due_on, Record.reference)
    if open_only:
        query = query.where(Record.status == "incoming")
    with vault.reader() as session:
        return [row_of(r) for r in session.scalars(query)]


def get_incoming(session: Session, actor: Actor, incoming_id: str) -> Record:
    """An incoming referral of the person's site, or ``NotFound``."""
    record = session.get(Record, incoming_id)
    if record is None or record.site_id != actor.site_id:
        raise NotFound(_tr("This incoming referral does not exist or is not for your site."))
    return record


def _undecided(record: Record) -> None:
    if record.status != "incoming":
        raise ValidationError({"incoming": _tr(
            "This referral was already accepted or declined.")})


def _linked_case(session: Session, actor: Actor, survivor_code: str) -> Case:
    code = survivor_code.strip().upper()
    survivor = session.scalar(select(Survivor).where(Survivor.survivor_code == code))
    case_id = session.scalar(select(Case.id).where(Case.survivor_id == survivor.id).order_by(
        Case.opened_at.desc())) if survivor is not None else None
    if case_id is None:
        raise NotFound(_tr("No survivor has the code {code} here.").format(code=code))
    return get_case(session, actor, case_id, for_update=True)


def accept(vault: Vault, incoming_id: str, *, survivor_code: str | None = None) -> str:
    """Accept an incoming referral: link it to the case of an existing ``survivor_code``, or
    open a new case from what the referral carries; returns the case id. Audited."""
    actor = staff_actor(vault)
    with vault.session() as session:
        record = get_incoming(session, actor, incoming_id)
        _undecided(record)
        provider = session.get(ServiceProvider, record.provider_id)
        if survivor_code and survivor_code.strip():
            case = _linked_case(session, actor, survivor_code)
        else:
            case = open_referred_case(session, actor, name=record.name, sex=record.sex,
                                      phone=record.phone, age=record.age,
                                      source_kind=provider.kind if provider else "")
        record.status, record.case_id = "accepted", case.id
        record.decided_at, record.decided_by_id = utcnow(), actor.staff_id
        record.outcome, record.outcome_at = "accepted", record.decided_at
        audit.record(session, actor, "incoming_accepted", record_type="incoming_referral",
                     record_id=record.id, details=f"case {case.id}")
        return case.id


def decline(vault: Vault, incoming_id: str, reason: str) -> None:
    """Decline an incoming referral with a written reason (sent back with the feedback).
    Audited ``incoming_declined``."""
    actor = staff_actor(vault)
    if not (reason or "").strip():
        raise ValidationError({"reason": _tr("Write why the referral is declined.")})
    if len(reason) > REASON_LIMIT:
        raise ValidationError({"reason": _tr("The reason is too long.")})
    with vault.session() as session:
        record = get_incoming(session, actor, incoming_id)
        _undecided(record)
        record.status, record.decline_reason = "declined", reason.strip()
        record.decided_at, record.decided_by_id = utcnow(), actor.staff_id
        record.outcome, record.outcome_at = "declined", record.decided_at
        audit.record(session, actor, "incoming_declined", record_type="incoming_referral",
                     record_id=record.id)

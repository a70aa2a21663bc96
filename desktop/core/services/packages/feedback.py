"""Feedback on incoming referrals, sent back to the organisations that sent them.

At the receiving end: ``record_feedback`` keeps the services provided, the outcome and a note
on an accepted referral; ``send_feedback`` writes one package of the decisions and feedback of
referrals from one sender (accepted, declined, service provided or not), each with the time its
status was set here.

At the sender, importing that package (``apply_items``, inside the import's transaction) does
what a returned paper slip does: the referral's status moves on through the workflow's own
``apply_status`` (with its history) and the provider's feedback is kept with ``apply_feedback``.
A feedback older than the newest already applied to a referral, or a status behind the
referral's, changes nothing; a feedback naming a referral that was not sent to the sender of the
package refuses the whole package.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.catalogue import reference
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import staff_actor
from desktop.core.services.packages import cards, envelope, item_checks
from desktop.core.services.packages.incoming import REASON_LIMIT, get_incoming
from desktop.core.services.packages.package_files import (
    SentPackage,
    check_target,
    seal_for,
    write_package,
)
from desktop.core.services.referrals import workflow
from desktop.core.services.referrals.referral_queries import ALLOWED
from desktop.core.store.models import FeedbackReceived, Referral, ServiceProvider, utcnow
from desktop.core.store.models import IncomingReferral as Record
from desktop.core.store.vault import Actor, Vault

OUTCOMES = item_checks.OUTCOMES
FEEDBACK_STATUSES = ("accepted", "declined", *OUTCOMES)
_ITEM_KEYS = {"referral_id", "reference", "status", "status_at", "services", "note"}


def _tr(text: str) -> str:
    return translate("Packages", text)


# -- at the receiving end ---------------------------------------------------------------------
def record_feedback(vault: Vault, incoming_id: str, *, services_provided: list[str],
                    outcome: str, note: str = "") -> None:
    """The outcome of an accepted incoming referral (service provided or not), the services
    provided (codes of ``service_types``) and a note, to be sent back. Audited
    ``incoming_feedback``."""
    actor = staff_actor(vault)
    errors: dict[str, str] = {}
    if outcome not in OUTCOMES:
        errors["outcome"] = _tr("Choose the outcome: service provided or not provided.")
    if any(not reference.has("service_types", code) for code in services_provided):
        errors["services"] = _tr("Unknown service type.")
    if outcome == "service_provided" and not services_provided:
        errors["services"] = _tr("Choose the services provided.")
    if len(note or "") > REASON_LIMIT:
        errors["note"] = _tr("The note is too long.")
    if errors:
        raise ValidationError(errors)
    with vault.session() as session:
        record = get_incoming(session, actor, incoming_id)
        if record.status != "accepted":
            raise ValidationError({"incoming": _tr(
                "Accept the referral before recording what was provided.")})
        record.outcome, record.outcome_at = outcome, utcnow()
        record.services_provided = ",".join(dict.fromkeys(services_provided)) or None
        record.feedback_note = (note or "").strip() or None
        audit.record(session, actor, "incoming_feedback", record_type="incoming_referral",
                     record_id=record.id, details=outcome)


def _feedback_item(record: Record) -> dict[str, Any]:
    assert record.outcome is not None and record.outcome_at is not None
    at = _aware(record.outcome_at)
    note = record.decline_reason if record.outcome == "declined" else record.feedback_note
    return {"referral_id": record.remote_id, "reference": record.reference,
            "status": record.outcome, "status_at": at.isoformat(),
            "services": [c for c in (record.services_provided or "").split(",") if c],
            "note": note or ""}


def send_feedback(vault: Vault, incoming_ids: list[str], out: Path) -> SentPackage:
    """Write one feedback package for ``incoming_ids`` (all from the same sender, each
    accepted or declined) to ``out``. Audited ``package_sent``."""
    actor = staff_actor(vault)
    out = check_target(out)
    if not incoming_ids:
        raise ValidationError({"incoming": _tr("Choose at least one incoming referral.")})
    with vault.session() as session:
        records = [get_incoming(session, actor, i) for i in dict.fromkeys(incoming_ids)]
        senders = {r.provider_id for r in records}
        if len(senders) != 1:
            raise ValidationError({"incoming": _tr(
                "A package goes to one organisation: these referrals came from several.")})
        if any(r.outcome is None for r in records):
            raise ValidationError({"incoming": _tr(
                "Accept or decline each referral before sending its feedback.")})
        provider_id = senders.pop()
        card = cards.card_in_session(session, provider_id)
        if card is None:
            raise ValidationError({"provider": _tr(
                "The sender's contact card is no longer attached: attach it again first.")})
        package_id, data = seal_for(vault, "feedback", card,
                                    [_feedback_item(r) for r in records])
        write_package(out, data)
        now = utcnow()
        for record in records:
            record.feedback_sent_at = now
        audit.record(session, actor, "package_sent", record_type="provider",
                     record_id=provider_id,
                     details=f"feedback {package_id} n={len(records)} to={card.fingerprint()}")
    return SentPackage(path=out, count=len(records), organisation=card.organisation,
                       fingerprint=card.fingerprint(), package_id=package_id)


# -- at the sender, importing the feedback ------------------------------------------------------
def path_to(current: str, target: str) -> list[str]:
    """The workflow's steps from ``current`` to ``target`` (never through "closed"); empty when
    it is already there or when ``target`` is behind or beside it."""
    paths: dict[str, list[str]] = {current: []}
    queue = [current]
    while queue:
        status = queue.pop(0)
        for step in ALLOWED.get(status, ()):
            if step not in paths and step != "closed":
                paths[step] = [*paths[status], step]
                queue.append(step)
    return paths.get(target, []) if target != current else []


def _checked(item: dict[str, Any]) -> dict[str, Any]:
    check = item_checks
    check.keys(item, _ITEM_KEYS)
    status = item["status"]
    if status not in FEEDBACK_STATUSES:
        raise check.BadItem("status")
    return {"referral_id": check.required_text(item["referral_id"], 36),
            "reference": check.required_text(item["reference"], 32), "status": status,
            "status_at": check.moment(item["status_at"]),
            "services": [check.code("service_types", c)
                         for c in check.lines(item["services"], 20, 30)],
            "note": check.text(item["note"], REASON_LIMIT) or ""}


def _apply(session: Session, actor: Actor, referral: Referral, item: dict[str, Any],
           header: envelope.Header, organisation: str) -> bool:
    stamp = session.scalar(select(FeedbackReceived).where(
        FeedbackReceived.referral_id == referral.id))
    if stamp is not None and item["status_at"] <= _aware(stamp.status_at):
        return False  # older than (or the same as) what is here
    steps = path_to(referral.status, item["status"])
    note = _tr("Feedback package from {organisation}.").format(organisation=organisation)
    for step in steps:
        workflow.apply_status(session, actor, referral, step, note=note)
    services = ", ".join(reference.label("service_types", c) for c in item["services"])
    if services or item["note"]:
        workflow.apply_feedback(session, actor, referral, received_on=date.today(),
                                services_given=services, next_steps=item["note"])
    if stamp is None:
        stamp = FeedbackReceived(referral_id=referral.id)
        session.add(stamp)
    stamp.status, stamp.status_at = item["status"], item["status_at"]
    stamp.package_id = header.package_id
    return bool(steps) or bool(services or item["note"])


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def apply_items(session: Session, actor: Actor, header: envelope.Header,
                provider: ServiceProvider, items: list[dict[str, Any]],
                progress: Callable[[int, int], None] | None) -> tuple[int, int]:
    """Apply a feedback package's items (in the caller's transaction): returns (applied,
    already known or older). Refuses the whole package when an item is not valid or names a
    referral that was not sent to ``provider``."""
    checked = []
    for position, item in enumerate(items, start=1):
        try:
            checked.append(_checked(item))
        except item_checks.BadItem as exc:
            raise item_checks.refused(position) from exc
    referrals = {}
    for start in range(0, len(checked), 500):
        ids = [c["referral_id"] for c in checked[start:start + 500]]
        referrals.update({r.id: r for r in session.scalars(
            select(Referral).where(Referral.id.in_(ids)))})
    for item in checked:
        referral = referrals.get(item["referral_id"])
        if referral is None or referral.provider_id != provider.id \
                or referral.reference != item["reference"]:
            raise ValidationError({"package": _tr(
                "This package names a referral that was not sent to {provider}: it is "
                "refused.").format(provider=provider.name)})
    applied = 0
    for done, item in enumerate(checked, start=1):
        applied += _apply(session, actor, referrals[item["referral_id"]], item, header,
                          header.sender.organisation)
        if progress is not None and (done % 100 == 0 or done == len(checked)):
            progress(done, len(checked))
    return applied, len(checked) - applied

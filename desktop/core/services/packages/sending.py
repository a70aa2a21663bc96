"""Sending referrals as a package to a provider that runs Relais.

A package carries, for each referral, what its letter carries (``letters.letter_data``: the
same code, so the survivor's name, age, sex, phone and safe contact travel only under her
release consent for that service) — never the letterhead's logo. All the referrals of one
package go to one provider, which must have an attached card; each is a draft or already sent
(a package may be sent again). The package is encrypted to the provider's card and signed here,
written atomically, then each draft becomes "sent" with its history, and ``package_sent`` is
audited, in one transaction: if the file cannot be written, nothing is recorded.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.core.i18n import current_language, translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case, visible
from desktop.core.services.accounts.permissions import require_case_work
from desktop.core.services.packages import cards
from desktop.core.services.packages.package_files import (
    SentPackage,
    check_target,
    seal_for,
    write_package,
)
from desktop.core.services.referrals import letters, workflow
from desktop.core.store.models import Case, Referral, ServiceProvider, Site, Staff
from desktop.core.store.vault import Actor, Vault

SENDABLE = ("draft", "sent")


def _tr(text: str) -> str:
    return translate("Packages", text)


def _referral(session: Session, actor: Actor, referral_id: str) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFound(_tr("This referral does not exist or is not yours to see."))
    get_case(session, actor, referral.case_id)
    return referral


def _visible_referrals(session: Session, actor: Actor, ids: list[str]) -> list[Referral]:
    """The referrals ``ids`` in that order, every one visible to ``actor`` (else
    ``NotFound``), their cases loaded with the consents the letter's rule reads, in a few
    queries for a batch of any size. The session's ``info["package_rows"]`` holds the rows
    read (the identity map keeps only what is referenced: a case, a site or a staff member
    dropped would be read again for every referral)."""
    found: dict[str, Referral] = {}
    seen: set[str] = set()
    kept: list[object] = session.info.setdefault("package_rows", [])
    kept += session.scalars(select(Staff)).all()
    kept += session.scalars(select(Site)).all()
    for start in range(0, len(ids), 500):
        chunk = [r for r in session.scalars(select(Referral).where(
            Referral.id.in_(ids[start:start + 500])))]
        found.update((r.id, r) for r in chunk)
        cases = session.scalars(
            select(Case).where(Case.id.in_({r.case_id for r in chunk}), visible(actor))
            .options(selectinload(Case.consents), selectinload(Case.consent_approval))).all()
        kept += cases
        seen.update(case.id for case in cases)
    if any(rid not in found or found[rid].case_id not in seen for rid in ids):
        raise NotFound(_tr("This referral does not exist or is not yours to see."))
    return [found[rid] for rid in ids]


def can_send(vault: Vault, referral_id: str) -> bool:
    """Whether the person may send this referral as a package now: she sees it, it is a draft
    or already sent, and its provider has an attached card."""
    try:
        actor = require_case_work(vault)
        with vault.reader() as session:
            referral = _referral(session, actor, referral_id)
            return referral.status in SENDABLE and \
                cards.card_in_session(session, referral.provider_id) is not None
    except (NotFound, PermissionDenied):
        return False


def referral_item(session: Session, actor: Actor, referral: Referral, today: date) \
        -> dict[str, Any]:
    """One referral as a package carries it: the letter's fields and the referral's id."""
    data = letters.letter_data(session, actor, referral, current_language(), 0, today)
    identity = data.identity
    return {
        "id": referral.id, "reference": data.reference,
        "organisation": data.organisation, "site": data.site_name,
        "contacts": list(data.organisation_contacts),
        "worker": data.worker_name, "worker_phone": data.worker_phone,
        "service_type": data.service_type, "priority": data.priority,
        "due_on": data.due_on.isoformat(), "referred_on": data.issued_on.isoformat(),
        "reason": data.reason, "survivor_code": data.survivor_code,
        "identity": None if identity is None else {
            "name": identity.name, "age": identity.age, "sex": identity.sex,
            "phone": identity.phone, "safe_contact": list(identity.safe_contact)},
        "consent": None if data.consent_given_by is None else {
            "given_by": data.consent_given_by,
            "given_on": data.consent_given_on.isoformat() if data.consent_given_on else None,
            "recorded_by": data.consent_recorded_by},
        "override_by": data.override_by,
    }


def _check_referrals(session: Session, actor: Actor, referral_ids: list[str]) \
        -> tuple[list[Referral], ServiceProvider, cards.Card]:
    if not referral_ids:
        raise ValidationError({"referrals": _tr("Choose at least one referral to send.")})
    referrals = _visible_referrals(session, actor, list(dict.fromkeys(referral_ids)))
    providers = {r.provider_id for r in referrals}
    if len(providers) != 1:
        raise ValidationError({"referrals": _tr(
            "A package goes to one provider: these referrals go to several.")})
    provider = session.get(ServiceProvider, providers.pop())
    assert provider is not None
    card = cards.card_in_session(session, provider.id)
    if card is None:
        raise ValidationError({"provider": _tr(
            "{provider} has no contact card: referrals to it travel as letters.").format(
                provider=provider.name)},
            _tr("{provider} has no contact card: attach its card in the directory first, or "
                "print the letter.").format(provider=provider.name))
    for referral in referrals:
        if referral.status not in SENDABLE:
            raise ValidationError({"referrals": _tr(
                "Referral {reference} is no longer a draft or sent: it is not sent "
                "again.").format(reference=referral.reference)})
    return referrals, provider, card


def send_referrals(vault: Vault, referral_ids: list[str], out: Path) -> SentPackage:
    """Write one package of ``referral_ids`` (all to the same provider, which has a card) to
    ``out``; drafts become "sent". Audited ``package_sent``."""
    actor = require_case_work(vault)
    out = check_target(out)
    today = date.today()
    with vault.session() as session:
        referrals, provider, card = _check_referrals(session, actor, referral_ids)
        items = [referral_item(session, actor, r, today) for r in referrals]
        package_id, data = seal_for(vault, "referral", card, items)
        write_package(out, data)
        for referral in referrals:
            if referral.status == "draft":
                workflow.apply_status(session, actor, referral, "sent",
                                      note=_tr("Sent as an encrypted package."), on=today)
        audit.record(session, actor, "package_sent", record_type="provider",
                     record_id=provider.id,
                     details=f"referral {package_id} n={len(items)} to={card.fingerprint()}")
    return SentPackage(path=out, count=len(items), organisation=card.organisation,
                       fingerprint=card.fingerprint(), package_id=package_id)

"""Referral letters: build the plain ``LetterData`` from the database, render it in memory.

``render_letter`` is for a real print or save: it records the letter on the referral
(``LetterIssued``, with its copy number: 0 for the original, then 1, 2… for reprints, which
the letter marks "COPY") and audits ``letter_printed`` or ``letter_saved``. It returns bytes;
the caller writes them only where the person chose. ``preview_letter`` renders the same letter
without recording anything.

What the letter shows of the survivor follows the consent for the referral's service type:
name, age, sex and phone only with a given, not withdrawn ``release:<type>`` consent;
otherwise (including a supervisor's override) the survivor code only.

The letterhead logo is the file setting ``LOGO_KEY`` (``settings.set_blob``, administrators);
the letterhead's address, phone and e-mail are the settings ``organisation_address``,
``organisation_phone`` and ``organisation_email``; the referring worker's phone is
``Staff.phone``. The letter carries the referral's date; a reprint also says the day of the
reprint.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.catalogue import reference
from desktop.core.documents import referral_letter
from desktop.core.documents.referral_letter import Identity, LetterData
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import LANGUAGES, translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case, staff_actor
from desktop.core.services.accounts.permissions import require_case_work
from desktop.core.services.casework import safety_assessment as safety
from desktop.core.services.referrals.referral_queries import release_consented
from desktop.core.store.models import (
    Blob,
    Case,
    Consent,
    LetterIssued,
    Referral,
    ServiceProvider,
    Setting,
    Site,
    Staff,
    utcnow,
)
from desktop.core.store.vault import Actor, Vault

LOGO_KEY = "letterhead_logo"
HOW = {"print": "letter_printed", "pdf": "letter_saved"}


def _staff_phone(session: Session, staff_id: str | None) -> str:
    person = session.get(Staff, staff_id) if staff_id else None
    return person.phone if person else ""


def _setting(session: Session, key: str) -> str:
    row = session.scalar(select(Setting).where(Setting.key == key))
    return str(json.loads(row.value)) if row is not None else ""


def _referred_on(referral: Referral) -> date:
    """The referral's date: the day it was made (local time)."""
    made = referral.created_at
    if made.tzinfo is None:  # SQLite gives naive values back: they are UTC
        made = made.replace(tzinfo=UTC)
    return made.astimezone().date()


def _staff_name(session: Session, staff_id: str | None) -> str:
    person = session.get(Staff, staff_id) if staff_id else None
    return (person.full_name or person.username) if person else ""


def _age(case: Case, on: date) -> int | None:
    survivor = case.survivor
    if survivor.date_of_birth is not None:
        born = survivor.date_of_birth
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return survivor.estimated_age


def _provider_lines(provider: ServiceProvider, lang: str) -> tuple[str, ...]:
    region = reference.label("regions", provider.region, lang) \
        if provider.region and reference.has("regions", provider.region) else ""
    parts = [provider.town or "", region]
    if provider.town and provider.town.casefold() == region.casefold():
        parts = [provider.town]
    place = ", ".join(p for p in parts if p)
    return tuple(v for v in (provider.address, place, provider.contact_person, provider.phone,
                             provider.email) if v)


def _consent(session: Session, case: Case, service_type: str) -> Consent | None:
    return session.scalar(select(Consent).where(
        Consent.case_id == case.id, Consent.scope == f"release:{service_type}",
        Consent.given.is_(True), Consent.withdrawn_on.is_(None)))


def letter_data(session: Session, actor: Actor, referral: Referral, lang: str,
                copy_number: int, today: date) -> LetterData:
    """What the letter of a visible referral carries; the survivor's identification only under
    her release consent for the referral's service (the one rule: referral packages carry the
    same fields, taken from here)."""
    case = get_case(session, actor, referral.case_id)
    provider = session.get(ServiceProvider, referral.provider_id)
    site = session.get(Site, case.site_id)
    assert provider is not None and site is not None
    logo = session.scalar(select(Blob).where(Blob.key == LOGO_KEY))
    consented = release_consented(case, referral.service_type)
    consent = _consent(session, case, referral.service_type) if consented else None
    survivor = case.survivor
    identity = Identity(
        name=survivor.name, age=_age(case, today), sex=survivor.sex, phone=survivor.phone,
        safe_contact=tuple(safety.contact_lines(safety.contact_of(survivor), lang)),
    ) if consented else None
    return LetterData(
        lang=lang, organisation=site.organisation, site_name=site.name,
        reference=referral.reference, issued_on=_referred_on(referral), printed_on=today,
        organisation_contacts=(_setting(session, "organisation_address"),
                               _setting(session, "organisation_phone"),
                               _setting(session, "organisation_email")),
        worker_phone=_staff_phone(session, referral.created_by_id),
        priority=referral.priority,
        due_on=referral.due_on, service_type=referral.service_type,
        provider_name=provider.name, provider_details=_provider_lines(provider, lang),
        reason=referral.reason or "", survivor_code=survivor.survivor_code,
        identity=identity,
        consent_given_by=consent.given_by if consent else None,
        consent_given_on=consent.given_on if consent else None,
        consent_recorded_by=_staff_name(session, consent.recorded_by_id) if consent else None,
        override_by=_staff_name(session, referral.override_by_id)
        if not consented and referral.consent_override else None,
        worker_name=_staff_name(session, referral.created_by_id),
        copy_number=copy_number, logo=logo.data if logo is not None else None)


def _referral(session: Session, referral_id: str) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise NotFound(translate("Referrals",
                                 "This referral does not exist or is not yours to see."))
    return referral


def _issued(session: Session, referral_id: str) -> int:
    return int(session.scalar(select(func.count(LetterIssued.id)).where(
        LetterIssued.referral_id == referral_id)) or 0)


def _check_lang(lang: str) -> None:
    if lang not in LANGUAGES:
        raise ValidationError({"lang": translate("Letters", "The letter is in French (fr) or "
                                                            "English (en).")})


def preview_letter(vault: Vault, referral_id: str, lang: str, *,
                   today: date | None = None) -> bytes:
    """The letter as the next print would be (a reprint shows "COPY"); nothing recorded."""
    actor = require_case_work(vault)
    _check_lang(lang)
    with vault.reader() as session:
        referral = _referral(session, referral_id)
        data = letter_data(session, actor, referral, lang, _issued(session, referral_id),
                            today or date.today())
    return referral_letter.render(data)


def render_letter(vault: Vault, referral_id: str, lang: str, *, how: str = "pdf",
                  deliver: Callable[[bytes], None] | None = None,
                  today: date | None = None) -> bytes:
    """Render the letter for printing (``how="print"``) or saving (``"pdf"``), record it on
    the referral with its copy number, audit it, and return the PDF bytes.

    ``deliver`` (optional) receives the bytes before the record is committed — e.g. to write
    the file the person chose: if it raises, nothing is recorded."""
    actor = staff_actor(vault)
    _check_lang(lang)
    if how not in HOW:
        raise ValidationError({"how": "print | pdf"})
    with vault.session() as session:
        referral = _referral(session, referral_id)
        copy_number = _issued(session, referral_id)
        data = letter_data(session, actor, referral, lang, copy_number, today or date.today())
        pdf = referral_letter.render(data)
        session.add(LetterIssued(site_id=referral.site_id, referral_id=referral.id,
                                 issued_at=utcnow(), by_id=actor.staff_id, language=lang,
                                 how=how, copy_number=copy_number))
        audit.record(session, actor, HOW[how], record_type="referral", record_id=referral.id,
                     details=f"{lang} copy={copy_number}")
        if deliver is not None:
            deliver(pdf)
    return pdf

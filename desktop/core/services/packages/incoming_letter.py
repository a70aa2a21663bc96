"""The letter of an incoming referral, printed at the receiving end: the sender's letter as it
came (its organisation, worker, reference, priority, reason, and the survivor's identification
only when her consent let the sender share it), addressed to this organisation."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import select

from desktop.core.documents import referral_letter
from desktop.core.documents.referral_letter import Identity, LetterData
from desktop.core.errors import ValidationError
from desktop.core.i18n import LANGUAGES, translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.permissions import require_case_work
from desktop.core.services.packages.incoming import get_incoming
from desktop.core.store.models import IncomingReferral, Setting, Site
from desktop.core.store.vault import Vault


def _contacts(record: IncomingReferral) -> tuple[str, str, str]:
    lines = [*json.loads(record.sender_contacts or "[]"), "", "", ""]
    return lines[0], lines[1], lines[2]


def letter_of(record: IncomingReferral, lang: str, own_name: str,
              own_details: tuple[str, ...], today: date) -> LetterData:
    """The letter's data from what the package carried."""
    identity = Identity(name=record.name, age=record.age, sex=record.sex, phone=record.phone,
                        safe_contact=tuple(json.loads(record.safe_contact)),
                        ) if record.safe_contact is not None else None
    return LetterData(
        lang=lang, organisation=record.sender_organisation, site_name=record.sender_site,
        reference=record.reference, issued_on=record.referred_on, printed_on=today,
        organisation_contacts=_contacts(record), worker_phone=record.worker_phone or "",
        priority=record.priority, due_on=record.due_on, service_type=record.service_type,
        provider_name=own_name, provider_details=own_details, reason=record.reason or "",
        survivor_code=record.survivor_code, identity=identity,
        consent_given_by=record.consent_given_by, consent_given_on=record.consent_given_on,
        consent_recorded_by=record.consent_recorded_by, override_by=record.override_by,
        worker_name=record.worker_name or "")


def incoming_letter(vault: Vault, incoming_id: str, lang: str, *,
                    today: date | None = None) -> bytes:
    """The PDF letter of an incoming referral of the person's site; audited
    ``letter_saved``."""
    actor = require_case_work(vault)
    if lang not in LANGUAGES:
        raise ValidationError({"lang": translate("Letters", "The letter is in French (fr) or "
                                                            "English (en).")})
    with vault.session() as session:
        record = get_incoming(session, actor, incoming_id)
        site = session.get(Site, record.site_id)
        details = tuple(json.loads(row.value) for row in session.scalars(
            select(Setting).where(Setting.key.in_(
                ["organisation_address", "organisation_phone", "organisation_email"])))
            if row.value and json.loads(row.value))
        name = f"{site.organisation} — {site.name}" if site else ""
        pdf = referral_letter.render(letter_of(record, lang, name, tuple(map(str, details)),
                                               today or date.today()))
        audit.record(session, actor, "letter_saved", record_type="incoming_referral",
                     record_id=record.id, details=f"{lang} incoming")
    return pdf

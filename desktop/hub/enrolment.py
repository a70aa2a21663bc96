"""Enrolment: the hub's coordinator names a site and gets a one-time code; the site presents
it once, with its public keys, and is enrolled.

The code is 16 random letters and digits in groups (``K7QM-4TXR-9WPA-2HDC``, about 80 bits),
stored only as its SHA-256, valid for 14 days, and spent by its first use: a code presented
again, unknown or expired is refused with one line. Enrolling a site anew (a lost PC) makes a new
code and forgets its old keys only when that code is used.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from desktop.core.errors import UserError
from desktop.core.i18n import translate
from desktop.core.store.models.base import utcnow
from desktop.hub import db
from desktop.hub.models import HubSite

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read over the phone
VALID_DAYS = 14
SIGNING_KEY_BYTES = 32


def _hash(code: str) -> str:
    return hashlib.sha256(normal(code).encode()).hexdigest()


def normal(code: str) -> str:
    """The code as typed, without spaces and dashes, in capitals."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def check_name(name: str) -> str:
    """A site name: 1–64 letters, digits, ``-`` or ``_`` (it names the site in every record)."""
    name = name.strip()
    if not name or len(name) > 64 or not all(ch.isalnum() or ch in "-_" for ch in name):
        raise UserError(translate("Hub", "A site name has 1 to 64 letters, digits, - or _."))
    return name


def new_code(url: str, name: str) -> str:
    """A one-time enrolment code for site ``name`` (shown once)."""
    name = check_name(name)
    code = "".join(secrets.choice(ALPHABET) for _ in range(16))
    with db.session(url) as session:
        site = session.get(HubSite, name)
        if site is None:
            site = HubSite(name=name, last_batch=0, last_upto=0)
            session.add(site)
        site.code_hash = _hash(code)
        site.code_expires = utcnow() + timedelta(days=VALID_DAYS)
    return "-".join(code[i:i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class Enrolled:
    """A site just enrolled: its name at the hub."""

    name: str


def enrol(url: str, code: str, *, organisation: str, site_label: str, signing_key: bytes,
          age_recipient: str, fingerprint: str = "") -> Enrolled:
    """Spend ``code``: the site it was made for now has these public keys (its fingerprint is
    computed here from them; ``fingerprint``, the one the site states, is not trusted)."""
    refused = UserError(translate("Hub", "Refused: this enrolment code is unknown, already "
                                         "used or expired; ask the hub for a new one."))
    if len(signing_key) != SIGNING_KEY_BYTES or not age_recipient.startswith("age1") or \
            len(age_recipient) > 100:
        raise UserError(translate("Hub", "Refused: the site's public keys are not valid."))
    with db.session(url) as session:
        site = session.scalar(select(HubSite).where(HubSite.code_hash == _hash(code))
                              .with_for_update())
        if site is None or site.code_expires is None or site.code_expires < utcnow():
            raise refused
        site.code_hash = site.code_expires = None
        site.signing_key, site.age_recipient = signing_key, age_recipient
        from desktop.core.services.identity.site_identity import fingerprint_of

        site.fingerprint = fingerprint_of(signing_key, age_recipient)
        site.enrolled_at = utcnow()
        site.organisation, site.site_label = organisation[:200], site_label[:200]
        # A site enrolled anew (a new PC) starts its numbering again.
        site.last_batch = site.last_upto = 0
        return Enrolled(name=site.name)

"""The SEA victim-assistance tracking across sites: each victim by her survivor code, the
assistance she received by type, her follow-ups still open, the time since the allegation.

Who is listed is what the site's victim-assistance export decides (``export_rows.un_shared``):
an SEA case whose survivor consented to inform the UN entity / SEA focal point (given, not
withdrawn). A consent given for a child by a substitute for her caregiver counts on a site once
a supervisor approved it; approvals stay on the site, so the hub, unable to tell, leaves such a
victim out. Only cases with the statistics consent reach the hub at all.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.core.catalogue.fields import UN_SHARING
from desktop.core.services.consent.consent_rules import SUBSTITUTES
from desktop.hub import db
from desktop.hub.models import RECORD_TABLES

C = RECORD_TABLES["cases"]
CONSENT = RECORD_TABLES["consents"]
PERP = RECORD_TABLES["perpetrators"]
INC = RECORD_TABLES["incidents"]
SEA_FILE = RECORD_TABLES["sea_files"]
ASSIST = RECORD_TABLES["sea_assistance"]
REF = RECORD_TABLES["referrals"]
GIVEN = RECORD_TABLES["services_given"]
FOLLOW = RECORD_TABLES["follow_ups"]


@dataclass
class Victim:
    """One listed victim (pseudonymous: her site and survivor code, never a name)."""

    site: str
    code: str
    alleged_on: date | None
    days_since: int | None
    affiliation: str | None
    investigation: str | None
    sea_assistance: Counter[str] = field(default_factory=Counter)  # SEA assistance types
    services: Counter[str] = field(default_factory=Counter)  # referred to or given in house
    open_follow_ups: int = 0
    overdue_follow_ups: int = 0


def _listed(session: Session) -> dict[tuple[str, str], Any]:
    """SEA cases with a live UN-sharing consent and no live substitute's consent."""
    live = and_(CONSENT.c.given.is_(True), CONSENT.c.withdrawn_on.is_(None))
    shared = {(s, c) for s, c in session.execute(select(CONSENT.c.site, CONSENT.c.case_id)
                                                 .where(live, CONSENT.c.scope == UN_SHARING))}
    unsure = {(s, c) for s, c in session.execute(
        select(CONSENT.c.site, CONSENT.c.case_id)
        .where(live, CONSENT.c.given_by.in_(SUBSTITUTES)))}
    cases = session.execute(select(C.c.site, C.c.id, C.c.survivor_code, C.c.date_of_report,
                                   C.c.date_of_interview)
                            .where(C.c.sea.is_(True), C.c.stats_consent.is_(True)))
    return {(r.site, r.id): r for r in cases if (r.site, r.id) in shared - unsure}


def victims(url: str, today: date) -> list[Victim]:
    """The listed victims, the longest waiting first (by site and code within a day)."""
    with db.session(url) as session:
        listed = _listed(session)
        found: dict[tuple[str, str], Victim] = {}
        for key, row in listed.items():
            alleged = row.date_of_report or row.date_of_interview
            found[key] = Victim(row.site, row.survivor_code, alleged,
                                (today - alleged).days if alleged else None, None, None)
        affiliations: dict[tuple[str, str], list[tuple[Any, ...]]] = defaultdict(list)
        for site, case_id, told, position, affiliation in session.execute(
                select(INC.c.site, INC.c.case_id, INC.c.date_of_interview, PERP.c.position,
                       PERP.c.sea_affiliation)
                .join(PERP, and_(PERP.c.site == INC.c.site, PERP.c.incident_id == INC.c.id))
                .where(PERP.c.sea_affiliation.is_not(None))):
            affiliations[(site, case_id)].append((told, position, affiliation))
        for key, options in affiliations.items():
            if key in found:
                found[key].affiliation = sorted(options, key=lambda o: (o[0], o[1]))[0][2]
        for site, case_id, status in session.execute(
                select(SEA_FILE.c.site, SEA_FILE.c.case_id, SEA_FILE.c.investigation_status)):
            if (site, case_id) in found and status:
                found[(site, case_id)].investigation = status
        _count_into(session, found, ASSIST, ASSIST.c.assistance_type, "sea_assistance")
        _count_into(session, found, REF, REF.c.service_type, "services",
                    REF.c.status.not_in(("draft", "declined", "service_not_provided")))
        _count_into(session, found, GIVEN, GIVEN.c.service_type, "services")
        for site, case_id, due in session.execute(
                select(FOLLOW.c.site, FOLLOW.c.case_id, FOLLOW.c.due_on)
                .where(FOLLOW.c.done_on.is_(None))):
            victim = found.get((site, case_id))
            if victim is not None:
                victim.open_follow_ups += 1
                victim.overdue_follow_ups += int(due is not None and due < today)
    return sorted(found.values(), key=lambda v: (-(v.days_since or 0), v.site, v.code))


def _count_into(session: Session, found: dict[tuple[str, str], Victim], table: Any,
                column: Any, counter: str, *where: Any) -> None:
    for site, case_id, kind in session.execute(
            select(table.c.site, table.c.case_id, column).where(*where)):
        victim = found.get((site, case_id))
        if victim is not None and kind:
            getattr(victim, counter)[str(kind)] += 1

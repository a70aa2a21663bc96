"""The badges of a case file's header: SEA, overdue work ("n days late"), consent missing and
high safety risk, each with the sentence that says why. (Feature package: ``cases``.)

One reading of the case (under the access rule) gives them all, so that the header never runs
a query of its own. "Late" follows the rule of each list: a follow-up by
``followups.overdue_on``; a referral when still a draft or sent past its due date
(``referral_queries.OPEN_STATUSES``). A closed case has no overdue badge (its follow-ups were
closed with it). The texts name no survivor: only dates, counts and references.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.core.i18n import translate
from desktop.core.services.accounts.access import get_case
from desktop.core.services.accounts.permissions import require_case_work
from desktop.core.services.consent.consent_rules import pending_approval
from desktop.core.services.referrals.followups import overdue_on
from desktop.core.services.referrals.referral_queries import OPEN_STATUSES
from desktop.core.store.models import Consent, FollowUp, Referral
from desktop.core.store.vault import Vault

SEA, OVERDUE, CONSENT_MISSING, HIGH_RISK = "sea", "overdue", "consent_missing", "high_risk"
ORDER = (HIGH_RISK, OVERDUE, CONSENT_MISSING, SEA)  # the most urgent first
SERVICES = "services"  # the consent to receive services


@dataclass(frozen=True)
class Badge:
    """One badge: its code (colour), its words, and why it is there (the tooltip)."""

    code: str
    text: str
    why: str
    days_late: int = 0  # the oldest late item (``OVERDUE`` only)


def _tr(text: str, lang: str | None) -> str:
    return translate("CaseBadges", text, lang)


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _days_late(days: int, lang: str | None) -> str:
    return (_tr("1 day late", lang) if days == 1
            else _tr("{count} days late", lang).format(count=days))


def _overdue(late_follow_ups: list[date], late_referrals: list[tuple[str, date]],
             today: date, lang: str | None) -> Badge | None:
    dues = late_follow_ups + [due for _ref, due in late_referrals]
    if not dues:
        return None
    days = (today - min(dues)).days
    reasons: list[str] = []
    if late_follow_ups:
        oldest = _day(min(late_follow_ups))
        reasons.append(
            _tr("A follow-up due on {day} is not done.", lang).format(day=oldest)
            if len(late_follow_ups) == 1 else
            _tr("{count} follow-ups are overdue (the oldest was due on {day}).", lang)
            .format(count=len(late_follow_ups), day=oldest))
    for reference, due in late_referrals:
        reasons.append(_tr("Referral {reference}: no answer since its due date, {day}.", lang)
                       .format(reference=reference, day=_day(due)))
    return Badge(OVERDUE, _days_late(days, lang), "\n".join(reasons), days)


def _consent(consents: list[Consent], approval: Any, lang: str | None) -> Badge | None:
    services = [c for c in consents if c.scope == SERVICES]
    given = [c for c in services if c.given]
    text = _tr("Consent missing", lang)
    if not services:
        why = _tr("No consent to receive services is recorded: ask her and record it in the "
                  "intake.", lang)
    elif not given:
        why = _tr("She did not consent to receive services.", lang)
    elif all(c.withdrawn_on is not None for c in given):
        withdrawn = max(c.withdrawn_on for c in given if c.withdrawn_on is not None)
        why = _tr("She withdrew her consent to receive services on {day}.", lang).format(
            day=_day(withdrawn))
    elif pending_approval(consents, approval):
        why = _tr("Another adult or the case worker consented for the child: the consent "
                  "counts once a supervisor approves it (tab Consent).", lang)
    else:
        return None
    return Badge(CONSENT_MISSING, text, why)


def case_badges(vault: Vault, case_id: str, *, today: date | None = None,
                lang: str | None = None) -> list[Badge]:
    """The badges of a case the person may see (``NotFound`` otherwise), most urgent first."""
    actor = require_case_work(vault)
    day = today or date.today()
    with vault.reader() as session:
        case = get_case(session, actor, case_id)
        found: list[Badge] = []
        if case.safety_risk == "high":
            found.append(Badge(HIGH_RISK, _tr("High risk", lang), _tr(
                "The latest safety assessment found a high risk: see the Safety tab.", lang)))
        if case.status != "closed":
            late_follow_ups = list(session.scalars(
                select(FollowUp.due_on).where(FollowUp.case_id == case.id, overdue_on(day))))
            late_referrals = [(ref, due) for ref, due in session.execute(
                select(Referral.reference, Referral.due_on).where(
                    Referral.case_id == case.id, Referral.status.in_(OPEN_STATUSES),
                    Referral.due_on < day).order_by(Referral.due_on, Referral.reference))]
            overdue = _overdue(late_follow_ups, late_referrals, day, lang)
            if overdue is not None:
                found.append(overdue)
        consent = _consent(list(case.consents), case.consent_approval, lang)
        if consent is not None:
            found.append(consent)
        if case.sea:
            found.append(Badge(SEA, _tr("SEA", lang), _tr(
                "Sexual exploitation or abuse by UN or aid personnel: the SEA tab holds what "
                "the Victim Assistance Protocol tracks.", lang)))
    return sorted(found, key=lambda badge: ORDER.index(badge.code))

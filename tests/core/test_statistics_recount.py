"""The period report's counts, read from the stored flags and indexes, equal a recount from
scratch after any sequence of edits made through the services (a property test).

The services open cases, give and withdraw the statistics consent (by editing the intake),
close and reopen cases, make, send and answer referrals, schedule follow-ups and mark them
done; after each sequence, every count the report reads from ``cases.stats_consent``,
``referrals.counted_on`` and the follow-up index is recounted in Python from the rows
themselves, by the rules of the domain (consent given and not withdrawn; referral of the period
by the day sent or made; overdue as on the Follow-ups page), for several periods and sites.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop.core.errors import UserError
from desktop.core.services.cases import case_actions, intake
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.services.referrals import followups
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.reports import stats_facts as facts
from desktop.core.services.reports import stats_queries as q
from desktop.core.services.reports.report_period import Period
from desktop.core.store.models import Case, Consent, FollowUp, Referral
from desktop.core.store.vault import Vault
from tests.helpers.intake_data import sample_intake
from tests.helpers.report_data import provider

EDITS = st.lists(st.tuples(
    st.sampled_from(["open", "open", "consent", "close", "reopen", "refer", "send", "answer",
                     "follow_up", "done"]),
    st.integers(0, 10_000), st.integers(0, 80), st.sampled_from([True, False, None])),
    min_size=3, max_size=12)


def _periods(day: date) -> list[Period]:
    this = Period.month(day.year, day.month)
    before = Period.month(*((day.year, day.month - 1) if day.month > 1
                            else (day.year - 1, 12)))
    wide = Period(day - timedelta(days=70), day + timedelta(days=5))
    return [this, before, wide]


def _consented(case: Case) -> bool:
    return any(c.scope == "statistics" and c.given and c.withdrawn_on is None
               for c in case.consents)


def _recount(vault: Vault, scope: q.Scope) -> dict[str, Any]:
    """Every count from the rows themselves, in Python."""
    start, end = scope.period.start, scope.period.end
    end_at = datetime.combine(scope.period.end_exclusive, time.min, tzinfo=UTC)
    with vault.reader() as s:
        cases = [c for c in s.scalars(select(Case))
                 if scope.site_id is None or c.site_id == scope.site_id]
        counted = {c.id for c in cases if _consented(c)}

        def closed_at(c: Case) -> datetime | None:
            return None if c.closed_at is None else c.closed_at.replace(tzinfo=UTC)

        mine = [c for c in cases if c.id in counted]
        in_period = [c for c in mine if start <= c.date_of_interview <= end]
        outcomes: Counter[tuple[str, str]] = Counter()
        for r in s.scalars(select(Referral)):
            day = r.sent_on or r.created_at.date()
            if r.case_id in counted and r.status != "draft" and start <= day <= end:
                late = r.status == "sent" and r.due_on < scope.cutoff
                outcomes[(r.service_type, "no_response" if late else r.status)] += 1
        overdue = sum(1 for f in s.scalars(select(FollowUp))
                      if f.case_id in counted and f.due_on < scope.cutoff
                      and (f.done_on is None or f.done_on > scope.cutoff))
        return {
            "cases": {
                "opened": len(in_period),
                "active": sum(1 for c in mine if c.date_of_interview <= end and (
                    closed_at(c) is None or closed_at(c) >= end_at)),  # type: ignore[operator]
                "closed": sum(1 for c in mine if closed_at(c) is not None
                              and datetime.combine(start, time.min, tzinfo=UTC)
                              <= closed_at(c) < end_at),  # type: ignore[operator]
            },
            "not_consented": sum(1 for c in cases if c.id not in counted
                                 and start <= c.date_of_interview <= end),
            "incidents": sum(len(c.incidents) for c in in_period),
            "outcomes": dict(outcomes),
            "overdue": overdue,
        }


def _from_report(vault: Vault, scope: q.Scope) -> dict[str, Any]:
    """The same counts as the report computes them."""
    with vault.reader() as s:
        q.prepare(s)
        try:
            facts.fill(s, scope)
            return {"cases": q.case_counts(s, scope),
                    "not_consented": q.not_consented(s, scope),
                    "incidents": sum(facts.gbv_types(s).values()),
                    "outcomes": facts.referral_outcomes(s),
                    "overdue": q.overdue_follow_ups(s, scope)}
        finally:
            facts.release(s)
            q.release(s)


class _World:
    """What the edits act on: the cases, referrals and follow-ups made so far."""

    def __init__(self, vault: Vault, today: date) -> None:
        self.vault = vault
        self.today = today  # the edits are dated back from the day the test runs
        self.cases: list[str] = []
        self.referrals: list[str] = []
        self.follow_ups: list[str] = []
        with vault.session() as s:
            assert vault.actor is not None
            self.provider = provider(s, vault.actor.site_id).id

    def pick(self, items: list[str], n: int) -> str | None:
        return items[n % len(items)] if items else None

    def apply(self, kind: str, n: int, days: int, flag: bool | None) -> None:
        v = self.vault
        case_id = self.pick(self.cases, n)
        if kind == "open" or case_id is None:
            day = self.today - timedelta(days=days)
            self.cases.append(intake.open_case(v, sample_intake(**{
                "registration.date_of_interview": day, "registration.date_of_report": day,
                "incident.date": day - timedelta(days=1), "sea.reported_to_un_on": day,
                "sea.un_consent_given_on": day, "consent.given_on": day,
                "consent.statistics": flag})))
        elif kind == "consent":
            data = intake.load_intake(v, case_id)
            data["consent.statistics"] = not data.get("consent.statistics")
            intake.update_case(v, case_id, data)
        elif kind == "close":
            with v.reader() as s:
                status = s.scalar(select(Case.status).where(Case.id == case_id))
            if status == "open":
                case_actions.request_closure(v, case_id, "needs_met",
                                             checklist=Checklist.all_ticked())
                case_actions.approve_closure(v, case_id)
        elif kind == "reopen":
            with v.reader() as s:
                status = s.scalar(select(Case.status).where(Case.id == case_id))
            if status == "closed":
                case_actions.reopen(v, case_id, "Nouvel élément")
        elif kind == "refer":
            row = referrals.create_referral(
                v, case_id, service_type=["health", "legal", "psychosocial"][n % 3],
                provider_id=self.provider, priority=["emergency", "urgent", "normal"][n % 3],
                override_reason="Urgence vitale", today=self.today - timedelta(days=days % 20))
            self.referrals.append(row.id)
        elif kind in ("send", "answer"):
            referral_id = self.pick(self.referrals, n)
            if referral_id is None:
                return
            detail = referrals.referral_detail(v, referral_id)
            if detail.allowed_next:
                chosen = detail.allowed_next[n % len(detail.allowed_next)]
                referrals.change_status(v, referral_id, chosen,
                                        on=self.today - timedelta(days=days % 30))
        elif kind == "follow_up":
            due = self.today - timedelta(days=days % 40)
            row = followups.schedule(v, case_id, due, purpose="Appel de suivi",
                                     today=due)
            self.follow_ups.append(row.id)
        elif kind == "done":
            follow_up_id = self.pick(self.follow_ups, n)
            if follow_up_id is not None:
                followups.mark_done(v, follow_up_id, "Joint",
                                    done_on=self.today - timedelta(days=days % 30))


# No shrinking: each example edits a real encrypted database, and a failure prints its edits.
@settings(max_examples=12, deadline=None, derandomize=True, database=None,
          phases=[Phase.explicit, Phase.generate],
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(edits=EDITS)
def test_report_counts_equal_a_recount_after_random_edits(supervisor: Vault, today: date,
                                                           edits: list[Any]) -> None:
    world = _World(supervisor, today)
    with supervisor.reader() as s:
        world.cases = list(s.scalars(select(Case.id)))
        world.referrals = list(s.scalars(select(Referral.id)))
        world.follow_ups = list(s.scalars(select(FollowUp.id)))
    for edit in edits:
        # An edit refused as a person would be (a closed case, a done follow-up) changes nothing.
        with contextlib.suppress(UserError):
            world.apply(*edit)
    assert supervisor.actor is not None
    for period in _periods(today):
        for site in (None, supervisor.actor.site_id):
            for cutoff in (today, today + timedelta(days=20)):
                scope = q.Scope(period, site, cutoff)
                assert _from_report(supervisor, scope) == _recount(supervisor, scope)


def test_withdrawing_the_consent_takes_the_case_out_at_once(supervisor: Vault,
                                                            today: date) -> None:
    """The stored flag follows the consent in the same transaction as the edit."""
    case_id = intake.open_case(supervisor, sample_intake())
    scope = q.Scope(Period(today - timedelta(days=10), today), None, today)
    assert _from_report(supervisor, scope)["cases"]["opened"] == 1
    data = intake.load_intake(supervisor, case_id)
    intake.update_case(supervisor, case_id, {**data, "consent.statistics": False})
    with supervisor.reader() as s:
        consent = s.scalar(select(Consent).where(Consent.case_id == case_id,
                                                 Consent.scope == "statistics"))
        assert consent is not None and not consent.given
    counts = _from_report(supervisor, scope)
    assert counts["cases"]["opened"] == 0 and counts["not_consented"] == 1
    assert counts == _recount(supervisor, scope)

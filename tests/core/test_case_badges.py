"""The case file header's badges (``cases.case_badges``): what each one says and why, on a
real database; none for a plain case; the access rule holds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.core.errors import NotFound
from desktop.core.services.cases import case_badges
from desktop.core.store.models import Case, ConsentApproval, FollowUp
from desktop.core.store.vault import Vault
from tests.helpers import report_data

TODAY = date(2026, 6, 15)


def _case(vault: Vault, **spec: object) -> str:
    with vault.session() as session:
        return report_data.add_case(session, report_data.Spec(
            interview=TODAY - timedelta(days=30), **spec)).id  # type: ignore[arg-type]


def _change(vault: Vault, case_id: str, **values: object) -> None:
    with vault.session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        for name, value in values.items():
            setattr(case, name, value)


def _services_consent(vault: Vault, case_id: str, **values: object) -> None:
    with vault.session() as session:
        case = session.get(Case, case_id)
        assert case is not None
        consent = next(c for c in case.consents if c.scope == "services")
        for name, value in values.items():
            setattr(consent, name, value)


def _follow_up(vault: Vault, case_id: str, due: date, done: date | None = None) -> None:
    with vault.session() as session:
        staff_id, site_id = report_data.staff_ids(session)["awa"]
        session.add(FollowUp(case_id=case_id, due_on=due, done_on=done, assigned_to_id=staff_id,
                             purpose="Visite", site_id=site_id))


def test_a_plain_case_has_no_badge(caseworker: Vault) -> None:
    case_id = _case(caseworker)
    _follow_up(caseworker, case_id, TODAY)  # due today: not late yet
    _follow_up(caseworker, case_id, TODAY - timedelta(days=3), done=TODAY - timedelta(days=3))
    assert case_badges.case_badges(caseworker, case_id, today=TODAY) == []


def test_each_badge_says_why_most_urgent_first(caseworker: Vault) -> None:
    case_id = _case(caseworker, sea=True,
                    refs=[report_data.Ref(service="health", status="sent",
                                          due_on=TODAY - timedelta(days=2))])
    _change(caseworker, case_id, safety_risk="high")
    _services_consent(caseworker, case_id, given=False)
    _follow_up(caseworker, case_id, TODAY - timedelta(days=9))
    _follow_up(caseworker, case_id, TODAY - timedelta(days=4))
    found = case_badges.case_badges(caseworker, case_id, today=TODAY, lang="en")
    assert [b.code for b in found] == ["high_risk", "overdue", "consent_missing", "sea"]
    risk, late, consent, sea = found
    assert risk.text == "High risk" and "Safety tab" in risk.why
    assert late.text == "9 days late" and late.days_late == 9
    assert "2 follow-ups are overdue (the oldest was due on 06/06/2026)." in late.why
    assert "no answer since its due date, 13/06/2026" in late.why
    assert consent.text == "Consent missing"
    assert consent.why == "She did not consent to receive services."
    assert sea.text == "SEA" and "Victim Assistance Protocol" in sea.why
    french = case_badges.case_badges(caseworker, case_id, today=TODAY, lang="fr")
    assert [b.text for b in french] == ["Risque élevé", "9 jours de retard",
                                        "Consentement manquant", "EAS"]
    assert all("secret" not in b.why.casefold() for b in found + french)  # no name, no note


def test_one_day_late_a_withdrawn_or_unapproved_consent(caseworker: Vault) -> None:
    case_id = _case(caseworker)
    _follow_up(caseworker, case_id, TODAY - timedelta(days=1))
    _services_consent(caseworker, case_id, withdrawn_on=TODAY - timedelta(days=5))
    late, consent = case_badges.case_badges(caseworker, case_id, today=TODAY)
    assert late.text == "1 day late" and late.why == "A follow-up due on 14/06/2026 is not done."
    assert consent.why == "She withdrew her consent to receive services on 10/06/2026."
    _services_consent(caseworker, case_id, withdrawn_on=None, given_by="trusted_adult")
    (consent,) = [b for b in case_badges.case_badges(caseworker, case_id, today=TODAY)
                  if b.code == "consent_missing"]
    assert "once a supervisor approves it" in consent.why
    with caseworker.session() as session:
        staff_id, site_id = report_data.staff_ids(session)["sali"]
        session.add(ConsentApproval(case_id=case_id, approved_by_id=staff_id, site_id=site_id,
                                    approved_at=datetime.now(UTC)))
    assert [b.code for b in case_badges.case_badges(caseworker, case_id, today=TODAY)] == [
        "overdue"]


def test_a_closed_case_is_never_late(caseworker: Vault) -> None:
    case_id = _case(caseworker, closed_on=TODAY - timedelta(days=1))
    _follow_up(caseworker, case_id, TODAY - timedelta(days=20))
    assert case_badges.case_badges(caseworker, case_id, today=TODAY) == []


def test_another_case_workers_case_is_not_found(caseworker: Vault) -> None:
    with caseworker.session() as session:
        other = report_data.add_case(session, report_data.Spec(interview=TODAY),
                                     worker="fanta").id
    with pytest.raises(NotFound):
        case_badges.case_badges(caseworker, other, today=TODAY)

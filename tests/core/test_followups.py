"""Follow-ups: scheduling, done with an outcome, due today and overdue per person or site."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.services import audit, followups, referrals, session
from tests.helpers import folders
from tests.helpers.referral_data import add_case, osc, staff_id

TODAY = date.today()


def test_schedule_and_mark_done_with_an_outcome(caseworker) -> None:
    case_id = add_case(caseworker, release=("health",))
    referral = referrals.create_referral(caseworker, case_id, service_type="health",
                                         provider_id=osc(caseworker), priority="normal")
    row = followups.schedule(caseworker, case_id, TODAY, referral_id=referral.id,
                             purpose="Appeler le centre")
    assert row.referral_reference == referral.reference and row.assigned_to_name == "Awa Agente"
    assert [r.id for r in followups.due_today(caseworker)] == [row.id]
    with pytest.raises(ValidationError):
        followups.mark_done(caseworker, row.id, "  ")
    done = followups.mark_done(caseworker, row.id, "Rendez-vous confirmé")
    assert done.done_on == TODAY and done.outcome == "Rendez-vous confirmé"
    assert followups.due_today(caseworker) == []
    assert [f.id for f in followups.for_case(caseworker, case_id)] == [row.id]
    actions = [e.action for e in audit.events(caseworker, record_id=row.id)]
    assert actions == ["followup_done", "followup_created"]


def test_bad_input_is_refused(caseworker) -> None:
    case_id = add_case(caseworker)
    with pytest.raises(ValidationError) as caught:
        followups.schedule(caseworker, case_id, TODAY - timedelta(days=1), purpose="")
    assert set(caught.value.errors) == {"due_on", "purpose"}
    with pytest.raises(PermissionDenied):
        followups.schedule(caseworker, case_id, TODAY, purpose="Visite",
                           assigned_to_id=staff_id(caseworker, "fanta"))
    with pytest.raises(PermissionDenied):
        followups.overdue(caseworker, scope="site")


def test_mine_and_the_whole_site(folder) -> None:
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        awa_case = add_case(sali, assign_to="awa")
        fanta_case = add_case(sali, assign_to="fanta")
        awa, fanta = staff_id(sali, "awa"), staff_id(sali, "fanta")
        followups.schedule(sali, awa_case, TODAY, assigned_to_id=awa, purpose="Visite")
        followups.schedule(sali, fanta_case, TODAY, assigned_to_id=fanta, purpose="Appel")
        with pytest.raises(ValidationError, match="does not work on this case"):
            followups.schedule(sali, awa_case, TODAY, assigned_to_id=fanta, purpose="X")
        late = followups.schedule(sali, awa_case, TODAY + timedelta(days=2),
                                  assigned_to_id=awa, purpose="Plus tard")
        assert len(followups.due_today(sali)) == 2  # a supervisor: the whole site
        assert followups.due_today(sali, scope="mine") == []
        in_three_days = TODAY + timedelta(days=3)
        assert [r.id for r in followups.overdue(sali, today=in_three_days)][-1] == late.id
    finally:
        session.lock(sali)
    awa_vault = folders.login(folder, folders.CASEWORKER)
    try:
        assert [r.purpose for r in followups.due_today(awa_vault)] == ["Visite"]
        overdue = followups.overdue(awa_vault, today=TODAY + timedelta(days=3))
        assert [r.purpose for r in overdue] == ["Visite", "Plus tard"]
    finally:
        session.lock(awa_vault)

"""Follow-ups: scheduling, done with an outcome, due today and overdue per person or site."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.services import session
from desktop.core.services.accounts import audit
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.services.referrals import followups
from desktop.core.services.referrals import workflow as referrals
from tests.helpers import folders, schema
from tests.helpers.referral_data import add_case, osc, staff_id

TICKED = Checklist.all_ticked()  # the closure checklist, every item ticked


def test_schedule_and_mark_done_with_an_outcome(caseworker, today: date) -> None:
    case_id = add_case(caseworker, release=("health",))
    referral = referrals.create_referral(caseworker, case_id, service_type="health",
                                         provider_id=osc(caseworker), priority="normal")
    row = followups.schedule(caseworker, case_id, today, referral_id=referral.id,
                             purpose="Appeler le centre")
    assert row.referral_reference == referral.reference and row.assigned_to_name == "Awa Agente"
    assert [r.id for r in followups.due_today(caseworker)] == [row.id]
    with pytest.raises(ValidationError):
        followups.mark_done(caseworker, row.id, "  ")
    done = followups.mark_done(caseworker, row.id, "Rendez-vous confirmé")
    assert done.done_on == today and done.outcome == "Rendez-vous confirmé"
    assert followups.due_today(caseworker) == []
    assert [f.id for f in followups.for_case(caseworker, case_id)] == [row.id]
    actions = [e.action for e in audit.events(caseworker, record_id=row.id)]
    assert actions == ["followup_done", "followup_created"]


def test_bad_input_is_refused(caseworker, today: date) -> None:
    case_id = add_case(caseworker)
    with pytest.raises(ValidationError) as caught:
        followups.schedule(caseworker, case_id, today - timedelta(days=1), purpose="")
    assert set(caught.value.errors) == {"due_on", "purpose"}
    with pytest.raises(PermissionDenied):
        followups.schedule(caseworker, case_id, today, purpose="Visite",
                           assigned_to_id=staff_id(caseworker, "fanta"))
    with pytest.raises(PermissionDenied):
        followups.overdue(caseworker, scope="site")


def test_mine_and_the_whole_site(folder, today: date) -> None:
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        awa_case = add_case(sali, assign_to="awa")
        fanta_case = add_case(sali, assign_to="fanta")
        awa, fanta = staff_id(sali, "awa"), staff_id(sali, "fanta")
        followups.schedule(sali, awa_case, today, assigned_to_id=awa, purpose="Visite")
        followups.schedule(sali, fanta_case, today, assigned_to_id=fanta, purpose="Appel")
        with pytest.raises(ValidationError, match="does not work on this case"):
            followups.schedule(sali, awa_case, today, assigned_to_id=fanta, purpose="X")
        late = followups.schedule(sali, awa_case, today + timedelta(days=2),
                                  assigned_to_id=awa, purpose="Plus tard")
        assert len(followups.due_today(sali)) == 2  # a supervisor: the whole site
        assert followups.due_today(sali, scope="mine") == []
        in_three_days = today + timedelta(days=3)
        assert [r.id for r in followups.overdue(sali, today=in_three_days)][-1] == late.id
    finally:
        session.lock(sali)
    awa_vault = folders.login(folder, folders.CASEWORKER)
    try:
        assert [r.purpose for r in followups.due_today(awa_vault)] == ["Visite"]
        overdue = followups.overdue(awa_vault, today=today + timedelta(days=3))
        assert [r.purpose for r in overdue] == ["Visite", "Plus tard"]
    finally:
        session.lock(awa_vault)


def _overdue_in_report(vault, today: date) -> int:
    from desktop.core.services.reports import statistics
    from desktop.core.services.reports.report_period import Period

    everything = Period.between(date(2020, 1, 1), date(2035, 12, 31))
    with vault.reader() as s:
        return statistics.build_report(s, everything, today=today).overdue_follow_ups


def test_the_page_and_the_report_count_the_same_overdue_follow_ups(folder, today: date) -> None:
    """Open follow-ups of an open case, of a case closed now and of one closed before closing
    closed its follow-ups (an older database, upgraded by revision e5f6a7b8c9d0)."""
    from sqlalchemy import text

    from desktop.core.services.cases import case_actions
    from desktop.core.store import migrate

    past = today - timedelta(days=20)
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        open_case, closed_now, closed_before = (add_case(sali) for _ in range(3))
        for case_id, purposes in ((open_case, ("Visite", "Appel")), (closed_now, ("Visite",)),
                                  (closed_before, ("Visite", "Appel"))):
            for purpose in purposes:
                followups.schedule(sali, case_id, past, purpose=purpose, today=past)
        followups.schedule(sali, open_case, today + timedelta(days=3), purpose="Plus tard")
        for case_id in (closed_now, closed_before):
            case_actions.request_closure(sali, case_id, "needs_met", checklist=TICKED)
            case_actions.approve_closure(sali, case_id)
        page = followups.overdue(sali, scope="site")
        assert {r.case_id for r in page} == {open_case}
        assert len(page) == _overdue_in_report(sali, today) == 2
        with sali.require_engine().begin() as conn:  # as a closure made before this change
            conn.execute(text("UPDATE follow_ups SET done_on = NULL, done_by_id = NULL, "
                              "outcome = NULL WHERE case_id = :c"), {"c": closed_before})
        assert len(followups.overdue(sali, scope="site")) == 4  # what such a database showed
        schema.rewind_to_before(sali.require_engine(), "e5f6a7b8c9d0")
    finally:
        session.lock(sali)
    sali = folders.login(folder, folders.SUPERVISOR)  # the upgrade runs at login
    try:
        assert sali.migrated
        with sali.require_engine().connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        page = followups.overdue(sali, scope="site")
        assert {r.case_id for r in page} == {open_case}
        assert len(page) == _overdue_in_report(sali, today) == 2
        assert len(followups.overdue(sali, scope="site", today=past + timedelta(days=1))) == 5
        assert _overdue_in_report(sali, past + timedelta(days=1)) == 5  # as it was back then
        migrated = followups.for_case(sali, closed_before)
        assert {(r.done_on, r.outcome) for r in migrated} == {(today, "Dossier clôturé")}
        for row in migrated:
            event = audit.events(sali, record_id=row.id)[0]
            assert (event.action, event.details, event.actor) == (
                "followup_done", "case_closed", "migration")
    finally:
        session.lock(sali)

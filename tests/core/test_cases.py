"""The case list, the case file, access rules and the closure workflow."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.errors import NotFound, PermissionDenied, UserError, ValidationError
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import intake
from desktop.core.services.cases.case_list import CaseQuery
from desktop.core.services.casework.closure_checklist import Checklist
from tests.helpers import folders
from tests.helpers.intake_data import sample_intake

TICKED = Checklist.all_ticked()  # the closure checklist, every item ticked


def _open_as(folder, username, **changes):
    vault = folders.login(folder, username)
    try:
        case_id = intake.open_case(vault, sample_intake(**changes))
        number = intake.load_intake(vault, case_id)
    finally:
        vault.close()
    return case_id, number["registration.case_number"], number["registration.survivor_code"]


def _staff_id(vault, username):
    return next(s.staff_id for s in accounts.list_staff(vault) if s.username == username)


def test_a_case_worker_never_sees_another_case_workers_case(folder):
    own_id, _, _ = _open_as(folder, folders.CASEWORKER, name="Awa Fictive")
    other_id, other_number, other_code = _open_as(folder, folders.CASEWORKER_2,
                                                  name="Fanta Fictive")
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        assert cases.case_ids(vault) == [own_id]
        assert cases.count(vault) == 1
        assert cases.case_ids(vault, CaseQuery(text=other_number)) == []
        assert cases.case_ids(vault, CaseQuery(text=other_code)) == []
        assert cases.case_ids(vault, CaseQuery(text="Fanta")) == []
        assert cases.case_rows(vault, [other_id, own_id])[0].id == own_id
        assert len(cases.case_rows(vault, [other_id])) == 0
        for action in (lambda: cases.case_file(vault, other_id),
                       lambda: intake.load_intake(vault, other_id),
                       lambda: intake.update_case(vault, other_id, sample_intake()),
                       lambda: cases.add_note(vault, other_id, "note"),
                       lambda: cases.set_step(vault, other_id, 3),
                       lambda: cases.request_closure(vault, other_id, "needs_met",
                                                     checklist=TICKED)):
            with pytest.raises(NotFound):
                action()
    finally:
        vault.close()
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        assert set(cases.case_ids(supervisor)) == {own_id, other_id}
        cases.assign(supervisor, other_id, _staff_id(supervisor, folders.CASEWORKER))
    finally:
        supervisor.close()
    vault = folders.login(folder, folders.CASEWORKER)
    try:  # assigned now: visible
        assert set(cases.case_ids(vault)) == {own_id, other_id}
        assert cases.case_file(vault, other_id).caseworker == "Awa Agente"
    finally:
        vault.close()


def test_search_by_number_code_and_name(folder):
    first_id, first_number, first_code = _open_as(folder, folders.CASEWORKER,
                                                  name="Kadiatou Fictive")
    second_id, _, _ = _open_as(folder, folders.CASEWORKER, name="Mariam Exemple")
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        assert cases.case_ids(vault, CaseQuery(text=first_number)) == [first_id]
        assert cases.case_ids(vault, CaseQuery(text=first_code.lower())) == [first_id]
        assert first_id in cases.case_ids(vault, CaseQuery(text=first_code[:4]))
        # A case worker may not search by name: it silently matches nothing.
        assert cases.case_ids(vault, CaseQuery(text="Kadiatou")) == []
        assert cases.case_rows(vault, [first_id], with_names=True)[0].name is None
    finally:
        vault.close()
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        assert cases.case_ids(supervisor, CaseQuery(text="kadiatou")) == [first_id]
        rows = cases.case_rows(supervisor, [first_id, second_id], with_names=True)
        assert [r.name for r in rows] == ["Kadiatou Fictive", "Mariam Exemple"]
        assert cases.case_rows(supervisor, [first_id])[0].name is None  # hidden by default
    finally:
        supervisor.close()


def test_filters_and_sorting(folder):
    rape_id, _, _ = _open_as(folder, folders.CASEWORKER)
    physical_id, _, _ = _open_as(folder, folders.CASEWORKER, **{
        "incident.gbv_type": "physical_assault", "incident.classification_answers": None,
        "perpetrators": [{"sex": "male", "relationship": "intimate_partner"}]})
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        assert cases.case_ids(vault, CaseQuery(gbv_type="physical_assault")) == [physical_id]
        assert cases.case_ids(vault, CaseQuery(sea=True)) == [rape_id]
        assert cases.case_ids(vault, CaseQuery(sea=False)) == [physical_id]
        assert cases.case_ids(vault, CaseQuery(step=2, status="open")) != []
        assert cases.case_ids(vault, CaseQuery(sort="case_number", descending=False)) == [
            rape_id, physical_id]
        assert cases.case_ids(vault, CaseQuery(sort="case_number")) == [physical_id, rape_id]
        for key in cases.SORT_KEYS:
            assert set(cases.case_ids(vault, CaseQuery(sort=key))) == {rape_id, physical_id}
        assert cases.case_ids(vault, CaseQuery(overdue_followup=True)) == []
        row = cases.case_rows(vault, [rape_id])[0]
        assert row.gbv_type == "rape" and row.sea and row.caseworker == "Awa Agente"
        assert row.step == 2 and row.status == "open" and not row.overdue
    finally:
        vault.close()


def test_closure_needs_a_supervisor(folder):
    case_id, _, _ = _open_as(folder, folders.CASEWORKER)
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        cases.set_action_plan(vault, case_id, "Orientation vers la santé.")
        cases.set_step(vault, case_id, 4)
        cases.add_note(vault, case_id, "Premier suivi fait.")
        with pytest.raises(ValidationError):
            cases.request_closure(vault, case_id, ["other"], "", checklist=TICKED)
        cases.request_closure(vault, case_id, ["needs_met", "survivor_request"], "Fin.",
                              checklist=TICKED)
        with pytest.raises(PermissionDenied):
            cases.approve_closure(vault, case_id)
        assert cases.case_file(vault, case_id).status == "closure_requested"
    finally:
        vault.close()
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        cases.approve_closure(supervisor, case_id)
        file = cases.case_file(supervisor, case_id)
        assert file.status == "closed" and file.step == 6
        assert file.closure_reasons == ["needs_met", "survivor_request"]
        assert file.closed_by == "Sali Superviseure"
        assert [s.step for s in file.steps] == [1, 2, 3, 4, 6]
    finally:
        supervisor.close()
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        with pytest.raises(UserError):
            cases.set_step(vault, case_id, 5)  # closed: reopen first
        cases.reopen(vault, case_id, "La survivante est revenue.")
        file = cases.case_file(vault, case_id)
        assert file.status == "open" and file.step == 5
        assert file.notes[0].text == "La survivante est revenue."
        history = [e.action for e in file.history]
        for action in ("case_created", "case_step", "note_added", "case_closure_requested",
                       "case_closed", "case_reopened", "case_viewed"):
            assert action in history
    finally:
        vault.close()


def test_a_supervisor_can_reject_a_closure(folder):
    case_id, _, _ = _open_as(folder, folders.CASEWORKER)
    vault = folders.login(folder, folders.CASEWORKER)
    cases.request_closure(vault, case_id, "no_contact", checklist=TICKED)
    vault.close()
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        cases.reject_closure(supervisor, case_id, "Essayer encore de la joindre.")
        file = cases.case_file(supervisor, case_id)
        assert file.status == "open" and file.closure_reasons == []
        with pytest.raises(UserError):
            cases.approve_closure(supervisor, case_id)
    finally:
        supervisor.close()


def test_only_supervisors_assign(folder):
    case_id, _, _ = _open_as(folder, folders.CASEWORKER)
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        with pytest.raises(PermissionDenied):
            cases.assign(vault, case_id, "anyone")
        with pytest.raises(ValidationError):
            cases.set_step(vault, case_id, 6)
    finally:
        vault.close()


def test_overdue_follow_up_filter(folder):
    from desktop.core.store.models import FollowUp

    case_id, _, _ = _open_as(folder, folders.CASEWORKER)
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        assert vault.actor is not None
        with vault.session() as session:
            session.add(FollowUp(case_id=case_id, site_id=vault.actor.site_id,
                                 due_on=date(2020, 1, 1), assigned_to_id=vault.actor.staff_id))
        assert cases.case_ids(vault, CaseQuery(overdue_followup=True)) == [case_id]
        row = cases.case_rows(vault, [case_id])[0]
        assert row.overdue and row.next_followup_due == date(2020, 1, 1)
    finally:
        vault.close()


def test_closing_a_case_closes_its_follow_ups_and_reopening_leaves_them_done(folder):
    from datetime import timedelta

    from desktop.core.i18n import set_language
    from desktop.core.services.accounts import audit
    from desktop.core.services.referrals import followups

    today = date.today()
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = intake.open_case(vault, sample_intake())
        other_id = intake.open_case(vault, sample_intake())
        visit = followups.schedule(vault, case_id, today, purpose="Visite à domicile")
        call = followups.schedule(vault, case_id, today + timedelta(days=7), purpose="Appel")
        first = followups.schedule(vault, case_id, today, purpose="Premier appel")
        followups.mark_done(vault, first.id, "Jointe")
        other = followups.schedule(vault, other_id, today, purpose="Autre dossier")
        cases.request_closure(vault, case_id, "needs_met", checklist=TICKED)
        # Asking is not closing: the follow-ups stay on the page until a supervisor approves.
        assert {r.id for r in followups.due_today(vault)} == {visit.id, other.id}
    finally:
        vault.close()
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        set_language("fr")
        cases.approve_closure(supervisor, case_id)
        set_language("en")
        rows = {r.id: r for r in followups.for_case(supervisor, case_id)}
        for closed in (visit.id, call.id):
            assert rows[closed].done_on == today
            assert rows[closed].outcome == "Dossier clôturé"
            event = audit.events(supervisor, record_id=closed)[0]
            assert (event.action, event.details, event.actor) == (
                "followup_done", "case_closed", folders.SUPERVISOR)
        assert rows[first.id].outcome == "Jointe"  # done before: untouched
        assert len(audit.events(supervisor, record_id=first.id, action="followup_done")) == 1
        assert [r.id for r in followups.due_today(supervisor)] == [other.id]
        later = today + timedelta(days=10)
        assert [r.id for r in followups.overdue(supervisor, today=later)] == [other.id]

        cases.reopen(supervisor, case_id, "Elle revient au centre.")
        rows = {r.id: r for r in followups.for_case(supervisor, case_id)}
        assert all(r.done_on is not None for r in rows.values())  # not reopened
        assert [r.id for r in followups.due_today(supervisor)] == [other.id]
        new = followups.schedule(supervisor, case_id, today, purpose="Nouveau plan")
        assert {r.id for r in followups.due_today(supervisor)} == {other.id, new.id}
    finally:
        supervisor.close()


def test_a_closure_that_fails_leaves_the_follow_ups_open(folder, monkeypatch):
    """The follow-ups are closed in the closure's own transaction: all or nothing."""
    from desktop.core.services.accounts import audit
    from desktop.core.services.referrals import followups

    vault = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = intake.open_case(vault, sample_intake())
        visit = followups.schedule(vault, case_id, date.today(), purpose="Visite")
        cases.request_closure(vault, case_id, "needs_met", checklist=TICKED)
    finally:
        vault.close()
    record = audit.record

    def failing(session, actor, action, **kwargs):
        if action == "case_closed":  # the closure's last write, after the follow-ups
            raise OSError("disk full")
        return record(session, actor, action, **kwargs)

    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        monkeypatch.setattr(audit, "record", failing)
        with pytest.raises(OSError):
            cases.approve_closure(supervisor, case_id)
        monkeypatch.setattr(audit, "record", record)
        assert cases.case_file(supervisor, case_id).status == "closure_requested"
        assert [r.id for r in followups.due_today(supervisor)] == [visit.id]
        assert followups.for_case(supervisor, case_id)[0].done_on is None
    finally:
        supervisor.close()

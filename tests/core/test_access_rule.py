"""The access rule on cases (``accounts.access``): a case worker sees the cases she holds and
those she opened, never a colleague's; a closed case reads but takes no new incident."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core.errors import NotFound, PermissionDenied, UserError
from desktop.core.services.accounts import access, staff
from desktop.core.services.cases import case_actions, incidents
from desktop.core.services.cases import case_list as cases
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Staff
from tests.helpers import folders, referral_data
from tests.helpers.incident_data import new_incident


def _staff_id(folder: DataFolder, username: str) -> str:
    with folders.as_user(folder, folders.ADMIN) as admin, admin.reader() as session:
        found = session.scalar(select(Staff.id).where(Staff.username == username))
        assert found is not None
        return str(found)


def test_a_case_worker_sees_what_she_holds_or_opened_and_no_colleagues_case(
        folder: DataFolder) -> None:
    fanta_id = _staff_id(folder, folders.CASEWORKER_2)
    awa_id = _staff_id(folder, folders.CASEWORKER)
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        opened_by_awa = referral_data.add_case(awa)  # she opened it, then it went to Fanta
        awas = referral_data.add_case(awa)  # Awa's own
    with folders.as_user(folder, folders.CASEWORKER_2) as fanta:
        fantas = referral_data.add_case(fanta)  # Fanta's own
    with folders.as_user(folder, folders.SUPERVISOR) as sali:
        case_actions.assign(sali, opened_by_awa, fanta_id)
        sali_for_fanta = referral_data.add_case(sali, assign_to=folders.CASEWORKER_2)
        sali_for_awa = referral_data.add_case(sali, assign_to=folders.CASEWORKER)
        assert len(cases.case_ids(sali)) == 5  # the supervisor sees the whole site
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        assert awa.actor is not None and awa.actor.staff_id == awa_id
        assert sorted(cases.case_ids(awa)) == sorted([opened_by_awa, awas, sali_for_awa])
        for mine in (opened_by_awa, awas, sali_for_awa):  # opened, or held: she reads and adds
            assert cases.case_file(awa, mine).id == mine
            case_actions.add_note(awa, mine, "Note")
        for other in (fantas, sali_for_fanta):  # opened by a colleague, held by another
            with pytest.raises(NotFound):
                cases.case_file(awa, other)
            with pytest.raises(NotFound):
                case_actions.add_note(awa, other, "Note")
    with folders.as_user(folder, folders.CASEWORKER_2) as fanta:
        assert sorted(cases.case_ids(fanta)) == sorted([opened_by_awa, fantas, sali_for_fanta])
        for mine in (opened_by_awa, fantas, sali_for_fanta):
            assert cases.case_file(fanta, mine).id == mine
        for other in (awas, sali_for_awa):
            with pytest.raises(NotFound):
                cases.case_file(fanta, other)


def test_a_closed_case_reads_but_does_not_change(folder: DataFolder) -> None:
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        case_id = referral_data.add_case(awa)
        case_actions.request_closure(awa, case_id, "needs_met",
                                     checklist=Checklist.all_ticked())
    with folders.as_user(folder, folders.SUPERVISOR) as sali:
        case_actions.approve_closure(sali, case_id)
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        assert cases.case_file(awa, case_id).status == "closed"  # she still reads it
        with pytest.raises(UserError) as refused:
            incidents.add_incident(awa, case_id, new_incident())  # a change: reopen it first
        assert not isinstance(refused.value, NotFound)  # refused as closed, not hidden
        assert len(incidents.list_incidents(awa, case_id)) == 1


def test_a_case_worker_made_administrator_no_longer_sees_the_cases_she_held(
        folder: DataFolder) -> None:
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        held = referral_data.add_case(awa)
    with folders.as_user(folder, folders.ADMIN) as admin:
        staff.change_role(admin, folders.CASEWORKER, "administrator")
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        assert awa.actor is not None and awa.actor.staff_id is not None
        with pytest.raises(PermissionDenied):
            cases.case_file(awa, held)
        # The access rule itself, beneath the permission check, hides the case too.
        with awa.reader() as session, pytest.raises(NotFound):
            access.get_case(session, awa.actor, held)

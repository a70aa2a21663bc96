"""The case action plan: items per assessed need, who is responsible, target date and status,
linked referrals; the access rule, validation, audit, and a supervisor's review."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.errors import NotFound, PermissionDenied, UserError, ValidationError
from desktop.core.services.accounts import audit
from desktop.core.services.cases import case_list as cases
from desktop.core.services.casework import case_plan
from desktop.core.services.referrals import directory
from desktop.core.services.referrals import workflow as referrals
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders
from tests.helpers.referral_data import add_case, osc, staff_id


def _next_week(today: date) -> date:
    return today + timedelta(days=7)


def _item(vault, case_id: str, **changes) -> str:  # type: ignore[no-untyped-def]
    """A plan item due a week after the day it is added (unless ``changes`` say otherwise)."""
    values = {"need": "medical", "goal": "Soins médicaux reçus", "actions": "L'accompagner",
              "responsible": "survivor", "target_on": _next_week(date.today())}
    values.update(changes)
    return case_plan.add_item(vault, case_id, **values)


def _case_with_item(folder: DataFolder) -> tuple[str, str]:
    """A case of awa's with one plan item (awa logged out again)."""
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = add_case(awa)
        return case_id, _item(awa, case_id)
    finally:
        awa.close()


def test_case_worker_plans_per_need_with_responsible_and_referral(caseworker, today: date) -> None:
    case_id = add_case(caseworker, release=("health",))
    referral = referrals.create_referral(caseworker, case_id, service_type="health",
                                         provider_id=osc(caseworker), priority="normal")
    assert cases.case_file(caseworker, case_id).step == 2
    first = _item(caseworker, case_id, responsible="provider",
                  responsible_provider_id=osc(caseworker), referral_ids=[referral.id])
    second = _item(caseworker, case_id, need="psychosocial", goal="Écoute",
                   responsible="staff", responsible_staff_id=staff_id(caseworker, "awa"))
    plan = case_plan.case_plan(caseworker, case_id)
    assert [i.id for i in plan.items] == [first, second]
    one = plan.items[0]
    assert one.need == "medical" and one.status == "planned" and one.target_on == _next_week(today)
    assert one.responsible_name == directory.get_provider(caseworker, osc(caseworker)).name
    assert one.referral_references == [referral.reference]
    assert plan.items[1].responsible_name == "Awa Agente"
    assert cases.case_file(caseworker, case_id).step == 3  # planning started
    case_plan.update_item(caseworker, second, need="psychosocial", goal="Écoute",
                          responsible="survivor", target_on=_next_week(today), status="not_done",
                          not_done_reason="Elle ne souhaite pas pour l'instant")
    again = case_plan.case_plan(caseworker, case_id).items[1]
    assert again.status == "not_done" and again.not_done_reason.startswith("Elle")
    assert again.responsible_name == "" and not again.is_open
    case_plan.remove_item(caseworker, second)
    assert [i.id for i in case_plan.case_plan(caseworker, case_id).items] == [first]
    details = [e.details for e in audit.events(caseworker, record_id=case_id,
                                               action="plan_changed")]
    assert details == ["removed", "edited", "added", "added"]
    assert all("Écoute" not in (e.details or "") for e in audit.events(caseworker))


def test_bad_items_are_refused_with_every_problem_named(caseworker, today: date) -> None:
    case_id = add_case(caseworker)
    with pytest.raises(ValidationError) as caught:
        case_plan.add_item(caseworker, case_id, need="legal", goal=" ", responsible="staff",
                           target_on=today - timedelta(days=1), status="not_done")
    assert set(caught.value.errors) == {"need", "goal", "responsible", "target_on",
                                        "not_done_reason"}
    assert "not found at assessment" in caught.value.errors["need"]
    with pytest.raises(ValidationError, match="target date"):
        _item(caseworker, case_id, target_on=None)
    with pytest.raises(ValidationError, match="provider"):
        _item(caseworker, case_id, responsible="provider", responsible_provider_id="nope")
    with pytest.raises(ValidationError, match="under 1000"):
        _item(caseworker, case_id, goal="x" * 1001)
    other = add_case(caseworker, release=("health",))
    foreign = referrals.create_referral(caseworker, other, service_type="health",
                                        provider_id=osc(caseworker), priority="normal")
    with pytest.raises(ValidationError, match="only referrals of this case"):
        _item(caseworker, case_id, referral_ids=[foreign.id])
    assert case_plan.case_plan(caseworker, case_id).items == []  # nothing half-saved


def test_an_old_target_date_stays_when_the_item_is_edited(caseworker, today: date) -> None:
    case_id = add_case(caseworker)
    item = _item(caseworker, case_id, target_on=today)
    later = today + timedelta(days=3)
    case_plan.update_item(caseworker, item, need="medical", goal="Soins", responsible="survivor",
                          target_on=today, status="in_progress", today=later)
    assert case_plan.case_plan(caseworker, case_id).items[0].status == "in_progress"


def test_access_rule_and_closed_cases(folder: DataFolder) -> None:
    case_id, item = _case_with_item(folder)
    fanta = folders.login(folder, folders.CASEWORKER_2)
    try:
        with pytest.raises(NotFound):
            case_plan.case_plan(fanta, case_id)
        with pytest.raises(NotFound):
            _item(fanta, case_id)
        with pytest.raises(NotFound):
            case_plan.update_item(fanta, item, goal="x")
        with pytest.raises(PermissionDenied):
            case_plan.review(fanta, case_id, "ok")
    finally:
        fanta.close()
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        _item(sali, case_id, goal="Ajouté par la superviseure")  # the site's supervisor may
        cases.request_closure(sali, case_id, "needs_met", checklist=_unticked())
        cases.approve_closure(sali, case_id)
        with pytest.raises(UserError, match="closed"):
            _item(sali, case_id)
    finally:
        sali.close()


def _unticked():  # type: ignore[no-untyped-def]
    from desktop.core.services.casework.closure_checklist import Checklist
    return Checklist(explanation="Cas de test")


def test_supervisor_reviews_the_plan(folder: DataFolder, today: date) -> None:
    case_id, item = _case_with_item(folder)
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        with pytest.raises(ValidationError, match="no plan"):
            case_plan.review(sali, add_case(sali), "rien")
        case_plan.review(sali, case_id, "Plan clair; suivre le médical.")
        plan = case_plan.case_plan(sali, case_id)
        assert plan.review is not None and plan.review.reviewed_on == today
        assert plan.review.reviewed_by == "Sali Superviseure"
        assert plan.review.comment == "Plan clair; suivre le médical."
        assert not plan.changed_since_review
        case_plan.update_item(sali, item, need="medical", goal="Soins", responsible="survivor",
                              target_on=_next_week(today), status="in_progress")
        assert case_plan.case_plan(sali, case_id).changed_since_review
        assert [e.action for e in audit.events(sali, record_id=case_id,
                                               action="plan_reviewed")] == ["plan_reviewed"]
    finally:
        sali.close()


def test_the_free_text_plan_is_the_plans_note(caseworker) -> None:
    case_id = add_case(caseworker)
    cases.set_action_plan(caseworker, case_id, "Plan écrit avant")
    assert case_plan.case_plan(caseworker, case_id).note == "Plan écrit avant"
    assert cases.case_file(caseworker, case_id).plan.note == "Plan écrit avant"


def test_a_plain_administrator_neither_reads_nor_changes_a_plan(folder: DataFolder) -> None:
    case_id, item = _case_with_item(folder)
    folders.add_person(folder, "moussa", "administrator")
    moussa = folders.login(folder, "moussa")
    try:
        for action in (lambda: case_plan.case_plan(moussa, case_id),
                       lambda: _item(moussa, case_id),
                       lambda: case_plan.remove_item(moussa, item),
                       lambda: case_plan.review(moussa, case_id, "vu")):
            with pytest.raises(PermissionDenied):
                action()
    finally:
        moussa.close()
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        assert [i.id for i in case_plan.case_plan(awa, case_id).items] == [item]
    finally:
        awa.close()

"""A follow-up done as a review (method, plan items' status, new needs, safety, closure
recommended) and the closure checklist a closure request carries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.errors import NotFound, ValidationError
from desktop.core.services.accounts import audit
from desktop.core.services.cases import case_list as cases
from desktop.core.services.casework import case_plan
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.services.referrals import followup_review, followups
from desktop.core.services.referrals.followup_review import ItemUpdate
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders
from tests.helpers.referral_data import add_case


def _planned(vault, goals=("Soins médicaux", "Écoute")):  # type: ignore[no-untyped-def]
    """A case with a plan item per goal, due in a week, and a visit due the day it is made."""
    today = date.today()
    case_id = add_case(vault)
    items = [case_plan.add_item(vault, case_id, need=need, goal=goal, responsible="survivor",
                                target_on=today + timedelta(days=7))
             for need, goal in zip(("medical", "psychosocial"), goals, strict=False)]
    visit = followups.schedule(vault, case_id, today, purpose="Visite")
    return case_id, items, visit.id


def test_a_review_updates_the_plan_adds_needs_and_is_kept(caseworker, today: date) -> None:
    case_id, (medical, listening), visit = _planned(caseworker)
    assert [i.id for i in followup_review.open_items(caseworker, visit)] == [medical, listening]
    review = followup_review.complete(
        caseworker, visit, outcome="Vue à domicile", method="home_visit", safety="concern",
        safety_note="Le voisin rôde", closure_recommended=False,
        updates={medical: ItemUpdate("done"), listening: ItemUpdate("not_done", "Refus")},
        new_needs=["legal", "medical"])
    assert review.method == "home_visit" and review.safety == "concern"
    assert review.new_needs == ["legal"]  # medical was already assessed
    assert {(u[0], u[1], u[2]) for u in review.updates} == {
        (medical, "planned", "done"), (listening, "planned", "not_done")}
    assert followup_review.review_of(caseworker, visit) == review
    plan = case_plan.case_plan(caseworker, case_id)
    assert [(i.status, i.not_done_reason) for i in plan.items] == [
        ("done", None), ("not_done", "Refus")]
    assert {n.need for n in cases.case_file(caseworker, case_id).needs} == {
        "medical", "psychosocial", "legal"}
    done = followups.for_case(caseworker, case_id)[0]
    assert done.done_on == today and done.outcome == "Vue à domicile"
    assert next(e.details for e in audit.events(caseworker, record_id=visit)) == "reviewed"
    assert "followup" in [e.details for e in audit.events(caseworker, record_id=case_id,
                                                          action="plan_changed")]
    with pytest.raises(ValidationError, match="already reviewed this item"):
        case_plan.remove_item(caseworker, medical)  # its history stays
    with pytest.raises(ValidationError, match="already done"):
        followup_review.complete(caseworker, visit, outcome="x", method="phone",
                                 safety="safe")


def test_a_review_with_problems_is_refused_and_changes_nothing(caseworker) -> None:
    case_id, (medical, _), visit = _planned(caseworker)
    with pytest.raises(ValidationError) as caught:
        followup_review.complete(caseworker, visit, outcome=" ", method=None,
                                 safety="not_safe", updates={medical: ItemUpdate("not_done")},
                                 new_needs=["wings"])
    assert set(caught.value.errors) == {"outcome", "method", "safety_note", "updates",
                                        "new_needs"}
    _other_case, (other_item, _), _ = _planned(caseworker)
    with pytest.raises(ValidationError, match="open items of this case"):
        followup_review.complete(caseworker, visit, outcome="Appel", method="phone",
                                 safety="safe", updates={other_item: ItemUpdate("done")})
    assert followups.for_case(caseworker, case_id)[0].done_on is None
    assert all(i.status == "planned" for i in case_plan.case_plan(caseworker, case_id).items)
    assert followup_review.review_of(caseworker, visit) is None


def test_another_case_workers_follow_up_is_not_found(folder: DataFolder) -> None:
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        _, _, visit = _planned(awa)
    finally:
        awa.close()
    fanta = folders.login(folder, folders.CASEWORKER_2)
    try:
        with pytest.raises(NotFound):
            followup_review.open_items(fanta, visit)
        with pytest.raises(NotFound):
            followup_review.complete(fanta, visit, outcome="x", method="phone", safety="safe")
    finally:
        fanta.close()


def test_closure_checklist_rules(folder: DataFolder, today: date) -> None:
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        case_id, (medical, listening), _ = _planned(awa)
        with pytest.raises(ValidationError, match="checklist"):
            cases.request_closure(awa, case_id, "needs_met")
        with pytest.raises(ValidationError, match="2 plan item"):
            cases.request_closure(awa, case_id, "needs_met", checklist=Checklist.all_ticked())
        with pytest.raises(ValidationError, match="Explain why"):
            cases.request_closure(awa, case_id, "needs_met",
                                  checklist=Checklist(True, False, False))
        assert cases.case_file(awa, case_id).status == "open"  # nothing half-saved
        for item, status in ((medical, "done"), (listening, "not_done")):
            case_plan.update_item(awa, item, need=None, goal="But", responsible="survivor",
                                  target_on=today + timedelta(days=7), status=status,
                                  not_done_reason="Elle a refusé")
        cases.request_closure(awa, case_id, ["survivor_request"],
                              checklist=Checklist(True, False, True,
                                                  "Injoignable pour le lui redire"))
        file = cases.case_file(awa, case_id)
        assert file.closure_checklist == Checklist(True, False, True,
                                                   "Injoignable pour le lui redire")
    finally:
        awa.close()
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        assert cases.case_file(sali, case_id).closure_checklist.unticked() == [
            "knows_can_return"]
        cases.reject_closure(sali, case_id, "Revoir avec elle")
        assert cases.case_file(sali, case_id).closure_checklist is None
        cases.request_closure(sali, case_id, "death", checklist=Checklist(
            False, False, True, "Décès"))
        cases.approve_closure(sali, case_id)
        assert cases.case_file(sali, case_id).closure_reasons == ["death"]
        assert cases.case_file(sali, case_id).closure_checklist.explanation == "Décès"
        cases.reopen(sali, case_id)
        assert cases.case_file(sali, case_id).closure_checklist is None
    finally:
        sali.close()

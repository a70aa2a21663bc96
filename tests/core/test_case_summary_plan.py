"""The case summary PDF shows the action plan (items, note, supervisor's review), the
follow-up reviews and the closure checklist, in French and in English (read back with pypdf)."""

from __future__ import annotations

import io
from datetime import date, timedelta

from pypdf import PdfReader

from desktop.core.services.cases import case_list as cases
from desktop.core.services.casework import case_plan
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.services.referrals import followup_review, followups
from desktop.core.services.referrals.followup_review import ItemUpdate
from desktop.core.services.summaries import case_summary
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders
from tests.helpers.referral_data import add_case, staff_id


def _target(today: date) -> date:
    """The plan items' target date: ten days after ``today``."""
    return today + timedelta(days=10)


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def _reviewed_case(folder: DataFolder, today: date) -> str:
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = add_case(awa)
        cases.set_action_plan(awa, case_id, "Ancien plan libre gardé")
        medical = case_plan.add_item(awa, case_id, need="medical", goal="Soins au CSRéf",
                                     actions="Accompagner au centre", responsible="staff",
                                     responsible_staff_id=staff_id(awa, "awa"),
                                     target_on=_target(today))
        listening = case_plan.add_item(awa, case_id, need="psychosocial", goal="Écoute",
                                       responsible="survivor", target_on=_target(today))
        visit = followups.schedule(awa, case_id, today, purpose="Visite")
        followup_review.complete(awa, visit.id, outcome="Vue", method="phone",
                                 safety="concern", safety_note="Menaces du voisin",
                                 closure_recommended=True,
                                 updates={medical: ItemUpdate("done"),
                                          listening: ItemUpdate("not_done", "A refusé")},
                                 new_needs=["legal"])
    finally:
        awa.close()
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        case_plan.review(sali, case_id, "Plan revu, bien suivi")
        cases.request_closure(sali, case_id, "needs_met", checklist=Checklist(
            True, False, True, "Pas joignable pour le lui dire"))
    finally:
        sali.close()
    return case_id


def test_summary_shows_plan_review_follow_up_review_and_checklist(
        folder: DataFolder, today: date) -> None:
    case_id = _reviewed_case(folder, today)
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        english = _text(case_summary.case_summary_pdf(vault, case_id, lang="en"))
        french = _text(case_summary.case_summary_pdf(vault, case_id, lang="fr"))
    finally:
        vault.close()
    for expected in ("Case action plan", "Soins au CSRéf", "Accompagner au centre",
                     "A staff member: Awa Agente", _target(today).isoformat(), "Done",
                     "Not done — A refusé", "The survivor", "Plan note",
                     "Ancien plan libre gardé", "Plan reviewed by a supervisor",
                     "by Sali Superviseure", "Plan revu, bien suivi", "Follow-up reviews",
                     "Phone", "A concern — Menaces du voisin", "Legal",
                     "Safety plan reviewed with her", "She knows she can come back at any time",
                     "Pas joignable pour le lui dire"):
        assert expected in english, expected
    french = french.replace("\u00a0", " ").replace("\u202f", " ")  # the no-break spaces
    for expected in ("Plan d’action", "Un membre du personnel : Awa Agente",
                     "Non réalisé — A refusé", "La personne survivante", "Note du plan",
                     "Ancien plan libre gardé", "Plan revu par un superviseur",
                     "Revues des suivis", "Téléphone", "Inquiétude — Menaces du voisin",
                     "Juridique", "Plan de sécurité revu avec elle",
                     "Elle sait qu’elle peut revenir à tout moment",
                     "Pas joignable pour le lui dire"):
        assert expected in french, expected
    assert "Case action plan" not in french and "Plan d’action" not in english

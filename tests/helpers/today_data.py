"""Work for the home page: Awa's follow-ups, referrals, drafts and a closure; Fanta's
follow-up (all through the services, on a real encrypted folder)."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.services.cases import case_actions, drafts
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.services.referrals import followups
from desktop.core.services.referrals import workflow as referrals
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders
from tests.helpers.referral_data import add_case, osc, staff_id


def work(folder: DataFolder, today: date | None = None) -> dict[str, str]:
    """Awa: two follow-ups, a referral sent and one left as a draft, a draft intake, an unsaved
    referral note, a closure asked for; Fanta: one follow-up. Returns the ids.

    The follow-ups fall due on ``today`` (the day the test runs when not given) and three days
    later."""
    today = today or date.today()
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        ids = {"awa_case": add_case(sali, assign_to="awa", release=("health", "psychosocial"),
                                    name=folders.MARKER),
               "closing": add_case(sali, assign_to="awa"),
               "fanta_case": add_case(sali, assign_to="fanta")}
        followups.schedule(sali, ids["fanta_case"], today, purpose="Appel",
                           assigned_to_id=staff_id(sali, "fanta"))
    finally:
        sali.close()
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        ids["fu_today"] = followups.schedule(awa, ids["awa_case"], today,
                                             purpose="Visite à domicile").id
        ids["fu_later"] = followups.schedule(awa, ids["awa_case"], today + timedelta(days=3),
                                             purpose="Appel").id
        sent, unsent = referrals.create_referrals(
            awa, ids["awa_case"], provider_id=osc(awa), service_types=["health", "psychosocial"],
            priority="normal")
        referrals.change_status(awa, sent.id, "sent")
        ids["sent"], ids["unsent"] = sent.id, unsent.id
        drafts.save_draft(awa, "intake", {"survivor.name": folders.MARKER})
        drafts.save_draft(awa, "referral_detail", {"status_note": "Appel"}, ref=sent.id)
        case_actions.request_closure(awa, ids["closing"], "needs_met",
                                     checklist=Checklist.all_ticked())
    finally:
        awa.close()
    return ids

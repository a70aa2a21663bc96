"""A case whose follow-up was done with a full review (two plan items, one done, one not done
with its reason; a new need; not safe, with a note; closure recommended)."""

from __future__ import annotations

from datetime import date

from desktop.core.services.casework import case_plan
from desktop.core.services.referrals import followup_review, followups
from desktop.core.services.referrals.followup_review import ItemUpdate
from desktop.core.store.vault import Vault
from tests.helpers.referral_data import add_case

SAFETY_NOTE = "Il est revenu <b>devant</b> la maison"  # markup in her words: shown as typed


def reviewed_case(vault: Vault) -> tuple[str, str]:
    """(case id, follow-up id) of a follow-up "Visite à domicile" done today with its review."""
    today = date.today()
    case_id = add_case(vault)
    medical = case_plan.add_item(vault, case_id, need="medical", goal="Soins au CSRéf",
                                 responsible="survivor", target_on=today)
    talk = case_plan.add_item(vault, case_id, goal="Séances d'écoute", responsible="survivor",
                              target_on=today)
    visit = followups.schedule(vault, case_id, today, purpose="Visite à domicile")
    followup_review.complete(vault, visit.id, outcome="Vue chez sa sœur", method="home_visit",
                             safety="not_safe", safety_note=SAFETY_NOTE,
                             closure_recommended=True, new_needs=["legal"], updates={
                                 medical: ItemUpdate("done"),
                                 talk: ItemUpdate("not_done", "Elle ne peut pas sortir")})
    return case_id, visit.id

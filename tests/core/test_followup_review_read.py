"""Reading a done follow-up and its review, as the case file's "View the review" shows it:
everything the review recorded, the plan items as found; a follow-up done without a review
gives its outcome only; not done yet, or another case worker's, is refused."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.errors import NotFound, UserError
from desktop.core.services.referrals import followup_review_read, followups
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.referral_data import add_case
from tests.helpers.review_data import SAFETY_NOTE, reviewed_case


def test_a_done_review_reads_back_whole(caseworker: Vault, today: date) -> None:
    _, visit = reviewed_case(caseworker)
    done = followup_review_read.read_done(caseworker, visit)
    assert (done.purpose, done.done_on, done.done_by, done.outcome) == (
        "Visite à domicile", today, "Awa Agente", "Vue chez sa sœur")
    assert done.reviewed and (done.method, done.safety, done.safety_note) == (
        "home_visit", "not_safe", SAFETY_NOTE)
    assert done.new_needs == ["legal"] and done.closure_recommended
    assert [(i.need, i.goal, i.from_status, i.to_status, i.reason) for i in done.items] == [
        ("medical", "Soins au CSRéf", "planned", "done", None),
        (None, "Séances d'écoute", "planned", "not_done", "Elle ne peut pas sortir")]


def test_done_without_a_review_gives_its_outcome_only(caseworker: Vault, today: date) -> None:
    case_id = add_case(caseworker)
    call = followups.schedule(caseworker, case_id, today, purpose="Appel")
    with pytest.raises(UserError, match="not done yet"):
        followup_review_read.read_done(caseworker, call.id)
    followups.mark_done(caseworker, call.id, "Jointe")
    done = followup_review_read.read_done(caseworker, call.id)
    assert (done.outcome, done.reviewed, done.method, done.items) == ("Jointe", False, None, [])


def test_another_case_workers_review_is_not_found(folder: DataFolder) -> None:
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        _, visit = reviewed_case(awa)
    finally:
        awa.close()
    fanta = folders.login(folder, folders.CASEWORKER_2)
    try:
        with pytest.raises(NotFound):
            followup_review_read.read_done(fanta, visit)
    finally:
        fanta.close()

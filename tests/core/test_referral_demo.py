"""Demo data holds referrals in every status (and "no response") and follow-ups."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from desktop.core.services.demo import generator as demo
from desktop.core.services.referrals import followups
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.referrals.reference_numbers import looks_valid
from desktop.core.store.models import Case, FollowUp
from tests.helpers import folders


def test_a_small_demo_shows_every_status_and_follow_ups(admin, folder) -> None:
    demo.generate(admin, 150, seed=11)
    rows = referrals.list_referrals(admin)
    shown = Counter(r.shown_status for r in rows)
    assert shown["no_response"] > 0
    assert {r.status for r in rows} >= {"draft", "sent", "accepted", "declined",
                                        "service_provided", "service_not_provided", "closed"}
    assert all(looks_valid(r.reference) for r in rows)
    assert len({r.reference for r in rows}) == len(rows)
    detail = referrals.referral_detail(admin, next(r.id for r in rows if r.status == "closed"))
    assert [h.to_status for h in detail.history][-1] == "closed"
    # a closed case has no open follow-up: its closure closed them
    with admin.reader() as s:
        assert s.scalar(select(func.count()).select_from(FollowUp).join(Case).where(
            Case.status == "closed", FollowUp.done_on.is_(None))) == 0
        assert s.scalar(select(func.count()).select_from(FollowUp).join(Case).where(
            Case.status == "closed", FollowUp.outcome == "Dossier clôturé")) > 0
    # a referral made after the demo continues the numbering
    first = next(r for r in rows if r.service_type in referrals.referral_context(
        admin, r.case_id).release_consent)
    made = referrals.create_referral(admin, first.case_id, service_type=first.service_type,
                                     provider_id=first.provider_id, priority="normal")
    assert made.reference not in {r.reference for r in rows}
    admin.close()
    sali = folders.login(folder, folders.SUPERVISOR)  # the whole site's follow-ups
    try:
        assert followups.due_today(sali) and followups.overdue(sali)
    finally:
        sali.close()

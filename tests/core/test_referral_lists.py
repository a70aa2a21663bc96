"""The referral lists a case worker filters and pages through: each status holds exactly its
referrals, "no response" starts the day after the due date, each referral counts its own
letters, and a page holds as many of her referrals as asked, never a colleague's (the rules of
``referral_queries``; written from its mutation run, issue 19)."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.services import session
from desktop.core.services.referrals import letters
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.referrals.referral_queries import page_key
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.referral_data import add_case, osc


def _referral(vault: Vault, days_ago: int = 0, status: tuple[str, ...] = ()) -> tuple[str, str]:
    """A referral made ``days_ago`` days before today (read when it is made) on a case of its
    own, taken through ``status``: (its id, its case's number)."""
    case_id = add_case(vault, release=("health",))
    row = referrals.create_referral(vault, case_id, service_type="health",
                                    provider_id=osc(vault), priority="urgent",
                                    today=date.today() - timedelta(days=days_ago))
    for step in status:
        referrals.change_status(vault, row.id, step)
    return row.id, row.case_number


def _ids(rows: list[referrals.ReferralRow]) -> list[str]:
    return [row.id for row in rows]


def test_each_status_lists_exactly_its_referrals(caseworker) -> None:
    late_sent, late_sent_case = _referral(caseworker, 30, ("sent",))
    sent, sent_case = _referral(caseworker, 0, ("sent",))
    late_draft, late_draft_case = _referral(caseworker, 29)
    late_accepted, accepted_case = _referral(caseworker, 28, ("sent", "accepted"))
    provided = ("sent", "accepted", "service_provided")  # sorts after "sent"
    late_provided, late_provided_case = _referral(caseworker, 27, provided)
    provided_now, provided_now_case = _referral(caseworker, 0, provided)
    draft_now, draft_now_case = _referral(caseworker, 0)  # "draft" sorts before "sent"
    assert _ids(referrals.list_referrals(caseworker, status="no_response")) == [late_sent]
    assert _ids(referrals.list_referrals(caseworker, status="sent")) == [sent]
    assert _ids(referrals.list_referrals(caseworker, status="draft")) == [late_draft, draft_now]
    assert _ids(referrals.list_referrals(caseworker, status="accepted")) == [late_accepted]
    assert sorted(_ids(referrals.list_referrals(caseworker, status="service_provided"))) == (
        sorted([late_provided, provided_now]))
    assert _ids(referrals.overdue_referrals(caseworker)) == [late_sent, late_draft]
    every = referrals.list_referrals(caseworker)  # one row each, with its own case's number
    assert len(every) == 7
    assert {row.id: row.case_number for row in every} == {
        late_sent: late_sent_case, sent: sent_case, late_draft: late_draft_case,
        late_accepted: accepted_case, late_provided: late_provided_case,
        provided_now: provided_now_case, draft_now: draft_now_case}
    assert {row.id for row in every if row.overdue} == {late_sent, late_draft}
    assert {row.id: row.shown_status for row in every} == {
        late_sent: "no_response", sent: "sent", late_draft: "draft",
        late_accepted: "accepted", late_provided: "service_provided",
        provided_now: "service_provided", draft_now: "draft"}


def test_no_response_starts_the_day_after_the_due_date(caseworker) -> None:
    referral_id, _ = _referral(caseworker, 0, ("sent",))
    due = referrals.referral_detail(caseworker, referral_id).due_on
    on_the_day = referrals.list_referrals(caseworker, today=due)[0]
    assert on_the_day.shown_status == "sent" and not on_the_day.overdue
    assert _ids(referrals.list_referrals(caseworker, status="sent", today=due)) == [referral_id]
    assert referrals.list_referrals(caseworker, status="no_response", today=due) == []
    assert referrals.overdue_referrals(caseworker, today=due) == []
    after = due + timedelta(days=1)
    day_after = referrals.list_referrals(caseworker, today=after)[0]
    assert day_after.shown_status == "no_response" and day_after.overdue
    assert referrals.list_referrals(caseworker, status="sent", today=after) == []
    assert _ids(referrals.list_referrals(caseworker, status="no_response", today=after)) == [
        referral_id]
    assert _ids(referrals.overdue_referrals(caseworker, today=after)) == [referral_id]


def test_each_referral_counts_only_its_own_letters(caseworker) -> None:
    once, _ = _referral(caseworker)
    twice, _ = _referral(caseworker)
    letters.render_letter(caseworker, once, "fr", how="print")
    for _ in range(2):
        letters.render_letter(caseworker, twice, "fr", how="print")
    assert referrals.referral_detail(caseworker, once).letters_issued == 1
    assert referrals.referral_detail(caseworker, twice).letters_issued == 2


def _on_one_case(vault: Vault, days_ago: tuple[int, ...]) -> list[str]:
    """Referrals made on one new case, one ``days_ago`` each, in that order."""
    case_id = add_case(vault, release=("health",))
    return [referrals.create_referral(vault, case_id, service_type="health",
                                      provider_id=osc(vault), priority="urgent",
                                      today=date.today() - timedelta(days=days)).id
            for days in days_ago]


def test_a_page_holds_as_many_of_her_referrals_as_asked_and_never_a_colleagues(folder) -> None:
    # Each case worker's referrals fall between the other's: a page that counted a
    # colleague's referral against its limit would come out short, whichever of the two
    # cases sorts first.
    made: dict[str, list[str]] = {}
    for name, days in ((folders.CASEWORKER_2, (40, 20)), (folders.CASEWORKER, (30, 10))):
        vault = folders.login(folder, name)
        try:
            made[name] = _on_one_case(vault, days)
        finally:
            session.lock(vault)
    for name in (folders.CASEWORKER, folders.CASEWORKER_2):
        vault = folders.login(folder, name)
        try:
            mine = made[name]
            assert _ids(referrals.list_referrals(vault)) == mine
            assert _ids(referrals.list_referrals(vault, limit=2)) == mine
            first = referrals.list_referrals(vault, limit=1)
            assert _ids(first) == mine[:1]
            rest = referrals.list_referrals(vault, limit=1, after=page_key(first[-1]))
            assert _ids(rest) == mine[1:]
            assert referrals.list_referrals(vault, limit=1, after=page_key(rest[-1])) == []
            assert referrals.list_referrals(vault, limit=0) == []
            assert referrals.list_referrals(vault, limit=-1) == []  # at most -1: none, not all
            assert _ids(referrals.list_referrals(vault, status="draft", limit=5)) == mine
        finally:
            session.lock(vault)


def test_a_case_lists_only_its_own_referrals(caseworker) -> None:
    first, first_case = _referral(caseworker, 10)
    second, second_case = _referral(caseworker, 5)
    by_number = {row.case_number: row.case_id for row in referrals.list_referrals(caseworker)}
    for referral_id, number in ((first, first_case), (second, second_case)):
        assert _ids(referrals.list_referrals(caseworker, case_id=by_number[number])) == [
            referral_id]
        assert _ids(referrals.list_referrals(caseworker, case_id=by_number[number],
                                             limit=5)) == [referral_id]


def test_a_reference_finds_that_referral_and_no_other(caseworker) -> None:
    # References are numbered in the order made; the middle one is due last, so a search
    # that also matched smaller, or larger, references would answer with another referral.
    made = _on_one_case(caseworker, (30, 10, 40))
    for referral_id in made:
        reference = referrals.referral_detail(caseworker, referral_id).reference
        assert referrals.find_by_reference(caseworker, reference).id == referral_id
        assert referrals.find_by_reference(caseworker, f" {reference.lower()} ").id == referral_id


def test_each_referral_shows_only_its_own_history(caseworker) -> None:
    sent, draft = _on_one_case(caseworker, (3, 2))
    referrals.change_status(caseworker, sent, "sent")
    for referral_id, steps in ((sent, [(None, "draft"), ("draft", "sent")]),
                               (draft, [(None, "draft")])):
        history = referrals.referral_detail(caseworker, referral_id).history
        assert [(h.from_status, h.to_status) for h in history] == steps


def test_a_status_chosen_in_a_form_filters_like_the_same_words_in_the_code(caseworker) -> None:
    # A form or the command line hands over a string of its own, never the literal the code
    # compares with: the filter must compare the words, not the objects.
    late_sent, _ = _referral(caseworker, 30, ("sent",))
    sent, _ = _referral(caseworker, 0, ("sent",))
    for typed, expected in (("no_response", [late_sent]), ("sent", [sent])):
        chosen = "".join(list(typed))
        assert chosen is not typed
        assert _ids(referrals.list_referrals(caseworker, status=chosen)) == expected

"""Referrals: consent rule and supervisor override, due dates, the status workflow,
"no response", feedback, references with a check character, who sees what."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.core.services import session
from desktop.core.services.accounts import audit
from desktop.core.services.referrals import directory
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.referrals.reference_numbers import check_character, looks_valid
from tests.helpers import folders
from tests.helpers.referral_data import add_case, legal_provider, osc

MONDAY = date(2026, 3, 2)


def test_due_dates_follow_the_priority() -> None:
    assert referrals.due_date("emergency", MONDAY) == date(2026, 3, 3)
    assert referrals.due_date("urgent", MONDAY) == date(2026, 3, 5)
    assert referrals.due_date("normal", MONDAY) == date(2026, 3, 16)
    with pytest.raises(ValidationError):
        referrals.due_date("whenever", MONDAY)


def test_a_referral_with_consent_is_a_draft_with_a_checked_reference(caseworker) -> None:
    case_id = add_case(caseworker, release=("health",))
    made = referrals.create_referral(caseworker, case_id, service_type="health",
                                     provider_id=osc(caseworker), priority="urgent",
                                     reason="Soins après viol < 72 h", today=MONDAY)
    assert made.status == "draft" and made.due_on == date(2026, 3, 5)
    assert made.reference.startswith("REF-MOP-2026-00001-") and looks_valid(made.reference)
    assert made.reference[-1] == check_character(made.reference[4:-2])
    detail = referrals.referral_detail(caseworker, made.id)
    assert detail.reason == "Soins après viol < 72 h" and not detail.consent_override
    assert [h.to_status for h in detail.history] == ["draft"]
    assert detail.history[0].by_name == "Awa Agente"
    assert audit.events(caseworker, record_id=made.id)[0].action == "referral_created"


def test_without_release_consent_the_referral_is_refused(folder) -> None:
    admin = folders.login(folder, folders.ADMIN)
    try:
        lawyers = legal_provider(admin)
    finally:
        admin.close()
    caseworker = folders.login(folder, folders.CASEWORKER)
    try:
        _refused_without_consent(caseworker, lawyers)
    finally:
        caseworker.close()


def _refused_without_consent(caseworker, lawyers: str) -> None:  # type: ignore[no-untyped-def]
    case_id = add_case(caseworker, release=("health",), withdraw=("psychosocial",))
    for service, provider in (("legal", lawyers), ("psychosocial", osc(caseworker))):
        # never given / withdrawn: the message names the service without consent
        with pytest.raises(referrals.ConsentMissing) as caught:
            referrals.create_referrals(
                caseworker, case_id, provider_id=provider, priority="normal",
                service_types=[service] if service == "legal" else ["health", service])
        assert caught.value.message.startswith(
            "The survivor has not consented to release information for ")
        assert service in caught.value.message.lower()
        assert "supervisor" in caught.value.hint
    assert referrals.list_referrals(caseworker, case_id=case_id) == []  # all or none
    with pytest.raises(PermissionDenied, match="supervisor"):
        referrals.create_referral(caseworker, case_id, service_type="psychosocial",
                                  provider_id=osc(caseworker), priority="normal",
                                  override_reason="Je passe outre")


def test_a_supervisor_overrides_with_a_written_reason_and_it_is_audited(supervisor) -> None:
    case_id = add_case(supervisor, release=())
    with pytest.raises(ValidationError):
        referrals.create_referral(supervisor, case_id, service_type="health",
                                  provider_id=osc(supervisor), priority="emergency",
                                  override_reason="   ")
    made = referrals.create_referral(
        supervisor, case_id, service_type="health", provider_id=osc(supervisor),
        priority="emergency", override_reason="Danger de mort : soins immédiats")
    detail = referrals.referral_detail(supervisor, made.id)
    assert detail.consent_override and detail.override_reason.startswith("Danger de mort")
    actions = [e.action for e in audit.events(supervisor, record_id=made.id)]
    assert "consent_override" in actions and "referral_created" in actions
    override = audit.events(supervisor, action="consent_override")[0]
    assert override.actor == "sali" and "release:health" in (override.details or "")


def test_the_provider_must_offer_the_service_and_be_active(admin) -> None:
    case_id = add_case(admin, release=("legal", "health"))
    with pytest.raises(ValidationError, match="does not offer"):
        referrals.create_referral(admin, case_id, service_type="legal",
                                  provider_id=osc(admin), priority="normal")
    mopti = osc(admin)
    directory.set_active(admin, mopti, False)
    with pytest.raises(ValidationError, match="active"):
        referrals.create_referral(admin, case_id, service_type="health", provider_id=mopti,
                                  priority="normal")


def test_several_services_make_one_referral_each(admin) -> None:
    case_id = add_case(admin, release=("legal", "psychosocial"))
    made = referrals.create_referrals(admin, case_id, provider_id=legal_provider(admin),
                                      service_types=["legal", "psychosocial"],
                                      priority="normal", reason="Plainte et écoute")
    assert sorted(r.service_type for r in made) == ["legal", "psychosocial"]
    assert len({r.reference for r in made}) == 2


def _referral(vault, **kw) -> str:  # type: ignore[no-untyped-def]
    case_id = add_case(vault, release=("health",))
    return referrals.create_referral(vault, case_id, service_type="health",
                                     provider_id=osc(vault), priority="urgent", **kw).id


def test_status_workflow_allows_only_the_next_steps(caseworker) -> None:
    referral_id = _referral(caseworker)
    with pytest.raises(ValidationError, match="cannot go from"):
        referrals.change_status(caseworker, referral_id, "service_provided")
    with pytest.raises(ValidationError):
        referrals.change_status(caseworker, referral_id, "no_response")  # derived only
    detail = referrals.change_status(caseworker, referral_id, "sent", note="Remis en main")
    assert detail.allowed_next == ("accepted", "declined", "closed")
    assert detail.sent_on == date.today()
    referrals.change_status(caseworker, referral_id, "accepted")
    referrals.change_status(caseworker, referral_id, "service_provided", note="Soins reçus")
    detail = referrals.change_status(caseworker, referral_id, "closed")
    assert [(h.from_status, h.to_status) for h in detail.history] == [
        (None, "draft"), ("draft", "sent"), ("sent", "accepted"),
        ("accepted", "service_provided"), ("service_provided", "closed")]
    assert detail.history[1].note == "Remis en main" and detail.allowed_next == ()
    statuses = [e.details for e in audit.events(caseworker, action="referral_status")]
    assert statuses[0] == "service_provided->closed"


def test_no_response_once_the_due_date_passed_while_sent(caseworker) -> None:
    referral_id = _referral(caseworker, today=date.today() - timedelta(days=5))
    referrals.change_status(caseworker, referral_id, "sent")
    row = referrals.list_referrals(caseworker)[0]
    assert row.shown_status == "no_response" and row.overdue and row.status == "sent"
    assert [r.id for r in referrals.list_referrals(caseworker, status="no_response")] == [
        referral_id]
    assert referrals.list_referrals(caseworker, status="sent") == []
    assert [r.id for r in referrals.overdue_referrals(caseworker)] == [referral_id]
    # before the due date it is simply "sent"
    early = referrals.list_referrals(caseworker, today=date.today() - timedelta(days=3))
    assert early[0].shown_status == "sent" and not early[0].overdue
    referrals.change_status(caseworker, referral_id, "accepted")
    assert referrals.list_referrals(caseworker)[0].shown_status == "accepted"
    assert referrals.overdue_referrals(caseworker) == []


def test_feedback_is_recorded_and_audited(caseworker) -> None:
    referral_id = _referral(caseworker)
    with pytest.raises(ValidationError):
        referrals.record_feedback(caseworker, referral_id, received_on=None,
                                  services_given="", next_steps="")
    detail = referrals.record_feedback(
        caseworker, referral_id, received_on=date.today(),
        services_given="Consultation, kit PEP", next_steps="Revoir dans 1 mois")
    assert detail.feedback_services == "Consultation, kit PEP"
    assert audit.events(caseworker, action="referral_feedback")[0].record_id == referral_id


def test_a_case_worker_sees_only_referrals_of_their_cases(folder) -> None:
    awa = folders.login(folder, folders.CASEWORKER)
    mine = _referral(awa)
    reference = referrals.referral_detail(awa, mine).reference
    session.lock(awa)
    fanta = folders.login(folder, folders.CASEWORKER_2)
    try:
        assert referrals.list_referrals(fanta) == []
        with pytest.raises(NotFound):
            referrals.referral_detail(fanta, mine)
        with pytest.raises(NotFound):
            referrals.change_status(fanta, mine, "sent")
        with pytest.raises(NotFound):
            referrals.find_by_reference(fanta, reference)
    finally:
        session.lock(fanta)
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        assert [r.id for r in referrals.list_referrals(sali)] == [mine]
        assert referrals.find_by_reference(sali, reference.lower()).id == mine
    finally:
        session.lock(sali)


def test_referral_context_tells_the_dialog_what_consent_allows(caseworker) -> None:
    case_id = add_case(caseworker, release=("health", "legal"), withdraw=("shelter",))
    context = referrals.referral_context(caseworker, case_id)
    assert context.release_consent == ("health", "legal") and context.sea
    assert context.survivor_code and context.case_number

"""A child survivor's consent and assent follow her age band; a caregiver who is an alleged
perpetrator cannot consent; another trusted adult (or the case worker) can, with a
best-interest note, once a supervisor approved it."""

from __future__ import annotations

import io

import pypdf
import pytest
from sqlalchemy import select

from desktop.core.catalogue import reference
from desktop.core.errors import PermissionDenied, UserError, ValidationError
from desktop.core.services.accounts import audit
from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import intake
from desktop.core.services.cases.intake_rules import validate
from desktop.core.services.consent import consent_approval
from desktop.core.services.consent.consent_rules import band
from desktop.core.services.referrals import letters
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.referrals.workflow import ConsentMissing
from desktop.core.services.summaries import case_summary
from desktop.core.store.models import ConsentApproval
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.child_data import NOTE, child, perpetrator_caregiver, with_trusted_adult
from tests.helpers.intake_data import sample_intake
from tests.helpers.referral_data import osc


def test_the_bands_are_reference_data_with_their_source() -> None:
    codes = reference.codes("child_consent_bands")
    assert codes == ["0_5", "6_11", "12_14", "15_17", "18_plus"]
    assert all("Caring for Child Survivors" in reference.value("child_consent_bands", c, "source")
               for c in codes)
    assert band(4)["assent"] == "none" and band(9)["assent"] == "required"  # type: ignore[index]
    assert "survivor" in band(13)["consent_by"]  # type: ignore[index]
    assert band(16)["consent_by"][0] == "survivor"  # type: ignore[index]
    assert band(30)["consent_by"] == ["survivor"]  # type: ignore[index]


def test_age_bands_decide_who_consents_and_whether_she_assents() -> None:
    assert validate(child(4)) == {}  # caregiver's consent, no assent asked
    assert "consent.given_by" in validate(child(4, **{"consent.given_by": "survivor"}))
    # The consent to inform the UN follows the same band.
    assert set(validate(child(4, **{"sea.un_consent_given_by": "survivor"}))) == {
        "sea.un_consent_given_by"}
    assert validate(child(4, **{"sea.un_consent": False,
                                "sea.un_consent_given_by": "survivor"})) == {}
    assert validate(child(9)) == {"consent.child_assent":
                                  "Record whether the child gives informed assent."}
    assert validate(child(9, **{"consent.child_assent": True})) == {}
    assert "consent.given_by" not in validate(child(13, **{"consent.given_by": "survivor"}))
    assert validate(child(16, **{"consent.given_by": "survivor",
                                 "sea.un_consent_given_by": "survivor"})) == {}
    refused = validate(sample_intake(**{"consent.given_by": "caregiver"}))  # an adult
    assert refused["consent.given_by"].startswith("Not for this age. 18 years and over")


def test_a_child_who_does_not_assent_needs_the_best_interest_note() -> None:
    errors = validate(child(10, **{"consent.child_assent": False}))
    assert set(errors) == {"consent.best_interest_note"}
    assert validate(child(10, **{"consent.child_assent": False,
                                 "consent.best_interest_note": NOTE})) == {}


def test_the_caregiver_who_is_an_alleged_perpetrator_cannot_consent() -> None:
    errors = validate(perpetrator_caregiver(**{"consent.child_assent": True}))
    assert errors == {"consent.given_by": (
        "The caregiver is recorded as an alleged perpetrator: the caregiver's consent cannot "
        "be accepted. Another trusted adult or the case worker consents, with a best-interest "
        "note.")}
    flagged = child(9, **{"consent.child_assent": True, "survivor.caregiver_is_perpetrator": True})
    assert set(validate(flagged)) == {"consent.given_by", "sea.un_consent_given_by"}


def test_a_substitute_needs_the_reason_and_the_note() -> None:
    data = with_trusted_adult(child(9))
    assert validate(data) == {}
    assert set(validate({**data, "consent.best_interest_note": "  "})) == {
        "consent.best_interest_note"}
    assert "consent.caregiver_unsuitable" in validate(
        {**data, "consent.caregiver_unsuitable": None})
    # For an adult, nobody consents in her place.
    assert "consent.given_by" in validate(with_trusted_adult(sample_intake()))


def test_registered_with_another_adults_consent_then_approved_by_a_supervisor(
        folder) -> None:  # type: ignore[no-untyped-def]
    worker = folders.login(folder, folders.CASEWORKER)
    try:
        with pytest.raises(ValidationError) as refused:
            intake.open_case(worker, perpetrator_caregiver(**{"consent.child_assent": True}))
        assert set(refused.value.errors) == {"consent.given_by"}
        case_id = intake.open_case(worker, with_trusted_adult(perpetrator_caregiver()))
        file = cases.case_file(worker, case_id)
        assert file.consent_pending and not file.consent("release:health")
        assert {c.given_by for c in file.consents} == {"trusted_adult"}
        # Until a supervisor approves, a referral needing consent is refused.
        with pytest.raises(ConsentMissing):
            referrals.create_referrals(worker, case_id, provider_id=osc(worker),
                                       service_types=["health"], priority="urgent")
        with pytest.raises(PermissionDenied):
            consent_approval.approve(worker, case_id)
    finally:
        worker.close()
    boss = folders.login(folder, folders.SUPERVISOR)
    try:
        consent_approval.approve(boss, case_id)
        with pytest.raises(UserError):
            consent_approval.approve(boss, case_id)  # nothing left to approve
        file = cases.case_file(boss, case_id)
        assert not file.consent_pending and file.consent_approved_by == "Sali Superviseure"
        assert file.consent_approved_at is not None
        assert [e.action for e in audit.events(boss, record_id=case_id)
                if e.action == "consent_approved"] == ["consent_approved"]
        made = referrals.create_referrals(boss, case_id, provider_id=osc(boss),
                                          service_types=["health"], priority="urgent")
        assert len(made) == 1
    finally:
        boss.close()


def test_a_supervisor_does_not_approve_a_consent_she_recorded(supervisor: Vault) -> None:
    case_id = intake.open_case(supervisor, with_trusted_adult(perpetrator_caregiver()))
    with pytest.raises(UserError, match="another supervisor must approve it"):
        consent_approval.approve(supervisor, case_id)
    assert cases.case_file(supervisor, case_id).consent_pending
    assert "consent_approved" not in [e.action for e in audit.events(
        supervisor, record_id=case_id)]


def test_changing_who_consents_removes_the_approval(folder) -> None:  # type: ignore[no-untyped-def]
    data = with_trusted_adult(perpetrator_caregiver())
    worker = folders.login(folder, folders.CASEWORKER)
    case_id = intake.open_case(worker, data)
    worker.close()
    boss = folders.login(folder, folders.SUPERVISOR)
    consent_approval.approve(boss, case_id)
    boss.close()
    worker = folders.login(folder, folders.CASEWORKER)
    try:
        intake.update_case(worker, case_id, {**data, "consent.given_by": "caseworker"})
        assert cases.case_file(worker, case_id).consent_pending
        with worker.reader() as session:
            assert session.scalar(select(ConsentApproval)) is None
        back = intake.load_intake(worker, case_id)
        assert back["consent.best_interest_note"] == NOTE
        assert back["consent.caregiver_unsuitable"] == "perpetrator"
    finally:
        worker.close()


def test_the_case_summary_says_the_consent_is_pending(supervisor: Vault) -> None:
    case_id = intake.open_case(supervisor, with_trusted_adult(perpetrator_caregiver()))
    with supervisor.reader() as session:
        from desktop.core.store.models import Case

        case = session.get(Case, case_id)
        assert case is not None
        summary = case_summary.build(session, case, "en", case.date_of_interview)
    assert "Consent pending supervisor approval" in repr(summary)


def test_the_letter_names_her_only_once_the_substitute_consent_is_approved(
        folder) -> None:  # type: ignore[no-untyped-def]
    data = with_trusted_adult(perpetrator_caregiver())
    data["survivor.name"] = "Enfant Qqsecrete"
    worker = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = intake.open_case(worker, data)
    finally:
        worker.close()
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        [made] = referrals.create_referrals(supervisor, case_id, provider_id=osc(supervisor),
                                            service_types=["health"], priority="urgent",
                                            override_reason="Soins urgents pour l'enfant")

        def text() -> str:
            pdf = letters.preview_letter(supervisor, made.id, "en")
            return " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)

        assert "Qqsecrete" not in text()  # pending: as without consent
        consent_approval.approve(supervisor, case_id)
        approved = " ".join(text().split())
        assert "Qqsecrete" in approved
        assert "another trusted adult, approved by a supervisor" in approved
    finally:
        supervisor.close()

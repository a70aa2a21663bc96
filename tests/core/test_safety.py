"""Safety through the core services: the intake's risk questions make the first assessment,
each new assessment is kept (dated, by whom), the worker may set another level only with a
reason, a high risk raises the case (caseload and site query, referral priority), the safety
plan and safe contact are saved, checked and audited without what was typed, and safe contact
prints beside her phone on the letter (under consent) and in the case summary."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pypdf
import pytest

from desktop.core.errors import NotFound, PermissionDenied, UserError, ValidationError
from desktop.core.services.accounts import audit
from desktop.core.services.cases import case_actions, intake
from desktop.core.services.cases import case_list as cases
from desktop.core.services.casework import safety_assessment as safety
from desktop.core.services.casework import safety_queries
from desktop.core.services.referrals import letters
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.summaries import case_summary
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Case
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.intake_data import sample_intake
from tests.helpers.referral_data import SURVIVOR_PHONE, add_case, osc

KILL_THREAT = {"assessment.safety_threat_to_kill": "yes",
               "assessment.safety_immediate_danger": "no",
               "assessment.safety_threatened_by": "intimate_partner"}
ALL_CLEAR = {"immediate_danger": "no", "safe_where_staying": "yes", "threat_to_kill": "no"}
PLAN_WORDS = "Qqplan chez sa tante Aminata, derrière le marché"
CODE_WORD = "Qqcode: dire « c'est la tontine »"


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def _open(vault: Vault, **changes: object) -> str:
    data = sample_intake(**{"assessment.safety_risk": None, **changes})
    return intake.open_case(vault, data)


def test_the_intake_answers_make_the_first_assessment(caseworker: Vault) -> None:
    case_id = _open(caseworker, **KILL_THREAT)
    file = safety.safety_file(caseworker, case_id)
    assert file.level == "high" and file.high
    [first] = file.assessments
    assert first.suggested_level == "high" and first.level == "high"
    assert first.answers == {"threat_to_kill": "yes", "immediate_danger": "no",
                             "threatened_by": "intimate_partner"}
    assert first.by == "Awa Agente" and first.source == "intake"
    interview = sample_intake()["registration.date_of_interview"]
    assert first.assessed_on == interview
    assert cases.case_file(caseworker, case_id).safety_risk == "high"
    back = intake.load_intake(caseworker, case_id)  # the form shows the answers again
    assert back["assessment.safety_threat_to_kill"] == "yes"
    assert back["assessment.safety_risk"] is None  # = as suggested


def test_answers_suggest_the_level_and_unknown_counts_as_no_answer(caseworker: Vault) -> None:
    low = _open(caseworker, **{"assessment.safety_immediate_danger": "no"})
    medium = _open(caseworker, **{"assessment.safety_fears_for_children": "yes"})
    unsafe_home = _open(caseworker, **{"assessment.safety_safe_where_staying": "no"})
    none = _open(caseworker, **{"assessment.safety_weapon": "unknown"})
    levels = {k: safety.safety_file(caseworker, k).level for k in (low, medium, unsafe_home,
                                                                   none)}
    assert levels == {low: "low", medium: "medium", unsafe_home: "medium", none: None}
    assert safety.safety_file(caseworker, none).assessments == []


def test_another_level_needs_a_reason(caseworker: Vault) -> None:
    with pytest.raises(ValidationError) as caught:
        _open(caseworker, **{**KILL_THREAT, "assessment.safety_risk": "medium"})
    assert set(caught.value.errors) == {"assessment.safety_risk_reason"}
    assert "High" in caught.value.errors["assessment.safety_risk_reason"]
    case_id = _open(caseworker)
    with pytest.raises(ValidationError) as caught:
        safety.record_assessment(caseworker, case_id, ALL_CLEAR, level="high")
    assert set(caught.value.errors) == {"reason"}
    assert safety.safety_file(caseworker, case_id).assessments == []  # nothing recorded
    safety.record_assessment(caseworker, case_id, ALL_CLEAR, level="high",
                             reason="Qqraison: il a été vu devant le centre")
    latest = safety.safety_file(caseworker, case_id).latest
    assert latest is not None
    assert (latest.level, latest.suggested_level) == ("high", "low")
    assert latest.reason == "Qqraison: il a été vu devant le centre"


def test_bad_assessments_are_refused_and_lose_nothing(caseworker: Vault) -> None:
    case_id = _open(caseworker, **KILL_THREAT)
    bad = (({"weapon": "maybe"}, None, "answer.weapon"),
           ({"no_such_question": "yes"}, None, "answer.no_such_question"),
           ({}, None, "level"),
           ({}, "high", "reason"),  # a judgement alone needs its reason
           ({"weapon": "no"}, "extreme", "level"),
           ({"weapon": "no"}, "high", "reason"))
    for answers, level, key in bad:
        with pytest.raises(ValidationError) as caught:
            safety.record_assessment(caseworker, case_id, answers, level=level)
        assert key in caught.value.errors, (answers, level)
    with pytest.raises(ValidationError) as caught:
        safety.record_assessment(caseworker, case_id, {"weapon": "yes"},
                                 assessed_on=date.today() + timedelta(days=1))
    assert set(caught.value.errors) == {"assessed_on"}
    assert [a.level for a in safety.safety_file(caseworker, case_id).assessments] == ["high"]


def test_each_assessment_is_kept_and_the_case_shows_the_latest(caseworker: Vault) -> None:
    case_id = _open(caseworker, **KILL_THREAT)
    safety.record_assessment(caseworker, case_id, ALL_CLEAR)
    file = safety.safety_file(caseworker, case_id)
    assert [a.level for a in file.assessments] == ["low", "high"]  # newest first
    assert file.level == "low" and not file.high
    assert cases.case_file(caseworker, case_id).safety_risk == "low"
    assert [r.safety_risk for r in cases.case_rows(caseworker, [case_id])] == ["low"]
    events = audit.events(caseworker, record_id=case_id, action="safety_assessed")
    assert [e.details for e in events] == ["level=low"]


def test_editing_the_intake_adds_an_assessment_only_when_it_changed(caseworker: Vault) -> None:
    case_id = _open(caseworker, **KILL_THREAT)
    data = intake.load_intake(caseworker, case_id)
    intake.update_case(caseworker, case_id, data)  # the same answers: no new assessment
    assert len(safety.safety_file(caseworker, case_id).assessments) == 1
    data["assessment.safety_threat_to_kill"] = "no"
    intake.update_case(caseworker, case_id, data)
    file = safety.safety_file(caseworker, case_id)
    assert [a.level for a in file.assessments] == ["low", "high"]
    assert file.assessments[0].assessed_on == date.today()


def _close(vault: Vault, case_id: str) -> None:
    """Closed, as a supervisor's approval leaves it."""
    with vault.session() as s:
        case = s.get(Case, case_id)
        assert case is not None
        case.status = "closed"


def test_only_those_who_see_the_case_assess_it_and_not_once_closed(folder: DataFolder) -> None:
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        case_id = _open(awa, **KILL_THREAT)
    calls = (lambda v: safety.safety_file(v, case_id),
             lambda v: safety.record_assessment(v, case_id, ALL_CLEAR),
             lambda v: safety.save_plan(v, case_id, {"concerns": "x"}),
             lambda v: safety.save_contact(v, case_id, {"safe_to_call": "no"}))
    folders.add_person(folder, "moussa", "administrator")  # sees no case content
    for username, refused in ((folders.CASEWORKER_2, NotFound), ("moussa", PermissionDenied)):
        with folders.as_user(folder, username) as other:
            for call in calls:
                with pytest.raises(refused):
                    call(other)
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        _close(awa, case_id)
        for call in calls[1:]:
            with pytest.raises(UserError, match="closed"):
                call(awa)
        assert safety.safety_file(awa, case_id).level == "high"


def test_high_risk_open_cases_of_my_caseload_and_of_my_site(folder: DataFolder) -> None:
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        mine = _open(awa, **KILL_THREAT)
        _open(awa, **{"assessment.safety_immediate_danger": "no"})  # low
        lowered = _open(awa, **KILL_THREAT)
        safety.record_assessment(awa, lowered, ALL_CLEAR)  # no longer high
        closed = _open(awa, **KILL_THREAT)
        _close(awa, closed)
        assert [c.case_id for c in safety_queries.high_risk_cases(awa)] == [mine]
        with pytest.raises(PermissionDenied):
            safety_queries.high_risk_cases(awa, "site")
    with folders.as_user(folder, folders.CASEWORKER_2) as fanta:
        hers = _open(fanta, **KILL_THREAT)
        assert [c.case_id for c in safety_queries.high_risk_cases(fanta)] == [hers]
    with folders.as_user(folder, folders.SUPERVISOR) as sali:
        site = safety_queries.high_risk_cases(sali, "site")
        assert {c.case_id for c in site} == {mine, hers}
        assert {c.caseworker for c in site} == {"Awa Agente", "Fanta Agente"}
        assert all(c.assessed_on is not None and c.status == "open" for c in site)
        assert safety_queries.high_risk_cases(sali, "mine") == []  # none assigned to her


def test_a_new_referral_of_a_high_risk_case_starts_at_the_highest_priority(
        caseworker: Vault) -> None:
    high = _open(caseworker, **KILL_THREAT)
    low = _open(caseworker, **{"assessment.safety_immediate_danger": "no"})
    assert safety_queries.referral_priority(caseworker, high) == "emergency"
    assert safety_queries.referral_priority(caseworker, low) == "normal"
    lowered = referrals.create_referral(caseworker, high, service_type="health",
                                        provider_id=osc(caseworker), priority="urgent",
                                        reason="Soins")  # the worker may still lower it
    assert referrals.referral_detail(caseworker, lowered.id).priority == "urgent"


def test_the_safety_plan_is_kept_in_her_words_and_audited_without_them(
        caseworker: Vault) -> None:
    case_id = _open(caseworker, **KILL_THREAT)
    safety.save_plan(caseworker, case_id, {"concerns": f"  {PLAN_WORDS}  ",
                                           "trusted_places": "Qqlieu: la mosquée"})
    file = safety.safety_file(caseworker, case_id)
    assert file.plan["concerns"] == PLAN_WORDS and file.plan["strategies"] is None
    assert file.plan_updated_by == "Awa Agente"
    with pytest.raises(ValidationError) as caught:
        safety.save_plan(caseworker, case_id, {"concerns": "x" * 5001, "secrets": "y"})
    assert set(caught.value.errors) == {"concerns", "secrets"}
    assert safety.safety_file(caseworker, case_id).plan["concerns"] == PLAN_WORDS
    events = audit.events(caseworker, limit=200)
    assert "safety_plan_saved" in [e.action for e in events]
    assert not any("Qq" in (e.details or "") for e in events)


def test_safe_contact_is_checked_and_saved_on_the_survivor(caseworker: Vault) -> None:
    case_id = _open(caseworker, **{"survivor.phone": SURVIVOR_PHONE})
    with pytest.raises(ValidationError) as caught:
        safety.save_contact(caseworker, case_id, {"safe_to_call": "perhaps",
                                                  "safe_phone": "7" * 65})
    assert set(caught.value.errors) == {"safe_to_call", "safe_phone"}
    safety.save_contact(caseworker, case_id, {
        "safe_to_call": "yes", "safe_to_message": "no", "safe_call_times": "après 18 h",
        "safe_phone": "+223 66 00 00 01", "safe_word": CODE_WORD})
    contact = safety.safety_file(caseworker, case_id).contact
    assert (contact.phone, contact.safe_to_message, contact.safe_word) == (
        SURVIVOR_PHONE, "no", CODE_WORD)
    back = intake.load_intake(caseworker, case_id)  # the intake shows it beside the phone
    assert back["survivor.safe_call_times"] == "après 18 h"
    assert safety.contact_lines(contact, "en") == [
        "She may be called.", "Leave no message.", "Safe times to call: après 18 h",
        "Other safe number: +223 66 00 00 01", f"If someone else answers: {CODE_WORD}"]
    assert not any("Qq" in (e.details or "") for e in audit.events(caseworker, limit=200))


def test_the_letter_prints_safe_contact_beside_the_phone_only_under_consent(
        folder: DataFolder) -> None:
    texts = {}
    with folders.as_user(folder, folders.SUPERVISOR) as sali:  # may refer without consent
        for release in (("health",), ()):
            case_id = add_case(sali, release=release)
            safety.save_contact(sali, case_id, {"safe_to_call": "no", "safe_word": CODE_WORD})
            ref = referrals.create_referral(
                sali, case_id, service_type="health", provider_id=osc(sali),
                priority="urgent", reason="Soins",
                **({} if release else {"override_reason": "Urgence"}))
            texts[release] = _pdf_text(letters.render_letter(sali, ref.id, "en", how="pdf"))
    consented = " ".join(texts[("health",)].split())
    assert SURVIVOR_PHONE in consented and "Safe contact" in consented
    assert "Do not call her." in consented and "c'est la tontine" in consented
    withheld = texts[()]
    assert SURVIVOR_PHONE not in withheld and "tontine" not in withheld
    assert "Safe contact" not in withheld


def test_the_case_summary_gives_the_assessments_the_plan_and_safe_contact(
        caseworker: Vault) -> None:
    case_id = _open(caseworker, **{**KILL_THREAT, "survivor.safe_to_call": "no",
                                   "survivor.safe_word": CODE_WORD})
    safety.record_assessment(caseworker, case_id, {"weapon": "yes"}, level="high")
    safety.save_plan(caseworker, case_id, {"concerns": PLAN_WORDS})
    case_actions.add_note(caseworker, case_id, "Note")
    text = " ".join(_pdf_text(case_summary.case_summary_pdf(caseworker, case_id,
                                                            lang="en")).split())
    weapon = "Has the perpetrator used a weapon against her, or threatened her with one? Yes"
    for expected in ("Safety risk High", "Safety assessments", weapon, "May we call her? No",
                     "c'est la tontine", "Safety plan", PLAN_WORDS, "Intake", "Case file"):
        assert expected in text, expected
    french = " ".join(_pdf_text(case_summary.case_summary_pdf(caseworker, case_id,
                                                              lang="fr")).split())
    for expected in ("Plan de sécurité", "Évaluations de la sécurité",
                     "menacée ? Oui"):
        assert expected in french, expected

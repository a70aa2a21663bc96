"""Who may consent for whom, rule by rule (``consent.consent_rules``, through the intake's
validation): every age band from its first to its last year, the child's assent, a caregiver
who is an alleged perpetrator, another adult's consent and its supervisor's approval, the
consent to inform the UN. The answers are given as the form reads them back from the database
(new strings, not the constants of the code)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from desktop.core.services.cases.intake_rules import validate
from desktop.core.services.consent.consent_rules import band, pending_approval
from desktop.core.store.models import Consent
from tests.helpers.child_data import NOTE, child, perpetrator_caregiver, with_trusted_adult
from tests.helpers.intake_data import sample_intake

ASSENT = "Record whether the child gives informed assent."
NO_ASSENT_NOTE = ("The child does not assent: write in the best-interest note why services go "
                  "ahead.")
ONLY_FOR_A_CHILD = "Another adult or the case worker consents only for a child survivor."
UN_DATE = "Give the date of this consent."
UN_GIVER = "Say who gave this consent."


def read_back(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` with every text a new string, as when the case is read back from the database."""
    def fresh(value: Any) -> Any:
        if isinstance(value, str):
            return json.loads(json.dumps(value))
        if isinstance(value, list):
            return [fresh(v) for v in value]
        if isinstance(value, dict):
            return {k: fresh(v) for k, v in value.items()}
        return value
    return {key: fresh(value) for key, value in data.items()}


def check(data: dict[str, Any]) -> dict[str, str]:
    """The intake's problems, for answers read back from the database."""
    return validate(read_back(data))


@pytest.mark.parametrize(("ages", "code"), [
    ((0, 3, 5), "0_5"), ((6, 9, 11), "6_11"), ((12, 14), "12_14"), ((15, 17), "15_17"),
    ((18, 40, 200), "18_plus")])
def test_each_age_band_runs_from_its_first_to_its_last_year(ages: tuple[int, ...],
                                                            code: str) -> None:
    assert [band(age)["code"] for age in ages] == [code] * len(ages)  # type: ignore[index]


def test_an_age_outside_every_band_or_unknown_has_no_band() -> None:
    assert band(None) is None
    assert band(-1) is None
    assert band(201) is None
    unknown = child(9, **{"survivor.estimated_age": None, "consent.given_by": "survivor",
                          "sea.un_consent_given_by": "caregiver"})
    assert check(unknown) == {}  # her age unknown: no band refuses anyone, no assent asked


def test_who_the_band_lets_consent() -> None:
    assert check(child(5)) == {}  # the caregiver, no assent asked at 5
    assert set(check(child(5, **{"consent.given_by": "survivor"}))) == {"consent.given_by"}
    assert check(child(12, **{"consent.given_by": "survivor",
                              "sea.un_consent_given_by": "survivor"})) == {}
    assert check(child(17, **{"consent.given_by": "survivor",
                              "sea.un_consent_given_by": "survivor"})) == {}  # no assent asked
    assert check(sample_intake()) == {}  # an adult consents herself
    refused = check(sample_intake(**{"consent.given_by": "caregiver"}))
    assert refused["consent.given_by"].startswith("Not for this age. 18 years and over")
    assert check(with_trusted_adult(sample_intake()))["consent.given_by"] == ONLY_FOR_A_CHILD


def test_the_child_assents_when_someone_else_consents_for_her() -> None:
    for giver in ("caregiver", "trusted_adult", "caseworker"):
        data = with_trusted_adult(child(9)) if giver != "caregiver" else child(9)
        data = {**data, "consent.given_by": giver}
        data.pop("consent.child_assent", None)
        assert check(data) == {"consent.child_assent": ASSENT}, giver
        assert check({**data, "consent.child_assent": True}) == {}, giver
    assert check(child(4)) == {}  # her band asks no assent
    assert check(child(4, **{"consent.child_assent": False})) == {}


def test_a_child_who_refuses_to_assent_needs_the_reason_in_the_note() -> None:
    refused = child(13, **{"consent.child_assent": False})
    assert check(refused) == {"consent.best_interest_note": NO_ASSENT_NOTE}
    assert check({**refused, "consent.best_interest_note": "   "}) == {
        "consent.best_interest_note": NO_ASSENT_NOTE}
    assert check({**refused, "consent.best_interest_note": NOTE}) == {}
    assert check(child(13, **{"consent.child_assent": True})) == {}  # she assents: no note


def test_only_a_perpetrator_who_is_the_caregiver_stops_the_caregivers_consent() -> None:
    armed = {"is_primary": True, "sex": "male", "age_group": "26_40",
             "relationship": "armed_group", "name": None}
    stranger = {**armed, "relationship": "stranger", "is_primary": False}
    others = child(9, **{"consent.child_assent": True, "perpetrators": [armed, stranger]})
    assert check(others) == {}
    assert set(check({**others, "perpetrators": [armed, {**stranger,
                                                        "relationship": "caregiver"}]})) == {
        "consent.given_by", "sea.un_consent_given_by"}
    assert check({**others, "perpetrators": None}) == {}


def test_with_a_perpetrator_caregiver_another_adult_consents_without_a_reason_asked() -> None:
    substitute = with_trusted_adult(perpetrator_caregiver())
    assert check(substitute) == {}
    # The perpetrator is the reason: none need be chosen, and nobody asks for the caregiver.
    by_caseworker = {**substitute, "consent.given_by": "caseworker",
                     "consent.caregiver_unsuitable": None}
    assert check(by_caseworker) == {}
    assert set(check({**by_caseworker, "consent.best_interest_note": None})) == {
        "consent.best_interest_note"}


def test_a_giver_the_form_already_refused_does_not_hide_the_other_consent() -> None:
    errors = check(child(4, **{"consent.given_by": "nonsense",
                               "sea.un_consent_given_by": "survivor"}))
    assert errors["consent.given_by"] == "Choose a value from the list."
    assert errors["sea.un_consent_given_by"].startswith("Not for this age. 0–5 years")


def test_the_consent_to_inform_the_un_needs_its_date_and_giver() -> None:
    given = child(9, **{"consent.child_assent": True})
    assert check(given) == {}
    missing = {**given, "sea.un_consent_given_on": None, "sea.un_consent_given_by": None}
    assert check(missing) == {"sea.un_consent_given_on": UN_DATE,
                              "sea.un_consent_given_by": UN_GIVER}
    assert check({**missing, "sea.un_consent": False}) == {}  # not given: nothing asked
    assert check({**missing, "sea.un_consent": None}) == {}  # not answered yet
    future = check({**given, "sea.un_consent_given_on": date(2099, 1, 1)})
    assert future == {"sea.un_consent_given_on": "This date is in the future."}


def _consent(given_by: str, *, given: bool = True,
             withdrawn_on: date | None = None) -> Consent:
    return Consent(scope="services", given=given, given_by=given_by, withdrawn_on=withdrawn_on)


def test_another_adults_consent_waits_for_a_supervisor_and_no_other_does() -> None:
    approval = object()  # the supervisor's approval of the case
    assert pending_approval([_consent("trusted_adult")], None)
    assert pending_approval([_consent("caregiver"), _consent("caseworker")], None)
    assert not pending_approval([_consent("trusted_adult")], approval)
    assert not pending_approval([_consent("caregiver"), _consent("survivor")], None)
    assert not pending_approval([_consent("trusted_adult", given=False)], None)
    assert not pending_approval([_consent("trusted_adult", withdrawn_on=date(2026, 1, 5))], None)
    assert not pending_approval([], None)


def test_a_yes_or_no_answered_otherwise_is_refused_alone() -> None:
    """An import that answers 1 or 0 for yes or no is told so, and asked nothing that the
    answer would only have implied."""
    un = check(child(4, **{"sea.un_consent": 1, "sea.un_consent_given_on": None,
                           "sea.un_consent_given_by": "survivor"}))
    assert set(un) == {"sea.un_consent"}
    flagged = check(child(9, **{"consent.child_assent": True,
                                "survivor.caregiver_is_perpetrator": 1}))
    assert set(flagged) == {"survivor.caregiver_is_perpetrator"}
    assent = check(child(13, **{"consent.child_assent": 0}))
    assert set(assent) == {"consent.child_assent"}

"""Intake: validation messages, opening a case, reading it back, editing, drafts."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.services.accounts import audit
from desktop.core.services.cases import drafts, intake
from desktop.core.services.cases.intake_rules import validate
from tests.helpers import folders
from tests.helpers.days import dated
from tests.helpers.intake_data import sample_intake


def test_a_complete_intake_is_valid():
    assert validate(sample_intake()) == {}


@pytest.mark.parametrize(("changes", "key", "message"), [
    ({"registration.date_of_interview": None}, "registration.date_of_interview",
     "This field is required."),
    ({"survivor.sex": None}, "survivor.sex", "This field is required."),
    ({"incident.gbv_type": None}, "incident.gbv_type", "This field is required."),
    # a timedelta: that many days from the day the test runs (a run may cross midnight)
    ({"incident.date": timedelta(days=1)}, "incident.date", "This date is in the future."),
    ({"registration.date_of_interview": timedelta(days=3)},
     "registration.date_of_interview", "This date is in the future."),
    ({"incident.date": timedelta(days=-1)}, "incident.date",
     "The incident cannot be after the interview."),
    ({"survivor.estimated_age": 40}, "survivor.estimated_age",
     "The age does not match the date of birth."),
    ({"survivor.date_of_birth": timedelta(days=-(12 * 365 + 10))},  # a girl of twelve
     "survivor.caregiver_name", "A child survivor needs the caregiver's details."),
    ({"survivor.date_of_birth": None, "survivor.estimated_age": 15},
     "survivor.caregiver_informed", "Say whether the caregiver is informed."),
    ({"consent.services": False}, "consent.services",
     "A case is opened only with the survivor's consent to receive services."),
    ({"survivor.sex": "robot"}, "survivor.sex", "Choose a value from the list."),
    ({"registration.referred_by": ["health", "nowhere"]}, "registration.referred_by",
     "Choose values from the list."),
    ({"incident.cercle": "gao.bourem"}, "incident.cercle",
     "This cercle is not in the region chosen."),
    ({"survivor.dependents": -1}, "survivor.dependents", "Enter a whole number."),
])
def test_each_rule_gives_its_message_beside_the_field(changes, key, message, today: date):
    errors = validate(sample_intake(**dated(changes, today)))
    assert errors.get(key) == message


def test_messages_follow_the_ui_language():
    errors = validate(sample_intake(**{"survivor.sex": None}), lang="fr")
    assert errors["survivor.sex"] == "Ce champ est obligatoire."


def test_age_within_a_year_of_the_date_of_birth_is_accepted():
    data = sample_intake()
    born = data["survivor.date_of_birth"]
    age = data["registration.date_of_interview"].year - born.year
    assert validate(sample_intake(**{"survivor.estimated_age": age})) == {}
    assert validate(sample_intake(**{"survivor.estimated_age": age - 1})) == {}


def test_a_child_with_caregiver_details_is_valid():
    data = sample_intake(**{
        "survivor.date_of_birth": None, "survivor.estimated_age": 14,
        "survivor.caregiver_name": "Tutrice Fictive", "survivor.caregiver_informed": True,
        "consent.given_by": "caregiver", "consent.child_assent": True})
    assert validate(data) == {}


def test_perpetrator_errors_are_keyed_by_position():
    data = sample_intake()
    data["perpetrators"][1]["age_group"] = "ancient"
    assert validate(data) == {"perpetrators.1.age_group": "Choose a value from the list."}


def test_open_case_and_load_it_back(caseworker):
    data = sample_intake(name=folders.MARKER)
    case_id = intake.open_case(caseworker, data)
    back = intake.load_intake(caseworker, case_id)
    assert re.fullmatch(r"MOP-\d{4}-\d{5}", back["registration.case_number"])
    assert re.fullmatch(r"S-[A-Z0-9]{6}", back["registration.survivor_code"])
    assert folders.MARKER not in back["registration.survivor_code"]
    assert back["registration.caseworker"] == "Awa Agente"
    for key, value in data.items():
        if key == "perpetrators":
            continue
        assert back[key] == value, key
    assert back["perpetrators"] == data["perpetrators"]
    actions = [e.action for e in audit.events(caseworker, record_id=case_id)]
    assert actions == ["case_viewed", "case_created"]
    assert all(folders.MARKER not in (e.details or "")
               for e in audit.events(caseworker, limit=100))


def test_case_numbers_follow_a_sequence(caseworker):
    first = intake.load_intake(caseworker, intake.open_case(caseworker, sample_intake()))
    second = intake.load_intake(caseworker, intake.open_case(caseworker, sample_intake()))
    a, b = first["registration.case_number"], second["registration.case_number"]
    assert int(b[-5:]) == int(a[-5:]) + 1
    assert first["registration.survivor_code"] != second["registration.survivor_code"]


def test_an_invalid_intake_opens_nothing(caseworker):
    from desktop.core.services.cases import case_list as cases

    with pytest.raises(ValidationError) as caught:
        intake.open_case(caseworker, sample_intake(**{"survivor.sex": None}))
    assert set(caught.value.errors) == {"survivor.sex"}
    assert cases.case_ids(caseworker) == []


def test_update_case_changes_fields_and_withdraws_consent(caseworker):
    case_id = intake.open_case(caseworker, sample_intake())
    data = intake.load_intake(caseworker, case_id)
    data["incident.gbv_type"] = "physical_assault"
    data["consent.release_health"] = False
    data["perpetrators"] = data["perpetrators"][:1]
    data["assessment.need_legal"] = True
    intake.update_case(caseworker, case_id, data)
    back = intake.load_intake(caseworker, case_id)
    assert back["incident.gbv_type"] == "physical_assault"
    assert back["consent.release_health"] is False
    assert len(back["perpetrators"]) == 1
    assert back["assessment.need_legal"] is True
    from desktop.core.services.cases import case_list as cases

    file = cases.case_file(caseworker, case_id)
    assert not file.consent("release:health")
    assert file.possible_exploitation is False  # no longer rape or sexual assault
    assert "case_edited" in [e.action for e in file.history]


def test_open_case_sets_the_derived_flags_and_first_steps(caseworker):
    from desktop.core.services.cases import case_list as cases

    case_id = intake.open_case(caseworker, sample_intake())
    file = cases.case_file(caseworker, case_id)
    assert file.sea and file.possible_exploitation and file.gbv_type == "rape"
    assert [s.step for s in file.steps] == [1, 2] and file.step == 2
    assert {n.need for n in file.needs} == {"medical", "psychosocial"}


def test_the_recovery_login_cannot_open_cases(folder, recovery_key):
    from desktop.core.services import session

    vault = session.login_with_recovery(folder, recovery_key)
    try:
        with pytest.raises(PermissionDenied):
            intake.open_case(vault, sample_intake())
    finally:
        vault.close()


def test_drafts_round_trip_per_staff_member(folder):
    vault = folders.login(folder, folders.CASEWORKER)
    data = sample_intake(**{"survivor.sex": None})
    drafts.save_draft(vault, "intake", data)
    drafts.save_draft(vault, "intake", data | {"survivor.occupation": "Vendeuse"})
    assert [d.kind for d in drafts.pending_drafts(vault)] == ["intake"]
    back = drafts.load_draft(vault, "intake")
    assert back is not None
    assert back["incident.date"] == data["incident.date"]  # a date again, not text
    assert back["survivor.occupation"] == "Vendeuse"
    assert back["perpetrators"] == data["perpetrators"]
    vault.close()
    other = folders.login(folder, folders.CASEWORKER_2)
    assert drafts.pending_drafts(other) == [] and drafts.load_draft(other, "intake") is None
    other.close()
    vault = folders.login(folder, folders.CASEWORKER)
    intake.open_case(vault, sample_intake())  # opening the case discards the draft
    assert drafts.load_draft(vault, "intake") is None
    drafts.save_draft(vault, "intake", {"survivor.name": "x"}, ref="some-case")
    drafts.discard_draft(vault, "intake", ref="some-case")
    assert drafts.pending_drafts(vault) == []
    vault.close()

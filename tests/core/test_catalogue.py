"""The field catalogue, the reference lists and the GBVIMS classification."""

from __future__ import annotations

import pytest

from desktop.core.catalogue import classification, fields, reference
from desktop.core.store.models import AssessmentNeed, Case, Consent, Incident, Perpetrator, Survivor

# Columns that hold no typed intake data (bookkeeping, workflow or derived values).
NOT_INTAKE = {
    "id", "site_id", "created_at", "updated_at", "survivor_id", "created_by_id", "status",
    "step", "gbv_type", "sea", "possible_exploitation", "action_plan", "opened_at",
    "closure_reason", "closure_note", "closure_requested_by_id", "closure_requested_at",
    "closed_by_id", "closed_at", "case_id", "incident_id", "position",
    "classification_answers",  # kept with the incident as the intake's answers list
    "safety_risk",  # the latest safety assessment's level (safety_assessments.level)
    "stats_consent", "number_key",  # derived for statistics and sorting (models/derived.py)
}


@pytest.mark.parametrize(("answers", "expected"), [
    ([True], "rape"),
    ([False, True], "sexual_assault"),
    ([False, False, True], "physical_assault"),
    ([False, False, False, True], "forced_marriage"),
    ([False, False, False, False, True], "denial_of_resources"),
    ([False, False, False, False, False, True], "psychological_abuse"),
    ([False] * 6, "non_gbv"),
    ([], "non_gbv"),
    ([False, True, True, True], "sexual_assault"),  # the first yes wins
])
def test_classification_gives_the_first_type_answered_yes(answers, expected):
    assert classification.classify(answers) == expected
    codes = classification.question_codes()
    assert classification.classify(dict(zip(codes, answers, strict=False))) == expected


def test_questions_come_in_gbvims_order_in_both_languages():
    english = classification.questions("en")
    french = classification.questions("fr")
    assert [q.gbv_type for q in english] == [
        "rape", "sexual_assault", "physical_assault", "forced_marriage",
        "denial_of_resources", "psychological_abuse"]
    assert "penetration" in english[0].text
    assert all(f.text != e.text for f, e in zip(french, english, strict=True))
    for code in reference.codes("gbv_types")[:6]:
        assert classification.classify(classification.answers_for(code)) == code


def test_goods_exchanged_with_sexual_violence_flags_possible_exploitation():
    assert classification.possible_sexual_exploitation("rape", True)
    assert classification.possible_sexual_exploitation("sexual_assault", True)
    assert not classification.possible_sexual_exploitation("physical_assault", True)
    assert not classification.possible_sexual_exploitation("rape", False)
    assert not classification.possible_sexual_exploitation("rape", None)


def test_identifying_fields_are_marked():
    assert {"survivor.name", "survivor.phone", "survivor.address", "survivor.caregiver_name",
            "survivor.caregiver_phone", "incident.account", "perpetrator.name"
            } <= fields.identifying_keys()
    assert "survivor.sex" not in fields.identifying_keys()


def test_catalogue_covers_every_intake_column():
    stored = {(f.table, f.column) for f in fields.fields()}
    for model in (Survivor, Case, Incident, Perpetrator):
        table = model.__tablename__
        for column in (c.key for c in model.__table__.columns):
            if column in NOT_INTAKE or (table, column) == ("incidents", "date_of_interview"):
                continue  # an incident's interview: the case's, or the new incident's own
            assert (table, column) in stored, f"{table}.{column} has no catalogue field"
    assert {c for t, c in stored if t == "consents"} >= {"services", "statistics",
                                                         "release:health"}
    assert {c for t, c in stored if t == "assessment_needs"} >= set(reference.codes("needs"))
    assert Consent.__tablename__ == "consents" and AssessmentNeed.__tablename__


def test_every_field_is_well_formed():
    titles = dict(fields.sections("fr"))
    for f in fields.fields():
        assert f.kind in fields.KINDS
        assert f.section in titles
        if f.choices:
            assert reference.codes(f.choices), f.key
        assert f.label_in("en") == f.label
        assert f.label_in("fr") != f.label or f.label in ("Site", "Cercle"), f.key
    assert fields.field("survivor.sex").ir_column == "SEX"
    assert fields.field("perpetrator.relationship").column == "relationship_code"
    assert titles["incident"] == "Incident"


def test_reference_lists_have_stable_codes_and_labels():
    for name in reference.list_names():
        pairs = reference.choices(name, "fr")
        assert pairs, name
        assert all(code.isascii() and label for code, label in pairs)
    assert reference.value("age_groups", "61_plus", "ir") == "Age 61 & Older"
    assert reference.value("sex", "female", "ir") == "F"
    assert reference.value("priorities", "urgent", "days") == 3
    assert reference.label("gbv_types", "rape", "fr") == "Viol"
    assert reference.label("gbv_types", "rape", "en") == "Rape"
    with pytest.raises(reference.UnknownCode):
        reference.label("gbv_types", "nonsense")
    with pytest.raises(reference.UnknownCode):
        reference.choices("no_such_list")


def test_every_region_of_mali_has_its_cercles():
    regions = dict(reference.choices("regions", "fr"))
    assert len(regions) == 11 and regions["bamako"] == "District de Bamako"
    assert [label for _, label in reference.cercles("bamako")][:2] == ["Commune I", "Commune II"]
    assert "Bandiagara" in dict(reference.cercles("mopti")).values()
    assert reference.region_of_cercle("gao.bourem") == "gao"
    assert reference.label("cercles", "kidal.tessalit") == "Tessalit"

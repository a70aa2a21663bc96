"""Privacy of the catalogue: free text and every field naming a person, a place or a unit is
identifying (kept out of logs and de-identified exports); the coded fields the statistics and
the Incident Recorder count are not."""

from __future__ import annotations

from desktop.core.catalogue import fields
from desktop.core.exports.case_rows import FREE_TEXT, columns

NAMING_FIELDS = {"incident.reported_where", "survivor.occupation", "perpetrator.occupation",
                 "incident.commune", "perpetrator.sea_entity",
                 *(fields.need_keys(code)[1] for code in ("medical", "legal", "safety"))}


def test_every_free_text_field_is_identifying() -> None:
    typed = [f for f in fields.fields() if f.kind in FREE_TEXT and not f.generated]
    assert typed and [f.key for f in typed if not f.identifying] == []


def test_fields_naming_a_person_place_or_unit_are_identifying() -> None:
    assert fields.identifying_keys() >= NAMING_FIELDS


def test_the_coded_fields_statistics_count_stay_shareable() -> None:
    counted = {"survivor.sex", "survivor.estimated_age", "survivor.nationality",
               "survivor.displacement_status", "survivor.disability", "incident.region",
               "incident.cercle", "incident.gbv_type", "incident.location_type",
               "perpetrator.relationship", "perpetrator.sea_affiliation"}
    assert counted.isdisjoint(fields.identifying_keys())
    shared = {c.key for c in columns(identifying=False, lang="en")}
    assert counted - {"survivor.estimated_age"} <= shared
    assert shared.isdisjoint(NAMING_FIELDS)  # out of the de-identified case export
    assert NAMING_FIELDS - {k for k in NAMING_FIELDS if k.startswith("perpetrator.")} <= {
        c.key for c in columns(identifying=True, lang="en")}  # kept in the identifying one

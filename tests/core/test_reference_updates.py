"""Reference lists updated by the hub, read over the shipped ones (no hub needed here: the
lists are handed to ``catalogue.reference`` as a site does once its database is open), and the
checks an update passes before anyone may publish or apply it."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.core.catalogue import fields, reference, reference_rules
from desktop.core.errors import UserError
from desktop.gui.cases import catalogue_view as cv


@pytest.fixture(autouse=True)
def _shipped_lists_after() -> Iterator[None]:
    yield
    reference.use_hub_lists(None)


def shipped(name: str) -> list[dict[str, Any]]:
    """A copy of the list as Relais ships it, to edit as a coordinator would."""
    return copy.deepcopy(list(reference.shipped(name)))


def with_new_region() -> list[dict[str, Any]]:
    regions = shipped("regions")
    regions.append({"code": "nioro", "fr": "Nioro", "en": "Nioro", "ir": "Nioro",
                    "cercles": [{"code": "nioro.nioro", "fr": "Nioro du Sahel",
                                 "en": "Nioro du Sahel", "ir": "Nioro"}]})
    return regions


def location_types(**change: dict[str, Any]) -> list[dict[str, Any]]:
    items = shipped("location_types")
    for item in items:
        item.update(change.get(item["code"], {}))
    return items


def use(lists: dict[str, Any]) -> None:
    reference.use_hub_lists(reference_rules.check_update(lists, complete=True))


def test_a_new_region_and_its_cercle_are_offered_by_the_intake_form() -> None:
    region = fields.field("incident.region")
    assert "nioro" not in dict(cv.choices_of(region, "fr"))
    use({"regions": with_new_region()})
    assert dict(cv.choices_of(region, "fr"))["nioro"] == "Nioro"
    assert cv.cercles("nioro", "fr") == [("nioro.nioro", "Nioro du Sahel")]
    assert reference.region_of_cercle("nioro.nioro") == "nioro"
    assert reference.has("cercles", "nioro.nioro")
    reference.use_hub_lists(None)  # the database closed: the shipped lists again
    assert "nioro" not in dict(cv.choices_of(region, "fr"))


def test_a_label_correction_shows_and_a_retired_code_is_read_but_not_offered() -> None:
    location = fields.field("incident.location_type")
    use({"location_types": location_types(road={"fr": "Route, piste ou chemin"},
                                          school={"retired": True})})
    offered = dict(cv.choices_of(location, "fr"))
    assert offered["road"] == "Route, piste ou chemin"
    assert "school" not in offered
    # An old case's school is still known and labelled, and still accepted when it is edited.
    assert reference.has("location_types", "school") and reference.retired(
        "location_types", "school")
    assert cv.choice_label("location_types", "school", "fr") == reference.label(
        "location_types", "school", "fr") != "school"
    assert "school" in reference.codes("location_types")
    assert ("school", reference.label("location_types", "school", "en")) in reference.choices(
        "location_types", "en", with_retired=True)
    # Keys the update leaves out keep their shipped value (the Incident Recorder's).
    assert reference.value("location_types", "road", "ir") == reference.shipped(
        "location_types")[[i["code"] for i in reference.shipped("location_types")]
                          .index("road")]["ir"]


def test_a_code_the_site_ships_but_the_hub_does_not_name_is_kept() -> None:
    partial = [item for item in location_types() if item["code"] != "school"]
    reference.use_hub_lists({"location_types": reference_rules.check_update(
        {"location_types": partial}, complete=False)["location_types"]})
    assert "school" in dict(reference.choices("location_types"))


def test_new_age_groups_change_how_ages_are_grouped() -> None:
    from desktop.core.services.cases import survivor_age

    groups = shipped("age_groups")
    for item in groups:
        if item["code"] in ("18_25", "26_40"):
            item["retired"] = True
    groups[2:2] = [{"code": "18_24", "fr": "18 – 24 ans", "en": "18–24 years",
                    "ir": "Age 18 - 25", "low": 18, "high": 24},
                   {"code": "25_40", "fr": "25 – 40 ans", "en": "25–40 years",
                    "ir": "Age 26 - 40", "low": 25, "high": 40}]
    before = survivor_age._limits()
    use({"age_groups": groups})
    lowest, closed, last = survivor_age._limits()
    assert (24, "18_24") in closed and (40, "25_40") in closed and (25, "18_25") not in closed
    assert (lowest, last) == (before[0], before[2])
    gap = copy.deepcopy(groups)
    gap[3]["low"] = 26  # 25 belongs to no group
    with pytest.raises(UserError, match="follow each other without a gap"):
        reference_rules.check_update({"age_groups": gap}, complete=True)


@pytest.mark.parametrize(("lists", "says"), [
    ({"gbv_types": shipped("gbv_types")}, "is a rule of the program, not data"),
    ({"consent_given_by": shipped("consent_given_by")}, "is a rule of the program"),
    ({"child_consent_bands": shipped("child_consent_bands")}, "is a rule of the program"),
    ({"referral_statuses": shipped("referral_statuses")}, "is a rule of the program"),
    ({"villes": []}, "villes is not a reference list of Relais"),
    ({"cercles": []}, "cercles is not a reference list of Relais"),
    ({}, "holds no reference list"),
    ({"regions": with_new_region()[1:]}, "leaves out the code bamako"),
    ({"location_types": location_types(road={"en": " "})}, "in French and in English"),
    ({"location_types": location_types(road={"code": "Route!"})}, "no valid code"),
    ({"location_types": [*location_types(), location_types()[0]]}, "appears twice"),
    ({"location_types": [*location_types(), {"code": "market", "fr": "Marché",
                                             "en": "Market"}]}, "needs ir like"),
    ({"location_types": location_types(road={"colour": "red"})}, "has the key colour"),
    ({"location_types": location_types(road={"ir": 3})}, "must be text"),
    ({"location_types": location_types(road={"retired": "yes"})}, "must be yes/no"),
    ({"location_types": [{**item, "retired": True} for item in location_types()]},
     "every code of the list location_types is retired"),
    ({"regions": [*with_new_region(), {"code": "nara", "fr": "Nara", "en": "Nara",
                                       "ir": "Nara", "cercles": [
        {"code": "nioro.nioro", "fr": "N", "en": "N", "ir": "N"}]}]}, "appears in two regions"),
    ({"location_types": "road"}, "between 1 and"),
    ({"provider_kinds": [{**item, "retired": item["code"] == "osc"}
                         for item in shipped("provider_kinds")]}, "osc of the list provider_kinds "
                                                                  "cannot be retired"),
    ({"service_types": [*shipped("service_types"), {"code": "education", "fr": "Éducation",
                                                    "en": "Education"}]},
     "service_types takes no new code from the hub"),
])
def test_an_update_that_is_not_right_is_refused_in_one_line(lists: dict[str, Any],
                                                            says: str) -> None:
    with pytest.raises(UserError, match=says) as refused:
        reference_rules.check_update(lists, complete=True)
    assert "\n" not in str(refused.value)


def test_the_lists_the_hub_may_update_are_data_lists_relais_ships() -> None:
    assert set(reference.list_names()) >= reference_rules.UPDATABLE
    for rule in ("gbv_types", "consent_given_by", "child_consent_bands", "case_statuses",
                 "priorities", "safety_questions", "relationships", "sex", "needs"):
        assert rule not in reference_rules.UPDATABLE

"""The SEA victim's file through the services: fields, children, claims, informed days,
assistance; checked, audited, and refused where the case is not hers to see or not SEA."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.core.catalogue import reference
from desktop.core.catalogue import sea_file as sea_catalogue
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.services.accounts import audit
from desktop.core.services.cases import case_actions
from desktop.core.services.casework import sea_file, sea_file_lists
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.services.casework.sea_file_lists import Assistance, Claim
from desktop.core.store.models import Incident, Staff
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.report_data import Perp, Spec, add_case, provider

TODAY = date(2026, 4, 20)
SEA_PERP = [Perp("male", "26_40", "un_humanitarian", affiliation="un_military",
                 entity="Contingent A")]


def _sea_case(vault: Vault, **spec: object) -> str:
    with vault.session() as s:
        values: dict = {"sea": True, "perps": SEA_PERP, "un_consent": True}
        values.update(spec)
        return add_case(s, Spec(date(2026, 3, 2), **values)).id  # type: ignore[arg-type]


def test_the_file_keeps_what_the_protocol_tracks(supervisor: Vault) -> None:
    case_id = _sea_case(supervisor, birth=date(2009, 6, 10), incident=date(2026, 2, 20))
    changed = sea_file.save(supervisor, case_id, {
        "allegation_ref": " UN-2026-0042 ", "entity": "MINUSMA", "mission": "Mopti",
        "personnel_category": "military", "sea_kind": "abuse",
        "perpetrator_nationality": "ne", "investigation_status": "under_investigation",
        "investigation_status_on": date(2026, 3, 15), "reported_to_un_on": date(2026, 3, 3)},
        today=TODAY)
    assert "allegation_ref" in changed and "reported_to_un_on" in changed
    shown = sea_file.view(supervisor, case_id)
    assert shown.values["allegation_ref"] == "UN-2026-0042"
    assert shown.values["perpetrator_nationality"] == "ne"
    assert shown.values["reported_to_un_on"] == date(2026, 3, 3)
    # Born 10 June 2009, incident 20 February 2026: 16, computed (any sexual activity with a
    # child is abuse).
    assert shown.age_at_incident == 16 and shown.age_computed
    with supervisor.reader() as s:  # the intake's own column holds the date reported
        incident = s.scalar(select(Incident).where(Incident.case_id == case_id))
        assert incident is not None and incident.sea_reported_to_un_on == date(2026, 3, 3)
    # Saving the same values again changes nothing and records nothing.
    assert sea_file.save(supervisor, case_id, {"sea_kind": "abuse"}, today=TODAY) == []


def test_without_a_date_of_birth_the_age_is_entered(supervisor: Vault) -> None:
    case_id = _sea_case(supervisor, birth=None, incident=None, age=17)
    assert sea_file.view(supervisor, case_id).age_at_incident is None
    sea_file.save(supervisor, case_id, {"victim_age": 15}, today=TODAY)
    shown = sea_file.view(supervisor, case_id)
    assert shown.age_at_incident == 15 and not shown.age_computed


@pytest.mark.parametrize(("values", "key"), [
    ({"personnel_category": "astronaut"}, "sea_file.personnel_category"),
    ({"perpetrator_nationality": "xx"}, "sea_file.perpetrator_nationality"),
    ({"victim_age": 130}, "sea_file.victim_age"),
    ({"victim_age": "12"}, "sea_file.victim_age"),
    ({"investigation_status_on": date(2026, 5, 1)}, "sea_file.investigation_status_on"),
    ({"allegation_ref": "R" * 61}, "sea_file.allegation_ref"),
    ({"colour": "blue"}, "colour"),
])
def test_bad_values_are_refused_with_the_field_named_and_nothing_saved(
        supervisor: Vault, values: dict, key: str) -> None:
    case_id = _sea_case(supervisor)
    sea_file.save(supervisor, case_id, {"mission": "Gao"}, today=TODAY)
    with pytest.raises(ValidationError) as caught:
        sea_file.save(supervisor, case_id, {"mission": "Tombouctou", **values}, today=TODAY)
    assert key in caught.value.errors
    assert "R" * 61 not in str(caught.value)  # the value typed is not echoed
    assert sea_file.view(supervisor, case_id).values["mission"] == "Gao"


def test_children_claims_informed_days_and_assistance(supervisor: Vault) -> None:
    case_id = _sea_case(supervisor)
    with supervisor.session() as s:
        centre = provider(s, s.scalar(select(Staff.site_id).limit(1)) or "").id
        awa = s.scalar(select(Staff.id).where(Staff.username == folders.CASEWORKER))
    first = sea_file_lists.add_child(supervisor, case_id, date(2025, 11, 2), "female",
                                     today=TODAY)
    second = sea_file_lists.add_child(supervisor, case_id, None, "male", today=TODAY)
    claim = sea_file_lists.save_claim(supervisor, case_id, Claim(
        child_id=first, filed_on=date(2026, 1, 5), dna_sample_on=date(2026, 2, 1)),
        today=TODAY)
    sea_file_lists.save_claim(supervisor, case_id, Claim(
        child_id=first, filed_on=date(2026, 1, 5), dna_sample_on=date(2026, 2, 1),
        paternity_established_on=date(2026, 3, 20)), claim_id=claim, today=TODAY)
    sea_file_lists.add_informed(supervisor, case_id, date(2026, 3, 10), "progress",
                                today=TODAY)
    sea_file_lists.add_informed(supervisor, case_id, date(2026, 4, 1), "outcome", today=TODAY)
    sea_file_lists.add_assistance(supervisor, case_id, Assistance(
        "medical", date(2026, 3, 3), provider_id=centre), today=TODAY)
    sea_file_lists.add_assistance(supervisor, case_id, Assistance(
        "education", date(2026, 3, 4),
        provided_by_id=awa, child_id=second), today=TODAY)
    shown = sea_file.view(supervisor, case_id)
    assert [(c.number, c.sex) for c in shown.children] == [(1, "female"), (2, "male")]
    (only,) = shown.claims
    assert only.child_number == 1 and only.paternity_established_on == date(2026, 3, 20)
    assert shown.paternity_claim is True  # the intake's yes/no follows the claim
    assert [(i.on, i.about) for i in shown.informed] == [
        (date(2026, 3, 10), "progress"), (date(2026, 4, 1), "outcome")]
    assert [(a.assistance_type, a.provider, a.provided_by, a.child_number)
            for a in shown.assistance] == [
        ("medical", "Centre Test", None, None), ("education", None, "Awa Agente", 2)]
    # Removing the second child removes its own assistance.
    sea_file_lists.remove(supervisor, case_id, "child", second)
    shown = sea_file.view(supervisor, case_id)
    assert len(shown.children) == 1 and [a.assistance_type for a in shown.assistance] == [
        "medical"]
    details = [e.details for e in audit.events(supervisor, record_id=case_id,
                                               action="sea_file_edited")]
    assert "child_added" in details and "claim_saved" in details and "child_removed" in details
    assert all("MINUSMA" not in (d or "") for d in details)


def test_list_entries_are_checked(supervisor: Vault) -> None:
    case_id = _sea_case(supervisor)
    with pytest.raises(ValidationError, match="before the step"):
        sea_file_lists.save_claim(supervisor, case_id, Claim(
            filed_on=date(2026, 3, 1), dna_sample_on=date(2026, 2, 1)), today=TODAY)
    with pytest.raises(ValidationError, match="future"):
        sea_file_lists.add_informed(supervisor, case_id, date(2026, 5, 1), "progress",
                                    today=TODAY)
    with pytest.raises(ValidationError):
        sea_file_lists.add_informed(supervisor, case_id, date(2026, 3, 1), "rumour",
                                    today=TODAY)
    with pytest.raises(ValidationError, match="provider or which member"):
        sea_file_lists.add_assistance(supervisor, case_id, Assistance(
            "legal", date(2026, 3, 3)), today=TODAY)
    with pytest.raises(ValidationError, match="type of assistance"):
        sea_file_lists.add_assistance(supervisor, case_id, Assistance(
            "cash", date(2026, 3, 3), provided_by_id="x"), today=TODAY)
    with pytest.raises(ValidationError, match="not recorded"):
        sea_file_lists.save_claim(supervisor, case_id, Claim(child_id="nobody"), today=TODAY)
    assert sea_file.view(supervisor, case_id).claims == []


def test_only_who_sees_the_case_reads_it_and_a_closed_case_is_read_only(folder) -> None:
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        case_id = _sea_case(supervisor)
        with supervisor.session() as s:
            not_sea = add_case(s, Spec(date(2026, 3, 2))).id
        with pytest.raises(UserError, match="not an SEA case"):
            sea_file.view(supervisor, not_sea)
    finally:
        supervisor.close()
    other = folders.login(folder, folders.CASEWORKER_2)  # not her case worker
    try:
        with pytest.raises(NotFound):
            sea_file.view(other, case_id)
        with pytest.raises(NotFound):
            sea_file.save(other, case_id, {"mission": "Gao"})
    finally:
        other.close()
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        case_actions.request_closure(supervisor, case_id, "needs_met",
                                     checklist=Checklist.all_ticked())
        case_actions.approve_closure(supervisor, case_id)
        assert not sea_file.view(supervisor, case_id).editable
        with pytest.raises(UserError, match="closed"):
            sea_file_lists.add_informed(supervisor, case_id, date(2026, 3, 1), "outcome")
    finally:
        supervisor.close()


def test_the_catalogue_flags_what_identifies_her() -> None:
    assert sea_catalogue.identifying_keys() == {
        "sea_file.allegation_ref", "sea_file.entity", "sea_file.mission", "sea_file.note"}
    for f in sea_catalogue.CATALOGUE:
        if f.kind == "choice" and f.choices:
            assert reference.codes(f.choices), f.key
        assert f.label_in("fr") and f.label_in("en")


def test_the_country_list_is_iso_3166_in_both_languages() -> None:
    codes = reference.codes("countries")
    assert len(codes) == 249 and len(set(codes)) == 249
    assert reference.label("countries", "ci", "fr") == "Côte d’Ivoire"
    assert reference.label("countries", "de", "fr") == "Allemagne"
    assert reference.label("countries", "de", "en") == "Germany"
    for code in reference.codes("nationalities"):  # each nationality has its country
        iso = reference.value("nationalities", code, "iso")
        assert code == "other" or reference.has("countries", iso)


def test_a_file_not_saved_yet_starts_from_what_the_intake_says(caseworker: Vault) -> None:
    from desktop.core.services.cases import intake
    from tests.helpers.intake_data import sample_intake

    case_id = intake.open_case(caseworker, sample_intake())  # a UN military perpetrator
    shown = sea_file.view(caseworker, case_id)
    assert shown.values["entity"] == "Contingent fictif"
    assert shown.values["personnel_category"] == "military"
    sea_file.save(caseworker, case_id, {"entity": "Contingent B"})
    assert sea_file.view(caseworker, case_id).values["entity"] == "Contingent B"

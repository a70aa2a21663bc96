"""The service directory: the One-Stop Centres at setup, search and filters, edits, rights."""

from __future__ import annotations

import pytest

from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.services import audit, directory


def test_a_new_database_holds_the_three_one_stop_centres_only(admin) -> None:
    rows = directory.list_providers(admin, include_inactive=True)
    assert sorted((r.region, r.town) for r in rows) == [
        ("bamako", "Bamako"), ("gao", "Gao"), ("mopti", "Mopti")]
    for row in rows:
        assert row.kind == "osc" and row.takes_sea and row.active
        assert row.services == ("health", "psychosocial")
        assert row.phone is None and row.address is None  # nothing invented
        assert "partner" in (row.notes or "").lower() or "partenaire" in (row.notes or "")


def test_search_and_filters(admin) -> None:
    directory.create_provider(admin, {
        "name": "Réseau Essai Kayes", "kind": "network", "region": "kayes", "town": "Kita",
        "contact_person": "Point focal Éloïse", "services": ["legal", "livelihoods"]})
    assert [r.town for r in directory.list_providers(admin, service_type="legal")] == ["Kita"]
    assert len(directory.list_providers(admin, service_type="health")) == 3
    assert [r.town for r in directory.list_providers(admin, region="gao")] == ["Gao"]
    assert [r.name for r in directory.list_providers(admin, text="eloise")] == [
        "Réseau Essai Kayes"]  # accents and case ignored
    assert len(directory.list_providers(admin, takes_sea=True)) == 3
    both = directory.matching_providers(admin, ["health", "psychosocial"], sea=True)
    assert len(both) == 3
    assert directory.matching_providers(admin, ["health", "legal"]) == []


def test_edit_deactivate_and_audit(admin) -> None:
    row = directory.create_provider(admin, {"name": "ONG Essai", "kind": "ngo",
                                            "region": "mopti", "services": ["shelter"]})
    changed = directory.update_provider(admin, row.id, {
        **row.__dict__, "phone": "+223 00 00 00 00", "services": ["shelter", "material"]})
    assert changed.services == ("shelter", "material")
    directory.set_active(admin, row.id, False)
    assert row.id not in {r.id for r in directory.list_providers(admin)}
    assert row.id in {r.id for r in directory.list_providers(admin, include_inactive=True)}
    details = [e.details for e in audit.events(admin, record_id=row.id)]
    assert details == ["deactivated", "edited", "created"]


def test_bad_values_are_reported_per_field(admin) -> None:
    with pytest.raises(ValidationError) as caught:
        directory.create_provider(admin, {"name": " ", "kind": "nope", "region": "atlantis",
                                          "email": "pas un courriel"})
    assert set(caught.value.errors) == {"name", "kind", "region", "email"}


def test_the_same_provider_twice_is_refused(admin) -> None:
    values = {"name": "ONG Essai", "kind": "ngo", "region": "mopti", "town": "Mopti"}
    directory.create_provider(admin, values)
    with pytest.raises(ValidationError, match="already exists"):
        directory.create_provider(admin, {**values, "name": "  ong ESSAI "})


def test_a_case_worker_reads_but_does_not_change_the_directory(caseworker) -> None:
    assert len(directory.list_providers(caseworker)) == 3
    with pytest.raises(PermissionDenied):
        directory.create_provider(caseworker, {"name": "X", "kind": "ngo"})
    with pytest.raises(PermissionDenied):
        directory.import_csv(caseworker, b"nom;type\nX;ONG\n")

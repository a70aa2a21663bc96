"""The service directory: the One-Stop Centres at setup, search and filters, edits, rights;
import with a preview (add, update with services merged, skip), re-import, export."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import PermissionDenied, UserError, ValidationError
from desktop.core.services.accounts import audit
from desktop.core.services.referrals import directory, directory_import
from tests.helpers import directory_files as mapping


def test_a_new_database_holds_the_three_one_stop_centres_only(admin) -> None:
    rows = directory.list_providers(admin, include_inactive=True)
    assert sorted((r.region, r.town) for r in rows) == [
        ("bamako", "Bamako"), ("gao", "Gao"), ("mopti", "Mopti")]
    for row in rows:
        assert row.kind == "osc" and row.takes_sea and row.active
        assert row.services == ("health", "psychosocial")
        assert row.phone is None and row.address is None  # nothing invented
        assert row.notes == ("Prise en charge médicale et psychosociale sur place\u00a0; "
                             "assistance juridique et réinsertion socio-économique par les "
                             "partenaires du centre.")  # the database's language (French)


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
        directory_import.preview_import(caseworker, b"nom;type\nX;ONG\n")


def _actions(preview: directory_import.ImportPreview) -> dict[str, str]:
    return {row.name: row.action for row in preview.rows}


def test_the_preview_writes_nothing_and_the_import_writes_only_the_good_rows(admin) -> None:
    data = mapping.csv_bytes("cp1252", ";")
    preview = directory_import.preview_import(admin, data)
    assert _actions(preview) == {
        "Association Femmes Debout": "add", "Clinique Espoir": "skip",
        "Réseau des Juristes": "add", "ASSOCIATION FEMMES DEBOUT": "merged"}
    assert len(directory.list_providers(admin, include_inactive=True)) == 3  # nothing yet
    assert not audit.events(admin, action="directory_import")
    report = directory_import.apply_import(admin, preview)
    assert (report.added, report.updated, report.unchanged, report.skipped) == (2, 0, 0, 1)
    assert {p.value for p in report.rejected} == {"Associaton", "Atlantide", "Juridqe",
                                                  "peut-être"}
    names = {r.name: r for r in directory.list_providers(admin)}
    assert "Clinique Espoir" not in names
    femmes = names["Association Femmes Debout"]
    assert (femmes.kind, femmes.region, femmes.town, femmes.takes_sea) == (
        "ngo", "mopti", "Sévaré", True)
    assert femmes.services == ("health", "legal", "livelihoods")  # merged from two rows
    assert audit.events(admin, action="directory_import")[0].details == (
        "added=2 updated=0 unchanged=0 rejected=1")


def test_importing_the_same_file_again_changes_nothing(admin, tmp_path: Path) -> None:
    path = tmp_path / "cartographie.xlsx"
    path.write_bytes(mapping.xlsx_bytes())
    directory_import.import_file(admin, path)
    before = directory.list_providers(admin, include_inactive=True)
    events = len(audit.events(admin, action="provider_changed"))
    again = directory_import.preview_import(admin, path)
    assert not again.writable
    assert again.count("unchanged") == 2 and again.count("add") == 0
    report = directory_import.apply_import(admin, again)
    assert (report.added, report.updated, report.unchanged) == (0, 0, 2)
    assert directory.list_providers(admin, include_inactive=True) == before
    assert len(audit.events(admin, action="provider_changed")) == events


def test_a_provider_already_there_is_updated_and_its_services_merged(admin) -> None:
    osc = next(r for r in directory.list_providers(admin) if r.town == "Mopti")
    data = ("Nom de l'organisation;Ville;Services offerts;Téléphone\n"
            f"{osc.name.upper()};MOPTI;Juridique;+223 21 00 00 00\n").encode("cp1252")
    preview = directory_import.preview_import(admin, data)
    (row,) = preview.rows
    assert (row.action, row.changes) == ("update", ("phone", "services"))
    report = directory_import.apply_import(admin, preview)
    assert (report.added, report.updated) == (0, 1)
    after = directory.get_provider(admin, osc.id)
    assert after.services == ("health", "psychosocial", "legal")  # kept, plus the file's
    assert after.phone == "+223 21 00 00 00"
    assert (after.name, after.kind, after.takes_sea, after.notes) == (
        osc.name, osc.kind, osc.takes_sea, osc.notes)  # empty or absent cells keep values
    assert len(directory.list_providers(admin, include_inactive=True)) == 3
    assert "updated by import" in [e.details for e in audit.events(admin, record_id=osc.id)]


def test_a_new_provider_without_a_kind_is_skipped_with_the_reason(admin) -> None:
    preview = directory_import.preview_import(admin, b"nom;ville\nONG Sans Type;Kayes\n")
    (row,) = preview.rows
    assert row.action == "skip" and "kind" in row.problems[0].reason
    assert not preview.writable


def test_an_administrator_extends_the_synonyms_in_the_data_folder(admin) -> None:
    data = "Acteur humanitaire;Domaine;Ville\nONG Kènè;Écoute active;Gao\n".encode()
    with pytest.raises(UserError, match="header"):
        directory_import.preview_import(admin, data)
    extra = Path(admin.folder.path) / "directory_synonyms.json"
    extra.write_text('{"headers": {"name": ["Acteur humanitaire"], "services": ["Domaine"],'
                     ' "kind": ["Statut juridique"]},'
                     ' "labels": {"service_types": {"psychosocial": ["ecoute active"]}}}',
                     encoding="utf-8")
    (row,) = directory_import.preview_import(admin, data).rows
    assert row.record is not None and row.record.services == ("psychosocial",)
    extra.write_text("{pas du json", encoding="utf-8")
    with pytest.raises(UserError, match=r"directory_synonyms\.json"):
        directory_import.preview_import(admin, data)


def test_a_file_too_big_is_refused_without_being_read(admin, tmp_path: Path) -> None:
    path = tmp_path / "enorme.csv"
    with path.open("wb") as handle:
        handle.truncate(11 * 1024 * 1024)
    with pytest.raises(UserError, match="larger than 10 MB"):
        directory_import.preview_import(admin, path)
    with pytest.raises(UserError, match="could not be read"):
        directory_import.preview_import(admin, tmp_path / "absent.csv")


def test_export_then_import_changes_nothing_and_formulas_stay_text(admin,
                                                                   tmp_path: Path) -> None:
    directory.create_provider(admin, {"name": "=1+1 ONG", "kind": "ngo", "region": "gao",
                                      "town": "Gao", "phone": "+223 00 00 00 00",
                                      "services": ["legal"], "notes": "@admin -x"})
    for lang in ("fr", "en"):
        path = tmp_path / f"directory-{lang}.csv"
        assert directory.export_csv(admin, path, lang) == 4
        text = path.read_bytes().decode("utf-8-sig")
        assert "'=1+1 ONG" in text and "'+223" in text and "'@admin" in text
        preview = directory_import.preview_import(admin, path)
        assert [row.action for row in preview.rows] == ["unchanged"] * 4
    assert audit.events(admin, action="directory_export")


def test_an_export_named_as_a_workbook_is_refused_and_not_audited(admin, tmp_path: Path) -> None:
    before = len(audit.events(admin, action="directory_export"))
    for name in ("annuaire.xlsx", "annuaire.ODS"):
        with pytest.raises(UserError, match=r"exported as CSV.*ends in \.(xlsx|ods)"):
            directory.export_csv(admin, tmp_path / name)
        assert not (tmp_path / name).exists()
    assert len(audit.events(admin, action="directory_export")) == before
    assert directory.export_csv(admin, tmp_path / "annuaire.CSV") == 3

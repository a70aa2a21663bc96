"""CSV import and export of the directory: French or English headers, BOM, separators, a
row-by-row report of rejected rows, and no duplicates when the same file comes twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.core.exports import directory_csv
from desktop.core.services import audit, directory

GOOD_FR = (
    "nom;type;région;ville;adresse;contact;téléphone;courriel;services;langues;horaires;"
    "cas EAS;actif\n"
    "Association Essai Femmes;ONG;Mopti;Sévaré;Quartier Essai;Mme Essai;+223 00 00 00 01;"
    "essai@example.org;Assistance juridique | Soutien psychosocial;français, fulfulde;"
    "lun-ven 8h-16h;oui;oui\n"
    "Clinique Essai « & » <b>;ONG;District de Bamako;Bamako;;;;;santé / soins médicaux;;;non;\n"
)


def test_a_good_french_file_with_a_bom(admin, tmp_path: Path) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD_FR.encode("utf-8"))
    report = directory.import_csv(admin, path)
    assert (report.added, report.updated, report.unchanged, report.rejected) == (2, 0, 0, [])
    first = directory.list_providers(admin, text="Association Essai")[0]
    assert first.region == "mopti" and first.town == "Sévaré" and first.takes_sea
    assert first.services == ("psychosocial", "legal")
    assert first.email == "essai@example.org" and first.languages == "français, fulfulde"
    clinic = directory.list_providers(admin, region="bamako", service_type="health")
    assert "Clinique Essai « & » <b>" in [r.name for r in clinic]
    assert audit.events(admin, action="directory_import")[0].details == (
        "added=2 updated=0 unchanged=0 rejected=0")


def test_importing_the_same_file_twice_creates_no_duplicates(admin) -> None:
    data = GOOD_FR.encode("utf-8")
    directory.import_csv(admin, data)
    again = directory.import_csv(admin, data)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert len(directory.list_providers(admin, include_inactive=True)) == 5
    changed = data.replace(b"lun-ven 8h-16h", b"lun-sam 8h-12h")
    third = directory.import_csv(admin, changed)
    assert (third.added, third.updated, third.unchanged) == (0, 1, 1)
    assert directory.list_providers(admin, text="Association")[0].hours == "lun-sam 8h-12h"


def test_english_headers_commas_and_any_column_order(admin) -> None:
    data = (b"Town,Name,Kind,Region,Services,Takes SEA\n"
            b'Gao,Essai Legal Aid,NGO,Gao,"legal, safety",yes\n')
    report = directory.import_csv(admin, data)
    assert report.added == 1 and not report.rejected
    row = directory.list_providers(admin, service_type="safety")[0]
    assert (row.name, row.town, row.region, row.services) == (
        "Essai Legal Aid", "Gao", "gao", ("legal", "safety"))


def test_broken_rows_are_reported_with_their_line_numbers(admin) -> None:
    data = (
        "nom;type;région;ville;services;cas EAS;courriel\n"        # line 1
        "Bonne ONG;ONG;Mopti;Mopti;juridique;oui;\n"               # 2: unknown service
        ";ONG;Mopti;Mopti;;;\n"                                    # 3: no name
        "\n"                                                       # 4: blank, skipped
        "ONG Lune;Fondation;Mopti;;;;\n"                           # 5: unknown kind
        "ONG Mars;ONG;Atlantide;;;;\n"                             # 6: unknown region
        "ONG Vénus;ONG;Gao;;;peut-être;\n"                         # 7: not yes/no
        "ONG Terre;ONG;Gao;;;;terre@\n"                            # 8: bad email
        "ONG Juste;ONG;Gao;Gao;Santé / soins médicaux;non;\n"      # 9: good
        "ong  juste;ONG;Gao;GAO;;;\n"                              # 10: same as line 9
        "ONG Trop;ONG;Gao;;;;;en trop\n"                           # 11: too many values
    ).encode()
    report = directory.import_csv(admin, data)
    assert report.added == 1
    lines = {p.line: p.reason for p in report.rejected}
    assert sorted(lines) == [2, 3, 5, 6, 7, 8, 10, 11]
    assert "juridique" in lines[2] and "name" in lines[3]
    assert "Fondation" in lines[5] and "Atlantide" in lines[6]
    assert "peut-être" in lines[7] and "terre@" in lines[8]
    assert "line 9" in lines[10] and "8" in lines[11]


def test_a_whole_file_problem_is_one_clear_error(admin) -> None:
    with pytest.raises(UserError, match="UTF-8"):
        directory.import_csv(admin, "nom;type\nCafé;ONG\n".encode("cp1252"))
    with pytest.raises(UserError, match="nom"):
        directory.import_csv(admin, b"foo;bar\n1;2\n")
    with pytest.raises(UserError, match="empty"):
        directory.import_csv(admin, b"\n\n")


def test_export_then_import_changes_nothing(admin, tmp_path: Path) -> None:
    directory.import_csv(admin, GOOD_FR.encode("utf-8"))
    for lang in ("fr", "en"):
        path = tmp_path / f"directory-{lang}.csv"
        assert directory.export_csv(admin, path, lang) == 5
        data = path.read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        report = directory.import_csv(admin, path)
        assert (report.added, report.updated, report.unchanged, report.rejected) == (
            0, 0, 5, [])
    assert audit.events(admin, action="directory_export")


def test_natural_key_ignores_case_accents_and_spaces() -> None:
    assert directory_csv.natural_key(" Clinique  Éssai ", "mopti", "Sévaré") == \
        directory_csv.natural_key("clinique essai", "mopti", "SEVARE")

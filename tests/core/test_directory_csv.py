"""Reading directory files as people really have them (pure format code, no database):
encodings, separators, header words and title rows, label synonyms, every problem of a row
with a suggestion, duplicates merged, XLSX, hostile files; and the CSV export's formulas."""

from __future__ import annotations

import io
import zipfile

import pytest

from desktop.core.exports import directory_csv, directory_files, directory_synonyms
from desktop.core.exports.directory_csv import FileProblem, ProviderRecord
from tests.helpers import directory_files as mapping

SYNONYMS = directory_synonyms.load()


def read(data: bytes) -> directory_csv.ParsedFile:
    return directory_csv.read(data, SYNONYMS)


def good(parsed: directory_csv.ParsedFile) -> dict[str, tuple[object, ...]]:
    return {r.name: (r.kind, r.region, r.town, tuple(sorted(r.services)), r.takes_sea)
            for r in parsed.records}


EXPECTED = {name: (*values[:3], tuple(sorted(values[3])), values[4])
            for name, values in mapping.EXPECTED.items()}


@pytest.mark.parametrize(("encoding", "separator", "named"), [
    ("cp1252", ";", "Windows-1252"),          # French Excel, "CSV (séparateur : point-virgule)"
    ("utf-8", ";", "UTF-8"),
    ("utf-8-sig", ",", "UTF-8"),              # "CSV UTF-8" of an English Excel
    ("utf-16", "\t", "UTF-16"),               # "Texte Unicode": UTF-16 with BOM and tabs
    ("utf-16-le", "\t", "UTF-16"),            # the same without its byte-order mark
    ("utf-8", "\t", "UTF-8"),
])
def test_every_encoding_and_separator_reads_the_same_mapping(encoding: str, separator: str,
                                                             named: str) -> None:
    parsed = read(mapping.csv_bytes(encoding, separator))
    assert (parsed.table.encoding, parsed.table.separator) == (named, separator)
    assert parsed.header_line == 3  # two title rows above the column names
    assert good(parsed) == EXPECTED
    assert parsed.ignored_columns == ["Colonne inconnue"]


def test_latin1_with_commas_and_english_headers_in_any_order() -> None:
    data = ("Town,Organization name,Type of organisation,Region,Services offered,SEA cases\n"
            "Ségou,Clinique Légale,NGO,Segou,\"legal aid, Police\",yes\n").encode("latin-1")
    parsed = read(data)
    assert parsed.table.encoding in ("Windows-1252", "Latin-1")
    assert good(parsed) == {"Clinique Légale": ("ngo", "segou", "Ségou",
                                                ("legal", "safety"), True)}


def test_each_broken_row_lists_all_its_problems_with_a_suggestion() -> None:
    parsed = read(mapping.csv_bytes())
    clinic = next(r for r in parsed.rows if r.name == "Clinique Espoir")
    assert clinic.record is None and clinic.line == 6  # line in the file (the blank line 5 counts)
    found = {(p.column, p.value): p for p in clinic.problems}
    assert set(found) == {("Type de structure", "Associaton"), ("Région", "Atlantide"),
                          ("Services offerts", "Juridqe"),
                          ("Prise en charge EAS", "peut-être")}
    assert found["Type de structure", "Associaton"].suggestion == "NGO"  # tests speak English
    assert found["Services offerts", "Juridqe"].suggestion == "Legal aid"
    assert all(p.blocking and p.line == 6 for p in clinic.problems)
    assert 'Services offerts "Juridqe"' in found["Services offerts", "Juridqe"].text()
    assert "Did you mean \"Legal aid\"?" in found["Services offerts", "Juridqe"].text()


def test_the_same_provider_twice_in_a_file_is_merged() -> None:
    parsed = read(mapping.csv_bytes())
    again = next(r for r in parsed.rows if r.name == "ASSOCIATION FEMMES DEBOUT")
    assert again.merged_into == 4 and not again.problems[0].blocking
    assert len(again.problems) == 1  # no other value differs ("ONG" is "ONG nationale")
    conflict = read("Nom;Type;Ville;Tél.\nONG A;ONG;Gao;1\nONG A;Réseau;Gao;2\n".encode())
    note = conflict.rows[1].problems[1]
    assert not note.blocking and "line 2" in note.reason and "Type, Tél." in note.reason
    assert (conflict.records[0].kind, conflict.records[0].phone) == ("ngo", "1")
    (first,) = [r for r in parsed.records if r.name == "Association Femmes Debout"]
    assert "livelihoods" in first.services and first.phone == "+223 70 00 00 01"
    assert len(parsed.records) == 2


def test_an_xlsx_mapping_on_its_second_sheet_with_a_title_row_and_a_formula() -> None:
    rows: list[list[object]] = [["Cartographie VBG", None],
                                ["Nom de la structure", "Type d'acteur", "Téléphone",
                                 "Services", "Courriel", "Actif"],
                                ['=HYPERLINK("http://x.example","ONG Lien")', "ONGI",
                                 22370000002, "PSS;Abri", None, True],
                                ["ONG Chiffres", "Agence UN", 76000000.0, "Kits de dignité",
                                 "contact@example.org", "non"]]
    parsed = read(mapping.xlsx_bytes(rows, before=1))
    assert (parsed.table.kind, parsed.table.sheet, parsed.header_line) == (
        "xlsx", "Cartographie", 2)
    first, second = parsed.records
    assert first.name == '=HYPERLINK("http://x.example","ONG Lien")'  # text, not computed
    (note,) = parsed.rows[0].problems
    assert not note.blocking and "formula" in note.reason and note.column == "Nom de la structure"
    assert (first.kind, first.phone, first.services, first.active) == (
        "ngo", "22370000002", ("psychosocial", "shelter"), True)
    assert (second.kind, second.phone, second.services, second.active, second.email) == (
        "un", "76000000", ("material",), False, "contact@example.org")


def test_the_whole_xlsx_mapping_reads_like_the_csv() -> None:
    assert good(read(mapping.xlsx_bytes())) == EXPECTED


def test_too_long_cells_are_a_problem_of_their_field() -> None:
    data = ("nom;type;ville;téléphone\n" + "N" * 250 + ";ONG;Gao;" + "1" * 70 + "\n").encode()
    (row,) = read(data).rows
    assert row.record is None
    reasons = {p.column: p.reason for p in row.problems}
    assert "250 characters, at most 200" in reasons["nom"]
    assert "70 characters, at most 64" in reasons["téléphone"]


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (b"\n \r\n", "empty"),
    (b"foo;bar\n1;2\n", "header"),
    (b"nom;type\n", "no provider"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a spreadsheet"),
    (bytes(range(256)) * 8, "not a spreadsheet"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls"),
    (b"PK\x03\x04garbage", "damaged"),
    (b'nom;type\n"ONG ouverte;ONG\n' + b"x" * 200_000, "quote"),
])
def test_a_file_that_cannot_be_used_is_one_clear_problem(data: bytes, message: str) -> None:
    with pytest.raises(FileProblem, match=message):
        read(data)


def test_huge_files_and_too_many_rows_are_refused_before_reading_them() -> None:
    with pytest.raises(FileProblem, match="larger than 10 MB"):
        read(b"nom;type\n" + b"ONG;ONG\n" * (directory_files.MAX_BYTES // 8 + 1))
    rows = "".join(f"ONG {i};ONG\n" for i in range(directory_files.MAX_ROWS + 1))
    with pytest.raises(FileProblem, match="more than 5000 rows"):
        read(("nom;type\n" + rows).encode())


def test_an_xlsx_zip_bomb_is_refused_before_openpyxl_opens_it() -> None:
    good_book = mapping.xlsx_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good_book)) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            bomb.writestr(item, source.read(item))
        bomb.writestr("xl/media/padding.bin", b"\0" * (directory_files.MAX_UNZIPPED + 1))
    assert len(buffer.getvalue()) < 1_000_000  # small on disk, 64 MB unpacked
    with pytest.raises(FileProblem, match="unpack to more than 64 MB"):
        read(buffer.getvalue())
    plain_zip = io.BytesIO()
    with zipfile.ZipFile(plain_zip, "w") as other:
        other.writestr("nom.csv", "nom;type\nX;ONG\n")
    with pytest.raises(FileProblem, match="not an Excel workbook"):
        read(plain_zip.getvalue())


def test_export_neutralises_formulas_and_reads_back_unchanged() -> None:
    record = ProviderRecord(name="=HYPERLINK(\"http://evil\",\"ONG\")", kind="ngo",
                            region="gao", town="@Gao", phone="+223 00 00 00 00",
                            notes="-1+1", services=("legal",), takes_sea=True, active=True)
    data = directory_csv.write([record], "fr")
    text = data.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'@Gao" in text and "'+223" in text and "'-1+1" in text
    assert ";=" not in text and "\n=" not in text
    (back,) = read(data).records
    assert (back.name, back.town, back.phone, back.notes) == (
        record.name, record.town, record.phone, record.notes)


def test_keys_ignore_case_accents_and_spaces() -> None:
    assert directory_csv.natural_key(" Clinique  Éssai ", "mopti", "Sévaré") == \
        directory_csv.natural_key("clinique essai", "mopti", "SEVARE")
    assert directory_csv.same_provider_key("ONG Éssai", "Sévaré") == \
        directory_csv.same_provider_key("ong essai", "SEVARE")


def test_excel_sep_line_mixed_encodings_region_prefixes_and_joined_services() -> None:
    data = ("sep=,\r\nNom,Type,Région,Services\r\n"
            "ONG Été,ONG,Région de Ségou,Santé/Juridique + PSS\r\n").encode() + \
        "ONG Hivernage,Réseau,District de Bamako,Juridique et écoute\r\n".encode("cp1252")
    parsed = read(data)
    assert (parsed.table.separator, parsed.table.encoding) == (",", "UTF-8 + Windows-1252")
    assert parsed.header_line == 2
    assert good(parsed) == {
        "ONG Été": ("ngo", "segou", None, ("health", "legal", "psychosocial"), None),
        "ONG Hivernage": ("network", "bamako", None, ("legal", "psychosocial"), None)}


def test_a_zip_that_lies_about_its_sizes_is_damaged_not_unpacked() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(mapping.xlsx_bytes())) as source, \
            zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b"</sheetData>" + b" " * 5_000_000)
            bomb.writestr(item, data)
    raw = bytearray(buffer.getvalue())
    name = b"xl/worksheets/sheet1.xml"
    for signature, size_at, name_length_at, header in ((b"PK\x03\x04", 22, 26, 30),
                                                       (b"PK\x01\x02", 24, 28, 46)):
        at = raw.find(signature)
        while at >= 0:
            length = int.from_bytes(raw[at + name_length_at:at + name_length_at + 2], "little")
            if raw[at + header:at + header + length] == name:
                raw[at + size_at:at + size_at + 4] = (1000).to_bytes(4, "little")
            at = raw.find(signature, at + 4)
    with pytest.raises(FileProblem, match="damaged"):
        read(bytes(raw))  # zipfile stops at the declared 1000 bytes: the CRC fails


def test_a_column_not_understood_but_close_to_a_known_one_is_pointed_out() -> None:
    parsed = read("Nom;Type;Téléphones;Statut;Budget\nONG A;ONG;+223 1;Fermé;10\n".encode())
    assert parsed.ignored_columns == ["Téléphones", "Budget"]
    assert parsed.column_hints == {"Téléphones": "phone"}
    assert parsed.records[0].active is False and parsed.records[0].phone is None


def test_spelling_variants_are_understood_and_far_words_get_no_suggestion() -> None:
    parsed = read("nom;type;services\nONG B;Fondation;Psycho-social et Médicale\n".encode())
    (row,) = parsed.rows
    (problem,) = row.problems
    assert (problem.value, problem.suggestion) == ("Fondation", None)  # nothing close enough
    fixed = read("nom;type;services\nONG B;ONGI;Psycho-social et Médicale\n".encode())
    assert fixed.records[0].services == ("psychosocial", "health")

"""``relais directory import|export``: the same import as the Directory page, from a real
process; one clear line and exit 1 for a file that cannot be used."""

from __future__ import annotations

from pathlib import Path

from desktop.core.services.referrals import directory
from tests.cli.conftest import Run
from tests.helpers import directory_files as mapping
from tests.helpers import folders

ADMIN_PW = folders.ADMIN_PASSWORD + "\n"


def test_dry_run_then_import_then_again(relais: Run, folder, tmp_path: Path) -> None:
    source = tmp_path / "cartographie.csv"
    source.write_bytes(mapping.csv_bytes("cp1252", ";"))
    data = str(folder.path)
    dry = relais("directory", "import", "--data", data, "--as", "admin", str(source),
                 "--dry-run", stdin=ADMIN_PW)
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert lines.pop(0) == "Columns not used: Colonne inconnue."
    assert lines[0] == "line 4: add: Association Femmes Debout"
    assert lines[1].startswith("line 6: skip: Clinique Espoir — ")
    assert 'Services offerts "Juridqe": Unknown service. Did you mean "Legal aid"?' in lines[1]
    assert lines[-1] == ("Nothing written (--dry-run): 2 to add, 0 to update, 0 already up "
                         "to date, 1 to skip.")
    done = relais("directory", "import", "--data", data, "--as", "admin", str(source),
                  stdin=ADMIN_PW)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == (
        "2 providers added, 0 updated, 0 already up to date, 1 rows skipped.")
    again = relais("directory", "import", "--data", data, "--as", "admin", str(source),
                   stdin=ADMIN_PW)
    assert again.stdout.splitlines()[-1] == (
        "0 providers added, 0 updated, 2 already up to date, 1 rows skipped.")
    admin = folders.login(folder)
    try:
        assert len(directory.list_providers(admin)) == 5
    finally:
        admin.close()


def test_export_writes_csv_and_refuses_to_replace(relais: Run, folder, tmp_path: Path) -> None:
    out = tmp_path / "annuaire.csv"
    data = str(folder.path)
    result = relais("directory", "export", "--data", data, "--as", "awa", str(out),
                    stdin=folders.PASSWORD + "\n", lang="")
    assert result.returncode == 0, result.stderr
    assert "3 prestataires écrits" in result.stdout
    text = out.read_bytes().decode("utf-8-sig")
    assert text.startswith("nom;type;région") and "Centre One Stop de Gao" in text
    again = relais("directory", "export", "--data", data, "--as", "awa", str(out),
                   stdin=folders.PASSWORD + "\n")
    assert again.returncode == 1 and "already exists" in again.stderr


def test_export_to_a_workbook_name_is_refused_before_the_password(
        relais: Run, folder, tmp_path: Path) -> None:
    # CSV text in a file named .xlsx: Excel would call the file damaged
    for name in ("annuaire.xlsx", "ANNUAIRE.XLS", "annuaire.pdf"):
        result = relais("directory", "export", "--data", str(folder.path), "--as", "awa",
                        str(tmp_path / name))  # no password given: never asked for
        assert result.returncode == 1 and result.stderr.count("\n") <= 2, result.stderr
        assert "exported as CSV" in result.stderr and ".csv" in result.stderr
        assert not (tmp_path / name).exists()
    plain = tmp_path / "annuaire"  # no suffix, as typed: written as asked
    result = relais("directory", "export", "--data", str(folder.path), "--as", "awa",
                    str(plain), stdin=folders.PASSWORD + "\n")
    assert result.returncode == 0, result.stderr
    assert plain.read_bytes().decode("utf-8-sig").startswith("name;kind;region")


def test_bad_files_and_rights_are_one_line_and_exit_1(relais: Run, folder,
                                                     tmp_path: Path) -> None:
    data = str(folder.path)
    binary = tmp_path / "photo.xlsx"
    binary.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    cases = [
        (binary, ADMIN_PW, "damaged"),
        (tmp_path / "absent.csv", ADMIN_PW, "is not a file"),
    ]
    for path, stdin, message in cases:
        result = relais("directory", "import", "--data", data, "--as", "admin", str(path),
                        stdin=stdin)
        assert result.returncode == 1 and message in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    source = tmp_path / "ok.csv"
    source.write_bytes(b"nom;type\nONG Essai;ONG\n")
    worker = relais("directory", "import", "--data", data, "--as", "awa", str(source),
                    stdin=folders.PASSWORD + "\n")
    assert worker.returncode == 1 and worker.stderr.count("\n") == 1
    usage = relais("directory", "--data", data, stdin="")
    assert usage.returncode == 2

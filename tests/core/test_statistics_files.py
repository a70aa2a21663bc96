"""Statistics files as the user's spreadsheet opens them: counts Excel sums, sheet names it
takes, CSV split the way Excel reads it in her language, dates as she writes them."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.core.errors import ValidationError
from desktop.core.exports import protect
from desktop.core.exports.tabular import sheet_names
from desktop.core.services.reports import exports
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.store.vault import Vault
from tests.helpers.report_data import Spec, add_case, populate

MONTH = Period.month(2026, 2)
TODAY = date(2026, 4, 20)


@pytest.fixture
def data(supervisor: Vault) -> Vault:
    with supervisor.session() as session:
        populate(session, 60, start=date(2026, 2, 1), days=28)
    return supervisor


def _export(vault: Vault, tmp_path: Path, fmt: str, name: str = "", **options: object) -> Path:
    request = ExportRequest("stats", fmt, MONTH, **options)  # type: ignore[arg-type]
    target = tmp_path / (name or exports.suggested_name(request))
    return exports.export(vault, request, target, today=TODAY).path


def test_xlsx_counts_are_numbers_that_add_up(data: Vault, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_export(data, tmp_path, "xlsx", lang="fr"))
    summed = hidden = numbers = 0
    for sheet in book.worksheets[1:]:
        rows = [list(r) for r in sheet.iter_rows(min_row=4, values_only=True)]
        total = rows[-1]
        for col in range(1, len(total)):
            column = [r[col] for r in rows[:-1]]
            assert all(isinstance(v, int) or v in ("<5", "masqué", "n.p.") for v in column)
            hidden += sum(isinstance(v, str) for v in column)
            numbers += sum(isinstance(v, int) for v in column)
            if isinstance(total[col], int) and all(isinstance(v, int) for v in column):
                assert sum(column) == total[col], (sheet.title, col)
                summed += 1
    # Real sums were checked (columns with nothing hidden), "<5" and "masqué" stayed text.
    assert summed >= 1 and numbers > 20 and hidden > 0


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="needs LibreOffice Calc (libreoffice-calc-nogui, see .ci/run)")
def test_a_spreadsheet_formula_sums_the_counts(data: Vault, tmp_path: Path) -> None:
    """LibreOffice (as Excel would) computes a SUM written under a column of counts."""
    path = _export(data, tmp_path, "xlsx", lang="en")
    book = openpyxl.load_workbook(path)
    sheet = next(s for s in book.worksheets[1:] if s.max_column == 2)
    last = sheet.max_row  # the total row; its counts are the rows above
    values = [sheet.cell(r, 2).value for r in range(4, last)]
    sheet.cell(last + 2, 2).value = f"=SUM(B4:B{last - 1})"
    book.save(tmp_path / "with_sum.xlsx")
    out = tmp_path / "out"
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    done = subprocess.run(["soffice", profile, "--headless", "--convert-to", "csv:Text - txt - csv "
                           "(StarCalc):44,34,76,1,,0,false,true,false,false,false,"
                           f"{book.sheetnames.index(sheet.title) + 1}",
                           "--outdir", str(out), str(tmp_path / "with_sum.xlsx")],
                          capture_output=True, timeout=180, check=False)
    if done.returncode != 0 or not list(out.glob("*.csv")):
        pytest.skip("LibreOffice could not convert here")
    rows = list(csv.reader(io.StringIO(next(out.glob("*.csv")).read_text("utf-8"))))
    assert float(rows[last + 1][1]) == sum(v for v in values if isinstance(v, int)) > 0


def test_sheet_names_are_whole_words_unique_and_fit() -> None:
    names = sheet_names(["Survivors by sex and age group at the incident",
                         "Survivors by sex and age group at the interview",
                         "Summary", "summary", "Referrals: services [health/legal]?", ""])
    assert all(len(n) <= 31 for n in names)
    assert len({n.casefold() for n in names}) == len(names)
    assert names[0] == "Survivors by sex and age group…"
    assert names[1] == "Survivors by sex and age… (2)"
    assert names[2:4] == ["Summary", "summary (2)"]
    assert names[4] == "Referrals services health legal"
    assert names[5] == "Sheet"


def test_the_workbook_sheet_names_come_from_the_titles(data: Vault, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(_export(data, tmp_path, "xlsx", lang="fr"))
    for sheet in book.worksheets[1:]:
        title = str(sheet["A1"].value)
        name = sheet.title.removesuffix("…")
        assert len(sheet.title) <= 31
        assert title.startswith(name) and title[len(name):][:1] in ("", " "), (title, name)
    assert len({n.casefold() for n in book.sheetnames}) == len(book.sheetnames)


@pytest.mark.parametrize(("lang", "separator"), [("fr", ";"), ("en", ",")])
def test_csv_is_split_as_excel_reads_it(data: Vault, tmp_path: Path, lang: str,
                                        separator: str) -> None:
    raw = _export(data, tmp_path, "csv", lang=lang).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel reads the accents
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=separator))
    assert max(len(r) for r in rows) >= 3  # split into columns, not one long cell
    word = "Période" if lang == "fr" else "Period"
    assert any(r and r[0].startswith(word) for r in rows)


def test_the_separator_chosen_wins_and_a_wrong_one_is_refused(data: Vault,
                                                              tmp_path: Path) -> None:
    text = _export(data, tmp_path, "csv", lang="fr", csv_separator=",").read_text("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=","))
    assert max(len(r) for r in rows) >= 3
    with pytest.raises(ValidationError) as refused:
        exports.check(ExportRequest("stats", "csv", MONTH, csv_separator="|"))
    assert "csv_separator" in refused.value.errors


def test_a_protected_csv_is_named_zip(data: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = _export(data, folder, "csv", "rapport.csv", lang="fr", password="mot de passe 26")
    assert path == folder / "rapport.zip"
    assert sorted(p.name for p in folder.iterdir()) == ["rapport.zip"]  # no rapport.csv
    (content,) = protect.unzip_aes(path, "mot de passe 26").values()
    assert content.startswith(b"\xef\xbb\xbf") and b";" in content
    named = _export(data, folder, "csv", "sans-extension", lang="fr",
                    password="mot de passe 26")
    assert named.name == "sans-extension.zip"


def test_titles_give_dates_as_people_write_them(data: Vault, tmp_path: Path) -> None:
    text = _export(data, tmp_path, "csv", lang="fr").read_text("utf-8-sig")
    assert "du 01/02/2026 au 28/02/2026" in text
    assert "Établi le 20/04/2026" in text
    assert "2026-02-01" not in text and "2026-04-20" not in text
    assert Period.between(date(2026, 3, 1), date(2026, 3, 15)).label("fr") == (
        "01/03/2026 – 15/03/2026")
    book = openpyxl.load_workbook(_export(data, tmp_path, "xlsx", lang="en"))
    summary = [str(v) for r in book.worksheets[0].iter_rows(values_only=True) for v in r if v]
    assert "Period: 01/02/2026 to 28/02/2026" in summary


def test_a_lone_small_count_stays_text(supervisor: Vault, tmp_path: Path) -> None:
    """Numbers only where a count is shown: a single case stays "<5" everywhere."""
    with supervisor.session() as s:
        add_case(s, Spec(date(2026, 2, 3)))
    book = openpyxl.load_workbook(_export(supervisor, tmp_path, "xlsx", lang="fr"))
    cells = [v for sheet in book.worksheets[1:]
             for r in sheet.iter_rows(min_row=4, values_only=True) for v in r[1:]]
    assert "<5" in cells and 1 not in cells  # the one case is never shown as a number


@pytest.mark.parametrize("writer", ["xlsxwriter", "stream"])
def test_both_writers_store_dates_and_numbers(writer: str) -> None:
    from desktop.core.exports.files import Ticker
    from desktop.core.exports.tabular import Sheet, write_xlsx
    from desktop.core.exports.xlsx_stream import write_xlsx_stream

    buffer = io.BytesIO()
    sheet = Sheet("Feuille", ["Jour", "Nombre"], [[date(2026, 11, 29), 12], ["<5", "<5"]],
                  date_format="dd-mmm-yyyy")
    (write_xlsx if writer == "xlsxwriter" else write_xlsx_stream)(
        buffer, [sheet], Ticker(2, None, None))
    buffer.seek(0)
    ws = openpyxl.load_workbook(buffer).active
    assert ws["A2"].is_date and ws["A2"].value.date() == date(2026, 11, 29)
    assert ws["A2"].number_format == "dd-mmm-yyyy"
    assert ws["B2"].value == 12 and ws["B3"].value == "<5"

"""A directory file as rows of text cells, whatever spreadsheet program saved it.

Reads CSV in UTF-8 (with or without a byte-order mark), UTF-16 (Excel's "Unicode text") and
Windows-1252/Latin-1 (French Excel's "CSV (séparateur : point-virgule)"), separated by ``;``,
``,`` or tabs; and XLSX workbooks (openpyxl in read-only mode; formulas are read as their text,
never computed). The file is treated as hostile: its size, its number of rows and columns
and, for a workbook, the uncompressed size of every member of the zip are bounded before
anything is parsed; a binary file is refused with a sentence, not a traceback.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.core.i18n import translate

MAX_BYTES = 10 * 1024 * 1024          # a directory of thousands of providers is < 2 MiB
MAX_ROWS = 5000                       # rows holding something (the header included)
MAX_LINES = 50_000                    # rows read at all, blank ones included
MAX_COLUMNS = 60
MAX_CELL = 10_000                     # characters read from one cell
MAX_UNZIPPED = 64 * 1024 * 1024       # all the members of an XLSX, uncompressed
MAX_MEMBERS = 500
HEADER_SEARCH = 20                    # the header row is looked for in the first rows
SEPARATORS = (";", ",", "\t")


class FileProblem(ValueError):
    """The whole file cannot be read; the message says why and what to do."""


@dataclass
class Table:
    """The cells of a file: ``(line or row number, cells)`` for every non-blank row."""

    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    kind: str = "csv"             # "csv" or "xlsx"
    encoding: str = ""            # "UTF-8", "UTF-16", "Windows-1252" (CSV)
    separator: str = ""           # ";", ",", "\t" (CSV)
    sheet: str = ""               # the sheet read (XLSX)


def _tr(text: str) -> str:
    return translate("DirectoryCsv", text)


def read_table(data: bytes, pick: Callable[[list[tuple[int, list[str]]]], bool]) -> Table:
    """The rows of ``data`` (CSV or XLSX bytes). ``pick`` tells whether the first rows of a
    candidate (separator, sheet) hold a usable header; the first candidate it accepts wins."""
    if len(data) > MAX_BYTES:
        raise too_large()
    if not data.strip():
        raise FileProblem(_tr("The file is empty."))
    if data.startswith(b"PK\x03\x04"):
        return _xlsx(data, pick)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise FileProblem(_tr("This is an old Excel file (.xls). In the spreadsheet, save it "
                              "as \"Excel workbook (.xlsx)\" or as CSV, then import it again."))
    text, encoding = decode(data)
    return _csv(text, encoding, pick)


def too_large() -> FileProblem:
    """The problem of a file over ``MAX_BYTES``."""
    return FileProblem(_tr("The file is larger than {size} MB: a directory file is much "
                           "smaller. Check that it is the right file.").format(
                               size=MAX_BYTES // (1024 * 1024)))


# -- text -------------------------------------------------------------------------------------
def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the name of its encoding; ``FileProblem`` for a binary file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, name = _decode_utf16(data, "utf-16"), "UTF-16"
    elif data.startswith(b"\xef\xbb\xbf"):
        text, name = _strict(data, "utf-8-sig"), "UTF-8"
    else:
        head = data[:4096]
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if len(head) >= 4 and max(even, odd) > len(head) // 4 and min(even, odd) == 0:
            text = _decode_utf16(data, "utf-16-le" if odd else "utf-16-be")
            name = "UTF-16"
        elif b"\x00" in head:
            raise _binary()
        else:
            try:
                text, name = data.decode("utf-8"), "UTF-8"
            except UnicodeDecodeError:
                text, name = _decode_by_line(data)
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\t\r\n")
    if controls > 2 or "\x00" in text:
        raise _binary()
    return text, name


def _decode_by_line(data: bytes) -> tuple[str, str]:
    """Windows-1252 (Latin-1 for the five bytes it leaves undefined), line by line, keeping
    the lines that are valid UTF-8: a UTF-8 file with one line pasted from elsewhere keeps
    its accents everywhere else."""
    lines, utf8 = [], False
    for raw in data.splitlines(keepends=True):
        try:
            line = raw.decode("utf-8")
            utf8 = utf8 or not raw.isascii()
        except UnicodeDecodeError:
            try:
                line = raw.decode("cp1252")
            except UnicodeDecodeError:
                line = raw.decode("latin-1")
        lines.append(line)
    return "".join(lines), "UTF-8 + Windows-1252" if utf8 else "Windows-1252"


def _binary() -> FileProblem:
    return FileProblem(_tr("This file is not a spreadsheet (CSV or XLSX). Choose the file "
                           "saved from the spreadsheet program."))


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise _binary() from exc


def _decode_utf16(data: bytes, encoding: str) -> str:
    return _strict(data, encoding).lstrip("\ufeff")


def _rows_of(text: str, separator: str, limit: int | None = None) -> Iterator[tuple[int,
                                                                                    list[str]]]:
    """Non-blank CSV rows with the line each starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    start, seen, read = 1, 0, 0
    try:
        for row in reader:
            line, start = start, reader.line_num + 1
            read += 1
            if read > MAX_LINES:
                raise _too_many()
            if not any(cell.strip() for cell in row):
                continue
            seen += 1
            yield line, [cell[:MAX_CELL] for cell in row[:MAX_COLUMNS]]
            if limit is not None and seen >= limit:
                return
    except csv.Error as exc:
        raise FileProblem(_tr("Line {line} cannot be read: a cell is too long or a quote "
                              "is not closed.").format(line=start)) from exc


def _too_many() -> FileProblem:
    return FileProblem(_tr("The file has more than {count} rows: a directory file is much "
                           "smaller. Split it or check that it is the right file.").format(
                               count=MAX_ROWS))


def _csv(text: str, encoding: str, pick: Callable[[list[tuple[int, list[str]]]], bool]) -> Table:
    """Try each separator on the first rows; the one ``pick`` accepts (else the one that
    splits the first rows most regularly) reads the file."""
    hint = re.match(r"\ufeff?sep=(.)\r?\n", text)  # Excel's "sep=;" first line
    if hint and hint.group(1) in SEPARATORS:
        return _read_csv(text, encoding, hint.group(1), skip=1)
    best, best_score = SEPARATORS[0], -1.0
    for separator in SEPARATORS:
        try:
            head = list(_rows_of(text, separator, HEADER_SEARCH))
        except FileProblem:
            continue
        if pick(head):
            best = separator
            break
        widths = [len(cells) for _line, cells in head]
        score = (min(widths) if widths else 0) + (sum(widths) / len(widths) if widths else 0)
        if score > best_score and max(widths or [0]) > 1:
            best, best_score = separator, score
    return _read_csv(text, encoding, best)


def _read_csv(text: str, encoding: str, separator: str, skip: int = 0) -> Table:
    table = Table(kind="csv", encoding=encoding, separator=separator)
    for row in _rows_of(text, separator):
        if row[0] <= skip:
            continue
        table.rows.append(row)
        if len(table.rows) > MAX_ROWS:
            raise _too_many()
    return table


# -- XLSX -------------------------------------------------------------------------------------
def _check_zip(data: bytes) -> None:
    """Refuse a zip whose members would unpack to too much (a "zip bomb") before openpyxl
    opens it; ``zipfile`` never yields more than a member's declared size."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileProblem(_tr("This XLSX file is damaged and cannot be opened.")) from exc
    total = sum(member.file_size for member in members)
    if len(members) > MAX_MEMBERS or total > MAX_UNZIPPED:
        raise FileProblem(_tr("This XLSX file would unpack to more than {size} MB: it is not "
                              "an ordinary directory workbook and is not opened.").format(
                                  size=MAX_UNZIPPED // (1024 * 1024)))
    if not any(member.filename == "xl/workbook.xml" for member in members):
        raise FileProblem(_tr("This zip file is not an Excel workbook (.xlsx)."))


def _text(value: object) -> str:
    """A cell as text: numbers without ".0", dates as YYYY-MM-DD, formulas as written."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else \
            value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)[:MAX_CELL]


def _sheet_rows(sheet: object, limit: int | None = None) -> Iterator[tuple[int, list[str]]]:
    seen = 0
    rows = sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)  # type: ignore[attr-defined]
    for number, values in enumerate(rows, start=1):
        if number > MAX_LINES:
            raise _too_many()
        cells = [_text(value) for value in values]
        if not any(cell.strip() for cell in cells):
            continue
        seen += 1
        yield number, cells
        if limit is not None and seen >= limit:
            return


def _xlsx(data: bytes, pick: Callable[[list[tuple[int, list[str]]]], bool]) -> Table:
    """The first sheet whose first rows hold a usable header (else the first sheet)."""
    _check_zip(data)
    import openpyxl  # here: only an XLSX import pays for it

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or crafted file
        raise FileProblem(_tr("This XLSX file is damaged and cannot be opened.")) from exc
    try:
        sheets = list(book.worksheets)
        if not sheets:
            raise FileProblem(_tr("The file is empty."))
        chosen = next((s for s in sheets if pick(list(_sheet_rows(s, HEADER_SEARCH)))),
                      sheets[0])
        table = Table(kind="xlsx", sheet=str(chosen.title))
        for row in _sheet_rows(chosen):
            table.rows.append(row)
            if len(table.rows) > MAX_ROWS:
                raise _too_many()
        return table
    except FileProblem:
        raise
    except Exception as exc:
        raise FileProblem(_tr("This XLSX file is damaged and cannot be opened.")) from exc
    finally:
        book.close()

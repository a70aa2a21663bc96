"""Sheets of rows written as XLSX (xlsxwriter, constant memory) or CSV (UTF-8 with BOM).

Pure format code: rows come in as plain values; the services decide what goes in them. Sheet
names are made valid for Excel by :func:`sheet_names` (at most 31 characters, cut between
words, none of ``[ ] : * ? / \\``, unique whatever the case).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import xlsxwriter

from desktop.core.exports.files import Ticker

Cell = str | int | float | date | None
SHEET_NAME_MAX = 31  # Excel's limit
_NOT_IN_NAMES = re.compile(r"[\[\]:*?/\\]")


def sheet_names(titles: Sequence[str]) -> list[str]:
    """Excel sheet names for ``titles``, in order: forbidden characters replaced, cut at a word
    boundary to fit 31 characters (with "…" when cut), and made unique (Excel ignores case)
    by a number in brackets."""
    names: list[str] = []
    taken: set[str] = set()
    for title in titles:
        base = " ".join(_NOT_IN_NAMES.sub(" ", title).split()).strip("'") or "Sheet"
        name, number = _fit(base, SHEET_NAME_MAX), 1
        while name.casefold() in taken:
            number += 1
            suffix = f" ({number})"
            name = _fit(base, SHEET_NAME_MAX - len(suffix)) + suffix
        taken.add(name.casefold())
        names.append(name)
    return names


def _fit(text: str, limit: int) -> str:
    """``text`` if it fits ``limit``, else its first whole words and "…"."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if text[limit - 1] != " " and " " in cut:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;.-–—(") + "…"


@dataclass
class Sheet:
    """One sheet (or one CSV section): a name, a header, rows, and how many rows to expect."""

    name: str
    header: Sequence[str]
    rows: Iterable[Sequence[Cell]]
    total: int = 0
    title: str = ""  # an optional line above the header
    widths: dict[int, float] = field(default_factory=dict)
    bold_last_row: bool = False
    date_format: str = "dd/mm/yyyy"  # how a spreadsheet shows this sheet's date cells


def write_xlsx(target: Path | BinaryIO, sheets: Sequence[Sheet], ticker: Ticker) -> None:
    """Write ``sheets`` to a new workbook at ``target`` (a path or a binary stream); rows are
    streamed (constant memory)."""
    options = {"constant_memory": True, "strings_to_numbers": False,
               "strings_to_formulas": False, "strings_to_urls": False}
    book = xlsxwriter.Workbook(str(target) if isinstance(target, Path) else target, options)
    try:
        book.set_properties({"title": "", "author": "Relais", "company": "", "comments": ""})
        bold = book.add_format({"bold": True, "bg_color": "#E8F0F2", "border": 1,
                                "text_wrap": True, "valign": "top"})
        strong = book.add_format({"bold": True})
        title_format = book.add_format({"bold": True, "font_size": 12})
        for sheet, name in zip(sheets, sheet_names([s.name for s in sheets]), strict=True):
            _write_sheet(book, sheet, name, ticker, bold, strong, title_format)
    finally:
        book.close()


def _write_sheet(book: Any, sheet: Sheet, name: str, ticker: Ticker, bold: Any, strong: Any,
                 title_format: Any) -> None:
    ws = book.add_worksheet(name)
    row = 0
    if sheet.title:
        ws.write_string(row, 0, sheet.title, title_format)
        row += 2
    for col, width in sheet.widths.items():
        ws.set_column(col, col, width)
    for col, text in enumerate(sheet.header):
        ws.write_string(row, col, str(text), bold)
    ws.freeze_panes(row + 1, 0)
    row += 1
    rows = list(sheet.rows) if sheet.bold_last_row else sheet.rows
    last = len(rows) - 1 if isinstance(rows, list) else -1
    day_format = book.add_format({"num_format": sheet.date_format})
    for i, values in enumerate(rows):
        style = strong if i == last else None
        for col, value in enumerate(values):
            if isinstance(value, date):  # a real date, shown as the sheet says
                ws.write_datetime(row, col, value, day_format)
            else:
                _write_cell(ws, row, col, value, style)
        row += 1
        ticker.step()


def _write_cell(ws: Any, row: int, col: int, value: Cell, style: Any) -> None:
    if value is None or value == "":
        return
    if isinstance(value, bool):
        ws.write_string(row, col, str(value), style)
    elif isinstance(value, int | float):
        ws.write_number(row, col, value, style)
    else:
        ws.write_string(row, col, str(value), style)


def write_csv(stream: TextIO, sheets: Sequence[Sheet], ticker: Ticker,
              delimiter: str = ",") -> None:
    """Write ``sheets`` as CSV to a text stream, fields separated by ``delimiter``; several
    sheets are separated by a blank line and introduced by their title."""
    writer = csv.writer(stream, delimiter=delimiter)
    for index, sheet in enumerate(sheets):
        if len(sheets) > 1:
            if index:
                writer.writerow([])
            writer.writerow([sheet.title or sheet.name])
        writer.writerow(list(sheet.header))
        for values in sheet.rows:
            writer.writerow(["" if v is None else _csv_safe(v) for v in values])
            ticker.step()


def _csv_safe(value: Cell) -> Cell:
    """Neutralise text a spreadsheet would run as a formula (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") and not _numeric(value):
        return "'" + value
    return value


def _numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True

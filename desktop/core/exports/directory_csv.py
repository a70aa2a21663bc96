"""The service directory as a file: rows checked into provider records (import), and CSV out.

Pure format code: bytes in, plain records and problems out (and back). The directory import
service compares them with the database; ``directory_files`` turns the bytes into rows.

Reading accepts what people really have: the header row anywhere in the first rows (title
rows above it), column names and labels in the words of ``directory_synonyms`` (accents and
case ignored), kinds, regions and service types by code or label in either language, several
services separated by ``|``, ``,``, ``;`` or new lines. Every problem of a row is reported
(line, column, value, why, and the closest known label for an unknown one); rows of the same
provider (same name and town) are merged. Writing neutralises spreadsheet formulas.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from desktop.core.catalogue import reference
from desktop.core.errors import UserError
from desktop.core.exports import directory_files
from desktop.core.exports.directory_files import FileProblem, Table
from desktop.core.exports.directory_synonyms import Synonyms, fold
from desktop.core.i18n import translate

__all__ = ["FileProblem", "fold"]

FIELDS = ("name", "kind", "region", "town", "address", "contact_person", "phone", "email",
          "services", "languages", "hours", "takes_sea", "active", "notes")
# The longest text each field takes (the database columns' sizes).
MAX_LENGTH = {"name": 200, "town": 120, "address": 300, "contact_person": 200, "phone": 64,
              "email": 200, "languages": 200, "hours": 200, "notes": 2000}
# Headers written on export, per language.
HEADERS = {
    "fr": ("nom", "type", "région", "ville", "adresse", "contact", "téléphone", "courriel",
           "services", "langues", "horaires", "cas EAS", "actif", "remarques"),
    "en": ("name", "kind", "region", "town", "address", "contact person", "phone", "email",
           "services", "languages", "hours", "takes SEA", "active", "notes"),
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def natural_key(name: str, region: str | None, town: str | None) -> str:
    """The stored key of a provider: name + region + town, folded (unique in the database)."""
    return "|".join(fold(part or "") for part in (name, region, town))[:300]


def same_provider_key(name: str, town: str | None) -> str:
    """What makes two rows the same provider on import: name and town, folded."""
    return f"{fold(name)}|{fold(town or '')}"


@dataclass
class ProviderRecord:
    """One provider read from (or written to) a file; coded values are reference codes.

    On import, ``None`` (and empty ``services``) means "not given": an update keeps what the
    directory holds."""

    name: str
    kind: str | None
    region: str | None = None
    town: str | None = None
    address: str | None = None
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    services: tuple[str, ...] = ()
    languages: str | None = None
    hours: str | None = None
    takes_sea: bool | None = None
    active: bool | None = None
    notes: str | None = None
    line: int = 0

    @property
    def key(self) -> str:
        """The import key (see ``same_provider_key``)."""
        return same_provider_key(self.name, self.town)


@dataclass(frozen=True)
class RowProblem:
    """Something wrong in one row: where (line, column as in the file, value), why, and the
    closest known label when the value is an unknown one. A ``blocking`` problem keeps the row
    out of the import; the others are notes."""

    line: int
    reason: str
    column: str = ""
    value: str = ""
    suggestion: str | None = None
    blocking: bool = True

    def text(self) -> str:
        """The problem in one sentence, as the preview and the CLI show it."""
        where = _tr("{column} \"{value}\": ").format(column=self.column, value=_short(
            self.value)) if self.column and self.value else (
                f"{self.column}: " if self.column else "")
        more = _tr(" Did you mean \"{label}\"?").format(label=self.suggestion) \
            if self.suggestion else ""
        return f"{where}{self.reason}{more}"


@dataclass
class ParsedRow:
    """One row of the file: its record (``None`` when a blocking problem keeps it out), its
    problems, and the line it was merged into when it repeats an earlier row."""

    line: int
    name: str
    record: ProviderRecord | None
    problems: list[RowProblem] = field(default_factory=list)
    merged_into: int | None = None


@dataclass
class ParsedFile:
    """What a file holds, row by row, and how it was read."""

    rows: list[ParsedRow] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    # An ignored column that looks like a known one: column name -> field it resembles.
    column_hints: dict[str, str] = field(default_factory=dict)
    header_line: int = 1
    table: Table = field(default_factory=Table)

    @property
    def records(self) -> list[ProviderRecord]:
        """The records to import (duplicates already merged into the first of them)."""
        return [r.record for r in self.rows if r.record is not None and r.merged_into is None]

    @property
    def problems(self) -> list[RowProblem]:
        """Every problem of every row, in file order."""
        return [p for r in self.rows for p in r.problems]


def _tr(text: str) -> str:
    return translate("DirectoryCsv", text)


def _short(value: str, size: int = 60) -> str:
    value = " ".join(value.split())
    return value if len(value) <= size else value[:size - 1] + "…"


def _split_services(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[|;,\n]", value) if part.strip()]


def _unquote(cell: str) -> str:
    """A cell as written, without the apostrophe our export puts before a formula sign."""
    cell = cell.strip()
    if len(cell) > 1 and cell[0] == "'" and cell[1] in FORMULA_START:
        return cell[1:]
    return cell


# -- reading ----------------------------------------------------------------------------------
def _header(cells: list[str], synonyms: Synonyms) -> list[str | None]:
    return [synonyms.header(cell) for cell in cells]


def _usable(cells: list[str], synonyms: Synonyms) -> bool:
    keys = [k for k in _header(cells, synonyms) if k]
    return "name" in keys and len(set(keys)) >= 2


class _Row:
    """Checks one row, collecting every problem."""

    def __init__(self, line: int, cells: dict[str, tuple[str, str]],
                 synonyms: Synonyms) -> None:
        self.line, self.cells, self.synonyms = line, cells, synonyms
        self.problems: list[RowProblem] = []

    def value(self, key: str) -> str:
        return self.cells.get(key, ("", ""))[1]

    def problem(self, key: str, reason: str, value: str | None = None, *,
                suggestion: str | None = None) -> None:
        column = self.cells.get(key, (key, ""))[0]
        self.problems.append(RowProblem(self.line, reason, column,
                                        self.value(key) if value is None else value,
                                        suggestion))

    def coded(self, key: str, list_name: str, unknown: str) -> str | None:
        text = self.value(key)
        if not text:
            return None
        code = self.synonyms.code(list_name, text)
        if code is None:
            self.problem(key, unknown, suggestion=self.synonyms.suggest(list_name, text))
        return code

    def services(self) -> tuple[str, ...]:
        found: list[str] = []
        for part in _split_services(self.value("services")):
            code = self.synonyms.code("service_types", part)
            pieces = [self.synonyms.code("service_types", piece)
                      for piece in re.split(r"/|\+| et | and ", part) if piece.strip()]
            if code is None and len(pieces) > 1 and None not in pieces:
                found.extend(c for c in pieces if c is not None and c not in found)
                continue  # "Santé/Juridique": two known services
            if code is None:
                self.problem("services", _tr("Unknown service."), part,
                             suggestion=self.synonyms.suggest("service_types", part))
            elif code not in found:
                found.append(code)
        return tuple(found)

    def flag(self, key: str) -> bool | None:
        text = self.value(key)
        if not text:
            return None
        flag = self.synonyms.flag(text)
        if flag is None:
            self.problem(key, _tr("Not yes or no."))
        return flag

    def text(self, key: str) -> str | None:
        text = self.value(key)
        limit = MAX_LENGTH[key]
        if len(text) > limit:
            self.problem(key, _tr("Too long: {length} characters, at most {limit}.").format(
                length=len(text), limit=limit))
        return text or None

    def record(self) -> ProviderRecord | None:
        name = self.text("name") or ""
        if not name:
            self.problem("name", _tr("The name is empty."), "")
        kind = self.coded("kind", "provider_kinds", _tr(
            "Unknown kind (expected One-Stop Centre, NGO, network, government service or UN)."))
        region = self.coded("region", "regions", _tr("Unknown region of Mali."))
        services = self.services()
        takes_sea, active = self.flag("takes_sea"), self.flag("active")
        email = self.text("email")
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            self.problem("email", _tr("Not an email address."))
        values = {key: self.text(key) for key in ("town", "address", "contact_person",
                                                  "phone", "languages", "hours", "notes")}
        if self.problems:
            return None
        return ProviderRecord(name=name, kind=kind, region=region, services=services,
                              takes_sea=takes_sea, active=active, email=email,
                              line=self.line, **values)


def read(data: bytes, synonyms: Synonyms) -> ParsedFile:
    """Read a directory file (CSV or XLSX bytes); ``FileProblem`` when it is unusable as a
    whole, otherwise every row with its record or its problems."""
    table = directory_files.read_table(
        data, lambda head: any(_usable(cells, synonyms) for _line, cells in head))
    head = table.rows[:directory_files.HEADER_SEARCH]
    found = next(((line, cells) for line, cells in head if _usable(cells, synonyms)), None)
    if found is None:
        raise FileProblem(_tr("No header row found in the first rows: the file needs a "
                              "column for the name (\"nom\", \"Nom de l'organisation\"…) and "
                              "at least one other known column (type, services, ville…)."))
    header_line, header_cells = found
    header = _header(header_cells, synonyms)
    parsed = ParsedFile(header_line=header_line, table=table, ignored_columns=[
        cell for cell, key in zip(header_cells, header, strict=True) if key is None and
        cell.strip()])
    parsed.column_hints = {column: key for column in parsed.ignored_columns
                           if (key := synonyms.close_header(column)) is not None}
    columns: dict[str, str] = {}
    for key, cell in zip(header, header_cells, strict=True):
        if key is not None:
            columns.setdefault(key, cell.strip())
    first_of: dict[str, ParsedRow] = {}
    for line, cells in table.rows:
        if line <= header_line:
            continue
        row = _parse_row(line, cells, header, header_cells, synonyms)
        parsed.rows.append(row)
        if row.record is not None:
            earlier = first_of.get(row.record.key)
            if earlier is None or earlier.record is None:
                first_of[row.record.key] = row
            else:
                _merge(earlier, row, columns)
    if not parsed.rows:
        raise FileProblem(_tr("The file holds a header but no provider."))
    return parsed


def _parse_row(line: int, cells: list[str], header: list[str | None],
               header_cells: list[str], synonyms: Synonyms) -> ParsedRow:
    values: dict[str, tuple[str, str]] = {}
    for key, column, cell in zip(header, header_cells, cells, strict=False):
        cell = _unquote(cell)
        if key is None:
            continue
        if key in values and key == "services" and cell:
            values[key] = (values[key][0], f"{values[key][1]}|{cell}".strip("|"))
        elif key not in values or not values[key][1]:
            values[key] = (column.strip(), cell)
    row = _Row(line, values, synonyms)
    extra = [cell for cell in cells[len(header):] if cell.strip()]
    if extra:
        row.problems.append(RowProblem(line, _tr(
            "This row has {count} values but the header has {expected} columns.").format(
                count=len(header) + len(extra), expected=len(header)), "", _short(extra[0])))
    record = row.record()
    notes = [RowProblem(line, _tr("A formula: imported as its text, never computed."),
                        column, cell, blocking=False)
             for column, cell in values.values() if len(cell) > 1 and cell[0] == "="]
    return ParsedRow(line, row.value("name"), None if row.problems else record,
                     row.problems + notes)


def _merge(first: ParsedRow, again: ParsedRow, columns: dict[str, str]) -> None:
    """Merge a repeated provider into its first row: services united, empty fields filled."""
    assert first.record is not None and again.record is not None
    base, more = first.record, again.record
    filled = {key: getattr(more, key) for key in FIELDS
              if key != "services" and getattr(base, key) is None}
    first.record = replace(base, services=tuple(dict.fromkeys(base.services + more.services)),
                           **filled)
    again.merged_into = first.line
    again.problems.append(RowProblem(again.line, _tr(
        "Same provider as line {other} (name and town): merged into it.").format(
            other=first.line), blocking=False))
    differ = [key for key in FIELDS if key not in ("name", "town", "services") and
              getattr(base, key) is not None and getattr(more, key) is not None and
              getattr(base, key) != getattr(more, key)]
    if differ:
        again.problems.append(RowProblem(again.line, _tr(
            "Other values than line {other} for: {fields}; those of line {other} are "
            "kept.").format(other=first.line, fields=", ".join(columns.get(k, k) for k in differ)),
            blocking=False))


# -- writing ----------------------------------------------------------------------------------
def neutralise(cell: str) -> str:
    """A cell a spreadsheet will show as text: a leading ``= + - @`` (or tab, CR) gets an
    apostrophe before it, so that no formula is run (CSV injection)."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def _cell(record: ProviderRecord, key: str, lang: str) -> str:
    value = getattr(record, key)
    if key in ("takes_sea", "active"):
        return translate("DirectoryCsv", "yes" if value else "no", lang=lang)
    if key == "kind":
        return reference.label("provider_kinds", value, lang) if value else ""
    if key == "region":
        return reference.label("regions", value, lang) if value else ""
    if key == "services":
        return " | ".join(reference.label("service_types", code, lang) for code in value)
    return neutralise(value or "")


CSV_SUFFIXES = ("", ".csv", ".txt")  # what a CSV file may be named (no suffix: as typed)


def check_file_name(name: str) -> None:
    """``UserError`` when a file named ``name`` would not be taken for the CSV written into
    it (``annuaire.xlsx``: Excel would refuse it or warn that it is damaged)."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in CSV_SUFFIXES:
        raise UserError(_tr("The directory is exported as CSV, but this file name ends in "
                            "{suffix}.").format(suffix=suffix),
                        hint=_tr("Name the file with .csv at the end: Excel and LibreOffice "
                                 "open it."))


def write(records: Iterable[ProviderRecord], lang: str = "fr") -> bytes:
    """The records as CSV: UTF-8 with a byte-order mark (for spreadsheets), ``;``-separated,
    headers and labels in ``lang``, formulas neutralised; ``read`` takes the file back
    unchanged."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS[lang])
    for record in records:
        writer.writerow([_cell(record, key, lang) for key in FIELDS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")

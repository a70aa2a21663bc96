"""The service directory as a CSV file: reading (with a row-by-row report) and writing.

Pure format code: bytes in, plain records and problems out (and back). The directory service
does the database part.

Reading accepts what spreadsheet programs write: UTF-8 with or without a byte-order mark,
``;`` or ``,`` as separator (guessed from the header line), French or English headers in any
order and case, with or without accents (``nom``/``name``, ``région``/``region``, ``cas EAS``/
``takes SEA``…). Kinds, regions and service types may be given by code or by label in either
language; several services are separated by ``|``, ``,`` or ``;``. Every row that cannot be
imported comes back as a ``RowProblem`` with its line number in the file and the reason: no
row is ever dropped silently.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop.core.catalogue import reference
from desktop.core.i18n import translate

FIELDS = ("name", "kind", "region", "town", "address", "contact_person", "phone", "email",
          "services", "languages", "hours", "takes_sea", "active", "notes")
REQUIRED = ("name",)

# Headers written on export, per language (the first alias of each field below).
HEADERS = {
    "fr": ("nom", "type", "région", "ville", "adresse", "contact", "téléphone", "courriel",
           "services", "langues", "horaires", "cas EAS", "actif", "remarques"),
    "en": ("name", "kind", "region", "town", "address", "contact person", "phone", "email",
           "services", "languages", "hours", "takes SEA", "active", "notes"),
}
_ALIASES = {
    "name": ("nom", "name", "nom du prestataire", "provider", "prestataire", "organisation"),
    "kind": ("type", "kind", "genre", "categorie", "category"),
    "region": ("region",),
    "town": ("ville", "town", "city", "localite", "commune"),
    "address": ("adresse", "address"),
    "contact_person": ("contact", "contact person", "personne de contact", "point focal",
                       "focal point"),
    "phone": ("telephone", "phone", "tel"),
    "email": ("courriel", "email", "e mail", "mail", "adresse electronique"),
    "services": ("services", "services offerts", "services offered", "service types"),
    "languages": ("langues", "languages", "langue", "language"),
    "hours": ("horaires", "hours", "heures d ouverture", "opening hours"),
    "takes_sea": ("cas eas", "eas", "takes sea", "sea cases", "sea", "cas d eas",
                  "prend les cas eas", "accepte les cas eas"),
    "active": ("actif", "active", "actif oui non"),
    "notes": ("remarques", "notes", "note", "remarque", "observations", "comments"),
}
_YES = {"oui", "yes", "o", "y", "1", "vrai", "true", "x"}
_NO = {"non", "no", "n", "0", "faux", "false"}


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation and spaces collapsed to one space."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", plain.casefold()).strip()


def natural_key(name: str, region: str | None, town: str | None) -> str:
    """The key that identifies a provider across imports: name + region + town, folded."""
    return "|".join(fold(part or "") for part in (name, region, town))[:300]


_HEADER_INDEX = {fold(alias): key for key, aliases in _ALIASES.items() for alias in aliases}


@dataclass
class ProviderRecord:
    """One provider read from (or written to) a file; coded values are reference codes."""

    name: str
    kind: str
    region: str | None = None
    town: str | None = None
    address: str | None = None
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    services: tuple[str, ...] = ()
    languages: str | None = None
    hours: str | None = None
    takes_sea: bool = False
    active: bool = True
    notes: str | None = None
    line: int = 0

    @property
    def key(self) -> str:
        """The natural key (see ``natural_key``)."""
        return natural_key(self.name, self.region, self.town)


@dataclass(frozen=True)
class RowProblem:
    """A row not imported: its line number in the file and why."""

    line: int
    reason: str


@dataclass
class ParsedFile:
    """What a file holds: good records, problems per row, and columns not understood."""

    records: list[ProviderRecord] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


class FileProblem(ValueError):
    """The whole file cannot be read (not UTF-8, no header, no name column)."""


def _tr(text: str) -> str:
    return translate("DirectoryCsv", text)


def _code(list_name: str, given: str) -> str | None:
    """The code of ``given`` (a code, or a label in French or English) in a reference list."""
    wanted = fold(given)
    for code, _label in reference.choices(list_name, "en"):
        entry = reference.entry(list_name, code)
        if wanted in {fold(code), fold(entry.get("fr", "")), fold(entry.get("en", ""))}:
            return code
    return None


def _flag(value: str, default: bool) -> bool | None:
    folded = fold(value)
    if not folded:
        return default
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    return None


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileProblem(_tr("The file is not UTF-8 text. In the spreadsheet, save it as "
                              "\"CSV UTF-8\" and import it again.")) from exc


def _split_services(value: str) -> list[str]:
    return [part.strip() for part in re.split(r"[|;,\n]", value) if part.strip()]


def _record(values: dict[str, str], line: int) -> ProviderRecord | RowProblem:
    """Check one row; the first problem found is the reason given."""
    def problem(text: str, **kw: str) -> RowProblem:
        return RowProblem(line, _tr(text).format(**kw))

    name = values.get("name", "").strip()
    if not name:
        return problem("The name is empty.")
    kind_text = values.get("kind", "").strip()
    kind = _code("provider_kinds", kind_text) if kind_text else None
    if kind is None:
        return problem("Unknown kind \"{value}\" (expected One-Stop Centre, NGO, network, "
                       "government service or UN).", value=kind_text) if kind_text else \
            problem("The kind is empty.")
    region_text = values.get("region", "").strip()
    region = _code("regions", region_text) if region_text else None
    if region_text and region is None:
        return problem("Unknown region \"{value}\".", value=region_text)
    services: list[str] = []
    for part in _split_services(values.get("services", "")):
        code = _code("service_types", part)
        if code is None:
            return problem("Unknown service \"{value}\".", value=part)
        if code not in services:
            services.append(code)
    flags: dict[str, bool] = {}
    for key, default in (("takes_sea", False), ("active", True)):
        flag = _flag(values.get(key, ""), default)
        if flag is None:
            return problem("\"{value}\" is not yes or no.", value=values.get(key, ""))
        flags[key] = flag
    email = values.get("email", "").strip()
    if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
        return problem("\"{value}\" is not an email address.", value=email)
    def text(key: str) -> str | None:
        return values.get(key, "").strip() or None

    return ProviderRecord(
        name=name, kind=kind, region=region, town=text("town"), address=text("address"),
        contact_person=text("contact_person"), phone=text("phone"), email=email or None,
        services=tuple(services), languages=text("languages"), hours=text("hours"),
        takes_sea=flags["takes_sea"], active=flags["active"], notes=text("notes"), line=line)


def read(data: bytes) -> ParsedFile:
    """Read a directory CSV file; ``FileProblem`` when the file as a whole is unusable."""
    text = _decode(data)
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if not first:
        raise FileProblem(_tr("The file is empty."))
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    parsed = ParsedFile()
    header: list[str | None] = []
    start = 1
    seen: dict[str, int] = {}
    for row in reader:
        line, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if not header:
            header = [_HEADER_INDEX.get(fold(cell)) for cell in row]
            parsed.ignored_columns = [cell for cell, key in zip(row, header, strict=True)
                                      if key is None and cell.strip()]
            if "name" not in header:
                raise FileProblem(_tr("The first line must hold the column names, with at "
                                      "least \"nom\" (or \"name\")."))
            continue
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
            parsed.problems.append(RowProblem(line, _tr(
                "This row has {count} values but the header has {expected} columns.").format(
                    count=len(row), expected=len(header))))
            continue
        values = {key: cell for key, cell in zip(header, row, strict=False) if key}
        result = _record(values, line)
        if isinstance(result, RowProblem):
            parsed.problems.append(result)
        elif result.key in seen:
            parsed.problems.append(RowProblem(line, _tr(
                "Same name, region and town as line {other}; only line {other} was "
                "kept.").format(other=seen[result.key])))
        else:
            seen[result.key] = line
            parsed.records.append(result)
    if not header:
        raise FileProblem(_tr("The file is empty."))
    return parsed


def _cell(record: ProviderRecord, key: str, lang: str) -> str:
    value = getattr(record, key)
    if key in ("takes_sea", "active"):
        return translate("DirectoryCsv", "yes" if value else "no", lang=lang)
    if key == "kind":
        return reference.label("provider_kinds", value, lang)
    if key == "region":
        return reference.label("regions", value, lang) if value else ""
    if key == "services":
        return " | ".join(reference.label("service_types", code, lang) for code in value)
    return value or ""


def write(records: Iterable[ProviderRecord], lang: str = "fr") -> bytes:
    """The records as CSV: UTF-8 with a byte-order mark (for spreadsheets), ``;``-separated,
    headers and labels in ``lang``; ``read`` takes the file back unchanged."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS[lang])
    for record in records:
        writer.writerow([_cell(record, key, lang) for key in FIELDS])
    return ("\ufeff" + out.getvalue()).encode("utf-8")

"""Importing the directory from a CSV or XLSX file: a preview first, then the good rows.

``preview_import`` reads the file and compares it with the directory without writing
anything: each row is to add, to update (with the fields that change), already up to date,
merged into an earlier row of the same provider, or skipped, with all its problems.
``apply_import`` then writes the rows to add and to update in one transaction. A row names
the same provider as one in the directory when its name and town are the same (case and
accents ignored): that provider is updated — the file's non-empty cells replace its values and
its services are merged with the file's — so importing the same file again changes nothing.
Administrators only (``Permission.MANAGE_DIRECTORY``); audited ``directory_import``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.core.catalogue import reference
from desktop.core.errors import StorageError, UserError
from desktop.core.exports import directory_csv, directory_files, directory_synonyms
from desktop.core.exports.directory_csv import ParsedFile, ProviderRecord, RowProblem
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.permissions import Permission, require
from desktop.core.services.referrals.directory import TEXT_FIELDS, apply_values, provider_row
from desktop.core.store.models import ServiceProvider
from desktop.core.store.models.base import new_id
from desktop.core.store.vault import Vault

ADD, UPDATE, UNCHANGED, MERGED, SKIP = "add", "update", "unchanged", "merged", "skip"
VALUE_KEYS = (*TEXT_FIELDS, "kind", "region", "services", "takes_sea", "active")


@dataclass
class PreviewRow:
    """One row of the file and what importing it would do."""

    line: int
    action: str                       # ADD, UPDATE, UNCHANGED, MERGED or SKIP
    name: str
    problems: list[RowProblem] = field(default_factory=list)
    changes: tuple[str, ...] = ()     # the fields an update changes
    record: ProviderRecord | None = None


@dataclass
class ImportPreview:
    """What an import of the file would do, row by row, and how the file was read."""

    rows: list[PreviewRow]
    ignored_columns: list[str]
    column_hints: dict[str, str]    # an ignored column -> the field it resembles
    header_line: int
    kind: str                 # "csv" or "xlsx"
    encoding: str             # CSV only
    separator: str            # CSV only
    sheet: str                # XLSX only

    def count(self, action: str) -> int:
        """How many rows would get ``action``."""
        return sum(1 for row in self.rows if row.action == action)

    @property
    def writable(self) -> bool:
        """True when importing would add or change anything."""
        return any(row.action in (ADD, UPDATE) for row in self.rows)


@dataclass
class ImportReport:
    """What an import did: counts, and each problem of the rows not imported."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    rejected: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


def _tr(text: str) -> str:
    return translate("Directory", text)


def synonyms_for(vault: Vault) -> directory_synonyms.Synonyms:
    """The shipped synonyms plus the data folder's ``directory_synonyms.json``, if any."""
    extra = Path(vault.folder.path) / directory_synonyms.FILE_NAME
    try:
        return directory_synonyms.load(extra)
    except ValueError as exc:
        raise UserError(_tr("The file of synonyms {name} in the data folder cannot be read: "
                            "correct it (JSON, as in the README) or remove it.").format(
                                name=directory_synonyms.FILE_NAME)) from exc


def read_source(source: str | Path | bytes) -> bytes:
    """The bytes of the file to import (a path or the bytes themselves)."""
    if isinstance(source, bytes):
        return source
    path = Path(source)
    try:
        if path.stat().st_size > directory_files.MAX_BYTES:
            raise UserError(str(directory_files.too_large()))  # not read into memory
        return path.read_bytes()
    except OSError as exc:
        raise StorageError(_tr("The file could not be read."),
                           hint=_tr("Check that it still exists and is not open elsewhere.")) \
            from exc


def _parse(vault: Vault, source: str | Path | bytes) -> ParsedFile:
    data = read_source(source)
    try:
        return directory_csv.read(data, synonyms_for(vault))
    except directory_csv.FileProblem as exc:
        raise UserError(str(exc)) from exc


# -- comparing with the directory -------------------------------------------------------------
def _values(provider: ServiceProvider) -> dict[str, Any]:
    row = provider_row(provider)
    return {key: getattr(row, key) for key in VALUE_KEYS}


def _merged(current: dict[str, Any], record: ProviderRecord) -> dict[str, Any]:
    """The provider's values once the record is imported onto them."""
    values = dict(current)
    for key in VALUE_KEYS:
        given = getattr(record, key)
        if key == "services":
            offered = {*current[key], *given}
            values[key] = tuple(c for c in reference.codes("service_types") if c in offered)
        elif key in ("name", "town") and given is not None and \
                directory_synonyms.fold(given) == directory_synonyms.fold(current[key] or ""):
            continue  # the match keys: a file in capitals keeps the directory's spelling
        elif given is not None:
            values[key] = given
    return values


def _new(record: ProviderRecord) -> dict[str, Any]:
    values = {key: getattr(record, key) for key in VALUE_KEYS}
    values["takes_sea"] = bool(record.takes_sea)
    values["active"] = record.active is not False
    return values


class _Directory:
    """The providers as an import sees them: by name and town, folded."""

    def __init__(self, session: Session) -> None:
        query = select(ServiceProvider).options(selectinload(ServiceProvider.services))
        self.by_key: dict[str, list[ServiceProvider]] = {}
        self.natural: dict[str, str] = {}
        for provider in session.scalars(query):
            self.by_key.setdefault(directory_csv.same_provider_key(
                provider.name, provider.town), []).append(provider)
            self.natural[provider.natural_key] = provider.id

    def match(self, record: ProviderRecord) -> ServiceProvider | None:
        """The provider the record names; the one in the record's region when several."""
        found = self.by_key.get(record.key, [])
        same_region = [p for p in found if record.region and p.region == record.region]
        candidates = same_region or found
        return candidates[0] if candidates else None

    def taken(self, values: dict[str, Any], provider_id: str | None) -> bool:
        """True when another provider already has these values' stored key."""
        key = directory_csv.natural_key(values["name"], values["region"], values["town"])
        return self.natural.get(key, provider_id) != provider_id


def _plan_row(directory: _Directory, record: ProviderRecord
              ) -> tuple[str, ServiceProvider | None, dict[str, Any], list[RowProblem]]:
    provider = directory.match(record)
    if provider is None:
        if record.kind is None:
            return SKIP, None, {}, [RowProblem(record.line, _tr(
                "The kind is empty: a new provider needs one (add a column \"Type\" to the file: "
                "NGO, Network, Government service…)."), _tr("Kind"))]
        values = _new(record)
    else:
        values = _merged(_values(provider), record)
        if values == _values(provider):
            return UNCHANGED, provider, values, []
    if directory.taken(values, provider.id if provider else None):
        return SKIP, provider, values, [RowProblem(record.line, _tr(
            "Another provider of the directory has this name, region and town."))]
    return (ADD if provider is None else UPDATE), provider, values, []


def _preview(session: Session, parsed: ParsedFile) -> list[PreviewRow]:
    directory = _Directory(session)
    rows: list[PreviewRow] = []
    for row in parsed.rows:
        shown = PreviewRow(row.line, SKIP, row.name, list(row.problems), record=row.record)
        if row.merged_into is not None:
            shown.action = MERGED
        elif row.record is not None:
            action, provider, values, problems = _plan_row(directory, row.record)
            shown.action = action
            shown.problems.extend(problems)
            if provider is not None and action == UPDATE:
                before = _values(provider)
                shown.changes = tuple(k for k in VALUE_KEYS if before[k] != values[k])
        rows.append(shown)
    return rows


def preview_import(vault: Vault, source: str | Path | bytes) -> ImportPreview:
    """What importing ``source`` (a CSV or XLSX file, its path or bytes) would do; writes
    nothing. ``UserError`` when the file cannot be used at all."""
    require(vault, Permission.MANAGE_DIRECTORY)
    parsed = _parse(vault, source)
    with vault.reader() as session:
        rows = _preview(session, parsed)
    table = parsed.table
    return ImportPreview(rows, parsed.ignored_columns, parsed.column_hints,
                         parsed.header_line, table.kind,
                         table.encoding, table.separator, table.sheet)


def apply_import(vault: Vault, preview: ImportPreview) -> ImportReport:
    """Write the rows of ``preview`` that are to add or to update, in one transaction
    (compared again with the directory as it is now); the others are left out."""
    actor = require(vault, Permission.MANAGE_DIRECTORY)
    report = ImportReport(ignored_columns=list(preview.ignored_columns))
    with vault.session() as session:
        directory = _Directory(session)
        for shown in preview.rows:
            if shown.action in (MERGED, UNCHANGED):
                report.unchanged += shown.action == UNCHANGED
                continue
            if shown.record is None or shown.action == SKIP:
                report.skipped += 1
                report.rejected.extend(p for p in shown.problems if p.blocking)
                continue
            action, provider, values, problems = _plan_row(directory, shown.record)
            if action == SKIP:
                report.skipped += 1
                report.rejected.extend(problems)
            elif action == UNCHANGED:
                report.unchanged += 1
            else:
                _write(session, actor, directory, provider, values, report)
        audit.record(session, actor, "directory_import", details=(
            f"added={report.added} updated={report.updated} unchanged={report.unchanged} "
            f"rejected={report.skipped}"))
    return report


def _write(session: Session, actor: Any, directory: _Directory,
           provider: ServiceProvider | None, values: dict[str, Any],
           report: ImportReport) -> None:
    key = directory_csv.natural_key(values["name"], values["region"], values["town"])
    if provider is None:
        # The id is set here so that nothing is flushed row by row: the commit inserts
        # every provider in a few statements (5,000 rows: 22 s with a flush each).
        provider = ServiceProvider(id=new_id(), site_id=actor.site_id, natural_key=key)
        apply_values(session, provider, values)
        session.add(provider)
        directory.by_key.setdefault(directory_csv.same_provider_key(
            provider.name, provider.town), []).append(provider)
        report.added += 1
        details = "imported"
    else:
        apply_values(session, provider, values)
        report.updated += 1
        details = "updated by import"
    directory.natural[key] = provider.id
    audit.record(session, actor, "provider_changed", record_type="provider",
                 record_id=provider.id, details=details)


def import_file(vault: Vault, source: str | Path | bytes) -> ImportReport:
    """Preview ``source`` and import its good rows at once (the command line, scripts)."""
    return apply_import(vault, preview_import(vault, source))

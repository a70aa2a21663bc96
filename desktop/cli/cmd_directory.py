"""``relais directory import|export``: the service directory from and to a file.

``import FILE`` reads a CSV or XLSX file as the Directory page does (encoding, separator,
header row and synonyms found by themselves), prints one line per row that is added, updated,
merged or skipped (with all its problems), then a summary; ``--dry-run`` only shows it.
Rows with problems are left out and the others imported: the exit status is 0 once the file
was read, 1 when the file cannot be used at all. ``export FILE`` writes every provider as CSV
(``;``, UTF-8 with a byte-order mark, in the language of ``--lang``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import cmd_directory_card as card_commands
from desktop.cli import main as cli
from desktop.cli.io import Secrets, login_as, logout, out
from desktop.core.errors import UserError
from desktop.core.i18n import current_language, translate

if TYPE_CHECKING:
    from desktop.core.services.referrals.directory_import import ImportPreview, PreviewRow


def register(sub) -> None:  # type: ignore[no-untyped-def]
    parser = sub.add_parser("directory", help=translate(
        "CLI", "import or export the service directory"))
    actions = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    imports = actions.add_parser("import", help=translate(
        "CLI", "import providers from a CSV or XLSX file (administrators)"))
    cli.common(imports)
    imports.add_argument("file", metavar="FILE", help=translate("CLI", "the file to read"))
    imports.add_argument("--dry-run", action="store_true", help=translate(
        "CLI", "show what the import would do, write nothing"))
    imports.set_defaults(handler=run_import)
    exports = actions.add_parser("export", help=translate(
        "CLI", "write every provider to a CSV file"))
    cli.common(exports)
    exports.add_argument("file", metavar="FILE", help=translate("CLI", "the file to write"))
    exports.add_argument("--force", action="store_true",
                         help=translate("CLI", "replace the file if it exists"))
    exports.set_defaults(handler=run_export)
    card_commands.register(actions)


def _action(action: str) -> str:
    from desktop.core.services.referrals import directory_import

    return {directory_import.ADD: translate("CLI", "add"),
            directory_import.UPDATE: translate("CLI", "update"),
            directory_import.MERGED: translate("CLI", "merged"),
            directory_import.SKIP: translate("CLI", "skip")}[action]


def _line(row: PreviewRow) -> str:
    problems = " ".join(problem.text() for problem in row.problems)
    text = translate("CLI", "line {line}: {action}: {name}").format(
        line=row.line, action=_action(row.action), name=row.name or "—")
    return f"{text} — {problems}" if problems else text


def _show(preview: ImportPreview) -> None:
    from desktop.core.services.referrals import directory_import

    if preview.ignored_columns:
        out(translate("CLI", "Columns not used: {columns}.").format(columns=", ".join(
            f"{c} (~{preview.column_hints[c]})" if c in preview.column_hints else c
            for c in preview.ignored_columns)))
    for row in preview.rows:
        if row.action != directory_import.UNCHANGED:
            out(_line(row))


def run_import(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    path = Path(args.file)
    if not path.is_file():
        raise UserError(translate("CLI", "{path} is not a file.").format(path=path))
    vault = login_as(args, secrets)
    from desktop.core.services.referrals import directory_import

    try:
        preview = directory_import.preview_import(vault, path)
        _show(preview)
        if args.dry_run:
            out(translate("CLI", "Nothing written (--dry-run): {add} to add, {update} to "
                                 "update, {unchanged} already up to date, {skip} to skip.")
                .format(add=preview.count(directory_import.ADD),
                        update=preview.count(directory_import.UPDATE),
                        unchanged=preview.count(directory_import.UNCHANGED),
                        skip=preview.count(directory_import.SKIP)))
            return 0
        report = directory_import.apply_import(vault, preview)
        out(translate("CLI", "{added} providers added, {updated} updated, {unchanged} already "
                             "up to date, {skipped} rows skipped.").format(
            added=report.added, updated=report.updated, unchanged=report.unchanged,
            skipped=report.skipped))
        return 0
    finally:
        logout(vault)


def run_export(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    from desktop.core.exports.directory_csv import check_file_name

    path = Path(args.file)
    check_file_name(path.name)  # before the password: nothing asked in vain
    if path.exists() and not args.force:
        raise UserError(translate("CLI", "{path} already exists.").format(path=path),
                        hint=translate("CLI", "Choose another file, or add --force."))
    if not path.parent.is_dir():
        raise UserError(translate("CLI", "The folder {folder} does not exist.").format(
            folder=path.parent))
    vault = login_as(args, secrets)
    from desktop.core.services.referrals import directory

    try:
        count = directory.export_csv(vault, path, current_language())
        out(translate("CLI", "{count} providers written to {path}.").format(
            count=count, path=path))
        return 0
    finally:
        logout(vault)

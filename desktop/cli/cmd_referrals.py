"""``relais referrals`` (list what the person may see) and ``relais letter`` (write a letter).

``referrals`` prints one referral per line, tab-separated: reference, status (``no_response``
when the due date passed while sent), service type, provider, due date (YYYY-MM-DD). Codes,
not labels, so that scripts can rely on them.
"""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main as cli
from desktop.cli.io import Secrets, login_as, logout, out
from desktop.core.atomic import write_atomically
from desktop.core.catalogue import reference
from desktop.core.errors import StorageError, UserError
from desktop.core.i18n import translate
from desktop.core.services.referrals.reference_numbers import looks_valid, normalise


def register(sub) -> None:  # type: ignore[no-untyped-def]
    listing = sub.add_parser("referrals", help=translate(
        "CLI", "list the referrals you may see (tab-separated)"))
    cli.common(listing)
    listing.add_argument("--status", choices=reference.codes("referral_statuses"),
                         help=translate("CLI", "only referrals with this status"))
    listing.set_defaults(handler=run_list)
    # Here --lang is the letter's language (and, like everywhere, that of the messages when
    # it is the first --lang given): it replaces the --lang every subcommand has.
    letter = sub.add_parser("letter", help=translate(
        "CLI", "write a referral letter as PDF"), conflict_handler="resolve")
    cli.common(letter)
    letter.add_argument("--referral", required=True, metavar="REFERENCE",
                        help=translate("CLI", "the referral's reference, e.g. "
                                              "REF-MOP-2026-00017-4"))
    letter.add_argument("--lang", dest="letter_lang", choices=["fr", "en"], default="fr",
                        help=translate("CLI", "language of the letter"))
    letter.add_argument("--out", required=True, metavar="FILE.pdf",
                        help=translate("CLI", "where to write the PDF"))
    letter.add_argument("--force", action="store_true",
                        help=translate("CLI", "replace the file if it exists"))
    letter.set_defaults(handler=run_letter)


def run_list(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    vault = login_as(args, secrets)
    from desktop.core.services.referrals import workflow as referrals

    try:
        for row in referrals.list_referrals(vault, status=args.status):
            out("\t".join([row.reference, row.shown_status, row.service_type,
                           row.provider_name.replace("\t", " "), row.due_on.isoformat()]))
        return 0
    finally:
        logout(vault)


def _check_target(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise UserError(translate("CLI", "{path} already exists.").format(path=path),
                        hint=translate("CLI", "Choose another file, or add --force."))
    if not path.parent.is_dir():
        raise UserError(translate("CLI", "The folder {folder} does not exist.").format(
            folder=path.parent))


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` completely or not at all (temporary file, fsync, then rename)."""
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise StorageError(translate("CLI", "The letter could not be written to {path}.")
                           .format(path=path)) from exc


def run_letter(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    wanted = normalise(args.referral)
    if not looks_valid(wanted):
        raise UserError(translate(
            "CLI", "{reference} is not a valid referral reference (check its last "
                   "character).").format(reference=wanted))
    path = Path(args.out)
    _check_target(path, args.force)
    from desktop.core.services.referrals import letters  # the PDF writer: for a letter only

    vault = login_as(args, secrets)
    from desktop.core.services.referrals import workflow as referrals

    try:
        row = referrals.find_by_reference(vault, wanted)
        letters.render_letter(vault, row.id, args.letter_lang, how="pdf",
                              deliver=lambda pdf: _write(path, pdf))
        out(translate("CLI", "Letter {reference} written to {path}.").format(
            reference=row.reference, path=path))
        return 0
    finally:
        logout(vault)

"""``relais packages …``: referral and feedback packages between organisations.

``send --referral REF … --out FILE`` writes a referral package; ``import FILE`` imports a
referral or feedback package; ``incoming`` lists the referrals received (tab-separated: id,
reference, status, service, priority, due date, sender); ``accept`` and ``decline`` decide one;
``feedback`` records the outcome of an accepted one; ``send-feedback --incoming ID … --out
FILE`` writes the feedback package. An incoming referral is named by its id, the start of its
id, or its reference.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import main as cli
from desktop.cli.io import Secrets, login_as, logout, out
from desktop.core.atomic import write_atomically
from desktop.core.errors import StorageError, UserError
from desktop.core.i18n import translate
from desktop.core.services.packages import item_checks
from desktop.core.services.referrals.reference_numbers import looks_valid, normalise

if TYPE_CHECKING:
    from desktop.core.store.vault import Vault


def _incoming_argument(parser, *, many: bool = False) -> None:  # type: ignore[no-untyped-def]
    parser.add_argument("--incoming", required=True, metavar="ID", action="append" if many
                        else "store", help=translate(
                            "CLI", "the incoming referral: its id (or its start) or its "
                                   "reference"))


def register(sub) -> None:  # type: ignore[no-untyped-def]
    parser = sub.add_parser("packages", help=translate(
        "CLI", "send and import encrypted referral and feedback packages"))
    actions = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    send = actions.add_parser("send", help=translate(
        "CLI", "write a package of referrals to a provider that has a contact card"))
    cli.common(send)
    send.add_argument("--referral", required=True, action="append", metavar="REFERENCE",
                      help=translate("CLI", "a referral's reference (repeat for several)"))
    _out_or_hub(send)
    send.set_defaults(handler=run_send)
    imports = actions.add_parser("import", help=translate(
        "CLI", "import a referral or feedback package"))
    cli.common(imports)
    imports.add_argument("file", metavar="FILE", help=translate("CLI", "the package"))
    imports.set_defaults(handler=run_import)
    from_hub = actions.add_parser("import-hub", help=translate(
        "CLI", "import the packages the last relais sync received from the hub"))
    cli.common(from_hub)
    from_hub.set_defaults(handler=run_import_hub)
    listing = actions.add_parser("incoming", help=translate(
        "CLI", "list the referrals received (tab-separated)"))
    cli.common(listing)
    listing.add_argument("--all", action="store_true", help=translate(
        "CLI", "also those already accepted or declined"))
    listing.set_defaults(handler=run_incoming)
    accept = actions.add_parser("accept", help=translate(
        "CLI", "accept an incoming referral: open a case or link an existing one"))
    cli.common(accept)
    _incoming_argument(accept)
    accept.add_argument("--survivor-code", metavar="CODE", help=translate(
        "CLI", "link to the case of this survivor code instead of opening a case"))
    accept.set_defaults(handler=run_accept)
    decline = actions.add_parser("decline", help=translate(
        "CLI", "decline an incoming referral, with the reason"))
    cli.common(decline)
    _incoming_argument(decline)
    decline.add_argument("--reason", required=True, help=translate("CLI", "why"))
    decline.set_defaults(handler=run_decline)
    record = actions.add_parser("feedback", help=translate(
        "CLI", "record the outcome of an accepted incoming referral"))
    cli.common(record)
    _incoming_argument(record)
    record.add_argument("--services", default="", metavar="CODES", help=translate(
        "CLI", "the services provided, codes separated by commas (e.g. legal,psychosocial)"))
    record.add_argument("--outcome", required=True, choices=item_checks.OUTCOMES,
                        help=translate("CLI", "the outcome"))
    record.add_argument("--note", default="", help=translate("CLI", "a note for the sender"))
    record.set_defaults(handler=run_feedback)
    back = actions.add_parser("send-feedback", help=translate(
        "CLI", "write the feedback package of incoming referrals"))
    cli.common(back)
    _incoming_argument(back, many=True)
    _out_or_hub(back)
    back.set_defaults(handler=run_send_feedback)
    letter = actions.add_parser("letter", help=translate(
        "CLI", "write the letter of an incoming referral as PDF"), conflict_handler="resolve")
    cli.common(letter)
    _incoming_argument(letter)
    letter.add_argument("--lang", dest="letter_lang", choices=["fr", "en"], default="fr",
                        help=translate("CLI", "language of the letter"))
    letter.add_argument("--out", required=True, metavar="FILE.pdf",
                        help=translate("CLI", "where to write the PDF"))
    letter.set_defaults(handler=run_letter)


def _out_or_hub(parser) -> None:  # type: ignore[no-untyped-def]
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="FILE.relais",
                       help=translate("CLI", "where to write the package"))
    where.add_argument("--via-hub", action="store_true", help=translate(
        "CLI", "queue the package for the hub: it goes at the next relais sync"))


def _write(vault: Vault, args, path: Path | None, write):  # type: ignore[no-untyped-def]
    """``write(path)`` to the file, or through the hub's queue with ``--via-hub``."""
    if not args.via_hub:
        return write(path)
    from desktop.core.services.sync import relay_client

    sent = relay_client.send_via_hub(vault, write)
    out(translate("CLI", "Queued for the hub: it goes to {organisation} at the next relais "
                         "sync.").format(organisation=sent.organisation))
    return sent


def _referral_ids(vault: Vault, texts: list[str]) -> list[str]:
    from desktop.core.services.referrals import workflow as referrals

    ids = []
    for text in texts:
        wanted = normalise(text)
        if not looks_valid(wanted):
            raise UserError(translate(
                "CLI", "{reference} is not a valid referral reference (check its last "
                       "character).").format(reference=wanted))
        ids.append(referrals.find_by_reference(vault, wanted).id)
    return ids


def _incoming_id(vault: Vault, text: str) -> str:
    from desktop.core.services.packages import incoming

    wanted = text.strip()
    rows = incoming.incoming_referrals(vault, open_only=False)
    found = [r for r in rows if r.id == wanted or r.reference == normalise(wanted)]
    if not found and len(wanted) >= 6:
        found = [r for r in rows if r.id.startswith(wanted.lower())]
    if len(found) != 1:
        raise UserError(translate("CLI", "No single incoming referral is {text}.").format(
            text=wanted), hint=translate("CLI", "See relais packages incoming --all."))
    return found[0].id


def _run(args, secrets: Secrets, work) -> int:  # type: ignore[no-untyped-def]
    vault = login_as(args, secrets)
    try:
        work(vault)
        return 0
    finally:
        logout(vault)


def run_send(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    from desktop.core.services.packages.package_files import check_target

    path = None if args.via_hub else check_target(Path(args.out))

    def work(vault: Vault) -> None:
        from desktop.core.services.packages import sending  # the letters' PDF code

        ids = _referral_ids(vault, args.referral)
        sent = _write(vault, args, path, lambda target: sending.send_referrals(
            vault, ids, target))
        if args.via_hub:
            return
        out(translate("CLI", "{count} referrals written to {path} for {organisation} "
                             "(fingerprint {fingerprint}).").format(
            count=sent.count, path=path, organisation=sent.organisation,
            fingerprint=sent.fingerprint))
    return _run(args, secrets, work)


def _progress(done: int, total: int) -> None:
    if sys.stderr is not None and sys.stderr.isatty():
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr,
              flush=True)


def run_import(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    path = Path(args.file)
    if not path.is_file():
        raise UserError(translate("CLI", "{path} is not a file.").format(path=path))

    def work(vault: Vault) -> None:
        from desktop.core.services.packages import receiving

        result = receiving.import_package(vault, path, progress=_progress)
        if result.already_imported:
            out(translate("CLI", "This package from {organisation} was already imported: "
                                 "nothing added.").format(
                organisation=result.sender_organisation))
        elif result.kind == "referral":
            out(translate("CLI", "{new} incoming referrals from {organisation}, {known} "
                                 "already here.").format(
                new=result.new_incoming, organisation=result.sender_organisation,
                known=result.duplicates))
        else:
            out(translate("CLI", "{new} feedbacks from {organisation} applied, {known} "
                                 "already here or older.").format(
                new=result.feedbacks_applied, organisation=result.sender_organisation,
                known=result.duplicates))
    return _run(args, secrets, work)


def run_import_hub(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    import sys

    def work(vault: Vault) -> None:
        from desktop.core.services.sync import relay_client

        done = relay_client.import_waiting(vault)
        out(translate("CLI", "{count} packages from the hub imported.").format(
            count=done.imported))
        for line in done.problems:
            print(line, file=sys.stderr)
    return _run(args, secrets, work)


def run_incoming(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    def work(vault: Vault) -> None:
        from desktop.core.services.packages import incoming

        for row in incoming.incoming_referrals(vault, open_only=not args.all):
            out("\t".join([row.id, row.reference, row.status, row.service_type, row.priority,
                           row.due_on.isoformat(), row.sender_organisation.replace("\t", " ")]))
    return _run(args, secrets, work)


def run_accept(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    def work(vault: Vault) -> None:
        from desktop.core.services.packages import incoming

        incoming_id = _incoming_id(vault, args.incoming)
        case_id = incoming.accept(vault, incoming_id, survivor_code=args.survivor_code)
        out(translate("CLI", "Accepted; case {case}.").format(case=case_id))
    return _run(args, secrets, work)


def run_decline(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    def work(vault: Vault) -> None:
        from desktop.core.services.packages import incoming

        incoming.decline(vault, _incoming_id(vault, args.incoming), args.reason)
        out(translate("CLI", "Declined."))
    return _run(args, secrets, work)


def run_feedback(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    services = [c.strip() for c in args.services.split(",") if c.strip()]

    def work(vault: Vault) -> None:
        from desktop.core.services.packages import feedback

        feedback.record_feedback(vault, _incoming_id(vault, args.incoming),
                                 services_provided=services, outcome=args.outcome,
                                 note=args.note)
        out(translate("CLI", "Feedback recorded; send it with relais packages "
                             "send-feedback."))
    return _run(args, secrets, work)


def run_send_feedback(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    from desktop.core.services.packages.package_files import check_target

    path = None if args.via_hub else check_target(Path(args.out))

    def work(vault: Vault) -> None:
        from desktop.core.services.packages import feedback

        ids = [_incoming_id(vault, text) for text in args.incoming]
        sent = _write(vault, args, path, lambda target: feedback.send_feedback(
            vault, ids, target))
        if args.via_hub:
            return
        out(translate("CLI", "{count} feedbacks written to {path} for {organisation} "
                             "(fingerprint {fingerprint}).").format(
            count=sent.count, path=path, organisation=sent.organisation,
            fingerprint=sent.fingerprint))
    return _run(args, secrets, work)


def run_letter(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    from desktop.core.services.packages.package_files import check_target

    path = check_target(Path(args.out))

    def work(vault: Vault) -> None:
        from desktop.core.services.packages import incoming_letter  # the PDF writer

        pdf = incoming_letter.incoming_letter(vault, _incoming_id(vault, args.incoming),
                                              args.letter_lang)
        try:
            write_atomically(path, pdf)
        except OSError as exc:
            raise StorageError(translate("CLI", "The letter could not be written to {path}.")
                               .format(path=path)) from exc
        out(translate("CLI", "Letter written to {path}.").format(path=path))
    return _run(args, secrets, work)

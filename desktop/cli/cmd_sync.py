"""``relais sync``: send this site's pseudonymous changes to the hub.

``--enrol CODE --hub URL`` once (the hub's one-time code); then ``relais sync`` over the line,
or ``--out FILE`` to carry the batches on a stick and ``--ack FILE`` to read the hub's answer
back. Belongs with the ``sync`` services."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main as cli
from desktop.cli.io import Secrets, login_as, logout, out
from desktop.core.i18n import translate

C = "SyncCLI"


def register(sub) -> None:  # type: ignore[no-untyped-def]
    parser = sub.add_parser("sync", help=translate(
        C, "send this site's de-identified changes to the hub (or to a file)"))
    cli.common(parser)
    parser.add_argument("--hub", help=translate(
        C, "the hub's address, https://host:port (kept after enrolment)"))
    parser.add_argument("--ca", help=translate(
        C, "the certificate (PEM) that signed the hub's, when not a public one"))
    parser.add_argument("--enrol", metavar="CODE", help=translate(
        C, "enrol this site at the hub with its one-time code (with --hub, or with --out for a "
           "request file)"))
    parser.add_argument("--send-package", metavar="FILE", help=translate(
        C, "queue a package file for the hub (with --to), sent by this sync"))
    parser.add_argument("--to", metavar="FINGERPRINT", help=translate(
        C, "the fingerprint of the package's recipient (its contact card's)"))
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--out", metavar="FILE", help=translate(
        C, "write the waiting batches to a file for the hub (encrypted to it)"))
    what.add_argument("--ack", metavar="FILE", help=translate(
        C, "read the hub's acknowledgement file"))
    parser.set_defaults(handler=run)


def run(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    from desktop.core.services.sync import sync_service

    vault = login_as(args, secrets)
    try:
        if args.enrol and args.out:
            sync_service.write_enrolment_request(vault, args.enrol, Path(args.out))
            out(translate(C, "Enrolment request written to {file}: take it to the hub (relais "
                             "hub import), then read its answer with relais sync --ack FILE.")
                .format(file=args.out))
            return 0
        if args.enrol:
            if not args.hub:
                from desktop.core.errors import UserError

                raise UserError(translate(C, "Give the hub's address with --hub https://…"))
            name = sync_service.enrol(vault, args.hub, args.enrol, args.ca)
            out(translate(C, "Enrolled at the hub as site {site}.").format(site=name))
            out(translate(C, "The hub's fingerprint: {fp} (compare it with the one the hub's "
                             "coordinator reads out).").format(
                fp=sync_service.hub_fingerprint(vault)))
            return 0
        if args.out:
            done = sync_service.write_file(vault, Path(args.out))
            out(translate(C, "{batches} batches ({cases} cases) written to {file}: take it to "
                             "the hub, then read its answer with relais sync --ack FILE.")
                .format(batches=done.batches, cases=done.cases, file=args.out))
            return 0
        if args.ack:
            ack, applied, lists = sync_service.apply_ack_file(vault, Path(args.ack))
            if isinstance(ack, str):
                out(translate(C, "Enrolled at the hub as site {site}.").format(site=ack))
                out(translate(C, "The hub's fingerprint: {fp} (compare it with the one the "
                                 "hub's coordinator reads out).").format(
                    fp=sync_service.hub_fingerprint(vault)))
                return 0
            out(translate(C, "The hub has stored this site's batches up to {batch}.").format(
                batch=ack.batch))
            return max(_say_directory(applied), _say_reference(lists))
        if args.send_package:
            from desktop.core.services.sync import relay_client

            if not args.to:
                from desktop.core.errors import UserError

                raise UserError(translate(C, "Give the recipient's fingerprint with --to "
                                             "XXXX-…: the hub cannot read the package to "
                                             "find it."))
            relay_client.queue(vault, Path(args.send_package), args.to)
        result = sync_service.sync(vault, args.hub, cafile=args.ca)
        out(translate(C, "Sent {batches} batches ({cases} cases); the hub has up to batch "
                         "{last}; {backlog} changes still waiting.").format(
            batches=result.batches, cases=result.cases, last=result.acked_batch,
            backlog=result.backlog))
        _say_packages(result.packages)
        return max(_say_directory(result.directory), _say_reference(result.reference))
    finally:
        logout(vault)


def _say_packages(done) -> None:  # type: ignore[no-untyped-def]
    """What the relay did (nothing said when nothing moved); refusals on stderr."""
    import sys

    if done is None:
        return
    if done.sent or done.fetched or done.waiting:
        out(translate(C, "Packages: {sent} sent through the hub, {fetched} received, {imported} "
                         "imported, {waiting} waiting for a case worker (relais packages "
                         "import-hub).").format(sent=done.sent, fetched=done.fetched,
                                                imported=done.imported, waiting=done.waiting))
    for line in done.problems:
        print(line, file=sys.stderr)


def _say_directory(applied) -> int:  # type: ignore[no-untyped-def]
    """One line on the hub's directory; 1 (the line on stderr) when it was refused."""
    import sys

    if applied is None:
        return 0
    if isinstance(applied, str):
        print(applied, file=sys.stderr)
        return 1
    if applied.version is None:
        out(translate(C, "The hub's directory: nothing newer than the one applied."))
        return 0
    out(translate(C, "The hub's directory version {version} applied: {added} providers added, "
                     "{updated} updated, {deactivated} marked inactive, {removed} removed; "
                     "{kept} left out (this site has its own of that name).").format(
        version=applied.version, added=applied.added, updated=applied.updated,
        deactivated=applied.deactivated, removed=applied.removed, kept=applied.kept_local))
    return 0


def _say_reference(applied) -> int:  # type: ignore[no-untyped-def]
    """One line when the hub's reference lists were updated; 1 (the line on stderr) when
    they were refused; nothing when nothing newer came."""
    import sys

    if applied is None or (not isinstance(applied, str) and applied.version is None):
        return 0
    if isinstance(applied, str):
        print(applied, file=sys.stderr)
        return 1
    out(translate(C, "Reference lists from the hub updated to version {version}: {lists}.")
        .format(version=applied.version, lists=", ".join(applied.lists)))
    return 0

"""``relais hub …``: the hub server's commands (``init``, ``enrol``, ``status``, ``serve``,
``import``). They need the ``hub`` extra (``pip install -e '.[hub]'``); the desktop's other
commands never import it. ``--db`` (or the ``RELAIS_HUB_DB`` variable) names the PostgreSQL
database, e.g. ``postgresql://relais@localhost/relais_hub``."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.cli.io import out
from desktop.core.atomic import write_atomically
from desktop.core.errors import UserError
from desktop.core.i18n import translate

C = "HubCLI"


def register(sub) -> None:  # type: ignore[no-untyped-def]
    hub = sub.add_parser("hub", help=translate(C, "the hub server: national consolidation on "
                                                  "PostgreSQL"))
    commands = hub.add_subparsers(dest="hub_command", required=True, parser_class=type(hub))
    init = commands.add_parser("init", help=translate(C, "create or upgrade the hub's database"))
    _db(init)
    init.set_defaults(handler=run_init)
    enrol = commands.add_parser("enrol", help=translate(
        C, "a one-time enrolment code for a site (shown once)"))
    _db(enrol)
    enrol.add_argument("--site", required=True, help=translate(C, "the site's name at the hub"))
    enrol.set_defaults(handler=run_enrol)
    status = commands.add_parser("status", help=translate(
        C, "the sites, their last sync and backlog"))
    _db(status)
    status.set_defaults(handler=run_status)
    serve = commands.add_parser("serve", help=translate(C, "serve the hub (HTTPS with --cert)"))
    _db(serve)
    serve.add_argument("--listen", default="127.0.0.1:8443",
                       help=translate(C, "address and port, HOST:PORT"))
    serve.add_argument("--cert", help=translate(C, "TLS certificate (PEM)"))
    serve.add_argument("--key", help=translate(C, "TLS private key (PEM)"))
    serve.add_argument("--keep-packages", type=int, metavar="DAYS", help=translate(
        C, "delete relayed packages not fetched within DAYS days (default 90)"))
    serve.set_defaults(handler=run_serve)
    imp = commands.add_parser("import", help=translate(
        C, "store the batches of a file a site brought"))
    _db(imp)
    imp.add_argument("file", help=translate(C, "the batch file"))
    imp.add_argument("--reply", help=translate(
        C, "where to write the acknowledgement for the site (default: beside the file)"))
    imp.set_defaults(handler=run_import)
    from desktop.cli import cmd_hub_reports

    cmd_hub_reports.register(commands, _db, _url)
    directory = commands.add_parser("directory", help=translate(
        C, "the national service directory the sites receive"))
    verbs = directory.add_subparsers(dest="directory_command", required=True,
                                     parser_class=type(hub))
    publish = verbs.add_parser("publish", help=translate(
        C, "publish a directory file (CSV or XLSX) as the next version, signed by the hub"))
    _db(publish)
    publish.add_argument("file", help=translate(C, "the directory file (CSV or XLSX)"))
    publish.set_defaults(handler=run_directory_publish)
    from desktop.cli import cmd_hub_reference

    cmd_hub_reference.register(commands, _db, _url)


def _db(parser) -> None:  # type: ignore[no-untyped-def]
    parser.add_argument("--db", default=os.environ.get("RELAIS_HUB_DB"),
                        help=translate(C, "the hub's PostgreSQL database (postgresql://…)"))


def _url(args) -> str:  # type: ignore[no-untyped-def]
    if not args.db:
        raise UserError(translate(C, "Give the hub's database with --db postgresql://… (or "
                                     "RELAIS_HUB_DB)."))
    try:
        from desktop.hub import db
    except ImportError as exc:
        raise UserError(translate(C, "The hub's packages are not installed: pip install "
                                     "-e .[hub]")) from exc
    return db.normalise(args.db)


def run_init(args, _secrets) -> int:  # type: ignore[no-untyped-def]
    url = _url(args)
    from desktop.hub import schema

    made = schema.init(url)
    out(translate(C, "The hub's database is ready (schema {rev}).").format(rev=schema.head()))
    if made:
        out(translate(C, "The hub's keys were made and are kept in its database: back it up "
                         "with pg_dump."))
    out(translate(C, "The hub's fingerprint (sites compare it when they enrol): {fp}").format(
        fp=schema.fingerprint(url)))
    return 0


def run_enrol(args, _secrets) -> int:  # type: ignore[no-untyped-def]
    url = _url(args)
    from desktop.hub import enrolment

    code = enrolment.new_code(url, args.site)
    out(translate(C, "Enrolment code for {site} (valid {days} days, once): {code}").format(
        site=args.site.strip(), days=enrolment.VALID_DAYS, code=code))
    out(translate(C, "At the site: relais sync --data DIR --as USER --hub URL --enrol {code}")
        .format(code=code))
    return 0


def run_status(args, _secrets) -> int:  # type: ignore[no-untyped-def]
    url = _url(args)
    from desktop.hub import relay_expiry, status

    rows = status.sites(url)
    if not rows:
        out(translate(C, "No site yet: relais hub enrol --site NAME."))
        return 0
    packages = relay_expiry.waiting(url)
    out("\t".join([translate(C, "site"), translate(C, "enrolled"), translate(C, "last sync"),
                   translate(C, "batches"), translate(C, "cases"), translate(C, "backlog"),
                   translate(C, "packages waiting"), translate(C, "oldest package")]))
    for row in rows:
        held = packages.get(row.name)
        out("\t".join([
            row.name, translate(C, "yes") if row.enrolled else translate(C, "no (code given)"),
            row.last_sync_at.strftime("%Y-%m-%d %H:%M UTC") if row.last_sync_at else
            translate(C, "never"), str(row.last_batch), str(row.cases),
            "" if row.backlog is None else str(row.backlog),
            str(held.packages) if held else "0",
            held.oldest.strftime("%Y-%m-%d %H:%M UTC") if held else ""]))
    return 0


def run_serve(args, _secrets) -> int:  # type: ignore[no-untyped-def]
    url = _url(args)
    from desktop.hub import serve

    serve.serve(url, args.listen, args.cert, args.key, args.keep_packages)
    return 0


def run_import(args, _secrets) -> int:  # type: ignore[no-untyped-def]
    url = _url(args)
    from desktop.hub import files
    from desktop.hub.ingest import Refused

    path = Path(args.file)
    try:
        done = files.import_file(url, files.read_file(path))
    except Refused as exc:  # nothing new: the site still gets where the hub stands
        if exc.ack is not None:
            write_atomically(_reply(args, path, exc.site), exc.ack + _published(url))
        raise
    reply = _reply(args, path, done.site)
    # The newest national directory and reference lists ride with the acknowledgement (the
    # site applies each when newer than its own); an enrolment's answer goes alone.
    write_atomically(reply, done.ack + (b"" if done.enrolled else _published(url)))
    if done.enrolled:
        out(translate(C, "Site {site} is enrolled; the answer for it is written to {file}")
            .format(site=done.site, file=reply))
        return 0
    out(translate(C, "Site {site}: batches {first} to {last} stored ({cases} cases); "
                     "acknowledgement written to {file}").format(
        site=done.site, first=min(done.stored), last=max(done.stored), cases=done.cases,
        file=reply))
    if done.skipped:
        out(translate(C, "Already stored before, passed over: batches {first} to {last}.")
            .format(first=min(done.skipped), last=max(done.skipped)))
    return 0


def _published(url: str) -> bytes:
    """The newest national directory, then the newest reference lists (each if any)."""
    from desktop.hub import directory, reference

    return (directory.newest(url) or b"") + (reference.newest(url) or b"")


def _reply(args, path: Path, site: str) -> Path:  # type: ignore[no-untyped-def]
    return Path(args.reply) if args.reply else path.with_name(f"ack-{site}.relaisack")


def run_directory_publish(args, _secrets) -> int:  # type: ignore[no-untyped-def]
    url = _url(args)
    from desktop.hub import directory

    done = directory.publish(url, directory.read_source(Path(args.file)))
    out(translate(C, "Directory version {version} published: {providers} providers; the sites "
                     "receive it at their next sync.").format(
        version=done.version, providers=done.providers))
    for line, why in done.skipped:
        out(translate(C, "Left out, line {line}: {why}").format(line=line, why=why))
    return 0

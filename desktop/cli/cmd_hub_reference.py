"""``relais hub reference publish --db URL FILE_OR_DIR``: updated reference lists for every
site, checked, numbered and signed by the hub (``desktop/hub/reference.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli.io import Secrets, out
from desktop.core.i18n import translate

C = "HubCLI"


def register(commands: Any, db_option: Callable[[Any], None],
             url_of: Callable[[Any], str]) -> None:
    """Add ``reference publish`` to the ``relais hub`` subcommands."""
    parser = commands.add_parser("reference", help=translate(
        C, "the updated reference lists the sites receive"))
    verbs = parser.add_subparsers(dest="reference_command", required=True,
                                  parser_class=type(parser))
    publish = verbs.add_parser("publish", help=translate(
        C, "publish reference lists (a JSON file, or a folder of list files) as the next "
           "version, signed by the hub"))
    db_option(publish)
    publish.add_argument("source", metavar="FILE_OR_DIR", help=translate(
        C, "a JSON of one or more lists in the shape of resources/reference/*.json"))
    publish.set_defaults(handler=run_publish, url_of=url_of)


def run_publish(args: Any, _secrets: Secrets) -> int:
    """Publish the lists of the file or folder."""
    url = args.url_of(args)
    from desktop.hub import reference

    done = reference.publish(url, reference.read_source(Path(args.source)))
    out(translate(C, "Reference lists version {version} published ({size} kB): {changed} "
                     "changed; the sites receive every list held ({lists}) at their next "
                     "sync.").format(version=done.version, size=max(1, done.size // 1024),
                                     changed=", ".join(done.changed),
                                     lists=", ".join(done.lists)))
    return 0

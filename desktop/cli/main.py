"""``relais``: the GUI with no subcommand; admin and scripting commands otherwise.

Exit status: 0 success, 1 user error (one line on stderr, no traceback), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.core.errors import UserError
from desktop.core.i18n import set_language, translate

# Each entry: a module of desktop.cli with ``register(subparsers)`` and handlers that take
# (args, secrets) and return an exit status.
COMMANDS = [
    "desktop.cli.cmd_init",
    "desktop.cli.cmd_users",
    "desktop.cli.cmd_check",
    "desktop.cli.cmd_demo",
    "desktop.cli.cmd_export",
    "desktop.cli.cmd_referrals",
    "desktop.cli.cmd_backup",
    "desktop.cli.cmd_directory",
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"relais: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (all subcommands registered)."""
    parser = _Parser(prog="relais", description=translate(
        "CLI", "Relais: encrypted case management for survivor assistance."))
    parser.add_argument("--version", action="version", version=f"Relais {__version__}")
    parser.add_argument("--data", help=translate("CLI", "data folder"))
    parser.add_argument("--lang", choices=["fr", "en"], help=translate("CLI", "language"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def common(parser: argparse.ArgumentParser, *, needs_user: bool = True) -> None:
    """Add ``--data`` and (usually) ``--as`` to a subcommand."""
    parser.add_argument("--data", help=translate("CLI", "data folder"))
    if needs_user:
        parser.add_argument("--as", dest="user", required=True,
                            help=translate("CLI", "your username"))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    from desktop.cli.io import Secrets

    args = build_parser().parse_args(argv)
    if args.lang:
        set_language(args.lang)
    if args.command is None:
        from desktop.gui.app import run_gui

        return run_gui(args.data)
    try:
        return int(args.handler(args, Secrets()) or 0)
    except UserError as exc:
        print(f"relais: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(translate("CLI", "relais: interrupted"), file=sys.stderr)
        return 1

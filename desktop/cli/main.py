"""``relais``: the GUI with no subcommand; admin and scripting commands otherwise.

Exit status: 0 success, 1 user error (one line on stderr, no traceback), 2 usage error.
``--lang`` and ``--data`` are accepted before the subcommand and after it: ``relais --lang en
export …`` and ``relais export --lang en …`` are the same.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from desktop import __version__
from desktop.cli import help_language
from desktop.core.errors import UserError
from desktop.core.i18n import LANGUAGES, set_language, translate
from desktop.core.paths import default_data_dir
from desktop.core.store.cipher_log import silence_sqlcipher_log

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
    "desktop.cli.cmd_safety",
    "desktop.cli.cmd_sync",
    "desktop.cli.cmd_hub",
    "desktop.cli.cmd_org",
    "desktop.cli.cmd_packages",
]


class _Parser(argparse.ArgumentParser):
    """A parser whose placeholders are in the chosen language, and whose errors are one line."""

    def _add_action(self, action: Any) -> Any:
        # Every argument passes here, those of a mutually exclusive group too.
        help_language.name_values(action)
        return super()._add_action(action)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"relais: {message}", file=sys.stderr)
        raise SystemExit(2)


def _language_option() -> argparse.ArgumentParser:
    """The parent parser giving every subcommand ``--lang``. Its default is SUPPRESS: a
    subcommand without ``--lang`` leaves the value given before the subcommand alone."""
    parent = _Parser(add_help=False)
    parent.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                        help=translate("CLI", "language"))
    return parent


class _SubcommandParser(_Parser):
    """A subcommand's parser (nested ones too): it accepts ``--lang`` as well. A subcommand
    whose own ``--lang`` means something more (``letter``: the letter's language) passes
    ``conflict_handler="resolve"`` to replace it; messages still follow the first ``--lang``
    (``requested_language``)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs["parents"] = [*kwargs.get("parents", []), _language_option()]
        super().__init__(**kwargs)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (all subcommands registered)."""
    help_language.install()
    parser = _Parser(prog="relais", description=translate(
        "CLI", "Relais: encrypted case management for survivor assistance."), epilog=translate(
        "CLI", "Without a command, relais opens its window (the GUI). The data folder is "
               "{folder} unless --data or the RELAIS_DATA variable gives another one.")
        .format(folder=default_data_dir()))
    parser.add_argument("--version", action="version", version=f"Relais {__version__}",
                        help=translate("CLI", "show the version of Relais and stop"))
    parser.add_argument("--data", help=_data_help())
    parser.add_argument("--lang", choices=LANGUAGES, help=translate("CLI", "language"))
    sub = parser.add_subparsers(dest="command", parser_class=_SubcommandParser,
                                title=translate("CLI", "commands"),
                                metavar=translate(help_language.METAVAR_CONTEXT, "COMMAND"))
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    return parser


def requested_language(argv: Sequence[str]) -> str | None:
    """The first ``--lang`` of the command line, before or after the subcommand, so that the
    parser's own help and messages are already in that language (argparse validates it)."""
    for i, token in enumerate(argv):
        if token == "--":
            break
        value = argv[i + 1] if token == "--lang" and i + 1 < len(argv) else (
            token.removeprefix("--lang=") if token.startswith("--lang=") else None)
        if value in LANGUAGES:
            return value
    return None


def _data_help() -> str:
    return translate("CLI", "data folder (default: {folder})").format(folder=default_data_dir())


def common(parser: argparse.ArgumentParser, *, needs_user: bool = True) -> None:
    """Add ``--data`` and (usually) ``--as`` to a subcommand (``--data`` may also come before
    the subcommand: SUPPRESS keeps that value)."""
    parser.add_argument("--data", default=argparse.SUPPRESS, help=_data_help())
    if needs_user:
        parser.add_argument("--as", dest="user", required=True,
                            help=translate("CLI", "your username"))


def gui_arguments(argv: Sequence[str]) -> tuple[str | None] | None:
    """``(data folder or None,)`` when the command line only starts the GUI (``relais``,
    ``relais --data DIR --lang fr``), else None. The GUI then starts without the subcommands'
    modules (the services, SQLAlchemy, the models), so that the login window shows at once."""
    data: str | None = None
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        name, equals, value = token.partition("=")
        if name not in ("--data", "--lang"):
            return None
        if not equals:
            if not tokens:
                return None
            value = tokens.pop(0)
        if name == "--lang" and value not in LANGUAGES:
            return None
        if name == "--data":
            data = value
    return (data,)


def tolerant_output() -> None:
    """Let stdout and stderr replace what the console's encoding cannot show (a cp1252 pipe
    and a Bambara name) instead of failing with a traceback."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def _say(line: str) -> None:
    print(f"relais: {line}", file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    tolerant_output()
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = requested_language(argv)
    if lang:
        set_language(lang)
    gui = gui_arguments(argv)
    if gui is not None:
        silence_sqlcipher_log()
        from desktop.gui.app import run_gui

        return run_gui(gui[0], lang)
    from desktop.cli.io import Secrets
    from desktop.core.services.accounts import login_upkeep

    args = build_parser().parse_args(argv)
    silence_sqlcipher_log()
    if lang is None and getattr(args, "lang", None):  # an abbreviation argparse accepted
        set_language(args.lang)
    if args.command is None:
        from desktop.gui.app import run_gui

        return run_gui(args.data, getattr(args, "lang", None))
    # The first login of the day leaves its upkeep (statistics, daily backup) until the
    # command is done: the person sees the result first, then what is still being done.
    login_upkeep.defer(_say if sys.stderr is not None and sys.stderr.isatty() else None)
    try:
        return int(args.handler(args, Secrets()) or 0)
    except UserError as exc:
        print(f"relais: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(translate("CLI", "relais: interrupted"), file=sys.stderr)
        return 1
    finally:
        login_upkeep.defer(on=False)

"""Reading passwords and writing results: prompts on a terminal, lines from a pipe."""

from __future__ import annotations

import contextlib
import getpass
import importlib
import os
import sys
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import UserError
from desktop.core.i18n import translate
from desktop.core.paths import default_data_dir
from desktop.core.store.datafolder import DataFolder

if TYPE_CHECKING:
    from desktop.core.store.vault import Vault

# The command modules import the services (SQLAlchemy, the models: most of a command's first
# second) inside their handlers, not at the top: the parser is built without them, and a
# login imports them while the password is typed and its Argon2 runs (``login_as``).


class Secrets:
    """Passwords in the order asked: a prompt on a terminal, else one line each from stdin."""

    def __init__(self) -> None:
        self.interactive = sys.stdin is not None and sys.stdin.isatty()

    def read(self, prompt: str) -> str:
        """One secret: from the terminal, else the next line of standard input, read as UTF-8
        whatever the console's code page or locale (a byte-order mark is ignored)."""
        if self.interactive:
            return getpass.getpass(prompt)
        line = _read_line()
        if not line:
            raise UserError(translate("CLI", "Expected a password on standard input: {what}")
                            .format(what=prompt.rstrip(": ")))
        return line.rstrip("\r\n").removeprefix("\ufeff")

    def new_password(self, prompt: str) -> str:
        first = self.read(prompt)
        if self.interactive:
            again = self.read(translate("CLI", "Type it again: "))
            # The same letters typed as composed or decomposed characters are the same password.
            if unicodedata.normalize("NFC", again) != unicodedata.normalize("NFC", first):
                raise UserError(translate("CLI", "The two passwords differ."))
        return first


def _read_line() -> str:
    if sys.stdin is None:
        return ""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text stream put in place of stdin (tests, embedding)
        return sys.stdin.readline()
    data = raw.readline(64 * 1024)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UserError(translate("CLI", "Standard input is not UTF-8 text: save or send the "
                                         "password as UTF-8.")) from exc


def folder_of(path: str | None) -> DataFolder:
    """The data folder given by ``--data`` (or the default one)."""
    return DataFolder(Path(path) if path else default_data_dir())


def login_as(args, secrets: Secrets) -> Vault:  # type: ignore[no-untyped-def]
    """Unlock the folder as ``--as`` with the password read first. The database layer is
    imported on a thread while the password is typed, and the password's Argon2 (a C library,
    outside Python's lock) on another while that import ends; Argon2's answer is taken inside
    the login try all the same (``session.login``), so that a try counts as it always did."""
    folder = folder_of(args.data)
    folder.require_exists()
    prompt = translate("CLI", "Password for {user}: ").format(user=args.user)
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="relais-login") as pool:
        importing = pool.submit(importlib.import_module, "desktop.core.services.session")
        password = secrets.read(prompt)
        unlocking = pool.submit(folder.unlock, args.user.strip(), password)
        session = importing.result()
        return session.login(folder, args.user, password, progress=say,
                             unlocking=unlocking)


def logout(vault: Vault) -> None:
    """End a command's session: the upkeep left for after the command, the audit, the lock."""
    from desktop.core.services import session

    session.lock(vault, reason="logout")


def say(line: str) -> None:
    """One line on stderr as it happens (what a long schema upgrade at login is doing), so
    that stdout keeps only the command's result."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError):  # a closed stderr does not stop the upgrade
            print(f"relais: {line}", file=sys.stderr, flush=True)


def out(text: str = "") -> None:
    """One line on stdout; a reader that went away (``relais referrals | head``) ends quietly."""
    try:
        print(text, flush=True)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise SystemExit(0) from None

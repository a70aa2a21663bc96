"""``relais check``: integrity of the database and key slots."""

from __future__ import annotations

import sys

from desktop.cli import main as cli
from desktop.cli.io import Secrets, folder_of, out
from desktop.core.errors import DamagedData
from desktop.core.i18n import translate
from desktop.core.services import audit, session
from desktop.core.store.vault import Vault


def register(sub) -> None:  # type: ignore[no-untyped-def]
    parser = sub.add_parser("check", help=translate(
        "CLI", "check the database (quick_check and cipher_integrity_check)"))
    cli.common(parser)
    parser.add_argument("--full", action="store_true",
                        help=translate("CLI", "run the full integrity_check (slower)"))
    parser.set_defaults(handler=run)


def run(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    folder = folder_of(args.data)
    folder.require_exists()
    password = secrets.read(translate("CLI", "Password for {user}: ").format(user=args.user))
    try:
        vault: Vault = session.login(folder, args.user, password)
    except DamagedData as exc:
        print(f"relais: {exc}", file=sys.stderr)
        return 1
    try:
        problems = vault.integrity_problems(full=args.full)
        audit.log(vault, "integrity_check", details="ok" if not problems else "problems")
    finally:
        session.lock(vault, reason="logout")
    if problems:
        for line in problems[:20]:
            print(f"relais: {line}", file=sys.stderr)
        return 1
    out("ok")
    return 0

"""``relais demo``: a data folder filled with fictional cases (for training and benchmarks).

With a new folder it creates the folder, an administrator ``admin`` (password read like any
other) and demo staff who share that password: supervisor ``superviseur`` and case workers
``agent1`` to ``agent3``. With an existing folder, ``--as`` names an administrator.
"""

from __future__ import annotations

import argparse
import sys
import time

from desktop.cli.io import Secrets, folder_of, login_as, logout, out
from desktop.core.errors import UserError
from desktop.core.i18n import decimal, translate

DEMO_ADMIN = "admin"
DEMO_STAFF = (
    ("superviseur", "supervisor", "Superviseure Fictive (fictif)"),
    ("agent1", "caseworker", "Agente Une (fictif)"),
    ("agent2", "caseworker", "Agente Deux (fictif)"),
    ("agent3", "caseworker", "Agent Trois (fictif)"),
)


def register(sub) -> None:  # type: ignore[no-untyped-def]
    parser = sub.add_parser("demo", help=translate(
        "CLI", "create or fill a data folder with fictional demo cases"))
    parser.add_argument("--data", default=argparse.SUPPRESS,
                        help=translate("CLI", "data folder"))
    parser.add_argument("--as", dest="user", help=translate(
        "CLI", "your username (an administrator; needed for an existing folder)"))
    parser.add_argument("--cases", type=int, default=300, help=translate(
        "CLI", "how many cases to add"))
    parser.add_argument("--seed", type=int, default=None, help=translate(
        "CLI", "random seed, to make the same data again"))
    parser.set_defaults(handler=run)


def _new_folder(args, secrets: Secrets):  # type: ignore[no-untyped-def]
    folder = folder_of(args.data)
    folder.require_empty()
    password = secrets.new_password(
        translate("CLI", "New password for {user}: ").format(user=DEMO_ADMIN))
    from desktop.core.services import session

    vault, recovery_key = session.initialise(
        folder, organisation="Organisation de démonstration (fictif)",
        site="Mopti démo", admin_username=DEMO_ADMIN, admin_password=password,
        admin_full_name="Administratrice Démo (fictif)")
    from desktop.core.services.accounts import staff as accounts

    for username, role, full_name in DEMO_STAFF:
        accounts.add_person(vault, username, role, password, full_name)
    out(recovery_key)
    print(translate("CLI", "Recovery key above: write it down and keep it in a safe place. "
                          "It is shown only once."), file=sys.stderr)
    print(translate("CLI", "Demo accounts {names} share the administrator's password.").format(
        names=", ".join(name for name, _, _ in DEMO_STAFF)), file=sys.stderr)
    return vault


def run(args, secrets: Secrets) -> int:  # type: ignore[no-untyped-def]
    folder = folder_of(args.data)
    new = not folder.db_path.exists()  # a new folder is filled by the bulk load (no one else in)
    if not new:
        if not args.user:
            raise UserError(translate("CLI", "This folder already holds a database."),
                            hint=translate("CLI", "Give --as with an administrator's username."))
        vault = login_as(args, secrets)
    else:
        vault = _new_folder(args, secrets)
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    from desktop.core.services.demo import generator as demo

    try:
        count = demo.generate(vault, args.cases, seed=args.seed, progress=progress, bulk=new)
    finally:
        logout(vault)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    out(translate("CLI", "{count} fictional cases added in {seconds} s.").format(
        count=count, seconds=decimal(time.perf_counter() - started)))
    return 0

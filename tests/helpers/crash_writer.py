"""A process that saves cases in a loop, to be killed at random moments by a test.

Usage: ``python -m tests.helpers.crash_writer DATA_DIR USERNAME`` with the raw database key
(hex) on the first line of standard input. The process imports everything once, then for each
``go`` line on standard input forks a writer (so that a kill cycle costs a fork, not a Python
start): it prints ``child PID``; the child prints ``ready``, then the id of each case *after*
``open_case`` returned (the commit is done), one per line, flushed; when the test has killed
the child, the parent prints ``dead``. Writes under PIPE_BUF bytes are atomic, so a line on the
shared pipe is never cut.

``python -m tests.helpers.crash_writer --migrate DATA_DIR MIGRATIONS_DIR`` instead upgrades
the database with the migrations in MIGRATIONS_DIR (a test revision that pauses halfway).

``python -m tests.helpers.crash_writer --cli ARGS...`` (first stdin line: the password) forks,
for each ``go`` line, a process that runs ``relais ARGS`` exactly as ``python -m desktop
ARGS`` does (the same ``desktop.cli.main.main``, the password on its standard input), only
without paying for a new interpreter and its imports each time: ``child PID``, then ``exit N``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def _zygote(data: str, username: str, key: bytes) -> None:
    import os

    import tests.helpers.safety  # noqa: F401 - import everything before forking

    for line in sys.stdin:
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                _write_cases(data, username, key)
            finally:
                os._exit(1)
        print(f"child {pid}", flush=True)
        os.waitpid(pid, 0)
        print("dead", flush=True)


def _write_cases(data: str, username: str, key: bytes) -> None:
    from sqlalchemy import select

    from desktop.core.store.datafolder import DataFolder
    from desktop.core.store.models import Staff
    from desktop.core.store.vault import Actor, Vault
    from tests.helpers.safety import open_case

    vault = Vault.open(DataFolder(Path(data)), key, quick_check=False)
    with vault.reader() as session:
        staff = session.scalars(select(Staff).where(Staff.username == username)).one()
        vault.actor = Actor(staff.id, staff.username, staff.role, staff.site_id)
    print("ready", flush=True)
    while True:
        case_id = open_case(vault)
        print(case_id, flush=True)


def _migrate(data: str, migrations: str, key: bytes) -> None:
    from desktop.core.store import migrate
    from desktop.core.store.datafolder import DataFolder
    from desktop.core.store.vault import Vault

    migrate.migrations_dir = lambda: Path(migrations)  # type: ignore[attr-defined]
    vault = Vault.open(DataFolder(Path(data)), key)
    # With the login's step announcer: announcing the steps keeps the upgrade one transaction.
    migrate.upgrade(vault.require_engine(),
                    on_step=lambda n, total, _rev: print(f"step {n} of {total}", flush=True))
    print("finished", flush=True)


def _cli_zygote(args: list[str], password: str) -> None:
    import io
    import os

    from desktop.cli.main import build_parser
    from desktop.cli.main import main as relais

    build_parser()  # imports every command (and what they import) before forking

    for line in sys.stdin:
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                sys.stdin = io.StringIO(password + "\n")
                code = relais(args)
                sys.stdout.flush()
            finally:
                os._exit(code)
        print(f"child {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {os.waitstatus_to_exitcode(status)}", flush=True)


def main() -> None:
    if sys.argv[1] == "--cli":
        _cli_zygote(sys.argv[2:], sys.stdin.readline().rstrip("\n"))
        return
    key = bytes.fromhex(sys.stdin.readline().strip())
    if sys.argv[1] == "--migrate":
        _migrate(sys.argv[2], sys.argv[3], key)
    else:
        _zygote(sys.argv[1], sys.argv[2], key)


if __name__ == "__main__":
    main()

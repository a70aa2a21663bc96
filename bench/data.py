"""The benchmarks' synthetic database: 100,000 fictional cases, built once and reused.

The folder is ``$RELAIS_BENCH_DATA`` or ``/tmp/relais-bench/data-<cases>``; the number of cases
is ``$RELAIS_BENCH_CASES`` (default 100,000). Building it takes one to two minutes; later runs
reuse it. Accounts: ``admin`` (administrator), ``superviseur`` (supervisor) and ``agent1`` to
``agent3`` (case workers), all with ``PASSWORD``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

PASSWORD = "bench-password"
ADMIN = "admin"
SUPERVISOR = "superviseur"
CASEWORKER = "agent1"


def cases_wanted() -> int:
    """How many demo cases the benchmark database holds."""
    return int(os.environ.get("RELAIS_BENCH_CASES", "100000"))


def folder_path() -> Path:
    """Where the benchmark database lives."""
    env = os.environ.get("RELAIS_BENCH_DATA")
    return Path(env) if env else Path("/tmp/relais-bench") / f"data-{cases_wanted()}"


def demo_folder() -> Path:
    """The benchmark data folder, built now if it does not exist yet."""
    from desktop.core.services import session
    from desktop.core.services.accounts import staff as accounts
    from desktop.core.services.demo import generator as demo
    from desktop.core.store.datafolder import DataFolder

    path = folder_path()
    folder = DataFolder(path)
    if folder.db_path.exists():
        return path
    count = cases_wanted()
    print(f"building the benchmark database ({count} cases) in {path} …", file=sys.stderr)
    started = time.perf_counter()
    vault, _ = session.initialise(folder, organisation="Bench (fictif)", site="Mopti",
                                  admin_username=ADMIN, admin_password=PASSWORD)
    try:
        accounts.add_person(vault, SUPERVISOR, "supervisor", PASSWORD, "Superviseure (fictif)")
        for number in (1, 2, 3):
            accounts.add_person(vault, f"agent{number}", "caseworker", PASSWORD,
                                f"Agente {number} (fictif)")
        demo.generate(vault, count, seed=2026, bulk=True)
    finally:
        session.lock(vault, reason="logout")
    print(f"built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return path

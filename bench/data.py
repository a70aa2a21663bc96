"""The benchmarks' synthetic database: 100,000 fictional cases, built once and reused.

The folder is ``$RELAIS_BENCH_DATA`` or ``/tmp/relais-bench/data-<cases>``; the number of cases
is ``$RELAIS_BENCH_CASES`` (default 100,000). It is built by the demo's bulk load
(``services/demo/bulk_load.py``: the same cases as ``relais demo``, indexes made at the end), and
later runs reuse it; ``bench-build.json`` beside it keeps how long the build took. Accounts:
``admin`` (administrator), ``superviseur`` (supervisor) and ``agent1`` to ``agent3`` (case
workers), all with ``PASSWORD``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

PASSWORD = "bench-password"
ADMIN = "admin"
SUPERVISOR = "superviseur"
CASEWORKER = "agent1"
BUILD_FILE = "bench-build.json"  # how long the build took (beside the database)


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
    started, cpu, load = time.perf_counter(), time.process_time(), os.getloadavg()
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
    built = {"cases": count, "seconds": time.perf_counter() - started,
             "cpu_seconds": time.process_time() - cpu,
             "load_before": load, "load_after": os.getloadavg()}
    (path / BUILD_FILE).write_text(json.dumps(built), encoding="utf-8")
    print(f"built in {built['seconds']:.0f} s", file=sys.stderr)
    return path


def build_figures(folder: Path) -> list[tuple[str, float, float | None, str]]:
    """The table's row for the demo build (recorded in the folder when it was built)."""
    try:
        built = json.loads((folder / BUILD_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    rate = built["cases"] / max(built["seconds"], 1e-9)
    loads = "/".join(f"{x:.1f}" for x in (*built["load_before"][:1], *built["load_after"]))
    return [(f"demo build, {built['cases']:,} cases ({rate:,.0f}/s wall, "
             f"{built['cases'] / max(built['cpu_seconds'], 1e-9):,.0f}/s CPU; load {loads})",
             built["seconds"], None, "< 15 min at 1,000,000")]

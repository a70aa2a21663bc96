"""All benchmarks in one command: ``.venv/bin/python -m bench.run`` (or ``python bench/run.py``).

Builds the 100,000-case demo database once (see ``bench/data.py``) and reuses it, then runs
each registered module and prints one table: median, baseline measured in the same run, ratio
and the quality.md target. ``--only NAME`` runs some modules (e.g. ``--only cases``);
``--cases 1000000`` uses (and builds once) a database of that size in
``/tmp/relais-bench/data-<cases>``.

To add benchmarks: write ``bench/<name>.py`` with
``run(folder=None, username=None, password=None) -> list[(figure, seconds, baseline | None,
target)]`` and add ``"bench.<name>"`` to ``MODULES``.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MODULES = [
    "bench.startup",
    "bench.cases",
    "bench.lists",
    "bench.letters",
    "bench.reports",
    "bench.backups",
    "bench.cli_login",
    "bench.db_bytes",
    "bench.packages",
]


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks and print the table."""
    from bench import data
    from bench.startup import report

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[],
                        help="module name(s) to run, e.g. cases")
    parser.add_argument("--cases", type=int, default=None,
                        help="size of the demo database (default 100000; 1000000 for the "
                             "issue 13 figures: built once by the bulk load, see README)")
    args = parser.parse_args(argv)
    if args.cases:
        os.environ["RELAIS_BENCH_CASES"] = str(args.cases)
    chosen = [m for m in MODULES if not args.only or m.rsplit(".", 1)[-1] in args.only]
    folder = data.demo_folder()
    rows = data.build_figures(folder) if not args.only or "build" in args.only else []
    loads = []
    for name in chosen:
        module = importlib.import_module(name)
        print(f"running {name} …", file=sys.stderr, flush=True)
        before, started = os.getloadavg()[0], time.perf_counter()
        rows += module.run(folder=folder, username=data.ADMIN, password=data.PASSWORD)
        loads.append(f"{name.rsplit('.', 1)[-1]} {time.perf_counter() - started:.0f} s "
                     f"(load {before:.1f} → {os.getloadavg()[0]:.1f})")
    print(f"database: {folder} ({data.cases_wanted()} demo cases)")
    print(report(rows))
    print("time and 1-minute load average per module: " + "; ".join(loads))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

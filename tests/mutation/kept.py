"""Mutation results kept in the repository, so that a long run goes on where the last one ended.

A full run of a large scope takes longer than a working session, and cosmic-ray's session
lives in the work folder (``/tmp/relais-mutation``), which a new machine does not have. So each
scope's judged mutants are written to ``tests/mutation/results/<scope>.json`` (at the end of a
run, and by ``run.py --keep`` for a run still going), and a full run starts from them:

- only when every scoped module is byte for byte the one they were judged on (its SHA-256) and
  cosmic-ray is the same version: cosmic-ray names a mutant by its module, operator, occurrence
  and place, which then give the very same mutant;
- a kill is kept (tests are only added to kill more; ``--fresh`` judges every mutant again, the
  way to check after a test was weakened or removed);
- a survivor is kept with its diff, and then run again like ``--again`` does unless
  ``equivalent.toml`` explains it: a test written since may kill it.

Mutants whose worker broke, whose selection failed, or that never ran are not kept: they run.
"""

from __future__ import annotations

import json
import subprocess
from importlib import metadata
from pathlib import Path
from typing import Any

from tests.mutation.selection import NOT_COVERED, SELECTION_ERROR

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def _version() -> str:
    return metadata.version("cosmic-ray")


def _mutant(item: Any) -> str:
    """A mutant's name: module, operator, occurrence and place (stable for the same source)."""
    spec = item.mutations[0]
    return (f"{spec.module_path}|{spec.operator_name}|{spec.occurrence}|"
            f"{spec.start_pos[0]}:{spec.start_pos[1]}-{spec.end_pos[0]}:{spec.end_pos[1]}")


def results_path(scope: str, folder: Path | None = None) -> Path:
    """Where the kept results of ``scope`` are (``folder``: tests' own place)."""
    return (folder or RESULTS) / f"{scope}.json"


def save(scope: str, session: Path, modules: dict[str, str], folder: Path | None = None) -> int:
    """Write the judged mutants of ``session`` (killed, survived) for ``scope``; how many."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome

    rows = []
    with use_db(str(session), WorkDB.Mode.open) as db:
        items = {item.job_id: item for item in db.work_items}
        for job_id, result in db.results:
            output = result.output or ""
            if (result.worker_outcome != WorkerOutcome.NORMAL or SELECTION_ERROR in output
                    or result.test_outcome not in (TestOutcome.KILLED, TestOutcome.SURVIVED)):
                continue
            row: dict[str, str] = {"mutant": _mutant(items[job_id]),
                                   "outcome": result.test_outcome.value}
            if output == "timeout":
                row["output"] = output
            if result.test_outcome == TestOutcome.SURVIVED:
                row["diff"] = result.diff or ""
                if NOT_COVERED in output:
                    row["output"] = NOT_COVERED
            rows.append(row)
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=HERE, capture_output=True,
                            text=True, check=False).stdout.strip()
    path = results_path(scope, folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"cosmic_ray": _version(), "modules": modules,
                                "judged_at_commit": commit,
                                "results": sorted(rows, key=lambda r: r["mutant"])},
                               indent=1, sort_keys=True) + "\n")
    return len(rows)


def restore(scope: str, session: Path, modules: dict[str, str],
            folder: Path | None = None) -> tuple[int, str]:
    """Give the mutants of a new ``session`` their kept results; (how many, why none)."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkResult

    path = results_path(scope, folder)
    if not path.exists():
        return 0, "no kept results"
    try:
        kept = json.loads(path.read_text())
        by_name = {r["mutant"]: r for r in kept["results"]}
    except (ValueError, KeyError, TypeError):
        return 0, f"{path.name} is not a results file"
    if kept.get("modules") != modules:
        return 0, "the scoped modules changed since those results"
    if kept.get("cosmic_ray") != _version():
        return 0, f"judged with cosmic-ray {kept.get('cosmic_ray')}, not {_version()}"
    given = 0
    with use_db(str(session), WorkDB.Mode.open) as db:
        done = {job_id for job_id, _ in db.results}
        for item in db.work_items:
            row = by_name.get(_mutant(item))
            if item.job_id in done or row is None:
                continue
            db.set_result(item.job_id, WorkResult(
                worker_outcome=WorkerOutcome.NORMAL, output=row.get("output", ""),
                test_outcome=TestOutcome(row["outcome"]), diff=row.get("diff")))
            given += 1
    return given, ""

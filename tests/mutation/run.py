"""Mutation testing of the modules that hold Relais's rules, with cosmic-ray.

``python -m tests.mutation.run [--scope NAME ...] [--jobs N] [--work DIR]``

Each scope of ``scopes.toml`` (modules, the tests that guard them) runs in its own copy of the
repository's tracked files under ``--work`` (default ``/tmp/relais-mutation``), so the working
tree is never touched: ``cosmic-ray init`` lists the mutants, the baseline runs the tests once
unmutated under coverage (they must pass) and records which tests execute each line, ``exec``
runs, once per mutant, only the tests that execute the mutated statement (``selection.py``;
stopping at the first failure; none for a line no test executes: NOT COVERED). The report
lists each surviving mutant as a diff; those named in ``equivalent.toml`` (same behaviour, with
the reason) are counted apart. The score is killed / (mutants − equivalent). A mutant counts as
killed only when cosmic-ray ran the tests and reports them failed (a timeout is such a failure,
counted apart); a mutant whose worker broke is an error, never a kill. Exit status 1 when a
mutant survives that is not explained, or a scope or mutant could not run.
``--report`` reads the sessions of the last run again (after ``equivalent.toml`` changes);
``--again`` runs only the last run's survivors again, against the tests as they are now
(measured again under coverage: a new test is selected for the lines it executes).
Judged mutants are kept in ``tests/mutation/results`` (``kept.py``; ``--keep`` writes a run
still going) and a full run starts from them while the scoped modules are unchanged
(``--fresh`` judges every mutant again).

Not part of ``.ci/run``: a full run takes hours on two cores.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from tests.mutation import kept
from tests.mutation.annotations import SET_ASIDE, skip_annotation_mutants, skip_explained_mutants
from tests.mutation.selection import NO_PLUGINS, NOT_COVERED, PYTEST, SELECTION_ERROR, build_map

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent


@dataclass
class Outcome:
    """What one scope's run found."""

    scope: str
    total: int = 0
    killed: int = 0
    timeouts: int = 0  # killed because the tests ran past the scope's timeout
    annotations: int = 0  # set aside, not run: in an annotation, or not Python (annotations.py)
    not_run: int = 0  # listed, but the session stopped before they ran (an interrupted run)
    broken: list[tuple[str, str]] = field(default_factory=list)  # (job id, worker output)
    survivors: list[tuple[str, str]] = field(default_factory=list)  # (job id, diff)
    not_covered: set[str] = field(default_factory=set)  # survivors no scoped test executes
    equivalent: list[tuple[str, str, str]] = field(default_factory=list)  # (job, diff, why)
    error: str = ""
    seconds: float = 0.0

    @property
    def score(self) -> float:
        """Killed mutants over the mutants that ran and are not equivalent."""
        counted = self.total - self.not_run - len(self.equivalent)
        return 100.0 * self.killed / counted if counted else 100.0


def load_scopes() -> dict[str, dict]:  # type: ignore[type-arg]
    """The scopes of ``scopes.toml``."""
    return tomllib.loads((HERE / "scopes.toml").read_text())["scope"]


def load_equivalents() -> list[dict[str, str]]:
    """The surviving mutants explained as equivalent (``equivalent.toml``)."""
    path = HERE / "equivalent.toml"
    if not path.exists():
        return []
    return list(tomllib.loads(path.read_text()).get("equivalent", []))


def copy_tree(dest: Path) -> None:
    """The repository's tracked files (as they are in the working tree) into ``dest``."""
    if dest.exists():
        shutil.rmtree(dest)
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True,
                           capture_output=True).stdout.decode().split("\0")
    for name in filter(None, files):
        src = ROOT / name
        if src.is_file():
            target = dest / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, target)


def config_text(scope: dict, filters: dict) -> str:  # type: ignore[type-arg]
    """The cosmic-ray configuration of one scope."""
    # The tests that execute the mutated lines, chosen from the baseline's coverage
    # (selection.py); the plan names the scope's modules, their originals and the map.
    command = f"{sys.executable} -m tests.mutation.selection"
    modules = ", ".join(f'"{m}"' for m in scope["modules"])
    excluded = ", ".join(f'"{e}"' for e in filters.get("exclude-operators", []))
    return (f'[cosmic-ray]\nmodule-path = [{modules}]\ntimeout = {float(scope["timeout"])}\n'
            f'excluded-modules = []\ntest-command = "{command}"\n\n'
            f'[cosmic-ray.distributor]\nname = "local"\n\n'
            f'[cosmic-ray.filters.operators-filter]\nexclude-operators = [{excluded}]\n')


def changed_lines(diff: str) -> tuple[str, str]:
    """The removed and added source lines of a mutant's diff (stripped, joined). Blank lines
    are left out: cosmic-ray's diff of a mutant near a function's end can remove and add the
    blank lines after it too, which change nothing."""
    old = [line[1:].strip() for line in diff.splitlines()
           if line.startswith("-") and not line.startswith("---") and line[1:].strip()]
    new = [line[1:].strip() for line in diff.splitlines()
           if line.startswith("+") and not line.startswith("+++") and line[1:].strip()]
    return " ".join(old), " ".join(new)


def explained(module: str, diff: str, equivalents: list[dict[str, str]]) -> str | None:
    """The reason a surviving mutant is equivalent, when ``equivalent.toml`` gives one."""
    old, new = changed_lines(diff)
    for entry in equivalents:
        if (entry["module"] == module and entry["original"].strip() == old
                and entry["mutant"].strip() == new):
            return entry["why"]
    return None


def _skip_explained(session: Path, tree: Path) -> int:
    equivalents = load_equivalents()
    return skip_explained_mutants(
        session, tree, lambda module, diff: explained(module, diff, equivalents))


def run_scope(name: str, scope: dict, filters: dict, work: Path,  # type: ignore[type-arg]
              again: bool = False, fresh: bool = False) -> Outcome:
    """Run one scope in its own copy; the outcome read back from cosmic-ray's session.

    ``again``: keep the last run's session and run only the mutants that survived it, against
    the tests as they are now (tests added since can only kill more, never revive a killed
    mutant). Otherwise a new session starts from the results kept in the repository
    (``kept.py``) unless ``fresh``; the session's results are kept there at the end."""
    started = time.monotonic()
    outcome = Outcome(name)
    tree = work / name
    session = tree / "session.sqlite"
    last = work / f"{name}.last.sqlite"
    # cosmic-ray names a mutant by its operator and occurrence in the module: once a scoped
    # module is edited, the same job would mutate another place. --again runs only against the
    # modules the session was made from.
    hashes = work / f"{name}.modules.json"
    modules = {m: hashlib.sha256((ROOT / m).read_bytes()).hexdigest() for m in scope["modules"]}
    now = json.dumps(modules, sort_keys=True)
    if again:
        if not session.exists():
            outcome.error = f"no session of a last run in {tree}"
            return outcome
        if not hashes.exists() or hashes.read_text() != now:
            outcome.error = ("the scoped modules changed since the last full run (or it did "
                             "not record them): run the scope in full, not --again")
            return outcome
        shutil.copy2(session, last)
    copy_tree(tree)
    hashes.write_text(now)
    # Bytecode compiled once, checked against the source's hash at every import: the mutated
    # module never runs from the original's bytecode, the others are not compiled per mutant.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "--invalidation-mode",
                    "checked-hash", "desktop", "tests"], cwd=tree, check=True,
                   stdout=subprocess.DEVNULL)
    originals = work / f"{name}.originals"  # what selection.py compares the mutants with
    if originals.exists():
        shutil.rmtree(originals)
    for module in scope["modules"]:
        (originals / module).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(tree / module, originals / module)
    config = tree / "mutation.toml"
    config.write_text(config_text(scope, filters))
    # No bytecode written during the run: a mutant's .pyc must never outlive it.
    # The tests' template data folder (admin, supervisor, two case workers: a dozen Argon2
    # derivations) is built once by the baseline, from the unmutated code, and copied by every
    # mutant's run (tests/conftest.py).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree),
               PYTHONDONTWRITEBYTECODE="1", RELAIS_MUTATION="1",
               RELAIS_MUTATION_TEMPLATE=str(tree / ".template"),
               RELAIS_MUTATION_PLAN=str(work / f"{name}.plan.json"))
    steps = [[str(BIN / "cosmic-ray"), "init", str(config), str(session)],
             [str(BIN / "cr-filter-operators"), str(session), str(config)],
             ["baseline"],
             [str(BIN / "cosmic-ray"), "exec", str(config), str(session)]]
    if again:
        shutil.copy2(last, session)
        forget_survivors(session)
        skip_annotation_mutants(session, tree)
        _skip_explained(session, tree)
        steps = steps[2:]
    imported = subprocess.run([sys.executable, "-c", "import desktop; print(desktop.__file__)"],
                              cwd=tree, env=env, capture_output=True, text=True).stdout.strip()
    if not Path(imported).is_relative_to(tree):  # an installed copy would hide every mutant
        outcome.error = f"the tests import desktop from {imported or '?'}, not from the copy"
        return outcome
    with (work / f"{name}.log").open("w") as log:
        for step in steps:
            if step == ["baseline"]:
                if not baseline(name, scope, tree, work, env, log):
                    outcome.error = f"the baseline's tests failed unmutated (see {log.name})"
                    return outcome
                continue
            done = subprocess.run(step, cwd=tree, env=env, stdout=log, stderr=subprocess.STDOUT)
            if done.returncode != 0:
                outcome.error = f"{Path(step[0]).name} {step[1]} failed (see {log.name})"
                return outcome
            if "cr-filter-operators" in step[0]:
                skip_annotation_mutants(session, tree)
                if not fresh:
                    given, why = kept.restore(name, session, modules)
                    log.write(f"kept results given to {given} mutants {why}\n")
                    forget_survivors(session)
                    log.write(f"{_skip_explained(session, tree)} explained mutants not run\n")
                    log.flush()
    kept.save(name, session, modules)
    read_session(outcome, session)
    outcome.seconds = time.monotonic() - started
    (work / f"{name}{'.again' if again else ''}.seconds").write_text(f"{outcome.seconds:.0f}\n")
    return outcome


def baseline(name: str, scope: dict, tree: Path, work: Path,  # type: ignore[type-arg]
             env: dict[str, str], log: IO[str]) -> bool:
    """Run the scope's tests once unmutated under coverage, a context per test, and write the
    plan selection.py reads (the modules, their originals, which tests execute each line).
    False when a test fails: no mutant can be judged against failing tests."""
    data = tree / ".coverage.mutation"
    rc = tree / ".coveragerc.mutation"
    include = ",".join(str(tree / module) for module in scope["modules"])
    rc.write_text(f"[run]\ndata_file = {data}\ninclude = {include}\n")
    order = work / f"{name}.order"
    command = [sys.executable, *PYTEST, "-p", "pytest_cov.plugin", "-p", "tests.mutation.selection",
               "--cov", f"--cov-config={rc}", "--cov-context=test", "--cov-report=",
               *scope["tests"]]
    log.write(f"baseline under coverage: {' '.join(command)}\n")
    log.flush()
    done = subprocess.run(command, cwd=tree,
                          env=dict(env, RELAIS_MUTATION_ORDER=str(order), **NO_PLUGINS),
                          stdout=log, stderr=subprocess.STDOUT)
    if done.returncode != 0:
        return False
    tests = order.read_text().splitlines()  # a test id may hold spaces: [1250 words]
    timed = Path(str(order) + ".seconds.json")
    plan = {"modules": scope["modules"], "originals": str(work / f"{name}.originals"),
            "map": build_map(data, tree, scope["modules"], tests),
            "seconds": json.loads(timed.read_text()) if timed.exists() else {}}
    (work / f"{name}.plan.json").write_text(json.dumps(plan))
    return True


def forget_survivors(session: Path) -> None:
    """Drop the results of the mutants that survived unexplained, or whose selection failed,
    so that ``cosmic-ray exec`` runs them again (an equivalent mutant survives every test: it
    is not run again)."""
    import sqlite3

    from cosmic_ray.work_db import WorkDB, use_db

    equivalents = load_equivalents()
    with use_db(str(session), WorkDB.Mode.open) as db:
        items = {item.job_id: item for item in db.work_items}
        again = [job_id for job_id, result in db.results
                 if SELECTION_ERROR in (result.output or "") or (
                     result.test_outcome is not None and result.test_outcome.value == "survived"
                     and not explained(str(items[job_id].mutations[0].module_path),
                                       result.diff or "", equivalents))]
    with sqlite3.connect(session) as db:
        db.executemany("DELETE FROM work_results WHERE job_id = ?", [(j,) for j in again])


def read_session(outcome: Outcome, session: Path) -> None:
    """Count one scope's mutants from its cosmic-ray session into ``outcome``."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome

    equivalents = load_equivalents()
    with use_db(str(session), WorkDB.Mode.open) as db:
        items = {item.job_id: item for item in db.work_items}
        results = dict(db.results)
    for job_id in items:
        if job_id not in results:
            outcome.total += 1
            outcome.not_run += 1
    for job_id, result in results.items():
        if result.worker_outcome == WorkerOutcome.SKIPPED and result.output in SET_ASIDE:
            outcome.annotations += 1
            continue
        if result.worker_outcome in (WorkerOutcome.SKIPPED, WorkerOutcome.NO_TEST):
            continue  # filtered out, or no mutation possible at that place: not a mutant
        outcome.total += 1
        if result.worker_outcome != WorkerOutcome.NORMAL or result.test_outcome not in (
                TestOutcome.KILLED, TestOutcome.SURVIVED) or SELECTION_ERROR in (
                result.output or ""):
            outcome.broken.append((job_id, (result.output or "").strip()[-400:]))
            continue
        if result.test_outcome == TestOutcome.KILLED:
            outcome.killed += 1
            outcome.timeouts += result.output == "timeout"
            continue
        module = str(items[job_id].mutations[0].module_path)
        why = explained(module, result.diff or "", equivalents)
        if why:
            outcome.equivalent.append((job_id, result.diff or "", why))
        else:
            outcome.survivors.append((job_id, result.diff or ""))
            if (result.output or "").find(NOT_COVERED) >= 0:
                outcome.not_covered.add(job_id)


def report(outcomes: list[Outcome]) -> str:
    """The text report: a line per scope, then every survivor's diff and every broken job."""
    lines = ["scope              mutants  killed (timeout)  equivalent  survived  broken"
             "  not run  score    time  (+ set aside: annotations, not Python)"]
    for o in outcomes:
        if o.error:
            lines.append(f"{o.scope:<18} error: {o.error}")
            continue
        lines.append(f"{o.scope:<18} {o.total:>7}  {o.killed:>6} ({o.timeouts:>7})  "
                     f"{len(o.equivalent):>10}  {len(o.survivors):>8}  {len(o.broken):>6}  "
                     f"{o.not_run:>7}  {o.score:5.1f} %  {o.seconds / 60:4.0f} min  "
                     f"(+ {o.annotations})"
                     + (f"; {len(o.not_covered)} survivors not covered" if o.not_covered
                        else ""))
    for o in outcomes:
        for job_id, diff in o.survivors:
            gap = " (NOT COVERED: no scoped test executes the line)" if (
                job_id in o.not_covered) else ""
            lines += ["", f"SURVIVED [{o.scope}] {job_id}{gap}", diff.rstrip()]
        for job_id, output in o.broken:
            lines += ["", f"BROKEN (not run or the worker failed) [{o.scope}] {job_id}", output]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen scopes (all by default), ``--jobs`` at a time."""
    scopes = load_scopes()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scope", action="append", choices=sorted(scopes))
    parser.add_argument("--jobs", type=int, default=1,
                        help="scopes run at once; only on an idle machine (load under half "
                             "the cores), else one at a time")
    parser.add_argument("--work", type=Path, default=Path("/tmp/relais-mutation"))
    parser.add_argument("--report", action="store_true",
                        help="report the last run's sessions again, without running")
    parser.add_argument("--again", action="store_true",
                        help="run again only the mutants that survived the last run")
    parser.add_argument("--fresh", action="store_true",
                        help="judge every mutant again, not starting from the kept results")
    parser.add_argument("--keep", action="store_true",
                        help="write the sessions' results so far to tests/mutation/results "
                             "(for a run still going, or cut off)")
    args = parser.parse_args(argv)
    args.work = args.work.resolve()  # the copy's PYTHONPATH must not depend on the cwd
    filters = tomllib.loads((HERE / "scopes.toml").read_text()).get("filters", {})
    chosen = args.scope or sorted(scopes)
    load, cores = os.getloadavg()[0], os.cpu_count() or 1
    if args.jobs > 1 and load > cores / 2:  # others' tests would slow down every mutant's run
        print(f"load {load:.1f} on {cores} cores: one scope at a time, not {args.jobs}",
              file=sys.stderr)
        args.jobs = 1
    args.work.mkdir(parents=True, exist_ok=True)
    if args.keep:
        return keep_sessions(chosen, args.work)
    if args.report:
        outcomes = [reread(name, args.work) for name in chosen]
    else:
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            outcomes = list(pool.map(
                lambda name: run_scope(name, scopes[name], filters, args.work, args.again,
                                       args.fresh),
                chosen))
    text = report(outcomes)
    (args.work / "report.txt").write_text(text + "\n")
    print(text)
    return 1 if any(o.survivors or o.broken or o.not_run or o.error for o in outcomes) else 0


def keep_sessions(chosen: list[str], work: Path) -> int:
    """``--keep``: each chosen scope's session under ``work`` written to the repository."""
    for name in chosen:
        session, hashes = work / name / "session.sqlite", work / f"{name}.modules.json"
        if not session.exists() or not hashes.exists():
            print(f"{name}: no session in {session.parent}", file=sys.stderr)
            continue
        count = kept.save(name, session, json.loads(hashes.read_text()))
        print(f"{name}: {count} judged mutants kept in {kept.results_path(name)}")
    return 0


def reread(name: str, work: Path) -> Outcome:
    """The outcome of the last run of scope ``name`` under ``work``, read from its session."""
    outcome = Outcome(name)
    session = work / name / "session.sqlite"
    if not session.exists():
        outcome.error = f"no session in {session.parent}"
        return outcome
    read_session(outcome, session)
    seconds = work / f"{name}.seconds"
    outcome.seconds = float(seconds.read_text()) if seconds.exists() else 0.0
    return outcome


if __name__ == "__main__":
    sys.exit(main())

"""Mutation testing of the modules that hold Relais's rules, with cosmic-ray.

``python -m tests.mutation.run [--scope NAME ...] [--jobs N] [--work DIR]``

Each scope of ``scopes.toml`` (modules, the tests that guard them) runs in its own copy of the
repository's tracked files under ``--work`` (default ``/tmp/relais-mutation``), so the working
tree is never touched: ``cosmic-ray init`` lists the mutants, ``baseline`` checks the tests pass
unmutated, ``exec`` runs the tests once per mutant (stopping at the first failure). The report
lists each surviving mutant as a diff; those named in ``equivalent.toml`` (same behaviour, with
the reason) are counted apart. The score is killed / (mutants − equivalent). Exit status 1 when a
mutant survives that is not explained.

Not part of ``.ci/run``: a full run takes hours on two cores.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent


@dataclass
class Outcome:
    """What one scope's run found."""

    scope: str
    total: int = 0
    killed: int = 0
    incompetent: int = 0
    survivors: list[tuple[str, str]] = field(default_factory=list)  # (job id, diff)
    equivalent: list[tuple[str, str, str]] = field(default_factory=list)  # (job, diff, why)
    error: str = ""

    @property
    def score(self) -> float:
        """Killed mutants over the mutants that are not equivalent."""
        counted = self.total - len(self.equivalent)
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
    tests = " ".join(scope["tests"])
    command = (f"{sys.executable} -m pytest -x -q -p no:cacheprovider -p no:xdist "
               f"-p no:randomly {tests}")
    modules = ", ".join(f'"{m}"' for m in scope["modules"])
    excluded = ", ".join(f'"{e}"' for e in filters.get("exclude-operators", []))
    return (f'[cosmic-ray]\nmodule-path = [{modules}]\ntimeout = {float(scope["timeout"])}\n'
            f'excluded-modules = []\ntest-command = "{command}"\n\n'
            f'[cosmic-ray.distributor]\nname = "local"\n\n'
            f'[cosmic-ray.filters.operators-filter]\nexclude-operators = [{excluded}]\n')


def changed_lines(diff: str) -> tuple[str, str]:
    """The removed and added source lines of a mutant's diff (stripped, joined)."""
    old = [line[1:].strip() for line in diff.splitlines()
           if line.startswith("-") and not line.startswith("---")]
    new = [line[1:].strip() for line in diff.splitlines()
           if line.startswith("+") and not line.startswith("+++")]
    return " ".join(old), " ".join(new)


def explained(module: str, diff: str, equivalents: list[dict[str, str]]) -> str | None:
    """The reason a surviving mutant is equivalent, when ``equivalent.toml`` gives one."""
    old, new = changed_lines(diff)
    for entry in equivalents:
        if (entry["module"] == module and entry["original"].strip() == old
                and entry["mutant"].strip() == new):
            return entry["why"]
    return None


def run_scope(name: str, scope: dict, filters: dict, work: Path) -> Outcome:  # type: ignore[type-arg]
    """Run one scope in its own copy; the outcome read back from cosmic-ray's session."""
    from cosmic_ray.work_db import WorkDB, use_db

    outcome = Outcome(name)
    tree = work / name
    copy_tree(tree)
    config = tree / "mutation.toml"
    config.write_text(config_text(scope, filters))
    session = tree / "session.sqlite"
    # No bytecode cache: a mutant the same size as the original, written within the same
    # second, would otherwise run from the original's stale .pyc.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree),
               PYTHONDONTWRITEBYTECODE="1", RELAIS_MUTATION="1")
    steps = [[str(BIN / "cosmic-ray"), "init", str(config), str(session)],
             [str(BIN / "cr-filter-operators"), str(session), str(config)],
             [str(BIN / "cosmic-ray"), "baseline", str(config)],
             [str(BIN / "cosmic-ray"), "exec", str(config), str(session)]]
    log = (work / f"{name}.log").open("w")
    for step in steps:
        done = subprocess.run(step, cwd=tree, env=env, stdout=log, stderr=subprocess.STDOUT)
        if done.returncode != 0:
            outcome.error = f"{Path(step[0]).name} {step[1]} failed (see {log.name})"
            return outcome
    equivalents = load_equivalents()
    with use_db(str(session), WorkDB.Mode.open) as db:
        items = {item.job_id: item for item in db.work_items}
        for job_id, result in db.results:
            if result.worker_outcome.value == "skipped":
                continue
            outcome.total += 1
            if result.test_outcome is None or result.test_outcome.value == "incompetent":
                outcome.incompetent += 1
                outcome.killed += 1  # the mutant does not even run: no test can miss it
                continue
            if result.is_killed:
                outcome.killed += 1
                continue
            module = str(items[job_id].mutations[0].module_path)
            why = explained(module, result.diff or "", equivalents)
            if why:
                outcome.equivalent.append((job_id, result.diff or "", why))
            else:
                outcome.survivors.append((job_id, result.diff or ""))
    return outcome


def report(outcomes: list[Outcome]) -> str:
    """The text report: a line per scope, then every survivor's diff."""
    lines = ["scope              mutants  killed  equivalent  survived  score"]
    for o in outcomes:
        if o.error:
            lines.append(f"{o.scope:<18} error: {o.error}")
            continue
        lines.append(f"{o.scope:<18} {o.total:>7}  {o.killed:>6}  {len(o.equivalent):>10}  "
                     f"{len(o.survivors):>8}  {o.score:5.1f} %")
    for o in outcomes:
        for job_id, diff in o.survivors:
            lines += ["", f"SURVIVED [{o.scope}] {job_id}", diff.rstrip()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen scopes (all by default), ``--jobs`` at a time."""
    scopes = load_scopes()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scope", action="append", choices=sorted(scopes))
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp/relais-mutation"))
    args = parser.parse_args(argv)
    filters = tomllib.loads((HERE / "scopes.toml").read_text()).get("filters", {})
    chosen = args.scope or sorted(scopes)
    args.work.mkdir(parents=True, exist_ok=True)
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        outcomes = list(pool.map(
            lambda name: run_scope(name, scopes[name], filters, args.work), chosen))
    text = report(outcomes)
    (args.work / "report.txt").write_text(text + "\n")
    print(text)
    return 1 if any(o.survivors or o.error for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())

"""Coverage-guided test selection for the mutation runs (what mutmut and cosmic-ray users do).

The scope's tests run once, unmutated, under coverage with a context per test
(``pytest --cov-context=test``): ``build_map`` turns that into, for each scoped module, the
tests that execute each of its lines. cosmic-ray's test command is then this module
(``python -m tests.mutation.selection``), run in the mutated copy: it compares each scoped
module with its original (kept apart by the runner) to find the mutated lines and runs only the
tests that execute them, in the scope's order, stopping at the first failure.

Sound by construction, never narrower than needed:
- a changed line stands for its whole statement (a statement over several lines is measured
  on any of them), or for the header of a compound statement (``if``, ``elif``, ``except``…);
- a line run when the module is imported (module and class level, a ``def``'s decorators and
  default values) or while the tests are collected, before any test, runs every scoped test:
  a constant changes what every test sees;
- a mutated line that no scoped test executes runs nothing and survives at once, its output
  ``NOT COVERED``: a real gap, to kill with a test or explain.

When pytest itself is misused (no test collected, a usage error: a selection gone wrong, not a
failing test), the output says ``SELECTION ERROR`` and the runner reports the mutant broken,
never killed; but when the selected tests' files no longer import with the mutant (pytest then
also finds no test for the ids given), the mutant is killed, as it would be by a plain run.
With no scoped module changed (cosmic-ray's baseline), every scoped test runs.

The module is also a pytest plugin (``-p tests.mutation.selection``): with
``RELAIS_MUTATION_ORDER`` set, it writes the collected test ids there, in run order, and each
test's seconds (setup, call and teardown) beside it (``<order>.seconds.json``).

**A mutant that never ends** (``while True`` whose exit a mutant removed) is stopped when one
selected test runs longer than ``SLOW_FACTOR`` times its baseline seconds plus ``SLOW_GRACE``
(the baseline runs under coverage, itself slower than these runs; this module, loaded as a
plugin in the mutant's pytest, keeps the watch), or all of them longer than the sum of their
budgets: ``TIMEOUT`` in its output, and it counts as killed, as cosmic-ray's own timeout does —
only sooner than the scope's generous ``timeout``, which stays the last resort (an endless loop
in the first test selected used to hold a worker 900 s; now about 20 s).
"""

from __future__ import annotations

import ast
import difflib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

NOT_COVERED = "NOT COVERED"
SELECTION_ERROR = "SELECTION ERROR"
EVERY_TEST = "*"  # in a map: the line runs at import or collection time, every test depends on it
PYTEST = ["-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
          "-p", "no:randomly"]
# pytest's installed plugins are not loaded (hypothesis's, pytest-qt's, anyio's, xdist's: 2–3 s
# of imports, Qt among them, per mutant on the shared machine); the scoped tests are core tests
# that use none of their fixtures, and the baseline runs with the same plugins (coverage's
# added), so a test that needed one would fail it and stop the scope. Hypothesis's @given works
# without its plugin.
NO_PLUGINS = {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
SLOW_FACTOR = 10
SLOW_GRACE = float(os.environ.get("RELAIS_MUTATION_GRACE", "20"))  # seconds; tests use less
BUDGETS_ENV = "RELAIS_MUTATION_BUDGETS"  # the selected tests' budgets, for the watch
# The plugin is imported (-p) before pytest captures the output: the watch's last word goes here.
_REAL_STDOUT = os.dup(1) if os.environ.get(BUDGETS_ENV) else 1
UNMEASURED_SECONDS = 10.0  # a test the baseline did not time (never expected)
_seconds: dict[str, float] = {}


def pytest_collection_finish(session: Any) -> None:
    """Plugin hook: the collected test ids, in run order, into ``RELAIS_MUTATION_ORDER``."""
    path = os.environ.get("RELAIS_MUTATION_ORDER")
    if path:
        Path(path).write_text("\n".join(item.nodeid for item in session.items) + "\n")


def pytest_runtest_logreport(report: Any) -> None:
    """Plugin hook: add up each test's seconds (setup, call, teardown)."""
    _seconds[report.nodeid] = _seconds.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session: Any) -> None:
    """Plugin hook: the tests' seconds beside the order file."""
    path = os.environ.get("RELAIS_MUTATION_ORDER")
    if path:
        Path(path + ".seconds.json").write_text(json.dumps(_seconds))


def test_budget(plan: dict, test: str) -> float:  # type: ignore[type-arg]
    """How long one test may run before the mutant is taken for an endless loop."""
    return SLOW_GRACE + SLOW_FACTOR * plan.get("seconds", {}).get(test, UNMEASURED_SECONDS)


def budget(plan: dict, tests: list[str]) -> float:  # type: ignore[type-arg]
    """How long the selected tests may run, all together (with pytest's start)."""
    return SLOW_GRACE + sum(test_budget(plan, t) for t in tests)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: Any, nextitem: Any) -> Any:
    """Plugin hook: stop the run (exit 1: killed) when a test overruns its budget."""
    budgets = os.environ.get(BUDGETS_ENV)
    if not budgets:
        yield
        return
    limit = json.loads(budgets).get(item.nodeid, SLOW_GRACE + SLOW_FACTOR * UNMEASURED_SECONDS)

    def overrun() -> None:
        message = (f"\nTIMEOUT: {item.nodeid} ran over {limit:.0f} s ({SLOW_FACTOR} times "
                   "its baseline and a margin): an endless loop, killed\n")
        os.write(_REAL_STDOUT, message.encode())  # pytest's capture holds fd 1 by now
        os._exit(1)

    timer = threading.Timer(limit, overrun)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def changed_lines(original: str, mutated: str) -> set[int]:
    """The lines of ``original`` (from 1) that differ in ``mutated``; an insertion counts as
    the lines around it."""
    old, new = original.splitlines(), mutated.splitlines()
    lines: set[int] = set()
    for tag, i1, i2, _j1, _j2 in difflib.SequenceMatcher(None, old, new,
                                                          autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        lines.update(range(i1 + 1, i2 + 1) if i2 > i1 else {max(i1, 1), i1 + 1})
    return {line for line in lines if line <= max(len(old), 1)}


def _children(node: ast.stmt) -> list[ast.stmt]:
    """The statements directly inside a compound statement (bodies, else, except, case)."""
    found: list[ast.stmt] = []
    for name in ("body", "orelse", "finalbody"):
        found += [child for child in getattr(node, name, []) if isinstance(child, ast.stmt)]
    for handler in getattr(node, "handlers", []):
        found += handler.body
    for case in getattr(node, "cases", []):
        found += case.body
    return found


def _span(node: ast.stmt) -> set[int]:
    first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
    return set(range(first, (node.end_lineno or node.lineno) + 1))


def statement_lines(source: str, line: int) -> tuple[set[int], bool]:
    """The lines that stand for ``line`` in a coverage map (its statement, or the header and
    clauses of its compound statement), and whether they run at import time (outside any
    function body)."""
    tree = ast.parse(source)
    nodes: list[ast.stmt] = list(tree.body)
    in_function = False
    found: set[int] = {line}
    while True:
        node = next((n for n in nodes if line in _span(n)), None)
        if node is None:
            return found, not in_function
        inner = _children(node)
        own = _span(node) - set().union(*(_span(child) for child in inner))
        if line in own or not inner:
            return own, not in_function
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            in_function = True
        nodes, found = inner, own


def build_map(data_file: Path, tree: Path, modules: list[str], order: list[str]) -> dict:  # type: ignore[type-arg]
    """The tests that execute each line of each scoped module, from a coverage data file
    measured with pytest-cov's ``--cov-context=test``; ``EVERY_TEST`` for a line run outside
    any test (at collection). Test ids are indices into ``order`` (the run order)."""
    from coverage import CoverageData

    data = CoverageData(basename=str(data_file))
    data.read()
    index = {nodeid: i for i, nodeid in enumerate(order)}
    measured = {Path(name).resolve(): name for name in data.measured_files()}
    lines: dict[str, dict[str, list[int] | str]] = {}
    for module in modules:
        name = measured.get((tree / module).resolve())
        per_line: dict[str, list[int] | str] = {}
        for line, contexts in ((data.contexts_by_lineno(name) or {}) if name else {}).items():
            tests = {context.rsplit("|", 1)[0] for context in contexts}
            if "" in tests or not tests <= index.keys():
                per_line[str(line)] = EVERY_TEST
            else:
                per_line[str(line)] = sorted(index[test] for test in tests)
        lines[module] = per_line
    return {"order": order, "lines": lines}


def select(plan: dict, tree: Path) -> tuple[list[str], list[str]]:  # type: ignore[type-arg]
    """The tests to run for the mutant in ``tree`` (in run order) and what chose them."""
    chosen: set[int] = set()
    notes: list[str] = []
    every = False
    changed_any = False
    for module in plan["modules"]:
        original = (Path(plan["originals"]) / module).read_text()
        mutated = (tree / module).read_text()
        if original == mutated:
            continue
        changed_any = True
        for line in sorted(changed_lines(original, mutated)):
            lines, at_import = statement_lines(original, line)
            covered = [plan["map"]["lines"][module].get(str(n)) for n in sorted(lines)]
            if at_import or EVERY_TEST in covered:
                every = True
                notes.append(f"{module}:{line} runs at import or collection: every test")
                continue
            tests = {i for entry in covered if entry for i in entry}
            chosen |= tests
            notes.append(f"{module}:{line} (lines {min(lines)}-{max(lines)}) "
                         f"executed by {len(tests)} test(s)")
    order: list[str] = plan["map"]["order"]
    if every or not changed_any:
        return list(order), notes or ["no scoped module changed: every test"]
    return [order[i] for i in sorted(chosen)], notes


def _watched(ids: list[str], env: dict[str, str],
             limit: float) -> subprocess.CompletedProcess[str] | None:
    """pytest on ``ids`` with the watch loaded, its output printed; None (and ``TIMEOUT``
    printed) when the whole run overruns ``limit``."""
    try:
        done = subprocess.run([sys.executable, *PYTEST, "-p", "tests.mutation.selection", *ids],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              env=env, timeout=limit)
    except subprocess.TimeoutExpired:
        print(f"TIMEOUT: the selected tests ran over {limit:.0f} s ({SLOW_FACTOR} times their "
              "baseline and a margin): an endless loop, killed")
        return None
    print(done.stdout[-6000:])
    return done


def main() -> int:
    """cosmic-ray's test command: run the tests that execute the mutated lines."""
    plan = json.loads(Path(os.environ["RELAIS_MUTATION_PLAN"]).read_text())
    tests, notes = select(plan, Path.cwd())
    print("\n".join(notes))
    if not tests:
        print(f"{NOT_COVERED}: no scoped test executes the mutated line")
        return 0
    print(f"running {len(tests)} of {len(plan['map']['order'])} tests", flush=True)
    env = dict(os.environ, **NO_PLUGINS,
               **{BUDGETS_ENV: json.dumps({t: test_budget(plan, t) for t in tests})})
    limit = budget(plan, tests)
    done = _watched(tests, env, limit)
    if done is None:
        return 1
    if done.returncode in (0, 1, 2):  # 2: interrupted, e.g. the mutant does not import
        return done.returncode
    # A mutant of a constant a test is parametrized with (MIN_MEMORY_KIB in
    # "test_costs[kdf.m-65536-…]") renames that test: run the whole test functions instead.
    functions = list(dict.fromkeys(test.split("[", 1)[0] for test in tests))
    if functions != tests:
        print("the selected test ids are not all found with this mutant (a parameter changed "
              "their names): running the whole test functions", flush=True)
        done = _watched(functions, env, limit)
        if done is None:
            return 1
        if done.returncode in (0, 1, 2):
            return done.returncode
    # Given test ids, pytest says "found no collectors" (4) also when a test module no longer
    # imports: collect the files alone to tell a mutant that breaks the import (killed: the
    # program cannot start) from a selection gone wrong (broken, never a kill).
    files = list(dict.fromkeys(test.split("::")[0] for test in tests))
    collected = subprocess.run([sys.executable, *PYTEST, "--collect-only", *files],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env=env)
    if collected.returncode != 0 and "ERROR collecting" in collected.stdout:
        print("the tests do not import with this mutant (pytest exited "
              f"{done.returncode} on the selected ids): killed")
        return 2
    print(f"{SELECTION_ERROR}: pytest exited {done.returncode}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())

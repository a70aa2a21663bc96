"""The mutation runs' test selection (selection.py) is sound: a mutant on a line some test
executes is run against those tests and killed by them; a line no test executes selects
nothing; a line run at import selects every test. Measured for real: pytest under coverage
on a small project of its own, then mutants applied by hand as cosmic-ray applies them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.mutation import selection
from tests.mutation.run import ROOT, baseline
from tests.mutation.selection import (
    NOT_COVERED,
    SELECTION_ERROR,
    changed_lines,
    select,
    statement_lines,
)

RULES = '''"""A rule."""

from __future__ import annotations

LIMIT = 5


def allowed(n: int) -> bool:
    if n > LIMIT:
        return False
    return True


def total(values: list[int]) -> int:
    return sum(
        values,
    )


def never_called(n: int) -> int:
    return n * 2
'''

TESTS = '''import pytest

from pkg.rules import allowed, total


def test_small():
    assert allowed(3)


def test_big():
    assert not allowed(9)


def test_total():
    assert total([1, 2]) == 3


@pytest.mark.parametrize("n", [4], ids=["four, with spaces"])
def test_named(n):
    assert allowed(n)
'''


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A small project measured once by the runner's baseline: (its tree, the plan's file)."""
    root = tmp_path_factory.mktemp("measured")
    tree, work = root / "tree", root / "work"
    (tree / "pkg").mkdir(parents=True)
    (tree / "checks").mkdir()
    work.mkdir()
    (tree / "pytest.ini").write_text("[pytest]\n")
    (tree / "pkg" / "__init__.py").write_text("")
    (tree / "pkg" / "rules.py").write_text(RULES)
    (tree / "checks" / "test_rules.py").write_text(TESTS)
    (work / "demo.originals" / "pkg").mkdir(parents=True)
    (work / "demo.originals" / "pkg" / "rules.py").write_text(RULES)
    env = dict(os.environ, PYTHONPATH=f"{tree}{os.pathsep}{ROOT}", PYTHONDONTWRITEBYTECODE="1")
    scope = {"modules": ["pkg/rules.py"], "tests": ["checks/test_rules.py"]}
    with (work / "demo.log").open("w") as log:
        assert baseline("demo", scope, tree, work, env, log), (work / "demo.log").read_text()
    return tree, work / "demo.plan.json"


@pytest.fixture
def measured(project: tuple[Path, Path], tmp_path: Path) -> tuple[Path, dict]:  # type: ignore[type-arg]
    """A fresh copy of the measured project's tree for one mutant, and the plan."""
    tree = tmp_path / "tree"
    shutil.copytree(project[0], tree)
    return tree, json.loads(project[1].read_text())


def mutate(tree: Path, before: str, after: str) -> None:
    """Apply one mutant by hand, as cosmic-ray does: the module rewritten in place."""
    path = tree / "pkg" / "rules.py"
    assert before in path.read_text()
    path.write_text(path.read_text().replace(before, after, 1))


def run_selected(tree: Path, plan_file: Path, **more: str) -> subprocess.CompletedProcess[str]:
    """selection.py as cosmic-ray's test command, in the mutated tree."""
    env = dict(os.environ, PYTHONPATH=f"{tree}{os.pathsep}{ROOT}",
               RELAIS_MUTATION_PLAN=str(plan_file), PYTHONDONTWRITEBYTECODE="1", **more)
    return subprocess.run([sys.executable, "-m", "tests.mutation.selection"], cwd=tree,
                          env=env, capture_output=True, text=True)


def test_a_mutant_on_a_covered_line_runs_the_tests_that_execute_it_and_is_killed(
        measured: tuple[Path, dict], project: tuple[Path, Path]) -> None:  # type: ignore[type-arg]
    tree, plan = measured
    mutate(tree, "if n > LIMIT:", "if n < LIMIT:")
    tests, _ = select(plan, tree)
    assert tests == ["checks/test_rules.py::test_small", "checks/test_rules.py::test_big",
                     "checks/test_rules.py::test_named[four, with spaces]"]
    done = run_selected(tree, project[1])
    assert done.returncode == 1, done.stdout
    assert "running 3 of 4 tests" in done.stdout
    assert "1 failed" in done.stdout  # -x: test_small fails first, test_big is not run


def test_a_line_only_one_test_reaches_selects_that_test(
        measured: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    tree, plan = measured
    mutate(tree, "        return False", "        return True")
    assert select(plan, tree)[0] == ["checks/test_rules.py::test_big"]


def test_a_line_covered_by_no_test_selects_nothing_and_survives_as_not_covered(
        measured: tuple[Path, dict], project: tuple[Path, Path]) -> None:  # type: ignore[type-arg]
    tree, plan = measured
    mutate(tree, "return n * 2", "return n / 2")
    assert select(plan, tree)[0] == []
    done = run_selected(tree, project[1])
    assert done.returncode == 0
    assert NOT_COVERED in done.stdout


def test_a_line_run_at_import_selects_every_test(
        measured: tuple[Path, dict], project: tuple[Path, Path]) -> None:  # type: ignore[type-arg]
    tree, plan = measured
    mutate(tree, "LIMIT = 5", "LIMIT = 3")
    assert len(select(plan, tree)[0]) == 4
    done = run_selected(tree, project[1])  # a test id with spaces is one argument
    assert done.returncode == 1, done.stdout
    assert "FAILED checks/test_rules.py::test_named[four, with spaces]" in done.stdout
    assert SELECTION_ERROR not in done.stdout
    mutate(tree, "LIMIT = 3", "LIMIT = 5")
    mutate(tree, "def allowed(n: int)", "def allowed(n: int = 1)")  # a default: run at import
    assert len(select(plan, tree)[0]) == 4


def test_the_unmutated_tree_runs_every_test(
        measured: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    tree, plan = measured
    assert len(select(plan, tree)[0]) == 4


def test_a_statement_over_several_lines_is_selected_from_any_of_them(
        measured: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    tree, plan = measured
    mutate(tree, "        values,\n", "        values[1:],\n")
    assert select(plan, tree)[0] == ["checks/test_rules.py::test_total"]


def test_changed_lines_and_statements() -> None:
    assert changed_lines("a\nb\nc\n", "a\nB\nc\n") == {2}
    assert changed_lines("a\nb\n", "a\nb\n") == set()
    lines, at_import = statement_lines(RULES, RULES.splitlines().index("    if n > LIMIT:") + 1)
    assert not at_import and len(lines) == 1
    first = RULES.splitlines().index("    return sum(") + 1
    assert statement_lines(RULES, first + 1) == ({first, first + 1, first + 2}, False)
    assert statement_lines(RULES, RULES.splitlines().index("LIMIT = 5") + 1)[1]


def test_a_mutant_that_breaks_the_import_is_killed_not_a_selection_error(
        measured: tuple[Path, dict], project: tuple[Path, Path]) -> None:  # type: ignore[type-arg]
    tree, _ = measured
    mutate(tree, "LIMIT = 5", "LIMIT = 5 / 0")
    done = run_selected(tree, project[1])
    assert done.returncode == 2, done.stdout
    assert "do not import with this mutant" in done.stdout
    assert SELECTION_ERROR not in done.stdout


def test_a_selection_pytest_refuses_is_a_selection_error(
        measured: tuple[Path, dict], project: tuple[Path, Path], tmp_path: Path) -> None:  # type: ignore[type-arg]
    tree, plan = measured
    plan["map"]["order"] = [f"{test}_gone" for test in plan["map"]["order"]]
    wrong = tmp_path / "wrong.plan.json"
    wrong.write_text(json.dumps(plan))
    mutate(tree, "LIMIT = 5", "LIMIT = 3")
    done = run_selected(tree, wrong)
    assert done.returncode == 4, done.stdout
    assert SELECTION_ERROR in done.stdout


def test_the_baseline_times_each_test(measured: tuple[Path, dict]) -> None:  # type: ignore[type-arg]
    _, plan = measured
    assert set(plan["seconds"]) == set(plan["map"]["order"])
    assert all(0 < s < 60 for s in plan["seconds"].values())


def test_a_mutant_that_never_ends_is_stopped_early_and_killed(
        measured: tuple[Path, dict], tmp_path: Path) -> None:  # type: ignore[type-arg]
    tree, plan = measured
    # Sums zeros for ever, in Python bytecode (the watch's thread gets its turn).
    mutate(tree, "    return sum(", "    return sum(v for v in iter(int, 1)) + sum(")
    plan["seconds"] = dict.fromkeys(plan["seconds"], 0.01)
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(plan))
    limit = selection.budget(plan, ["checks/test_rules.py::test_total"])
    assert limit == 2 * selection.SLOW_GRACE + selection.SLOW_FACTOR * 0.01  # 20 s a test
    started = time.monotonic()
    done = run_selected(tree, plan_file, RELAIS_MUTATION_GRACE="4")  # 4 s here, to be quick
    assert done.returncode == 1, done.stdout
    assert "TIMEOUT: checks/test_rules.py::test_total ran over 4 s" in done.stdout
    assert time.monotonic() - started < 8 + 5  # the test's budget and pytest's start


def test_a_mutant_that_renames_a_parametrized_test_runs_the_whole_function(
        measured: tuple[Path, dict], project: tuple[Path, Path]) -> None:  # type: ignore[type-arg]
    """test_named's id comes from its parameters: a mutant of a constant a test is
    parametrized with changes the id the baseline recorded; the whole function runs instead of
    a selection error (which would leave the mutant unjudged)."""
    tree, _ = measured
    tests = (tree / "checks" / "test_rules.py").read_text()
    (tree / "checks" / "test_rules.py").write_text(
        tests.replace('ids=["four, with spaces"]', 'ids=["renamed"]'))
    mutate(tree, "if n > LIMIT:", "if n >= 4:")  # test_named (n = 4) now fails
    done = run_selected(tree, project[1])
    assert "running the whole test functions" in done.stdout, done.stdout
    assert done.returncode == 1 and selection.SELECTION_ERROR not in done.stdout

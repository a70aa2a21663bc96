"""Mutants set aside before the run: those inside type annotations (they cannot change
behaviour) and those that are not Python (they cannot run at all).

Every scoped module starts with ``from __future__ import annotations``, so an annotation is
kept as a string and never evaluated (none of these modules is an SQLAlchemy model, a
dataclass read with ``get_type_hints`` or a pydantic model). ``Actor | None`` mutated to
``Actor - None`` is then the same program; running the tests for it would cost a full,
surviving run each. Such mutants are recorded as skipped with the reason ``ANNOTATION`` and
reported in a column of their own, apart from the score.

A mutant that does not compile (``*, for_update`` made ``+, for_update``) is no program: the
tests would "kill" it by failing to import, which says nothing of the tests. It is recorded as
skipped with the reason ``NOT_PYTHON`` and reported with the annotations.

A mutant that ``equivalent.toml`` explains is not run either (unless ``--fresh``): it survives
every test by its explanation, and running it is a full, green run of the scope's tests (a
minute and a half each for the de-identification scope). It gets the outcome it would have
had, survived, with the reason ``EXPLAINED`` as its output, and is counted as equivalent.
"""

from __future__ import annotations

import ast
import warnings
from collections.abc import Callable
from pathlib import Path

ANNOTATION = "in a type annotation, never evaluated (from __future__ import annotations)"
NOT_PYTHON = "the mutated module does not compile"
SET_ASIDE = (ANNOTATION, NOT_PYTHON)

Span = tuple[tuple[int, int], tuple[int, int]]


def annotation_spans(source: str) -> list[Span]:
    """The (start, end) positions of every annotation of ``source``, or none when the module
    evaluates its annotations (no ``from __future__ import annotations``)."""
    tree = ast.parse(source)
    postponed = any(isinstance(node, ast.ImportFrom) and node.module == "__future__"
                    and any(alias.name == "annotations" for alias in node.names)
                    for node in tree.body)
    if not postponed:
        return []
    found: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation is not None:
            found.append(node.annotation)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns:
            found.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            found.append(node.annotation)
    return [((n.lineno, n.col_offset), (n.end_lineno or n.lineno, n.end_col_offset or 0))
            for n in found]


def in_annotation(spans: list[Span], start: tuple[int, int]) -> bool:
    """True when the position ``start`` (line from 1, column from 0) lies in an annotation."""
    return any(first <= start < last for first, last in spans)


def compiles(source: str, operator_name: str, operator_args: dict, occurrence: int) -> bool:  # type: ignore[type-arg]
    """True when the mutant of ``source`` is a Python module (or no mutation applies)."""
    from cosmic_ray.mutating import mutate_code
    from cosmic_ray.plugins import get_operator

    try:
        mutated = mutate_code(source, get_operator(operator_name)(**operator_args), occurrence)
    except Exception:  # an operator that cannot rebuild the code: cosmic-ray runs it as it is
        return True
    if mutated is None:
        return True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SyntaxWarning)  # `x is "closed"` still runs
            compile(mutated, "<mutant>", "exec")
    except SyntaxError:
        return False
    return True


def skip_annotation_mutants(session: Path, tree: Path) -> int:
    """Mark the session's mutants that lie in annotations, or do not compile, as skipped
    (with the reason as output); returns how many."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    sources: dict[str, str] = {}
    spans: dict[str, list[Span]] = {}
    aside: dict[str, list[str]] = {ANNOTATION: [], NOT_PYTHON: []}
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item in db.work_items:
            mutation = item.mutations[0]
            module = str(mutation.module_path)
            if module not in sources:
                sources[module] = (tree / module).read_text()
                spans[module] = annotation_spans(sources[module])
            if in_annotation(spans[module], tuple(mutation.start_pos)):
                aside[ANNOTATION].append(item.job_id)
            elif not compiles(sources[module], mutation.operator_name,
                              dict(mutation.operator_args or {}), mutation.occurrence):
                aside[NOT_PYTHON].append(item.job_id)
        for reason, jobs in aside.items():
            if jobs:
                db.set_multiple_results(jobs, WorkResult(
                    worker_outcome=WorkerOutcome.SKIPPED, output=reason))
    return sum(map(len, aside.values()))


EXPLAINED = "explained in equivalent.toml: not run (a --fresh run runs it)"


def mutant_diff(source: str, module: str, operator_name: str, operator_args: dict,  # type: ignore[type-arg]
                occurrence: int) -> str | None:
    """The unified diff of one mutant, as cosmic-ray writes it (None: no mutation there)."""
    import difflib

    from cosmic_ray.mutating import mutate_code
    from cosmic_ray.plugins import get_operator

    try:
        mutated = mutate_code(source, get_operator(operator_name)(**operator_args), occurrence)
    except Exception:  # an operator that cannot rebuild the code: let cosmic-ray run it
        return None
    if mutated is None:
        return None
    lines = difflib.unified_diff(source.splitlines(keepends=True),
                                 mutated.splitlines(keepends=True),
                                 fromfile=f"a/{module}", tofile=f"b/{module}")
    return "--- mutation diff ---\n" + "".join(lines)


def skip_explained_mutants(session: Path, tree: Path,
                           explained: Callable[[str, str], str | None]) -> int:
    """Give the mutants not yet run that ``equivalent.toml`` explains (``explained(module,
    diff)``) their known outcome, survived, without running them: each costs a full run of
    the scope's tests, always green. Returns how many."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkResult

    sources: dict[str, str] = {}
    found = 0
    with use_db(str(session), WorkDB.Mode.open) as db:
        done = {job_id for job_id, _ in db.results}
        for item in db.work_items:
            if item.job_id in done:
                continue
            mutation = item.mutations[0]
            module = str(mutation.module_path)
            if module not in sources:
                sources[module] = (tree / module).read_text()
            diff = mutant_diff(sources[module], module, mutation.operator_name,
                               dict(mutation.operator_args or {}), mutation.occurrence)
            if diff is not None and explained(module, diff):
                db.set_result(item.job_id, WorkResult(
                    worker_outcome=WorkerOutcome.NORMAL, output=EXPLAINED,
                    test_outcome=TestOutcome.SURVIVED, diff=diff))
                found += 1
    return found

"""Mutants inside type annotations, set aside before the run: they cannot change behaviour.

Every scoped module starts with ``from __future__ import annotations``, so an annotation is
kept as a string and never evaluated (none of these modules is an SQLAlchemy model, a
dataclass read with ``get_type_hints`` or a pydantic model). ``Actor | None`` mutated to
``Actor - None`` is then the same program; running the tests for it would cost a full,
surviving run each. Such mutants are recorded as skipped with the reason ``ANNOTATION`` and
reported in a column of their own, apart from the score.
"""

from __future__ import annotations

import ast
from pathlib import Path

ANNOTATION = "in a type annotation, never evaluated (from __future__ import annotations)"

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


def skip_annotation_mutants(session: Path, tree: Path) -> int:
    """Mark the session's mutants that lie in annotations as skipped; returns how many."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    spans: dict[str, list[Span]] = {}
    skipped = []
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item in db.work_items:
            mutation = item.mutations[0]
            module = str(mutation.module_path)
            if module not in spans:
                spans[module] = annotation_spans((tree / module).read_text())
            if in_annotation(spans[module], tuple(mutation.start_pos)):
                skipped.append(item.job_id)
        if skipped:
            db.set_multiple_results(skipped, WorkResult(
                worker_outcome=WorkerOutcome.SKIPPED, output=ANNOTATION))
    return len(skipped)

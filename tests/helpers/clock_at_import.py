"""Find test code that reads the clock when a module is imported instead of when a test runs.

pytest (and pytest-xdist) import every test module at collection; a run that crosses midnight
then tests yesterday's "today" against services that already live in the new day. This module
reads the test sources with ``ast`` (nothing is imported or run) and reports each place where
the clock is read at import time: at module level, at class level, in a default argument or a
decorator (a ``parametrize`` table), directly or through a function or class of the test code
that reads it (followed across ``tests`` modules).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

# ``date.today()``, ``datetime.now()``, ``datetime.datetime.utcnow()``, ``QDate.currentDate()``…
CLOCK_METHODS = frozenset({"today", "now", "utcnow", "currentDate", "currentDateTime",
                           "currentDateTimeUtc", "currentSecsSinceEpoch"})
# ``time.time()``, ``time.localtime()``…: the functions of module ``time`` that read the clock,
# with how many arguments they take before the time they would otherwise read.
TIME_FUNCTIONS = {"time": 0, "time_ns": 0, "localtime": 0, "gmtime": 0, "ctime": 0,
                  "asctime": 0, "strftime": 1}
# A helper called like this is taken to return the current day or time (``today()``,
# ``utcnow()`` of ``desktop.core.store.models.base``).
CLOCK_HELPERS = frozenset({"today", "now", "utcnow"})
# What runs when a class of the test code is instantiated.
CONSTRUCTORS = ("__new__", "__init__", "__post_init__")

Function = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass(frozen=True)
class Finding:
    """One import-time clock read: the file (relative to the root), the line, the call."""

    path: Path
    line: int
    call: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}"


@dataclass
class _Module:
    name: str
    path: Path
    tree: ast.Module
    callables: dict[str, list[ast.stmt]]  # module-level function or class -> what runs
    aliases: dict[str, tuple[str, str]]   # a name imported ``from m import f`` -> (m, f)
    modules: dict[str, str]               # a module imported under a name -> its full name


def module_name(path: Path, root: Path) -> str:
    """``tests/core/test_x.py`` under ``root`` -> ``tests.core.test_x``."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _runs(node: ast.stmt) -> list[ast.stmt] | None:
    """The statements a call of this module-level function or class runs (``None``: not one)."""
    if isinstance(node, Function):
        return list(node.body)
    if isinstance(node, ast.ClassDef):
        return [statement for method in node.body
                if isinstance(method, Function) and method.name in CONSTRUCTORS
                for statement in method.body]
    return None


def _read(path: Path, root: Path) -> _Module:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    callables = {node.name: body for node in tree.body
                 if isinstance(node, Function | ast.ClassDef)
                 and (body := _runs(node)) is not None}
    aliases: dict[str, tuple[str, str]] = {}
    modules: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                local = alias.asname or alias.name
                aliases[local] = (node.module, alias.name)
                modules[local] = f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    modules[alias.asname] = alias.name
    return _Module(module_name(path, root), path, tree, callables, aliases, modules)


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return "?"


def is_clock_call(call: ast.Call) -> bool:
    """Whether this call reads the clock itself (not through a function of the test code)."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id in CLOCK_HELPERS
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr in CLOCK_METHODS:
        return True
    if _dotted(func.value) != "time" or func.attr not in TIME_FUNCTIONS:
        return False
    return len(call.args) + len(call.keywords) <= TIME_FUNCTIONS[func.attr]


def _target(module: _Module, call: ast.Call) -> tuple[str, str] | None:
    """The (module, name) of the test code's function or class this call runs, if known."""
    func = call.func
    if isinstance(func, ast.Name):
        if func.id in module.callables:
            return module.name, func.id
        return module.aliases.get(func.id)
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        imported = module.modules.get(func.value.id)
        if imported:
            return imported, func.attr
    return None


def clock_readers(modules: dict[str, _Module]) -> set[tuple[str, str]]:
    """The module-level functions and classes of the test code that read the clock when
    called, directly or through one another (a fixed point over every module)."""
    found: set[tuple[str, str]] = set()
    changed = True
    while changed:
        changed = False
        for module in modules.values():
            for name, body in module.callables.items():
                if (module.name, name) in found:
                    continue
                calls = (node for statement in body for node in ast.walk(statement)
                         if isinstance(node, ast.Call))
                if any(is_clock_call(call) or _target(module, call) in found for call in calls):
                    found.add((module.name, name))
                    changed = True
    return found


def import_time_calls(body: list[ast.stmt]) -> Iterator[ast.Call]:
    """The calls Python makes when it runs these statements at import: everything but the
    bodies of functions and lambdas (their defaults and decorators included), and not the
    ``if __name__ == "__main__":`` block of a script."""
    for statement in body:
        if isinstance(statement, Function):
            for node in (*statement.decorator_list, *_defaults(statement.args)):
                yield from _calls(node)
        elif isinstance(statement, ast.ClassDef):
            for node in (*statement.decorator_list, *statement.bases,
                         *(keyword.value for keyword in statement.keywords)):
                yield from _calls(node)
            yield from import_time_calls(statement.body)
        elif isinstance(statement, ast.If) and _is_main_guard(statement.test):
            yield from import_time_calls(statement.orelse)
        else:
            for child in ast.iter_child_nodes(statement):
                yield from _calls(child)


def _defaults(args: ast.arguments) -> list[ast.expr]:
    return [*args.defaults, *(default for default in args.kw_defaults if default is not None)]


def _calls(node: ast.AST) -> Iterator[ast.Call]:
    """The calls evaluated with ``node``: a lambda's defaults but not its body; a nested
    statement (the body of an ``if``, ``for``, ``with``, ``try``…) as at import."""
    if isinstance(node, ast.stmt):
        yield from import_time_calls([node])
        return
    if isinstance(node, ast.Lambda):
        for default in _defaults(node.args):
            yield from _calls(default)
        return
    if isinstance(node, ast.Call):
        yield node
    for child in ast.iter_child_nodes(node):
        yield from _calls(child)


def _is_main_guard(test: ast.expr) -> bool:
    return (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name)
            and test.left.id == "__name__")


def findings(root: Path, paths: Iterable[Path]) -> list[Finding]:
    """Every import-time clock read in these files (``root``: the folder above ``tests``)."""
    modules = {module.name: module for module in (_read(path, root) for path in sorted(paths))}
    readers = clock_readers(modules)
    found: set[Finding] = set()
    for module in modules.values():
        for call in import_time_calls(module.tree.body):
            if is_clock_call(call) or _target(module, call) in readers:
                found.add(Finding(module.path.relative_to(root), call.lineno,
                                  ast.unparse(call)))
    return sorted(found, key=lambda finding: (str(finding.path), finding.line, finding.call))

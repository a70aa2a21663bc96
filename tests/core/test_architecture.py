"""The core never imports Qt; the layers point one way (import-linter contracts); no module
imports itself back through others."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]


def test_import_linter_contracts_hold() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    for contract in ("The core never imports Qt", "Layers: cli over gui",
                     "Services by feature", "Demo data is made by the CLI",
                     "The hub is a face of its own"):
        assert f"{contract}" in result.stdout and "BROKEN" not in result.stdout, result.stdout
    assert result.stdout.count(" KEPT") == 5, result.stdout


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0
    for start in sorted(graph.modules):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.find_modules_directly_imported_by(start))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(
                        graph.find_modules_directly_imported_by(child)))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    cycles.append(sorted(group))
    return cycles


def test_no_import_cycles() -> None:
    """Every import (those only for type checking too) points one way: a package's
    ``__init__`` aside, no module reaches itself again through the modules it imports."""
    graph = grimp.build_graph("desktop", cache_dir=None)
    cycles = [group for group in import_cycles(graph)]
    assert cycles == [], cycles


def test_the_cycle_finder_sees_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for name in ("pkg", "pkg.a", "pkg.b", "pkg.c"):
        graph.add_module(name)
    graph.add_import(importer="pkg.a", imported="pkg.b")
    graph.add_import(importer="pkg.b", imported="pkg.a")
    graph.add_import(importer="pkg.c", imported="pkg.a")
    assert import_cycles(graph) == [["pkg.a", "pkg.b"]]


SERVICES = ROOT / "desktop" / "core" / "services"


def test_every_feature_package_says_what_it_holds_and_stays_small() -> None:
    """Issue 16: each package under ``services/`` opens with a docstring saying what it holds,
    every package is in the layers contract, and none holds more than about 15 modules."""
    layers = Path(ROOT / "pyproject.toml").read_text(encoding="utf-8")
    packages = sorted(p for p in SERVICES.iterdir() if (p / "__init__.py").is_file())
    assert len(packages) >= 10, packages
    for package in packages:
        doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")))
        assert doc and len(doc.split()) >= 6, f"{package.name}: no docstring saying what it holds"
        modules = [m for m in package.glob("*.py") if m.name != "__init__.py"]
        assert len(modules) <= 16, f"{package.name} holds {len(modules)} modules"
        assert f'"{package.name}"' in layers or f"| {package.name}" in layers \
            or f"{package.name} |" in layers, f"{package.name} is not in the layers contract"
    flat = sorted(m.name for m in SERVICES.glob("*.py") if m.name != "__init__.py")
    assert flat == ["session.py"], flat

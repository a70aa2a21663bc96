"""The messages a module marks for translation, read from its source (no import, no Qt):
``translate("Context", "English")`` (``QCoreApplication.translate`` too, and plural forms with
more arguments) and ``self.tr("English")`` inside a class (the class's name is the context).
Tests check that each has its French."""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path


def _text(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(func: ast.AST) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


class _Scan(ast.NodeVisitor):
    def __init__(self) -> None:
        self.classes: list[str] = []
        self.found: list[tuple[str, str]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        texts = [_text(arg) for arg in node.args[:2]]
        if name == "translate" and len(texts) == 2 and None not in texts:
            self.found.append((texts[0], texts[1]))  # type: ignore[arg-type]
        elif name == "tr" and isinstance(node.func, ast.Attribute) and texts and texts[0] \
                is not None and self.classes:
            self.found.append((self.classes[-1], texts[0]))
        self.generic_visit(node)


def messages(paths: Iterable[Path]) -> list[tuple[str, str]]:
    """(context, English) of every message marked for translation in the files ``paths``."""
    found: list[tuple[str, str]] = []
    for path in paths:
        scan = _Scan()
        scan.visit(ast.parse(Path(path).read_text(encoding="utf-8")))
        found.extend(scan.found)
    return found

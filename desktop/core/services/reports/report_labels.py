"""Codes to labels for reports and exports, read from the reference lists.

The lists live in ``resources/reference`` (``desktop.core.catalogue.reference``). A code that a
list does not know (an older code, a list an organisation trimmed) is shown as the code itself,
so a report never fails on data.
"""

from __future__ import annotations

from typing import Any

from desktop.core.catalogue import reference


def choices(list_name: str, lang: str | None = None) -> list[tuple[str, str]]:
    """``(code, label)`` pairs of a reference list, in the list's order ([] if unknown)."""
    try:
        pairs = reference.choices(list_name, lang, with_retired=True)
    except (KeyError, LookupError, FileNotFoundError, ValueError):
        return []
    return [(str(code), str(label)) for code, label in pairs]


def label(list_name: str, code: str | None, lang: str | None = None) -> str:
    """The label of ``code`` in ``list_name`` (the code itself when unknown)."""
    if code is None or code == "":
        return ""
    try:
        return str(reference.label(list_name, code, lang))
    except (KeyError, LookupError, FileNotFoundError, ValueError):
        return str(code)


def entry(list_name: str, code: str | None) -> dict[str, Any]:
    """The whole entry of ``code`` (e.g. its ``ir`` value), or {} when unknown."""
    if not code:
        return {}
    try:
        found = reference.entry(list_name, code)
    except (KeyError, LookupError, FileNotFoundError, ValueError):
        return {}
    return dict(found or {})


def ir_value(list_name: str, code: str | None, default: str = "") -> str:
    """The Incident Recorder value of ``code`` (its ``ir`` entry), or ``default``."""
    value = entry(list_name, code).get("ir")
    return str(value) if value else default

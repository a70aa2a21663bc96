"""Dates in ``parametrize`` tables, counted from the day the test runs.

A table is built when pytest imports the module, possibly before midnight, and the test may run
after it: a table therefore holds a ``timedelta`` ("30 days before today") and the test turns it
into a date with the day it runs (the ``today`` fixture).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any


def on(value: Any, today: date) -> Any:
    """``today + value`` for a ``timedelta``; any other value as it is (``None``, a text…)."""
    return today + value if isinstance(value, timedelta) else value


def dated(changes: dict[str, Any], today: date) -> dict[str, Any]:
    """``changes`` with each ``timedelta`` value turned into the day that far from ``today``."""
    return {key: on(value, today) for key, value in changes.items()}

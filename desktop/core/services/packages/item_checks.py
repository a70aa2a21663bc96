"""Checks of a package's items before anything is stored: exact keys, types and lengths. A
signed package from a known sender can still be wrong (another version, a bug at the sender):
one bad item refuses the whole package with one line naming its position."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from desktop.core.catalogue import reference
from desktop.core.errors import DamagedData
from desktop.core.i18n import translate

# The outcomes a receiving organisation can send back for an accepted referral (its feedback).
OUTCOMES = ("service_provided", "service_not_provided")


class BadItem(ValueError):
    """An item field that is missing, of the wrong type or too long."""


def refused(position: int) -> DamagedData:
    """The one line for a package whose item ``position`` (1-based) is not valid."""
    return DamagedData(translate("Packages", "Item {position} of this package is not valid: "
                                             "nothing was imported.").format(position=position))


def keys(item: dict[str, Any], wanted: set[str]) -> None:
    """The item has exactly the keys ``wanted``."""
    if set(item) != wanted:
        raise BadItem("keys")


def text(value: Any, limit: int, *, optional: bool = False) -> str | None:
    """A string of at most ``limit`` characters (or None when ``optional``)."""
    if value is None and optional:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise BadItem("text")
    return value


def required_text(value: Any, limit: int) -> str:
    """A non-empty string of at most ``limit`` characters."""
    found = text(value, limit)
    if not found:
        raise BadItem("empty")
    return found


def code(list_name: str, value: Any) -> str:
    """A code of the reference list ``list_name``."""
    if not isinstance(value, str) or not reference.has(list_name, value):
        raise BadItem(list_name)
    return value


def day(value: Any, *, optional: bool = False) -> date | None:
    """An ISO date."""
    if value is None and optional:
        return None
    try:
        return date.fromisoformat(required_text(value, 10))
    except ValueError as exc:
        raise BadItem("date") from exc


def required_day(value: Any) -> date:
    """An ISO date, not missing."""
    found = day(value)
    assert found is not None
    return found


def moment(value: Any) -> datetime:
    """An ISO date and time with its time zone."""
    try:
        found = datetime.fromisoformat(required_text(value, 40))
    except ValueError as exc:
        raise BadItem("datetime") from exc
    if found.tzinfo is None:
        raise BadItem("timezone")
    return found


def lines(value: Any, count: int, limit: int) -> list[str]:
    """A list of at most ``count`` strings of at most ``limit`` characters."""
    if not isinstance(value, list) or len(value) > count:
        raise BadItem("list")
    return [text(v, limit) or "" for v in value]


def number(value: Any, low: int, high: int, *, optional: bool = False) -> int | None:
    """An integer between ``low`` and ``high``."""
    if value is None and optional:
        return None
    if type(value) is not int or not low <= value <= high:
        raise BadItem("number")
    return value

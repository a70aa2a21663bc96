"""Reference lists shipped as data in ``resources/reference/<list>.json``.

Each file is a list of entries ``{"code": ..., "fr": ..., "en": ..., <extra keys>}``. Codes are
stable ASCII strings stored in the database and written to exports, so an organisation may
change labels or add entries but must never change a code. Extra keys carry, for instance, the
GBVIMS Incident Recorder value (``"ir"``), a service column name (``"ir_column"``) or a number of
days (``"days"`` for priorities).

Places: ``regions.json`` holds the regions of Mali, each with its ``cercles`` (the District of
Bamako lists its six communes). ``cercles`` is also available as a flat list (every cercle of
every region) so that ``label("cercles", code)`` works.

Updates from the hub: a national coordinator may publish newer versions of some lists
(``reference_rules.UPDATABLE``); the site keeps them in its database and hands them here with
:func:`use_hub_lists` once the database is open. A list read here is then the shipped list
merged with the hub's: the hub's labels and extra keys over the shipped ones, its new codes in
its order, and any shipped code it does not name kept after them. An entry marked
``"retired": true`` is still read (``has``, ``label``, ``entry``, ``codes``: an old record keeps
its label) but no longer offered by :func:`choices` and :func:`cercles` for new entries.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from typing import Any

from desktop.core.i18n import current_language
from desktop.core.paths import resources_dir


class UnknownCode(LookupError):
    """A code (or list name) that the reference data does not hold: a programming error."""


def _folder() -> Any:
    return resources_dir() / "reference"


# The hub's lists in use (list name → its entries, already checked), and what must forget
# values computed from the lists when they change (e.g. the age groups' limits).
_hub: dict[str, tuple[dict[str, Any], ...]] = {}
_listeners: list[Callable[[], None]] = []


@cache
def shipped(list_name: str) -> tuple[dict[str, Any], ...]:
    """The list as this version of Relais ships it (without the hub's update)."""
    path = _folder() / f"{list_name}.json"
    if list_name == "cercles" or not path.is_file():
        raise UnknownCode(f"unknown reference list {list_name!r}")
    return tuple(json.loads(path.read_text(encoding="utf-8")))


def shipped_cercles() -> list[dict[str, Any]]:
    """Every cercle of every shipped region (the shape a cercle has)."""
    return [c for region in shipped("regions") for c in region.get("cercles", ())]


def merged(base: tuple[dict[str, Any], ...] | list[dict[str, Any]],
           update: tuple[dict[str, Any], ...] | list[dict[str, Any]]) -> tuple[
        dict[str, Any], ...]:
    """``update``'s entries over ``base``'s (same code: the update's keys win; a region's
    ``cercles`` merged the same way), then ``base``'s codes the update does not name."""
    by_code = {item["code"]: item for item in base}
    named = {item["code"] for item in update}
    result = []
    for item in update:
        old = by_code.get(item["code"], {})
        new = {**old, **item}
        if "cercles" in old and "cercles" in item:
            new["cercles"] = list(merged(old["cercles"], item["cercles"]))
        result.append(new)
    return tuple(result) + tuple(item for item in base if item["code"] not in named)


@cache
def _load(list_name: str) -> tuple[dict[str, Any], ...]:
    if list_name == "cercles":
        return tuple(c for region in _load("regions") for c in region.get("cercles", ()))
    base = shipped(list_name)
    return merged(base, _hub[list_name]) if list_name in _hub else base


def use_hub_lists(lists: dict[str, list[dict[str, Any]]] | None) -> None:
    """Read the hub's ``lists`` over the shipped ones from now on (None or {}: the shipped
    lists only, e.g. once the database is closed)."""
    if not lists and not _hub:
        return  # the shipped lists already: nothing to forget
    _hub.clear()
    _hub.update({name: tuple(entries) for name, entries in (lists or {}).items()})
    reload()


def on_reload(forget: Callable[[], None]) -> None:
    """Call ``forget`` whenever the lists change (a cache of values computed from them)."""
    _listeners.append(forget)


def retired(list_name: str, code: str) -> bool:
    """True for a code the hub retired: still read, no longer offered."""
    return bool(_index(list_name).get(code, {}).get("retired"))


@cache
def _index(list_name: str) -> dict[str, dict[str, Any]]:
    return {item["code"]: item for item in _load(list_name)}


def list_names() -> list[str]:
    """The names of every shipped reference list (plus the derived ``cercles``)."""
    return sorted([p.stem for p in _folder().glob("*.json")] + ["cercles"])


def _text(item: dict[str, Any], lang: str | None) -> str:
    lang = lang or current_language()
    return str(item.get(lang) or item.get("en") or item["code"])


def codes(list_name: str) -> list[str]:
    """The codes of ``list_name`` in their shipped order."""
    return [item["code"] for item in _load(list_name)]


def has(list_name: str, code: str | None) -> bool:
    """True when ``code`` belongs to ``list_name``."""
    return code is not None and code in _index(list_name)


def entry(list_name: str, code: str) -> dict[str, Any]:
    """The whole entry (code, labels and extra keys); ``UnknownCode`` if absent."""
    try:
        return dict(_index(list_name)[code])
    except KeyError:
        raise UnknownCode(f"unknown code {code!r} in reference list {list_name!r}") from None


def choices(list_name: str, lang: str | None = None, *,
            with_retired: bool = False) -> list[tuple[str, str]]:
    """``(code, label)`` pairs in the list's order, labels in ``lang`` (default: current): what
    a form offers, so without retired codes unless ``with_retired`` (reports, reading)."""
    return [(item["code"], _text(item, lang)) for item in _load(list_name)
            if with_retired or not item.get("retired")]


def label(list_name: str, code: str, lang: str | None = None) -> str:
    """The label of ``code`` in ``lang``; ``UnknownCode`` for a code not in the list."""
    return _text(entry(list_name, code), lang)


def value(list_name: str, code: str, key: str, default: Any = None) -> Any:
    """An extra key of an entry, e.g. ``value("sex", "female", "ir") == "F"``."""
    return entry(list_name, code).get(key, default)


def cercles(region_code: str, lang: str | None = None) -> list[tuple[str, str]]:
    """The cercles (communes for Bamako) of ``region_code`` as ``(code, label)`` pairs (the
    ones offered: without retired cercles)."""
    region = entry("regions", region_code)
    return [(c["code"], _text(c, lang)) for c in region.get("cercles", ())
            if not c.get("retired")]


def region_of_cercle(cercle_code: str) -> str:
    """The region a cercle belongs to."""
    for region in _load("regions"):
        if any(c["code"] == cercle_code for c in region.get("cercles", ())):
            return str(region["code"])
    raise UnknownCode(f"unknown cercle {cercle_code!r}")


def reload() -> None:
    """Forget loaded lists (after the data files or the hub's lists changed)."""
    shipped.cache_clear()
    _load.cache_clear()
    _index.cache_clear()
    for forget in _listeners:
        forget()

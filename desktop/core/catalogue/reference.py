"""Reference lists shipped as data in ``resources/reference/<list>.json``.

Each file is a list of entries ``{"code": ..., "fr": ..., "en": ..., <extra keys>}``. Codes are
stable ASCII strings stored in the database and written to exports, so an organisation may
change labels or add entries but must never change a code. Extra keys carry, for instance, the
GBVIMS Incident Recorder value (``"ir"``), a service column name (``"ir_column"``) or a number of
days (``"days"`` for priorities).

Places: ``regions.json`` holds the regions of Mali, each with its ``cercles`` (the District of
Bamako lists its six communes). ``cercles`` is also available as a flat list (every cercle of
every region) so that ``label("cercles", code)`` works.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from desktop.core.i18n import current_language
from desktop.core.paths import resources_dir


class UnknownCode(LookupError):
    """A code (or list name) that the reference data does not hold: a programming error."""


def _folder() -> Any:
    return resources_dir() / "reference"


@cache
def _load(list_name: str) -> tuple[dict[str, Any], ...]:
    if list_name == "cercles":
        return tuple(c for region in _load("regions") for c in region.get("cercles", ()))
    path = _folder() / f"{list_name}.json"
    if not path.is_file():
        raise UnknownCode(f"unknown reference list {list_name!r}")
    entries = json.loads(path.read_text(encoding="utf-8"))
    return tuple(entries)


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


def choices(list_name: str, lang: str | None = None) -> list[tuple[str, str]]:
    """``(code, label)`` pairs in shipped order, labels in ``lang`` (default: current)."""
    return [(item["code"], _text(item, lang)) for item in _load(list_name)]


def label(list_name: str, code: str, lang: str | None = None) -> str:
    """The label of ``code`` in ``lang``; ``UnknownCode`` for a code not in the list."""
    return _text(entry(list_name, code), lang)


def value(list_name: str, code: str, key: str, default: Any = None) -> Any:
    """An extra key of an entry, e.g. ``value("sex", "female", "ir") == "F"``."""
    return entry(list_name, code).get(key, default)


def cercles(region_code: str, lang: str | None = None) -> list[tuple[str, str]]:
    """The cercles (communes for Bamako) of ``region_code`` as ``(code, label)`` pairs."""
    region = entry("regions", region_code)
    return [(c["code"], _text(c, lang)) for c in region.get("cercles", ())]


def region_of_cercle(cercle_code: str) -> str:
    """The region a cercle belongs to."""
    for region in _load("regions"):
        if any(c["code"] == cercle_code for c in region.get("cercles", ())):
            return str(region["code"])
    raise UnknownCode(f"unknown cercle {cercle_code!r}")


def reload() -> None:
    """Forget loaded lists (after the data files changed)."""
    _load.cache_clear()
    _index.cache_clear()

"""Translations for the core, without Qt.

Source strings are English. French (the default) comes from the Qt Linguist ``.ts`` files in
``resources/translations`` — the same files the GUI compiles to ``.qm`` — so one translation
source serves the GUI, the CLI, letters and reports. The core reads the XML directly.

Mark a string with ``translate("Context", "Text")`` so that ``pyside6-lupdate`` extracts it.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from functools import cache

from desktop.core.paths import resources_dir

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
SOURCE_LANGUAGE = "en"

_state = threading.local()
_global = {"lang": DEFAULT_LANGUAGE}


def set_language(lang: str) -> None:
    """Choose the language of messages for the whole process."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang}")
    _global["lang"] = lang


def current_language() -> str:
    """The language messages are given in now."""
    return getattr(_state, "lang", None) or _global["lang"]


@cache
def _table(lang: str) -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    folder = resources_dir() / "translations"
    for path in sorted(folder.glob(f"*_{lang}.ts")):
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None:
                    continue
                if node.get("type") in ("obsolete", "vanished"):
                    continue
                text = node.text or ""
                if text:
                    table[(name, source)] = text
    return table


def translate(context: str, text: str, lang: str | None = None) -> str:
    """Return ``text`` (English source) in ``lang`` or the current language."""
    lang = lang or current_language()
    if lang == SOURCE_LANGUAGE:
        return text
    return _table(lang).get((context, text), text)


def is_translated(context: str, text: str, lang: str) -> bool:
    """Whether the ``.ts`` files of ``lang`` give ``text`` a translation in ``context`` (the
    same word in both languages, "Site", counts)."""
    return lang == SOURCE_LANGUAGE or (context, text) in _table(lang)


def decimal(value: float, digits: int = 1, lang: str | None = None) -> str:
    """``value`` with ``digits`` decimals, as the language writes it: 5,0 in French, 5.0 in
    English."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if (lang or current_language()) == "fr" else text


def reload() -> None:
    """Forget loaded tables (after the ``.ts`` files changed)."""
    _table.cache_clear()

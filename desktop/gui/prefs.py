"""What the GUI remembers between runs, in QSettings (never a secret, never case data):
the language chosen before login, the last username typed, and each person's column widths
and sort per table."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QSettings

from desktop.core import i18n


def store() -> QSettings:
    """The INI-format settings of Relais (tests point ``QSettings.setPath`` elsewhere)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Relais", "Relais")


def language() -> str:
    """The language chosen last (French by default)."""
    value = str(store().value("language", i18n.DEFAULT_LANGUAGE))
    return value if value in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    """Remember the language."""
    store().setValue("language", lang)


def last_username() -> str:
    """The username typed at the last successful login (to pre-fill the login window)."""
    return str(store().value("last_username", ""))


def set_last_username(username: str) -> None:
    """Remember the username (not the password, ever)."""
    store().setValue("last_username", username)


def _table_key(username: str, table: str) -> str:
    return f"tables/{username}/{table}"


def table_state(username: str, table: str) -> dict[str, Any]:
    """The column widths and sort ``username`` gave ``table`` (``{}`` if none or unreadable)."""
    text = store().value(_table_key(username, table), "")
    try:
        state = json.loads(str(text)) if text else {}
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


def set_table_state(username: str, table: str, state: dict[str, Any]) -> None:
    """Remember ``table``'s widths and sort for ``username`` (layout only, never case data)."""
    store().setValue(_table_key(username, table), json.dumps(state))

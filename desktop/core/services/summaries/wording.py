"""The words every part of the case summary shares: its translation context and how a day is
written (ISO, the same in French and English)."""

from __future__ import annotations

from datetime import date, datetime

from desktop.core.i18n import translate


def t(text: str, lang: str) -> str:
    """``text`` in the case summary's context (``CaseSummary``), in ``lang``."""
    return translate("CaseSummary", text, lang)


def day(value: date | datetime | None) -> str:
    """A day as ``YYYY-MM-DD`` (a moment's day for a datetime); empty when there is none."""
    if value is None:
        return ""
    return (value.date() if isinstance(value, datetime) else value).isoformat()

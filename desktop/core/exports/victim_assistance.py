"""The SEA victim-assistance file (UN Victim Assistance Protocol): one row per assistance.

Each row: victim code, perpetrator affiliation and category, entity, then one assistance
(a referral) with its provider, service type, dates (referred, due, feedback) and status.
An SEA case with no referral yet still has one row, with the assistance columns empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from desktop.core.catalogue import reference
from desktop.core.exports.case_rows import label as _label
from desktop.core.i18n import translate

_CATEGORIES = {
    "uniformed": "Uniformed personnel", "civilian": "Civilian personnel",
    "partner": "Implementing partner personnel", "other": "Other",
}


def _t(text: str, lang: str | None) -> str:
    return translate("Exports", text, lang)


def header(lang: str | None = None) -> list[str]:
    """The header row in ``lang``."""
    return [_t(h, lang) for h in (
        "Victim code", "Perpetrator affiliation (code)", "Perpetrator affiliation",
        "Category of personnel", "Entity or contingent", "Paternity or child-support claim",
        "Reported to the UN on", "Assistance provider", "Type of assistance (code)",
        "Type of assistance", "Referred on", "Response due on", "Feedback received on",
        "Status (code)", "Status")]


def category(affiliation: str | None, lang: str | None = None) -> str:
    """The category of personnel an affiliation belongs to (uniformed, civilian …)."""
    if not affiliation:
        return ""
    try:
        code = reference.value("sea_affiliations", affiliation, "category", "other")
    except LookupError:
        code = "other"
    return _t(_CATEGORIES.get(str(code), "Other"), lang)


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def row(record: Mapping[str, Any], lang: str | None = None,
        today: date | None = None) -> list[str]:
    """One row; a sent referral past its due date shows as "no response"."""
    status = record.get("status") or ""
    due = record.get("due_on")
    if status == "sent" and due is not None and due < (today or date.today()):
        status = "no_response"
    claim = record.get("paternity_claim")
    return [
        record["victim_code"], record.get("affiliation") or "",
        _label("sea_affiliations", record.get("affiliation"), lang),
        category(record.get("affiliation"), lang), record.get("entity") or "",
        "" if claim is None else _t("Yes" if claim else "No", lang),
        _day(record.get("reported_to_un_on")), record.get("provider") or "",
        record.get("service_type") or "",
        _label("service_types", record.get("service_type"), lang),
        _day(record.get("referred_on")), _day(due), _day(record.get("feedback_on")),
        status, _label("referral_statuses", status, lang),
    ]


def rows(records: Iterable[Mapping[str, Any]], lang: str | None = None,
         today: date | None = None) -> Iterator[list[str]]:
    """Rows for every record."""
    for record in records:
        yield row(record, lang, today)

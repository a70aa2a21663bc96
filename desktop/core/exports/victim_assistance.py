"""The SEA victim-assistance file (UN Victim Assistance Protocol): one row per assistance,
then her SEA file (``victim_file``), then a summary of counts.

Only a victim who consented to inform the UN entity / SEA focal point / Victims' Rights
Advocate has rows: victim code, perpetrator affiliation and category, entity, then one
assistance with its provider, service type and dates: a referral (referred, due, feedback,
status), or a service the centre gave in house (provider: the centre; recorded as "given in
house", provided on the day given). An SEA case with no referral yet still has one row, with
the assistance columns empty. The assistance recorded in her SEA file follows
(``victim_file.assistance_rows``: for her or a child, "SEA file", provided from / until); the
file itself (allegation, investigation, children, claims) is in the sheets of ``victim_file``.
Every other victim (counted in statistics) appears only in the summary's counts, already
suppressed by the caller ("<5"; "*" for a count hidden so that a small one cannot be worked
out).
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


CATEGORY_CODES = ("uniformed", "civilian", "partner", "other")
COMPLEMENT = "*"


def _t(text: str, lang: str | None) -> str:
    return translate("Exports", text, lang)


def header(lang: str | None = None) -> list[str]:
    """The header row in ``lang``."""
    return [_t(h, lang) for h in (
        "Victim code", "Perpetrator affiliation (code)", "Perpetrator affiliation",
        "Category of personnel", "Entity or contingent", "Paternity or child-support claim",
        "Reported to the UN on", "Assistance provider", "Type of assistance (code)",
        "Type of assistance", "Referred on", "Response due on", "Feedback received on",
        "Status (code)", "Status", "For", "Recorded as", "Provided from", "Provided until")]


def category(affiliation: str | None, lang: str | None = None) -> str:
    """The category of personnel an affiliation belongs to (uniformed, civilian …)."""
    if not affiliation:
        return ""
    try:
        code = reference.value("sea_affiliations", affiliation, "category", "other")
    except LookupError:
        code = "other"
    return _t(_CATEGORIES.get(str(code), "Other"), lang)


def category_code(affiliation: str | None) -> str:
    """The code of the category of personnel an affiliation belongs to (``other`` if none)."""
    if not affiliation:
        return "other"
    try:
        code = str(reference.value("sea_affiliations", affiliation, "category", "other"))
    except LookupError:
        return "other"
    return code if code in CATEGORY_CODES else "other"


def summary_header(lang: str | None = None) -> list[str]:
    """The summary's header row."""
    return [_t("What is counted", lang), _t("Victims", lang)]


def summary_rows(listed: int, counted: str, by_category: Mapping[str, str],
                 by_service: Mapping[str, str], lang: str | None = None,
                 more: Iterable[list[str]] = ()) -> list[list[str]]:
    """The summary's rows (counts already suppressed, except ``listed``: those rows are in the
    file anyway); ``more`` rows (other breakdowns) come before the note on small counts."""
    rows = [
        [_t("Victims listed in this file (consented to inform the UN entity, the SEA focal "
            "point and the Victims' Rights Advocate)", lang), str(listed)],
        [_t("Victims counted only (no consent to inform the UN): nothing identifying or "
            "linkable about them is in this file", lang), counted],
        [_t("Counted only, by category of personnel:", lang), ""],
    ]
    rows += [[f"  {_t(_CATEGORIES[c], lang)}", by_category.get(c, "0")] for c in CATEGORY_CODES]
    rows.append([_t("Counted only, by type of assistance (referred or given in house):", lang),
                 ""])
    rows += [[f"  {_label('service_types', s, lang)}", n] for s, n in by_service.items()]
    rows += more
    rows += [[""], [_t("Counts from 1 to 4 are shown as \u201c<5\u201d; \u201c*\u201d hides a "
                       "count that would reveal a small one.", lang), ""]]
    return rows


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _recorded_as(record: Mapping[str, Any], lang: str | None) -> str:
    if not record.get("service_type"):
        return ""
    return _t("Given in house" if record.get("given_on") else "Referral", lang)


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
        _t("Victim", lang) if record.get("service_type") else "",
        _recorded_as(record, lang), _day(record.get("given_on")), "",
    ]


def rows(records: Iterable[Mapping[str, Any]], lang: str | None = None,
         today: date | None = None) -> Iterator[list[str]]:
    """Rows for every record."""
    for record in records:
        yield row(record, lang, today)

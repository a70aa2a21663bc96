"""Checks on an incident's own answers: its date (exact, estimated or unknown) and the
mandatory report. Used by the intake's validation and by a new incident on an existing case.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.catalogue.fields import QT_TRANSLATE_NOOP
from desktop.core.i18n import translate

UNKNOWN = "unknown"
DATE = "incident.date"
PRECISION = "incident.date_precision"
REPORT_MADE = "incident.mandatory_report_made"
REPORT_TO = "incident.mandatory_report_to"
REPORT_ON = "incident.mandatory_report_on"
REPORT_INFORMED = "incident.mandatory_report_informed"

MESSAGES = {
    "date_required": QT_TRANSLATE_NOOP(
        "Intake", "Enter the date of the incident, or say that it is unknown."),
    "date_unknown": QT_TRANSLATE_NOOP(
        "Intake", "The date is said to be unknown: leave it empty, or choose estimated."),
    "report_to": QT_TRANSLATE_NOOP("Intake", "Say to whom the report was made."),
    "report_on": QT_TRANSLATE_NOOP("Intake", "Say when the report was made."),
    "report_informed": QT_TRANSLATE_NOOP(
        "Intake", "Say whether she was told before the report was made."),
    "report_before": QT_TRANSLATE_NOOP(
        "Intake", "The report cannot be before the incident."),
}


def _t(key: str, lang: str | None) -> str:
    return translate("Intake", MESSAGES[key], lang)


def check(data: dict[str, Any], errors: dict[str, str], lang: str | None) -> None:
    """Add the problems of the incident's date and mandatory report to ``errors``."""
    incident = data.get(DATE)
    if data.get(PRECISION) == UNKNOWN:
        if incident not in (None, "") and DATE not in errors:
            errors[DATE] = _t("date_unknown", lang)
    elif incident in (None, "") and DATE not in errors:
        errors[DATE] = _t("date_required", lang)
    if data.get(REPORT_MADE) is not True:
        return
    if data.get(REPORT_TO) in (None, ""):
        errors.setdefault(REPORT_TO, _t("report_to", lang))
    reported = data.get(REPORT_ON)
    if reported in (None, ""):
        errors.setdefault(REPORT_ON, _t("report_on", lang))
    elif (isinstance(reported, date) and isinstance(incident, date) and reported < incident
          and REPORT_ON not in errors):
        errors[REPORT_ON] = _t("report_before", lang)
    if data.get(REPORT_INFORMED) is None:
        errors.setdefault(REPORT_INFORMED, _t("report_informed", lang))

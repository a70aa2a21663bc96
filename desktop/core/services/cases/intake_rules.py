"""Checks on intake data, each message in the UI language and keyed by the field it concerns.

Rules: required fields; values of the right kind and codes from their reference lists; the
cercle inside the region; no date in the future; the incident not after the interview; age and
date of birth agree within a year; a child survivor (under 18) needs the caregiver's details
(unless unaccompanied, or the caregiver is not appropriate); consent to receive services before
a case is opened; who may consent for a child, her assent, and the consent to inform the UN
(``consent_rules``); a reason for a safety level that is not the one suggested
(``safety_intake``). Perpetrator errors are keyed ``perpetrators.<index>.<name>``. Messages
never repeat what was typed.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from desktop.core.catalogue import conditions, fields, reference
from desktop.core.catalogue.ages import ADULT_AGE, age_on, survivor_age
from desktop.core.catalogue.fields import QT_TRANSLATE_NOOP, Field
from desktop.core.i18n import translate
from desktop.core.services.cases import incident_rules
from desktop.core.services.casework import safety_intake
from desktop.core.services.consent import consent_rules

PERPETRATORS = "perpetrators"


MESSAGES = {
    "date": QT_TRANSLATE_NOOP("Intake", "Enter a valid date."),
    "int": QT_TRANSLATE_NOOP("Intake", "Enter a whole number."),
    "age_range": QT_TRANSLATE_NOOP("Intake", "Enter an age from 0 to 120."),
    "bool": QT_TRANSLATE_NOOP("Intake", "Answer yes or no."),
    "choice": QT_TRANSLATE_NOOP("Intake", "Choose a value from the list."),
    "choices": QT_TRANSLATE_NOOP("Intake", "Choose values from the list."),
    "text": QT_TRANSLATE_NOOP("Intake", "Enter text."),
    "required": QT_TRANSLATE_NOOP("Intake", "This field is required."),
    "future": QT_TRANSLATE_NOOP("Intake", "This date is in the future."),
    "perpetrators": QT_TRANSLATE_NOOP("Intake", "The perpetrators could not be read."),
    "after_interview": QT_TRANSLATE_NOOP("Intake", "The incident cannot be after the interview."),
    "before_birth": QT_TRANSLATE_NOOP("Intake", "The incident cannot be before the date of birth."),
    "consent_date": QT_TRANSLATE_NOOP("Intake", "Consent is given at or after the interview."),
    "cercle": QT_TRANSLATE_NOOP("Intake", "This cercle is not in the region chosen."),
    "age_mismatch": QT_TRANSLATE_NOOP("Intake", "The age does not match the date of birth."),
    "caregiver": QT_TRANSLATE_NOOP("Intake", "A child survivor needs the caregiver's details."),
    "caregiver_informed": QT_TRANSLATE_NOOP("Intake", "Say whether the caregiver is informed."),
    "consent_services": QT_TRANSLATE_NOOP(
        "Intake", "A case is opened only with the survivor's consent to receive services."),
}


def _t(key: str, lang: str | None) -> str:
    """Message ``key`` of ``MESSAGES`` in ``lang``."""
    return translate("Intake", MESSAGES[key], lang)



def empty(value: Any) -> bool:
    """True for "nothing entered"."""
    return value is None or value == "" or value == [] or value == ()


def _kind_error(f: Field, value: Any, lang: str | None) -> str | None:
    """What is wrong with the kind or code of a non-empty value, or ``None``."""
    if f.kind == "date":
        if not isinstance(value, date) or isinstance(value, datetime):
            return _t("date", lang)
    elif f.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            return _t("int", lang)
        if f.key == "survivor.estimated_age" and value > 120:
            return _t("age_range", lang)
    elif f.kind == "bool":
        if not isinstance(value, bool):
            return _t("bool", lang)
    elif f.kind == "choice" and f.choices:
        if not isinstance(value, str) or not reference.has(f.choices, value):
            return _t("choice", lang)
    elif f.kind == "multichoice" and f.choices:
        items = value if isinstance(value, list | tuple | set) else [value]
        if not all(isinstance(v, str) and reference.has(f.choices, v) for v in items):
            return _t("choices", lang)
    elif not isinstance(value, str):
        return _t("text", lang)
    return None


def _check_values(data: dict[str, Any], today: date, lang: str | None,
                  sections: tuple[str, ...] | None = None) -> dict[str, str]:
    errors: dict[str, str] = {}
    for f in fields.fields():
        if f.section == "perpetrator" or f.generated or (
                sections is not None and f.section not in sections):
            continue
        value: Any = data.get(f.key)
        if empty(value) or (f.kind == "bool" and value is False and f.required):
            if f.required:
                errors[f.key] = _t("required", lang)
            continue
        problem = _kind_error(f, value, lang)
        if problem is None and f.kind == "date" and value > today:
            problem = _t("future", lang)
        if problem:
            errors[f.key] = problem
    return errors


def _check_perpetrators(data: dict[str, Any], today: date, lang: str | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    items = data.get(PERPETRATORS) or []
    if not isinstance(items, list):
        return {PERPETRATORS: _t("perpetrators", lang)}
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        for f in fields.fields("perpetrator"):
            value = item.get(f.name)
            if empty(value):
                continue
            problem = _kind_error(f, value, lang)
            if problem:
                errors[f"{PERPETRATORS}.{index}.{f.name}"] = problem
    return errors


def _check_dates(data: dict[str, Any], errors: dict[str, str], lang: str | None) -> None:
    incident = data.get("incident.date")
    interview = data.get("registration.date_of_interview")
    if (isinstance(incident, date) and isinstance(interview, date) and incident > interview
            and "incident.date" not in errors):
        errors["incident.date"] = _t("after_interview", lang)
    born = data.get("survivor.date_of_birth")
    if (isinstance(born, date) and isinstance(incident, date) and incident < born
            and "incident.date" not in errors):
        errors["incident.date"] = _t("before_birth", lang)
    given = data.get("consent.given_on")
    if (isinstance(given, date) and isinstance(interview, date) and given < interview
            and "consent.given_on" not in errors):
        errors["consent.given_on"] = _t("consent_date", lang)


def _check_age(data: dict[str, Any], today: date, errors: dict[str, str],
               lang: str | None) -> None:
    born, age = data.get("survivor.date_of_birth"), data.get("survivor.estimated_age")
    if ("survivor.date_of_birth" in errors or "survivor.estimated_age" in errors
            or not isinstance(born, date) or not isinstance(age, int)):
        return
    interview = data.get("registration.date_of_interview")
    actual = age_on(born, interview if isinstance(interview, date) else today)
    if abs(actual - age) > 1:
        errors["survivor.estimated_age"] = _t("age_mismatch", lang)


def _check_child(data: dict[str, Any], today: date, errors: dict[str, str],
                 lang: str | None) -> None:
    age = survivor_age(data, today)
    if age is None or age >= ADULT_AGE or data.get("survivor.unaccompanied_child") is True:
        return
    if consent_rules.caregiver_not_asked(data):  # perpetrator, absent or against the child
        return
    if empty(data.get("survivor.caregiver_name")) and empty(data.get("survivor.caregiver_phone")):
        errors.setdefault("survivor.caregiver_name", _t("caregiver", lang))
    if empty(data.get("survivor.caregiver_informed")):
        errors.setdefault("survivor.caregiver_informed", _t("caregiver_informed", lang))


def _check_cercle(data: dict[str, Any], errors: dict[str, str], lang: str | None) -> None:
    region, cercle = data.get("incident.region"), data.get("incident.cercle")
    if empty(cercle) or "incident.cercle" in errors:
        return
    if not isinstance(cercle, str) or not reference.has("cercles", cercle):
        errors["incident.cercle"] = _t("choice", lang)
    elif empty(region) or reference.region_of_cercle(cercle) != region:
        errors["incident.cercle"] = _t("cercle", lang)


def validate(data: dict[str, Any], today: date | None = None,
             lang: str | None = None) -> dict[str, str]:
    """Every problem in ``data``: field key → message in ``lang`` (empty when valid).

    A conditional field its answer does not call for (``catalogue.conditions``) is not
    checked."""
    today = today or date.today()
    data = conditions.without_hidden(data)
    errors = _check_values(data, today, lang)
    if data.get("consent.services") is False or "consent.services" in errors:
        errors["consent.services"] = _t("consent_services", lang)
    errors.update(_check_perpetrators(data, today, lang))
    _check_dates(data, errors, lang)
    _check_age(data, today, errors, lang)
    _check_child(data, today, errors, lang)
    consent_rules.check(data, survivor_age(data, today), errors, lang)
    _check_cercle(data, errors, lang)
    incident_rules.check(data, errors, lang)
    errors.update(safety_intake.check_intake(data, lang))  # the level's reason
    return errors


def validate_incident(data: dict[str, Any], today: date | None = None,
                      lang: str | None = None) -> dict[str, str]:
    """Every problem in a new incident's answers (the incident and perpetrator fields; its
    ``registration.date_of_interview`` and ``survivor.date_of_birth``, when given, bound its
    date)."""
    today = today or date.today()
    errors = _check_values(data, today, lang, sections=("incident",))
    errors.update(_check_perpetrators(data, today, lang))
    _check_dates(data, errors, lang)
    _check_cercle(data, errors, lang)
    incident_rules.check(data, errors, lang)
    return errors

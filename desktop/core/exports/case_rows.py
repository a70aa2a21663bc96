"""Row-level case export: which columns, and how each value is written.

Columns come from the field catalogue. A de-identified export leaves out every field the
catalogue marks identifying and, as data minimisation, every free-text field (free text can
hold anything; the numbers and codes Relais generates stay); its dates are coarsened to the
month. The exact date of birth is identifying: every export gives the survivor's age at the
incident and its age group (``age_groups``) after the estimated age instead. Coded values are
written as the code and its label. An identifying export (supervisors, with a reason) carries
every field, the date of birth included.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from desktop.core.catalogue import fields, reference
from desktop.core.i18n import translate

FREE_TEXT = ("text", "longtext")
# Fields with no single value per case (each consent row has its own) are left out.
_SKIPPED = {"consent.given_by", "consent.given_on", "sea.un_consent_given_on",
            "sea.un_consent_given_by"}
AGE, AGE_GROUP = "survivor.age_at_incident", "survivor.age_group"  # computed, not typed


@dataclass(frozen=True)
class Column:
    """One exported field: catalogue key, label, kind, reference list and where it is stored."""

    key: str
    label: str
    kind: str
    choices: str | None
    table: str | None
    column: str | None


def _extra(lang: str | None) -> list[Column]:
    def t(text: str) -> str:
        return translate("Exports", text, lang)

    return [
        Column("case.status", t("Case status"), "choice", "case_statuses", "cases", "status"),
        Column("case.step", t("Case management step"), "int", None, "cases", "step"),
        Column("case.sea", t("SEA case"), "bool", None, "cases", "sea"),
        Column("case.closure_reason", t("Closure reason"), "choice", "closure_reasons", "cases",
               "closure_reason"),
        Column("case.closed_on", t("Closed on"), "date", None, "cases", "closed_at"),
    ]


def _ages(lang: str | None) -> list[Column]:
    """The age columns computed from the date of birth (or the estimated age)."""
    return [
        Column(AGE, translate("Exports", "Age at the incident", lang), "int", None, None, None),
        Column(AGE_GROUP, translate("Exports", "Age group at the incident", lang), "choice",
               "age_groups", None, None),
    ]


def columns(*, identifying: bool, lang: str | None = None,
            withheld: frozenset[str] = frozenset()) -> list[Column]:
    """The columns of a case export, in catalogue order (the age and age group at the
    incident after the estimated age), then the case's own status; a de-identified export
    also leaves out the ``withheld`` keys (the ethnicity unless an administrator shares it)."""
    chosen = []
    for f in fields.fields():
        if f.key in _SKIPPED or (f.key in withheld and not identifying):
            continue
        if f.table == "safety_assessments":  # several per case: the export gives the latest level
            if f.key == "assessment.safety_risk":
                chosen.append(Column(f.key, f.label_in(lang), f.kind, f.choices, "cases",
                                     "safety_risk"))
            continue
        free_text = f.kind in FREE_TEXT and not f.generated  # numbers and codes Relais gave
        if identifying or not (f.identifying or free_text):
            chosen.append(Column(f.key, f.label_in(lang), f.kind, f.choices, f.table, f.column))
        if f.key == "survivor.estimated_age":
            chosen += _ages(lang)
    return chosen + _extra(lang)


def header(cols: Sequence[Column], lang: str | None = None) -> list[str]:
    """Header cells: a coded field gives two columns, the code and its label."""
    code = translate("Exports", "code", lang)
    out: list[str] = []
    for c in cols:
        if c.kind in ("choice", "multichoice"):
            out += [f"{c.label} ({code})", c.label]
        else:
            out.append(c.label)
    return out


def label(list_name: str | None, code: str | None, lang: str | None) -> str:
    """The label of ``code`` in a reference list; the code itself when unknown."""
    if not code:
        return ""
    if not list_name:
        return code
    try:
        return reference.label(list_name, code, lang)
    except LookupError:
        return code


def _date(value: date | datetime | str | None, identifying: bool) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value if identifying else value[:7]
    day = value.date() if isinstance(value, datetime) else value
    return day.isoformat() if identifying else f"{day:%Y-%m}"


Cell = str | int | float | None


def row_writer(cols: Sequence[Column], *, identifying: bool,
               lang: str | None = None) -> Callable[[Mapping[str, Any]], list[Cell]]:
    """``row`` for many records: the same cells, with each column's labels and dates looked
    up once per distinct value (a row export of 1,000,000 cases repeats a few hundred)."""
    yes, no = translate("Exports", "Yes", lang), translate("Exports", "No", lang)
    steps: list[tuple[str, str, Callable[[Any], Any] | None]] = []
    for c in cols:
        if c.kind in ("choice", "multichoice"):
            steps.append((c.kind, c.key, _labels(c.choices, lang)))
        elif c.kind == "date":
            steps.append(("date", c.key, _dates(identifying)))
        else:
            steps.append((c.kind if c.kind in ("bool", "int") else "text", c.key, None))

    def write(record: Mapping[str, Any]) -> list[Cell]:
        out: list[Cell] = []
        add = out.append
        for kind, key, look in steps:
            value = record.get(key)
            if kind == "choice":
                code = "" if value is None else str(value)
                add(code)
                add(look(code) if code else "")  # type: ignore[misc]
            elif kind == "text":
                add(None if value is None else str(value))
            elif kind == "date":
                add(look(value))  # type: ignore[misc]
            elif kind == "bool":
                add("" if value is None else (yes if value else no))
            elif kind == "int":
                add(None if value is None else int(value))
            else:  # multichoice
                codes = list(value or ())
                add(",".join(codes))
                add("; ".join([look(x) for x in codes]))  # type: ignore[misc]
        return out

    return write


def _labels(list_name: str | None, lang: str | None) -> Callable[[str], str]:
    """``label(list_name, code, lang)``, remembered per code."""
    seen: dict[str, str] = {}

    def look(code: str) -> str:
        found = seen.get(code)
        if found is None:
            found = seen[code] = label(list_name, code, lang)
        return found

    return look


def _dates(identifying: bool) -> Callable[[Any], str]:
    """``_date(value, identifying)``, remembered per day or text (not per time of day: two
    equal instants in other time zones may fall on other days)."""
    seen: dict[Any, str] = {}

    def look(value: Any) -> str:
        if type(value) is not date and type(value) is not str:
            return _date(value, identifying)
        found = seen.get(value)
        if found is None:
            found = _date(value, identifying)
            if len(seen) < 100_000:
                seen[value] = found
        return found

    return look


def row(record: Mapping[str, Any], cols: Sequence[Column], *, identifying: bool,
        lang: str | None = None) -> list[str | int | float | None]:
    """One export row for ``record`` (values keyed by column key, codes as stored)."""
    yes, no = translate("Exports", "Yes", lang), translate("Exports", "No", lang)
    out: list[str | int | float | None] = []
    for c in cols:
        value = record.get(c.key)
        if c.kind == "choice":
            code = "" if value is None else str(value)
            out += [code, label(c.choices, code, lang) if code else ""]
        elif c.kind == "multichoice":
            codes = list(value or ())
            out += [",".join(codes), "; ".join(label(c.choices, x, lang) for x in codes)]
        elif c.kind == "date":
            out.append(_date(value, identifying))
        elif c.kind == "bool":
            out.append("" if value is None else (yes if value else no))
        elif c.kind == "int":
            out.append(None if value is None else int(value))
        else:
            out.append(None if value is None else str(value))
    return out

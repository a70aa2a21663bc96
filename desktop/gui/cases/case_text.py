"""How case rows and case files read on screen (labels in the UI language), and queries."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core.services.cases import case_list as cases
from desktop.core.services.casework import closure_checklist
from desktop.gui.cases import catalogue_view as cv

translate = QCoreApplication.translate


def status_label(status: str) -> str:
    """A case status in words."""
    return {
        "open": translate("CaseText", "Open"),
        "closure_requested": translate("CaseText", "Closure requested"),
        "closed": translate("CaseText", "Closed"),
    }.get(status, status)


def action_label(action: str) -> str:
    """An audit action in words (history of a case)."""
    return {
        "case_viewed": translate("CaseText", "Case file viewed"),
        "case_created": translate("CaseText", "Case opened"),
        "case_edited": translate("CaseText", "Intake corrected"),
        "case_assigned": translate("CaseText", "Case assigned"),
        "case_step": translate("CaseText", "Step changed"),
        "case_closure_requested": translate("CaseText", "Closure requested"),
        "case_closed": translate("CaseText", "Case closed"),
        "case_reopened": translate("CaseText", "Case reopened"),
        "note_added": translate("CaseText", "Note added"),
        "referral_created": translate("CaseText", "Referral created"),
        "referral_status": translate("CaseText", "Referral status changed"),
        "consent_override": translate("CaseText", "Consent overridden by a supervisor"),
        "consent_approved": translate("CaseText", "Consent approved by a supervisor"),
        "letter_printed": translate("CaseText", "Referral letter printed"),
        "case_summary": translate("CaseText", "Case summary printed"),
        "followup_created": translate("CaseText", "Follow-up planned"),
        "followup_done": translate("CaseText", "Follow-up done"),
        "sea_file_edited": translate("CaseText", "SEA file changed"),
        "plan_changed": translate("CaseText", "Action plan changed"),
        "plan_reviewed": translate("CaseText", "Action plan reviewed by a supervisor"),
        "incident_added": translate("CaseText", "New incident recorded"),
        "service_given": translate("CaseText", "Service given by the centre recorded"),
        "service_removed": translate("CaseText", "Service given by the centre removed"),
        "safety_assessed": translate("CaseText", "Safety risk assessed"),
        "safety_plan_saved": translate("CaseText", "Safety plan saved"),
        "safe_contact_saved": translate("CaseText", "Safe contact saved"),
    }.get(action, action)


def make_query(*, previous: Any = None, **filters: Any) -> Any:
    """A ``CaseQuery`` with ``filters`` (unknown or empty ones left out), keeping the sort."""
    names = {f.name for f in dataclasses.fields(cases.CaseQuery)}
    values: dict[str, Any] = {}
    step = filters.pop("step", None)
    if step == "closed":
        values["status"] = "closed"
    elif step is not None:
        values["step"] = step
    for name, value in filters.items():
        if value not in (None, "", False) or (name == "sea" and value is False):
            values[name] = value
    if previous is not None:
        for name in ("sort", "descending"):
            if name in names:
                values[name] = getattr(previous, name)
    return cases.CaseQuery(**{k: v for k, v in values.items() if k in names})


def with_sort(query: Any, sort: str, descending: bool) -> Any:
    """The same query sorted by ``sort``."""
    return dataclasses.replace(query, sort=sort, descending=descending)


def _get(obj: Any, name: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def show_value(value: Any) -> str:
    """A plain value in words."""
    if value is None or value == "":
        return "—"
    if value is True:
        return translate("CaseText", "Yes")
    if value is False:
        return translate("CaseText", "No")
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def summary_text(file: Any, key: str, lang: str) -> str:
    """One line of the case file's summary."""
    value = _get(file, key)
    if key == "status":
        return status_label(str(value))
    if key == "step":
        return f"{value}. {cv.step_label(int(value or 1), lang)}"
    if key == "gbv_type":
        return cv.gbv_label(value, lang) if value else "—"
    if key == "safety_risk":
        return cv.choice_label("safety_risk", value, lang) or "—"
    if key == "sea":
        return translate("CaseText", "Yes") if value else translate("CaseText", "No")
    return show_value(value)


def flags_text(file: Any, lang: str) -> str:
    """Warnings shown with the summary (possible sexual exploitation, closure pending)."""
    flags = []  # high risk and a consent waiting for approval: badges (``case_badges``)
    if _get(file, "possible_exploitation"):
        flags.append(translate("CaseText", "Possible sexual exploitation"))
    if _get(file, "status") == "closure_requested":
        flags.append(translate("CaseText", "Closure waiting for a supervisor"))
    recommended = getattr(_get(file, "plan"), "closure_recommended_on", None)
    if recommended is not None and _get(file, "status") == "open":
        flags.append(translate("CaseText", "Closure recommended at the follow-up of {day}")
                     .format(day=recommended.strftime("%d/%m/%Y")))
    return " · ".join(flags)


def closure_text(file: Any, lang: str) -> str:
    """Why the case was (or is to be) closed, with the note; empty for an open case."""
    if file is None or _get(file, "status") == "open":
        return ""
    reasons = [cv.choice_label("closure_reasons", code, lang)
               for code in _get(file, "closure_reasons") or []]
    text = translate("CaseText", "Closure reasons: {reasons}").format(
        reasons=", ".join(reasons) or "—")
    note = _get(file, "closure_note")
    return text + (f"\n{note}" if note else "") + closure_checklist_text(file, lang)


def closure_checklist_text(file: Any, lang: str) -> str:
    """The closure request's checklist, one line per item (✓ ticked, ✗ not), and the
    explanation of what is not ticked; empty when there is none."""
    checklist = _get(file, "closure_checklist")
    if checklist is None:
        return ""
    lines = [f"✓ {closure_checklist.label(name, lang)}" if getattr(checklist, name) else
             "✗ " + translate("CaseText", "{item} — not ticked").format(
                 item=closure_checklist.label(name, lang))
             for name in closure_checklist.ITEMS]
    if checklist.explanation:
        lines.append(translate("CaseText", "Why not: {text}").format(text=checklist.explanation))
    return "\n" + "\n".join(lines)


def approval_question(file: Any, lang: str) -> str:
    """The question a supervisor answers before closing the case: the checklist asked."""
    return translate("CaseText", "Close this case?") + "\n\n" + closure_text(file, lang)


def step_dates(file: Any) -> dict[int, Any]:
    """Step number → the date it started."""
    steps = _get(file, "steps") or {}
    if isinstance(steps, dict):
        return {int(k): v for k, v in steps.items()}
    result: dict[int, Any] = {}
    for item in steps:
        if isinstance(item, tuple | list):
            result[int(item[0])] = item[1]
        else:
            result[int(_get(item, "step"))] = _get(item, "started_on")
    return result


def assessment_text(file: Any, lang: str) -> str:
    """The safety risk and the needs found at the initial assessment."""
    lines = [translate("CaseText", "Safety risk: {risk}").format(
        risk=cv.choice_label("safety_risk", _get(file, "safety_risk"), lang) or "—")]
    needs = _get(file, "needs") or {}
    items: Iterable[Any] = needs.items() if isinstance(needs, dict) else needs
    for item in items:
        need, note = (item[0], item[1]) if isinstance(item, tuple | list) else (
            _get(item, "need"), _get(item, "note"))
        label = cv.choice_label("needs", need, lang) or need
        lines.append(f"• {label}" + (f" — {note}" if note else ""))
    return "\n".join(lines)


def notes_of(file: Any) -> list[tuple[Any, str, str]]:
    """``(when, author, text)`` for each note, newest first."""
    notes = []
    for note in _get(file, "notes") or []:
        if isinstance(note, tuple | list):
            notes.append((note[0], str(note[1]), str(note[2])))
        else:
            notes.append((_get(note, "at") or _get(note, "created_at"),
                           str(_get(note, "author", "")), str(_get(note, "text", ""))))
    return notes


def history_of(file: Any) -> list[Any]:
    """The audit rows of the case, newest first."""
    return list(_get(file, "history") or [])

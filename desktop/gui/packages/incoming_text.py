"""The texts of an incoming referral, as the dialog and the lists show them: what the partner
sent (their reference, service, priority, due date, reason, who referred), what her consent let
them share about the survivor, and where the referral stands here."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.gui.referrals import labels

translate = QCoreApplication.translate


def day(value: date | datetime | None) -> str:
    """A date (or the local date of a time) as the screens show it."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def lines(value: Any) -> str:
    """A list of lines (or its JSON) as one text, one line each."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, list | tuple):
        return "\n".join(str(item) for item in value if item)
    return str(value)


def _field(row: Any, name: str) -> Any:
    return getattr(row, name, None)


def sender_text(row: Any) -> str:
    """"Organisation, site"."""
    return ", ".join(p for p in (_field(row, "sender_organisation"), _field(row, "sender_site"))
                     if p)


def header_rows(row: Any, lang: str) -> list[tuple[str, str]]:
    """Caption and text of what the partner sent about the referral itself."""
    worker = " — ".join(p for p in (_field(row, "worker_name"), _field(row, "worker_phone")) if p)
    rows = [
        (translate("IncomingText", "From"), sender_text(row)),
        (translate("IncomingText", "Their reference"), _field(row, "reference") or ""),
        (translate("IncomingText", "Referred on"), day(_field(row, "referred_on"))),
        (translate("IncomingText", "Service"), labels.service_label(
            _field(row, "service_type"), lang)),
        (translate("IncomingText", "Priority"), labels.priority_label(
            _field(row, "priority"), lang)),
        (translate("IncomingText", "Answer due by"), day(_field(row, "due_on"))),
        (translate("IncomingText", "Survivor code (theirs)"), _field(row, "survivor_code") or ""),
        (translate("IncomingText", "Reason"), _field(row, "reason") or ""),
        (translate("IncomingText", "Referred by"), worker),
        (translate("IncomingText", "Their contacts"), lines(_field(row, "sender_contacts"))),
    ]
    return [(caption, text) for caption, text in rows if text]


def shared_rows(row: Any, lang: str) -> list[tuple[str, str]]:
    """Caption and text of what identifies the survivor, as far as her consent let the partner
    share it (empty when it did not)."""
    age = _field(row, "age")
    given_by = _field(row, "consent_given_by")
    consent = " — ".join(p for p in (
        labels.label("consent_given_by", given_by, lang) if given_by else "",
        day(_field(row, "consent_given_on")), _field(row, "consent_recorded_by") or "") if p)
    rows = [
        (translate("IncomingText", "Name"), _field(row, "name") or ""),
        (translate("IncomingText", "Age"), "" if age is None else str(age)),
        (translate("IncomingText", "Sex"), labels.label("sex", _field(row, "sex"), lang)),
        (translate("IncomingText", "Phone"), _field(row, "phone") or ""),
        (translate("IncomingText", "Safe contact"), lines(_field(row, "safe_contact"))),
        (translate("IncomingText", "Consent to share"), consent),
        (translate("IncomingText", "Shared without her consent, decided by"),
         _field(row, "override_by") or ""),
    ]
    return [(caption, text) for caption, text in rows if text]


def status_of(row: Any) -> str:
    """``open`` (to accept or decline), ``accepted`` or ``declined``."""
    status = str(_field(row, "status") or "incoming")
    return "open" if status == "incoming" else status


def status_label(row: Any) -> str:
    """The status in a word or two."""
    status = status_of(row)
    if status == "accepted" and _field(row, "feedback_sent_at"):
        return translate("IncomingText", "Accepted, feedback sent")
    return {"open": translate("IncomingText", "To accept or decline"),
            "accepted": translate("IncomingText", "Accepted"),
            "declined": translate("IncomingText", "Declined")}.get(status, status)


def status_text(row: Any, lang: str) -> str:
    """Where the referral stands here, in a sentence."""
    received = translate("IncomingText", "Received on {when}.").format(
        when=day(_field(row, "received_at")))
    status = status_of(row)
    if status == "open":
        return received + " " + translate(
            "IncomingText", "Accept it (a case is opened, or it joins the case of a survivor "
            "already known here) or decline it with a reason.")
    if status == "declined":
        return received + " " + translate("IncomingText", "Declined on {when}: {reason}").format(
            when=day(_field(row, "decided_at")), reason=_field(row, "decline_reason") or "")
    text = received + " " + translate("IncomingText", "Accepted on {when}.").format(
        when=day(_field(row, "decided_at")))
    outcome = _field(row, "outcome")
    if outcome:
        text += " " + translate("IncomingText", "Outcome recorded: {outcome}.").format(
            outcome=labels.status_label(outcome, lang))
    sent = _field(row, "feedback_sent_at")
    if sent:
        text += " " + translate("IncomingText", "Feedback sent on {when}.").format(
            when=day(sent))
    return text

"""The case summary PDF: the full case file of one case, for its case worker or a supervisor.

Reads the case (visibility rule of ``access``), labels every value in the language asked
(fields from the catalogue), and hands plain data to ``documents.case_summary``. Audited as
``case_summary``. The PDF is returned as bytes; the caller writes it where the person chose.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.catalogue import fields, reference
from desktop.core.catalogue.fields import Field
from desktop.core.documents import case_summary as doc
from desktop.core.documents import pdfkit
from desktop.core.i18n import current_language
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case, staff_actor
from desktop.core.services.cases import perpetrator_names
from desktop.core.services.cases.case_file import CaseFile, ConsentRow, read_case_file
from desktop.core.services.consent.consent_history import change_label
from desktop.core.services.reports import report_labels as labels
from desktop.core.services.summaries import (
    case_summary_plan,
    safety_summary,
    sea_summary,
    services_summary,
)
from desktop.core.services.summaries.wording import day as _day
from desktop.core.services.summaries.wording import t as _t
from desktop.core.store.models import Case, FollowUp, Referral, ServiceProvider, Staff
from desktop.core.store.vault import Vault


def _label(list_name: str | None, code: str | None, lang: str) -> str:
    return labels.label(list_name, code, lang) if list_name else (code or "")


def value_text(f: Field, raw: Any, lang: str) -> str:
    """A stored value as the summary shows it."""
    if raw is None or raw == "":
        return ""
    if f.kind == "choice":
        return _label(f.choices, str(raw), lang)
    if f.kind == "multichoice":
        codes = raw if isinstance(raw, list) else [c for c in str(raw).split(",") if c]
        return ", ".join(_label(f.choices, c, lang) for c in codes)
    if f.kind == "bool":
        return _t("Yes", lang) if raw else _t("No", lang)
    if f.kind == "date":
        return _day(raw)
    return str(raw)


def _lines(section: str, source: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    out = []
    for f in fields.fields(section):
        target = source.get(f.table or "")
        if target is None or f.column is None or not hasattr(target, f.column):
            continue
        if f.column.endswith("_id"):  # staff and site: shown by name below
            continue
        out.append((f.label_in(lang), value_text(f, getattr(target, f.column), lang)))
    return out


def _names(session: Session) -> dict[str, str]:
    return {i: (full or user) for i, full, user in session.execute(
        select(Staff.id, Staff.full_name, Staff.username))}


def _perpetrators(incident: Any, lang: str, names: bool) -> list[doc.Section]:
    """One section per alleged perpetrator: "Alleged perpetrator" for one, "Alleged
    perpetrators — 1 of 2 (primary)" for several; the name only when ``names``
    (``perpetrator_names``)."""
    cols = [f for f in fields.fields("perpetrator") if f.column != "is_primary"
            and (names or f.key != perpetrator_names.KEY)]
    people = list(incident.perpetrators)
    if not people:
        return [doc.Section(fields.section_title("perpetrator", lang),
                            [("", _t("No perpetrator recorded.", lang))])]
    out = []
    for number, p in enumerate(people, start=1):
        heading = _t("Alleged perpetrator", lang) if len(people) == 1 else _t(
            "Alleged perpetrators — {number} of {total}", lang).format(
                number=number, total=len(people))
        if p.is_primary and len(people) > 1:
            heading += " (" + _t("primary", lang) + ")"
        out.append(doc.Section(heading, [(f.label_in(lang), value_text(
            f, getattr(p, f.column or ""), lang)) for f in cols]))
    return out


def _flags(case: Case, lang: str) -> list[tuple[str, str]]:
    """The case's warnings, shown at the top of the registration when set."""
    out = []
    if case.possible_exploitation:
        out.append((_t("Possible sexual exploitation", lang), _t(
            "Yes: goods, money or services were exchanged.", lang)))
    if case.sea:
        out.append((fields.section_title("sea", lang), _t(
            "Yes: see the SEA details and the alleged perpetrator's affiliation.", lang)))
    return out


def _referrals(session: Session, case: Case, who: dict[str, str],
               lang: str) -> list[doc.Grid]:
    query = (select(Referral, ServiceProvider.name)
             .join(ServiceProvider, Referral.provider_id == ServiceProvider.id)
             .where(Referral.case_id == case.id).order_by(Referral.created_at))
    rows, history = [], []
    for ref, provider in session.execute(query):
        feedback = "; ".join(x for x in (_day(ref.feedback_received_on), ref.feedback_services,
                                         ref.feedback_next_steps) if x)
        rows.append([ref.reference, _label("service_types", ref.service_type, lang), provider,
                     _label("priorities", ref.priority, lang), _day(ref.sent_on),
                     _day(ref.due_on), _label("referral_statuses", ref.status, lang),
                     feedback])
        for change in ref.history:
            history.append([ref.reference, _day(change.at),
                            _label("referral_statuses", change.from_status, lang),
                            _label("referral_statuses", change.to_status, lang),
                            who.get(change.by_id, ""), change.note or ""])
    t = _t
    return [
        doc.Grid(t("Referrals", lang), [t(h, lang) for h in (
            "Reference", "Service", "Provider", "Priority", "Sent", "Due", "Status",
            "Feedback")], rows, t("No referral.", lang)),
        doc.Grid(t("Referral status history", lang), [t(h, lang) for h in (
            "Reference", "Date", "From", "To", "By", "Note")], history,
            t("No status change.", lang)),
    ]


def _follow_ups(session: Session, case: Case, who: dict[str, str], lang: str) -> doc.Grid:
    items = session.scalars(select(FollowUp).where(FollowUp.case_id == case.id)
                            .order_by(FollowUp.due_on))
    rows = [[_day(f.due_on), _day(f.done_on) or _t("not done", lang),
             who.get(f.assigned_to_id, ""), f.purpose or "", f.outcome or ""] for f in items]
    return doc.Grid(_t("Follow-ups", lang), [_t(h, lang) for h in (
        "Due", "Done", "Assigned to", "Purpose", "Outcome")], rows,
        _t("No follow-up.", lang))


def _assessment(case: Case, file: CaseFile, lang: str) -> doc.Section:
    lines = [(_t("Safety risk", lang), safety_summary.level_text(case.safety_risk, lang))]
    notes = {n.need: n.note for n in file.needs}
    for code, label in reference.choices("needs", lang):
        if code in notes:
            lines.append((label, notes[code] or _t("Yes", lang)))
    return doc.Section(fields.section_title("assessment", lang), lines)


def _consent_changes(consent: ConsentRow, lang: str) -> list[list[str]]:
    """A changed consent's history under its row, oldest first: ``↳ withdrawn``, who gave it
    then, the day, who recorded it (nothing for a consent never changed: its row says it)."""
    if len(consent.changes) < 2:
        return []
    out = []
    for change in consent.changes:
        what = change_label(change.change, lang)
        out.append(["↳ " + what[:1].upper() + what[1:], "",
                    _label("consent_given_by", change.given_by, lang), _day(change.on), "",
                    change.recorded_by])
    return out


def _consents(file: CaseFile, lang: str) -> doc.Grid:
    rows = []
    for c in file.consents:
        scope = c.scope
        if scope.startswith("release:"):
            name = _t("Release to: {service}", lang).format(
                service=_label("service_types", scope.split(":", 1)[1], lang))
        else:
            name = {"services": _t("To receive services", lang),
                    "statistics": _t("To share non-identifying data for statistics", lang),
                    "un_sharing": _t("To inform the UN entity, the SEA focal point and the "
                                     "Victims' Rights Advocate", lang)}.get(scope, scope)
        rows.append([name, _t("Yes", lang) if c.given else _t("No", lang),
                     _label("consent_given_by", c.given_by, lang), _day(c.given_on),
                     _day(c.withdrawn_on), c.recorded_by])
        rows += _consent_changes(c, lang)
    if file.consent_pending:
        rows.append([_t("Consent pending supervisor approval", lang), "", "", "", "", ""])
    return doc.Grid(fields.section_title("consent", lang), [_t(h, lang) for h in (
        "Consent", "Given", "Given by", "On", "Withdrawn on", "Recorded by")], rows,
        _t("No consent recorded.", lang))


def build(session: Session, case: Case, lang: str, today: date) -> doc.SummaryDoc:
    """The document's content for ``case``."""
    file = read_case_file(session, case)
    who = _names(session)
    registration = _flags(case, lang)
    registration += _lines("registration", {"cases": case, "survivors": case.survivor}, lang)
    registration += [(_t("Case worker", lang), file.caseworker), (_t("Site", lang), file.site),
                     (_t("Status", lang), _label("case_statuses", case.status, lang)),
                     (_t("Step", lang), _label("case_steps", str(case.step), lang))]
    parts: list[doc.Section | doc.Grid] = [
        doc.Section(fields.section_title("registration", lang), registration),
        doc.Section(fields.section_title("survivor", lang),
                    _lines("survivor", {"survivors": case.survivor}, lang)),
    ]
    for number, incident in enumerate(case.incidents, start=1):
        source = {"incidents": incident}
        lines = [x for x in _lines("incident", source, lang)
                 if x[0] != fields.field("incident.account").label_in(lang)]
        title = fields.section_title("incident", lang)
        if len(case.incidents) > 1:  # the services given name the incident by its number
            title = _t("{title} {number} of {total}", lang).format(
                title=title, number=number, total=len(case.incidents))
        parts.append(doc.Section(title, lines, [
            (fields.field("incident.account").label_in(lang), incident.account or "")]))
        parts += _perpetrators(incident, lang, perpetrator_names.collected(session))
        if case.sea and sea_summary.shown_for(session, incident):
            parts.append(doc.Section(fields.section_title("sea", lang),
                                     _lines("sea", source, lang)))
            parts += sea_summary.parts(session, case, incident, lang)
    parts.append(services_summary.services_given(session, case, lang))
    parts += [_consents(file, lang), _assessment(case, file, lang)]
    parts += case_summary_plan.plan_parts(file, lang)
    parts += safety_summary.parts(session, case, lang)
    parts.append(doc.Grid(_t("Case management steps", lang), [_t("Step", lang), _t(
        "Since", lang), _t("By", lang)], [[_label("case_steps", str(s.step), lang),
                                           _day(s.started_on), s.by] for s in file.steps],
        "—"))
    parts += _referrals(session, case, who, lang)
    parts.append(_follow_ups(session, case, who, lang))
    parts.append(case_summary_plan.followup_reviews(session, case.id, lang))
    parts.append(doc.Grid(_t("Notes", lang), [_t("Date", lang), _t("Author", lang), _t(
        "Note", lang)], [[_day(n.at), n.author, n.text] for n in reversed(file.notes)],
        _t("No note.", lang)))
    closure = [(_t("Closure reasons", lang), ", ".join(
        _label("closure_reasons", r, lang) for r in file.closure_reasons)),
        (_t("Closure requested by", lang), file.closure_requested_by or ""),
        (_t("Requested on", lang), _day(file.closure_requested_at)),
        (_t("Closed by", lang), file.closed_by or ""), (_t("Closed on", lang),
                                                          _day(file.closed_at))]
    checklist, explained = case_summary_plan.checklist_lines(file, lang)
    parts.append(doc.Section(_t("Closure", lang), closure + checklist,
                             [(_t("Closure note", lang), file.closure_note or ""), *explained]))
    title = _t("Case summary", lang)
    return doc.SummaryDoc(
        title=f"{title} — {case.case_number}",
        subtitle_lines=[_t("Survivor code: {code}", lang).format(
            code=case.survivor.survivor_code), _t("Printed on {day}", lang).format(
            day=today.isoformat())],
        confidential=_t("Confidential: this document identifies a survivor. Keep it locked "
                        "away and share it only as the survivor agreed.", lang),
        parts=parts, footer=_t("Relais — confidential case summary — {number}", lang)
        .format(number=case.case_number), metadata_title=title)


def case_summary_pdf(vault: Vault, case_id: str, *, lang: str | None = None,
                     password: str | None = None, today: date | None = None) -> bytes:
    """The case summary of ``case_id`` as PDF bytes (AES-256 if ``password``); audited."""
    actor = staff_actor(vault)
    lang = lang or current_language()
    with vault.session() as session:
        case = get_case(session, actor, case_id)
        content = build(session, case, lang, today or date.today())
        audit.record(session, actor, "case_summary", record_type="case", record_id=case.id,
                     details=f"lang={lang} protected={'yes' if password else 'no'}")
    pdf = doc.render(content)
    return pdfkit.encrypt(pdf, password) if password else pdf


def suggested_name(case_number: str) -> str:
    """``case-summary-MOP-000123.pdf`` (the case number identifies no one)."""
    return f"case-summary-{case_number}.pdf"

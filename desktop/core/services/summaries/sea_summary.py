"""The SEA victim's file in the case summary PDF: its fields, then its lists.

Feature package: ``summaries`` (with ``case_summary``). Labels come from the SEA-file catalogue
(``Fields`` context), titles and headers from the ``CaseSummary`` context, in the language of
the summary. The date reported to the UN is already in the intake's SEA section, so it is not
repeated here.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.catalogue import sea_file as catalogue
from desktop.core.documents import case_summary as doc
from desktop.core.services.cases.intake_mapping import incident_is_sea
from desktop.core.services.casework.sea_file import SeaFileView, file_of, view_in_session
from desktop.core.services.reports import report_labels as labels
from desktop.core.services.summaries.wording import day as _day
from desktop.core.services.summaries.wording import t as _t
from desktop.core.store.models import Case, Incident


def _label(list_name: str | None, code: str | None, lang: str) -> str:
    return labels.label(list_name, code, lang) if list_name and code else (code or "")


def _child(number: int | None, lang: str) -> str:
    return _t("Child {n}", lang).format(n=number) if number else ""


def _fields(shown: SeaFileView, lang: str) -> tuple[list[tuple[str, str]],
                                                     list[tuple[str, str]]]:
    lines, blocks = [], []
    for spec in catalogue.FILE_FIELDS:
        if spec.name == "reported_to_un_on":
            continue
        raw = shown.values.get(spec.name)
        if spec.name == "victim_age":
            text = "" if shown.age_at_incident is None else str(shown.age_at_incident)
            if text:
                text += " (" + (_t("computed from the date of birth", lang)
                                if shown.age_computed else _t("entered", lang)) + ")"
        elif spec.kind == "choice":
            text = _label(spec.choices, raw, lang)
        elif spec.kind == "date":
            text = _day(raw)
        else:
            text = raw or ""
        if spec.kind == "longtext":
            blocks.append((spec.label_in(lang), text))
        else:
            lines.append((spec.label_in(lang), text))
    return lines, blocks


def shown_for(session: Session, incident: Incident) -> bool:
    """Whether the summary shows the SEA blocks of ``incident``: when one of its alleged
    perpetrators is UN or aid personnel (as the intake decides), or when something SEA was
    recorded on it all the same (its SEA file, the day reported to the UN, a paternity claim):
    a later incident by someone else gets no empty SEA block, and nothing recorded is hidden."""
    return (incident_is_sea(incident) or incident.sea_reported_to_un_on is not None
            or incident.sea_paternity_claim is not None
            or file_of(session, incident, create=False) is not None)


def parts(session: Session, case: Case, incident: Incident,
          lang: str) -> list[doc.Section | doc.Grid]:
    """The SEA file of ``incident``: a section of its fields, then four tables."""
    shown = view_in_session(session, case, incident.id)
    lines, blocks = _fields(shown, lang)
    t = _t
    return [
        doc.Section(t("SEA file (UN Victim Assistance Protocol)", lang), lines, blocks),
        doc.Grid(t("Children born of SEA", lang), [t(h, lang) for h in (
            "Child", "Date of birth", "Sex")], [
            [_child(c.number, lang), _day(c.date_of_birth), _label("sex", c.sex, lang)]
            for c in shown.children], t("No child recorded.", lang)),
        doc.Grid(t("Paternity and child-support claims", lang), [t(h, lang) for h in (
            "Child", "Claim made", "DNA sample", "Paternity established", "Support ordered",
            "Support paid")], [
            [_child(c.child_number, lang), *(_day(d) for d in (
                c.filed_on, c.dna_sample_on, c.paternity_established_on, c.support_ordered_on,
                c.support_paid_on))] for c in shown.claims], t("No claim recorded.", lang)),
        doc.Grid(t("Victim informed of the investigation", lang), [t(h, lang) for h in (
            "Date", "Informed of", "Recorded by")], [
            [_day(i.on), _label("sea_informed_about", i.about, lang), i.recorded_by]
            for i in shown.informed], t("Not informed yet.", lang)),
        doc.Grid(t("Assistance (UN Protocol)", lang), [t(h, lang) for h in (
            "Type", "For", "From", "Until", "Provider or staff")], [
            [_label("sea_assistance_types", a.assistance_type, lang),
             _child(a.child_number, lang) or t("The victim", lang), _day(a.provided_on),
             _day(a.until_on), " / ".join(n for n in (a.provider, a.provided_by) if n)]
            for a in shown.assistance], t("No assistance recorded.", lang)),
    ]

"""What the case file shows: summary, steps with dates, needs, plan, notes, consents, history.

Plain data (frozen dataclasses) so the GUI, the CLI and the case summary PDF read the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.catalogue import fields
from desktop.core.services.accounts.audit import AuditRow
from desktop.core.services.casework import closure_checklist
from desktop.core.services.casework.case_plan import CasePlan, read_plan
from desktop.core.services.consent.consent_rules import pending_approval
from desktop.core.store.models import Case, CaseNote, Site, Staff


@dataclass(frozen=True)
class StepRow:
    """When the case entered a step, and who moved it."""

    step: int
    started_on: date
    by: str


@dataclass(frozen=True)
class NeedRow:
    """A need found at assessment, with its note."""

    need: str
    note: str | None


@dataclass(frozen=True)
class NoteRow:
    """A dated note of the case file."""

    id: str
    at: datetime
    author: str
    text: str


@dataclass(frozen=True)
class ConsentChangeRow:
    """One step in a consent's history (``change``: see ``consent_history.CHANGE_LABELS``)."""

    on: date | None
    change: str
    given_by: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True)
class ConsentRow:
    """One consent scope (``services``, ``statistics``, ``release:<service type>``)."""

    scope: str
    given: bool
    given_by: str
    given_on: date | None
    withdrawn_on: date | None
    recorded_by: str
    changes: list[ConsentChangeRow] = field(default_factory=list)  # oldest first


@dataclass(frozen=True)
class CaseFile:
    """One case as the case file shows it."""

    id: str
    case_number: str
    survivor_code: str
    survivor_name: str | None
    caseworker_id: str
    caseworker: str
    site: str
    status: str
    step: int
    gbv_type: str | None
    sea: bool
    possible_exploitation: bool
    safety_risk: str | None
    date_of_interview: date
    opened_at: datetime | None
    action_plan: str | None
    closure_reasons: list[str]
    closure_note: str | None
    closure_requested_by: str | None
    closure_requested_at: datetime | None
    closed_by: str | None
    closed_at: datetime | None
    steps: list[StepRow]
    needs: list[NeedRow]
    notes: list[NoteRow]
    consents: list[ConsentRow]
    history: list[AuditRow] = field(default_factory=list)
    # A child's consent: her assent, why the caregiver does not consent, and — when another
    # trusted adult or the case worker consented — the supervisor's approval (or its absence).
    child_assent: bool | None = None
    caregiver_unsuitable: str | None = None
    best_interest_note: str | None = None  # why the substitute consents (the approver reads it)
    consent_pending: bool = False
    consent_approved_by: str | None = None
    consent_approved_at: datetime | None = None
    # The action plan (items, note, latest review) and the closure request's checklist.
    plan: CasePlan | None = None
    closure_checklist: closure_checklist.Checklist | None = None

    @property
    def closure_reason(self) -> str | None:
        """The closure reasons as stored (codes joined with ``,``)."""
        return ",".join(self.closure_reasons) or None

    def consent(self, scope: str) -> bool:
        """True when ``scope`` is consented to and not withdrawn (and, for a substitute's
        consent, approved by a supervisor)."""
        return not self.consent_pending and any(
            c.scope == scope and c.given and c.withdrawn_on is None for c in self.consents)


def scope_label(scope: str, lang: str | None = None) -> str:
    """A consent scope in words: the label of its catalogue field ("Consents to receive …")."""
    for f in fields.fields():
        if f.table == "consents" and f.kind == "bool" and f.column == scope:
            return f.label_in(lang)
    return scope


def consent_order(scope: str) -> tuple[int, int]:
    """Where a consent comes in the case file: the consent step's in the intake's order (to
    receive services, statistics, release to each service), then the others (the SEA step's
    consent to inform the UN), then any unknown scope."""
    scopes = [(f.section != "consent", f.column) for f in fields.fields()
              if f.table == "consents" and f.kind == "bool"]
    ordered = [column for _, column in sorted(scopes, key=lambda s: s[0])]
    return (0, ordered.index(scope)) if scope in ordered else (1, 0)


def _names(session: Session, ids: set[str | None]) -> dict[str | None, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    rows = session.execute(select(Staff.id, Staff.full_name, Staff.username).where(
        Staff.id.in_(wanted)))
    return {i: (full or user) for i, full, user in rows}


def read_case_file(session: Session, case: Case) -> CaseFile:
    """Build the case file of ``case`` (history left empty: the caller adds it)."""
    notes = list(session.scalars(select(CaseNote).where(CaseNote.case_id == case.id)
                                 .order_by(CaseNote.created_at.desc())))
    approval = case.consent_approval
    who = _names(session, {case.caseworker_id, case.closure_requested_by_id, case.closed_by_id,
                           approval.approved_by_id if approval else None}
                 | {s.by_id for s in case.steps} | {n.author_id for n in notes}
                 | {c.recorded_by_id for c in case.consents}
                 | {h.recorded_by_id for c in case.consents for h in c.changes})
    site = session.get(Site, case.site_id)
    get: Any = who.get
    return CaseFile(
        id=case.id, case_number=case.case_number, survivor_code=case.survivor.survivor_code,
        survivor_name=case.survivor.name, caseworker_id=case.caseworker_id,
        caseworker=get(case.caseworker_id, ""), site=site.name if site else "",
        status=case.status, step=case.step, gbv_type=case.gbv_type, sea=bool(case.sea),
        possible_exploitation=bool(case.possible_exploitation), safety_risk=case.safety_risk,
        date_of_interview=case.date_of_interview, opened_at=case.opened_at,
        action_plan=case.action_plan,
        closure_reasons=[r for r in (case.closure_reason or "").split(",") if r],
        closure_note=case.closure_note,
        closure_requested_by=get(case.closure_requested_by_id),
        closure_requested_at=case.closure_requested_at,
        closed_by=get(case.closed_by_id), closed_at=case.closed_at,
        steps=[StepRow(s.step, s.started_on, get(s.by_id, "")) for s in case.steps],
        needs=[NeedRow(n.need, n.note) for n in sorted(case.needs, key=lambda n: n.need)],
        notes=[NoteRow(n.id, n.created_at, get(n.author_id, ""), n.text) for n in notes],
        consents=[ConsentRow(c.scope, bool(c.given), c.given_by, c.given_on, c.withdrawn_on,
                             get(c.recorded_by_id, ""),
                             [ConsentChangeRow(h.on, h.change, h.given_by,
                                               get(h.recorded_by_id, ""), h.recorded_at)
                              for h in c.changes])
                  for c in sorted(case.consents, key=lambda c: consent_order(c.scope))],
        child_assent=case.child_assent, caregiver_unsuitable=case.caregiver_unsuitable,
        best_interest_note=case.best_interest_note,
        consent_pending=pending_approval(case.consents, approval),
        consent_approved_by=get(approval.approved_by_id) if approval else None,
        consent_approved_at=approval.approved_at if approval else None,
        plan=read_plan(session, case),
        closure_checklist=closure_checklist.read(session, case.id),
    )

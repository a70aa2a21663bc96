"""What can be done to a case: move its step, assign it, add notes, plan, close, reopen.

Each action checks the access rule (and the permission where one is needed), changes the case
in one transaction and leaves an audit event. Closure takes two people: a case worker (or
anyone who sees the case) asks for it with the reasons; a supervisor approves or rejects it.
Reopening a closed case is open to anyone who sees the case: a survivor who comes back must
not wait for a supervisor. It brings the case back to step 5 (follow-up); the follow-ups the
closure closed stay done (a case worker plans new ones).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete
from sqlalchemy.orm import Session

from desktop.core.catalogue import reference
from desktop.core.errors import NotFound, UserError, ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case, staff_actor
from desktop.core.services.accounts.permissions import Permission, require
from desktop.core.services.casework import closure_checklist
from desktop.core.services.referrals import followups
from desktop.core.store.models import Case, CaseNote, CaseStep, Staff, utcnow
from desktop.core.store.vault import Actor, Vault

CLOSURE_STEP = 6
REOPEN_STEP = 5



def _enter_step(session: Session, case: Case, actor: Actor, step: int) -> None:
    """Make ``step`` the case's step and record the date it was first entered."""
    case.step = step
    known = {s.step for s in case.steps}
    if step not in known:
        case.steps.append(CaseStep(site_id=case.site_id, step=step, started_on=date.today(),
                                   by_id=actor.staff_id))


def set_step(vault: Vault, case_id: str, step: int) -> None:
    """Move the case to step 1–5 (step 6 is reached by an approved closure)."""
    actor = staff_actor(vault)
    if not isinstance(step, int) or not 1 <= step < CLOSURE_STEP:
        raise ValidationError({"step": translate("Cases",
            "Choose a step from 1 to 5; a case is closed through a closure request.")})
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        _enter_step(session, case, actor, step)
        audit.record(session, actor, "case_step", record_type="case", record_id=case.id,
                     details=str(step))


def assign(vault: Vault, case_id: str, staff_id: str) -> None:
    """Give the case to another active staff member of the same site (supervisors)."""
    actor = require(vault, Permission.ASSIGN_CASES)
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        person = session.get(Staff, staff_id)
        if person is None or not person.active or person.site_id != case.site_id:
            raise NotFound(translate(
                "Cases", "This person is not an active staff member of the site."))
        case.caseworker_id = person.id
        audit.record(session, actor, "case_assigned", record_type="case", record_id=case.id,
                     details=person.username)


def add_note(vault: Vault, case_id: str, text: str) -> str:
    """Add a dated note to the case file; returns the note's id."""
    actor = staff_actor(vault)
    if not text or not text.strip():
        raise ValidationError({"text": translate("Cases", "Write the note first.")})
    with vault.session() as session:
        case = get_case(session, actor, case_id)
        note = CaseNote(case_id=case.id, site_id=case.site_id, author_id=actor.staff_id,
                        text=text.strip())
        session.add(note)
        session.flush()
        audit.record(session, actor, "note_added", record_type="case", record_id=case.id)
        return note.id


def set_action_plan(vault: Vault, case_id: str, text: str) -> None:
    """Save the action plan; a case still in steps 1–2 moves to step 3 (action planning)."""
    actor = staff_actor(vault)
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        case.action_plan = text.strip() or None
        if case.action_plan and case.step < 3:
            _enter_step(session, case, actor, 3)
        audit.record(session, actor, "case_edited", record_type="case", record_id=case.id,
                     details="action_plan")


def _reasons(reasons: str | Sequence[str], note: str) -> list[str]:
    items = [reasons] if isinstance(reasons, str) else list(reasons)
    items = [r for r in items if r]
    errors = {}
    if not items:
        errors["reasons"] = translate("Cases", "Tick at least one reason.")
    elif not all(reference.has("closure_reasons", r) for r in items):
        errors["reasons"] = translate("Cases", "Choose reasons from the list.")
    elif "other" in items and not note.strip():
        errors["note"] = translate("Cases", "Say what the other reason is.")
    if errors:
        raise ValidationError(errors)
    return [r for r in reference.codes("closure_reasons") if r in items]


def request_closure(vault: Vault, case_id: str, reasons: str | Sequence[str],
                    note: str = "", *,
                    checklist: closure_checklist.Checklist | None = None) -> None:
    """Ask a supervisor to close the case, with the reasons (codes of ``closure_reasons``)
    and the closure checklist (required; an unticked item needs its explanation)."""
    actor = staff_actor(vault)
    codes = _reasons(reasons, note or "")
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        if case.status == "closure_requested":
            raise UserError(translate("Cases", "Closure was already asked for this case."))
        closure_checklist.store(session, case, closure_checklist.check(session, case,
                                                                       checklist))
        case.status = "closure_requested"
        case.closure_reason = ",".join(codes)
        case.closure_note = (note or "").strip() or None
        case.closure_requested_by_id = actor.staff_id
        case.closure_requested_at = utcnow()
        audit.record(session, actor, "case_closure_requested", record_type="case",
                     record_id=case.id, details=case.closure_reason)


def _pending(session: Session, actor: Actor, case_id: str) -> Case:
    case = get_case(session, actor, case_id)
    if case.status != "closure_requested":
        raise UserError(translate("Cases", "Nobody has asked to close this case."))
    return case


def approve_closure(vault: Vault, case_id: str) -> None:
    """Close the case as asked (supervisors only): step 6, closed now; its open follow-ups
    are done with the outcome "Case closed", in the same transaction."""
    actor = require(vault, Permission.APPROVE_CLOSURE)
    with vault.session() as session:
        case = _pending(session, actor, case_id)
        case.status = "closed"
        case.closed_by_id = actor.staff_id
        case.closed_at = utcnow()
        _enter_step(session, case, actor, CLOSURE_STEP)
        followups.close_for_case(session, actor, case.id, date.today())
        audit.record(session, actor, "case_closed", record_type="case", record_id=case.id,
                     details=case.closure_reason)


def reject_closure(vault: Vault, case_id: str, note: str = "") -> None:
    """Keep the case open (supervisors only); ``note`` is added to the case file."""
    actor = require(vault, Permission.APPROVE_CLOSURE)
    with vault.session() as session:
        case = _pending(session, actor, case_id)
        case.status = "open"
        case.closure_reason = case.closure_note = None
        case.closure_requested_by_id = case.closure_requested_at = None
        closure_checklist.clear(session, case)
        if note.strip():
            session.add(CaseNote(case_id=case.id, site_id=case.site_id,
                                 author_id=actor.staff_id, text=note.strip()))
        audit.record(session, actor, "case_closure_rejected", record_type="case",
                     record_id=case.id)


def reopen(vault: Vault, case_id: str, note: str = "") -> None:
    """Reopen a closed case (back to step 5, follow-up); ``note`` goes to the case file."""
    actor = staff_actor(vault)
    with vault.session() as session:
        case = get_case(session, actor, case_id)
        if case.status != "closed":
            raise UserError(translate("Cases", "This case is not closed."))
        case.status = "open"
        case.closed_by_id = case.closed_at = None
        case.closure_requested_by_id = case.closure_requested_at = None
        case.closure_reason = case.closure_note = None
        closure_checklist.clear(session, case)
        session.execute(delete(CaseStep).where(CaseStep.case_id == case.id,
                                               CaseStep.step == CLOSURE_STEP))
        session.expire(case, ["steps"])
        case.step = REOPEN_STEP
        if REOPEN_STEP not in {s.step for s in case.steps}:
            _enter_step(session, case, actor, REOPEN_STEP)
        if note.strip():
            session.add(CaseNote(case_id=case.id, site_id=case.site_id,
                                 author_id=actor.staff_id, text=note.strip()))
        audit.record(session, actor, "case_reopened", record_type="case", record_id=case.id)


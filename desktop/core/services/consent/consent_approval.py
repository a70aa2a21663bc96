"""A supervisor approves the consent another trusted adult or the case worker gave for a child.

For a child whose caregiver is not appropriate (an alleged perpetrator, absent, acting against
her), the intake records consent by another trusted adult or the case worker with a
best-interest note. That consent counts only once a supervisor approved it: until then the case
shows "consent pending supervisor approval", referrals that need a release consent are refused
(unless overridden) and letters and the victim-assistance file treat her as not consenting.
The approval is audited (``consent_approved``), and never given by the person who recorded the
substitute's consent (a second pair of eyes); changing who consents or the note in the intake
removes it (a new approval is needed).
"""

from __future__ import annotations

from typing import Any

from desktop.core.errors import UserError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case
from desktop.core.services.accounts.permissions import Permission, require
from desktop.core.services.consent.consent_rules import is_substitute, pending_approval
from desktop.core.store.models import Case, ConsentApproval, utcnow
from desktop.core.store.vault import Vault


def is_pending(case: Case) -> bool:
    """True when the case's consent waits for a supervisor's approval."""
    return pending_approval(case.consents, case.consent_approval)


def approve(vault: Vault, case_id: str) -> None:
    """Approve the substitute's consent of a visible case (supervisors; audited)."""
    actor = require(vault, Permission.OVERRIDE_CONSENT)
    with vault.session() as session:
        case = get_case(session, actor, case_id, for_update=True)
        if not is_pending(case):
            raise UserError(translate(
                "Cases", "This case has no consent waiting for a supervisor's approval."))
        if any(c.recorded_by_id == actor.staff_id for c in case.consents
               if c.given and is_substitute(c.given_by)):
            # Four eyes: whoever recorded a consent in the child's place does not approve it.
            raise UserError(translate(
                "Cases", "You recorded this consent: another supervisor must approve it."))
        case.consent_approval = ConsentApproval(
            site_id=case.site_id, approved_by_id=actor.staff_id, approved_at=utcnow())
        audit.record(session, actor, "consent_approved", record_type="case",
                     record_id=case.id)


def snapshot(case: Case) -> tuple[Any, ...]:
    """What an approval covers: who gave each substitute consent, and the note."""
    givers = sorted((c.scope, c.given_by) for c in case.consents
                    if c.given and is_substitute(c.given_by))
    return tuple(givers), case.best_interest_note, case.caregiver_unsuitable


def drop_if_changed(case: Case, before: tuple[Any, ...]) -> None:
    """Remove the approval when what it covered changed in an edit of the intake."""
    if case.consent_approval is not None and snapshot(case) != before:
        case.consent_approval = None

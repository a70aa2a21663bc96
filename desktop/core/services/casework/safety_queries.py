"""What a high safety risk raises: the high-risk open cases of a caseload or a site (for the
home page), and the priority a new referral of a case starts at. Belongs to the feature
package ``services/safety/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import func, select

from desktop.core.catalogue import reference, safety
from desktop.core.errors import PermissionDenied
from desktop.core.i18n import translate
from desktop.core.services.accounts.access import get_case, visible
from desktop.core.services.accounts.permissions import Permission, can, require_case_work
from desktop.core.store.models import Case, SafetyAssessment, Staff, Survivor
from desktop.core.store.vault import Vault

OPEN_STATUSES = ("open", "closure_requested")  # not closed yet: still to be kept safe
DEFAULT_PRIORITY = "normal"


@dataclass(frozen=True)
class HighRiskCase:
    """A high-risk open case, as a list line (no name: the survivor code identifies no one)."""

    case_id: str
    case_number: str
    survivor_code: str
    caseworker: str
    status: str
    step: int
    assessed_on: date | None  # the latest assessment's date


def high_risk_cases(vault: Vault, scope: Literal["mine", "site"] = "mine",
                    limit: int = 200) -> list[HighRiskCase]:
    """Open cases whose latest safety level is high, latest assessed first.

    ``mine``: the cases assigned to the actor (their caseload); ``site``: every case of the
    actor's site, for supervisors (``PermissionDenied`` otherwise). Reads no identifying field.
    """
    actor = require_case_work(vault)
    if scope == "site":
        if not can(actor, Permission.SEE_ALL_SITE_CASES):
            raise PermissionDenied(translate(
                "Safety", "Only a supervisor sees the high-risk cases of the whole site."))
        where = Case.site_id == actor.site_id
    elif scope == "mine":
        where = Case.caseworker_id == actor.staff_id
    else:
        raise ValueError(f"unknown scope {scope!r}")
    latest = (select(func.max(SafetyAssessment.assessed_on))
              .where(SafetyAssessment.case_id == Case.id).scalar_subquery())
    stmt = (select(Case.id, Case.case_number, Survivor.survivor_code, Staff.full_name,
                   Staff.username, Case.status, Case.step, latest)
            .join(Survivor, Survivor.id == Case.survivor_id)
            .join(Staff, Staff.id == Case.caseworker_id)
            .where(where, visible(actor), Case.safety_risk == safety.HIGH,
                   Case.status.in_(OPEN_STATUSES))
            .order_by(latest.desc().nulls_last(), Case.case_number).limit(limit))
    with vault.reader() as session:
        return [HighRiskCase(r[0], r[1], r[2], r[3] or r[4], r[5], r[6], r[7])
                for r in session.execute(stmt)]


def referral_priority(vault: Vault, case_id: str) -> str:
    """The priority a new referral of ``case_id`` starts at: the highest one (``emergency``)
    when the case's safety risk is high, else ``normal``. The worker may still lower it."""
    actor = require_case_work(vault)
    with vault.reader() as session:
        case = get_case(session, actor, case_id)
        if case.safety_risk == safety.HIGH:
            return reference.codes("priorities")[0]
    return DEFAULT_PRIORITY

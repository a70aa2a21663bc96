"""The rows the case list shows for a page of ids, and the audited "show names" request.

``case_list.first_page`` and ``case_ids`` choose which ids a page holds; :func:`case_rows`
reads those rows only (one query by id under the access rule), with each case's next open
follow-up and whether it is overdue. Names come only when asked for and allowed
(``Permission.SEE_NAMES_IN_LISTS``), and asking is audited (:func:`reveal_names`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from desktop.core.errors import PermissionDenied
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import visible
from desktop.core.services.accounts.permissions import Permission, can, require_case_work
from desktop.core.store.models import Case, FollowUp, Staff, Survivor
from desktop.core.store.vault import Vault


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list (``survivor_name`` only when asked for and allowed)."""

    id: str
    case_number: str
    survivor_code: str
    survivor_name: str | None
    caseworker: str
    step: int
    status: str
    gbv_type: str | None
    sea: bool
    date_of_interview: date
    opened_at: datetime | None
    next_followup_due: date | None = None
    overdue: bool = False
    safety_risk: str | None = None  # the latest safety assessment's level
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str | None:
        """Alias of ``survivor_name``."""
        return self.survivor_name

    @property
    def next_followup(self) -> date | None:
        """Alias of ``next_followup_due``."""
        return self.next_followup_due


def open_followups() -> Any:
    """The condition of a follow-up not yet done."""
    return FollowUp.done_on.is_(None)


def next_followup() -> Any:
    """The case's earliest open follow-up date, looked up by ``case_id`` for each case (a
    ``case_id IN (…)`` over every page would let sampled statistics pick the ``done_on``
    index and read every open follow-up)."""
    return select(func.min(FollowUp.due_on)).where(
        FollowUp.case_id == Case.id, open_followups()).scalar_subquery()


def case_rows(vault: Vault, ids: list[str], *, with_names: bool = False,
              today: date | None = None) -> list[CaseRow]:
    """The list rows of ``ids`` in the same order (ids not visible to the actor are left out).

    Names come only when ``with_names`` is asked and the role may see names in lists.
    """
    actor = require_case_work(vault)
    names = with_names and can(actor, Permission.SEE_NAMES_IN_LISTS)
    today = today or date.today()
    ids = list(ids)
    if not ids:
        return []
    stmt = (select(Case.id, Case.case_number, Survivor.survivor_code,
                   Survivor.name if names else Survivor.id, Staff.full_name, Staff.username,
                   Case.step, Case.status, Case.gbv_type, Case.sea, Case.date_of_interview,
                   Case.opened_at, next_followup(), Case.safety_risk)
            .join(Survivor, Survivor.id == Case.survivor_id)
            .join(Staff, Staff.id == Case.caseworker_id)
            .where(Case.id.in_(ids), visible(actor)))
    with vault.reader() as session:
        found = {r[0]: r for r in session.execute(stmt)}
    rows = []
    for case_id in ids:
        r = found.get(case_id)
        if r is None:
            continue
        next_due = r[12]
        rows.append(CaseRow(
            id=r[0], case_number=r[1], survivor_code=r[2], survivor_name=r[3] if names else None,
            caseworker=r[4] or r[5], step=r[6], status=r[7], gbv_type=r[8], sea=bool(r[9]),
            date_of_interview=r[10], opened_at=r[11], next_followup_due=next_due,
            overdue=next_due is not None and next_due < today, safety_risk=r[13]))
    return rows


def reveal_names(vault: Vault) -> None:
    """A supervisor asks to see survivor names in the case list: allowed for roles that may
    (``PermissionDenied`` otherwise) and audited ``names_shown`` each time."""
    actor = require_case_work(vault)
    if not can(actor, Permission.SEE_NAMES_IN_LISTS):
        raise PermissionDenied(translate("Cases", "Your role may not see names in the list."))
    audit.log(vault, "names_shown", record_type="case_list")

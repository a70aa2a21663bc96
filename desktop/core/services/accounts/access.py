"""Who may see and change which case: one rule, used by every case query and action.

A case worker sees and edits the cases they created or are assigned to (``caseworker_id``).
A supervisor (or an "administrator and supervisor") sees every case of their site. A plain
administrator and the recovery key see no case at all (``require_case_work``). A case that the
actor may not see is answered as ``NotFound`` (its existence is not revealed).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, select
from sqlalchemy.orm import Session

from desktop.core.errors import NotFound, PermissionDenied, UserError
from desktop.core.i18n import translate
from desktop.core.services.accounts.permissions import Permission, can, require_case_work
from desktop.core.store.models import Case
from desktop.core.store.vault import Actor, Vault


def visible(actor: Actor) -> ColumnElement[bool]:
    """The SQL condition on ``cases`` for the cases ``actor`` may see."""
    parts = visible_parts(actor)
    return parts[0] if len(parts) == 1 else or_(*parts)


def visible_parts(actor: Actor) -> list[ColumnElement[bool]]:
    """``visible(actor)`` as the conditions it is the OR of (each one answered by an index).

    The case list queries each part on its own and merges them (``UNION``), so that a page of a
    case worker's list is read in order from two indexes instead of from every case.
    """
    if can(actor, Permission.SEE_ALL_SITE_CASES):
        return [Case.site_id == actor.site_id]
    if actor.staff_id is None or not can(actor, Permission.WORK_ON_CASES):
        return [false()]
    return [Case.caseworker_id == actor.staff_id, Case.created_by_id == actor.staff_id]


def case_not_found() -> NotFound:
    """The error for a case that does not exist or is not visible."""
    return NotFound(translate("Cases", "This case does not exist or is not yours to see."))


def get_case(session: Session, actor: Actor, case_id: str, *, for_update: bool = False) -> Case:
    """The case ``case_id`` if ``actor`` may see it, else ``NotFound``."""
    case = session.scalar(select(Case).where(Case.id == case_id, visible(actor)))
    if case is None:
        raise case_not_found()
    if for_update and case.status == "closed":
        raise UserError(translate("Cases", "This case is closed."),
                        hint=translate("Cases", "Reopen it before changing it."))
    return case


def staff_actor(vault: Vault) -> Actor:
    """The actor, who must be a staff member whose role works on cases (the recovery login
    and a plain administrator cannot)."""
    actor = require_case_work(vault)
    if actor.staff_id is None:
        raise PermissionDenied(translate(
            "Cases", "Log in with a staff account to work on cases."))
    return actor


def require_visible(vault: Vault, case_id: str) -> Actor:
    """The actor, after checking that the case exists and is visible to them."""
    actor = require_case_work(vault)
    with vault.reader() as session:
        get_case(session, actor, case_id)
    return actor


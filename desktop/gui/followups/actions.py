"""Schedule a follow-up or mark one done with its review: shared by the Follow-ups page, the
case file and the referral panel. Each action calls ``desktop.core.services.referrals.followups`` or
``followup_review``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.core.errors import UserError, ValidationError
from desktop.core.i18n import current_language
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.accounts.permissions import Permission, Role, can
from desktop.core.services.referrals import followup_review, followup_review_read, followups
from desktop.gui import dialogs
from desktop.gui.followups.dialogs import ScheduleDialog
from desktop.gui.followups.review_dialog import FollowUpReviewDialog
from desktop.gui.followups.review_view import ReviewViewDialog
from desktop.gui.referrals import modal


def assignable_staff(vault: Any) -> list[tuple[str, str]]:
    """``(staff id, name)`` of who may be given a follow-up: oneself, or any worker for a
    supervisor."""
    actor = vault.actor
    me = (actor.staff_id, actor.full_name or actor.username)
    if not can(actor, Permission.ASSIGN_CASES):
        return [me]
    people = [(p.staff_id, p.full_name or p.username) for p in accounts.list_staff(vault)
              if p.role == Role.CASEWORKER or p.staff_id == actor.staff_id]
    return people or [me]


def schedule(parent: QWidget | None, vault: Any, case_id: str, referral_id: str | None = None,
             about: str = "") -> bool:
    """Ask when, for whom and why, then schedule; True once saved."""
    dialog = ScheduleDialog(assignable_staff(vault), vault.actor.staff_id, about, parent)
    while modal.run(dialog):
        values = dialog.values()
        try:
            followups.schedule(vault, case_id, values["due_on"], referral_id=referral_id,
                               assigned_to_id=values["assigned_to_id"],
                               purpose=values["purpose"])
        except ValidationError as exc:
            dialogs.warn(parent, "\n".join(exc.errors.values()) or exc.message)
            continue
        except UserError as exc:
            dialogs.show_error(parent, exc)
            return False
        return True
    return False


def mark_done(parent: QWidget | None, vault: Any, follow_up_id: str, about: str) -> bool:
    """Ask for the review (method, outcome, the plan's open items, new needs, safety,
    closure recommended), then mark the follow-up done with it; True once saved."""
    try:
        items, assessed = followup_review.review_context(vault, follow_up_id)
    except UserError as exc:
        dialogs.show_error(parent, exc)
        return False
    dialog = FollowUpReviewDialog(about, items, assessed, current_language(), parent)
    return modal.run_until_saved(
        dialog, lambda: followup_review.complete(vault, follow_up_id, **dialog.values()),
        parent, dialog.show_problem)


def view_review(parent: QWidget | None, vault: Any, follow_up_id: str) -> None:
    """Show a done follow-up and its review, read only."""
    try:
        done = followup_review_read.read_done(vault, follow_up_id)
    except UserError as exc:
        dialogs.show_error(parent, exc)
        return
    modal.run(ReviewViewDialog(done, current_language(), parent))

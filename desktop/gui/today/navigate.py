"""Open what a row of the home page points to, on the page that shows it, and keep the counts
of the navigation items up to date.

``open_item(main, kind, target)``: a case (its case file), a referral (its detail), a draft
(the intake form with the draft, without asking again), a case worker's overdue cases (the
case list filtered), or a new intake. ``update_counts(main)`` writes "Today (5)",
"Referrals (2)" and "Follow-ups (3)" on the navigation (``today.nav_counts``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.core.errors import UserError
from desktop.core.services.accounts.permissions import Permission, can
from desktop.core.services.cases import today as today_service
from desktop.core.services.packages import incoming
from desktop.gui import dialogs, pages
from desktop.gui.shortcuts import with_shortcut

translate = QCoreApplication.translate


def open_item(main: Any, kind: str, target: str) -> None:
    """Show what a home-page row points to (``main`` is the ``MainWindow``)."""
    from desktop.gui.cases import intake_drafts  # the cases page is imported when opened

    # The home page lists the drafts itself: the case page it opens does not ask about them.
    with intake_drafts.not_offering():
        _open(main, kind, target)


def _open(main: Any, kind: str, target: str) -> None:
    origin = main.current_key()
    if kind in ("followup", "closure") or (kind == "case" and target):
        main.show_page("cases").show_file(target, linked=True)
        _came_from(main, "cases", origin)
    elif kind in ("referral", "referral_draft"):
        main.show_page("referrals").open_referral(target)
        _came_from(main, "referrals", origin)
    elif kind == "intake_draft":
        main.show_page("cases").resume_draft(target)
    elif kind == "worker":
        main.show_page("cases").show_overdue_of(target)
    elif kind == "new_intake":
        main.show_page("cases").new_intake()


def _came_from(main: Any, key: str, origin: str) -> None:
    """Remember where page ``key`` was opened from (Esc goes back there)."""
    came_from = getattr(main, "came_from", None)
    if came_from is not None and origin != key:
        came_from[key] = origin


def update_counts(main: Any) -> None:
    """Navigation labels with the number of things waiting (none when locked)."""
    vault = main.vault
    counts: dict[str, int] = {}
    if vault is not None and can(vault.actor, Permission.WORK_ON_CASES):
        try:
            found = today_service.nav_counts(vault)
            received = len(incoming.incoming_referrals(vault))  # from partners, to answer
        except UserError as exc:
            dialogs.show_error(main, exc)
        else:
            counts = {"today": found.today + received,
                      "referrals": found.referrals, "followups": found.followups}
    for row, key in enumerate(pages.page_keys()):
        item = main.nav.item(row)
        count = counts.get(key, 0)
        label = pages.nav_label(key)
        item.setText(f"{label} ({count})" if count else label)
        item.setData(Qt.ItemDataRole.UserRole + 1, count)
        shortcuts = getattr(main, "shortcuts", None)
        action = shortcuts.pages.get(key) if shortcuts is not None else None
        tip = with_shortcut(label, action) if action is not None else ""
        why = {"referrals": translate("Navigation", "Referrals whose answer is late"),
               "followups": translate("Navigation", "Follow-ups due today or overdue"),
               "today": translate("Navigation", "Things waiting for you")}.get(key)
        item.setToolTip(f"{tip} — {why} ({count})" if count and why else tip)

"""The home page's queries: each person's own work, a supervisor's site, no survivor names."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.errors import PermissionDenied
from desktop.core.services.accounts.permissions import Role
from desktop.core.services.cases import today as home
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders
from tests.helpers.today_data import work


def test_a_case_worker_sees_her_own_work_and_how_late(folder: DataFolder, today: date) -> None:
    ids = work(folder, today)
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        page = home.today(awa, today + timedelta(days=5))
        assert [(r.target, r.days_late) for r in page.followups.rows] == [
            (ids["awa_case"], 5), (ids["awa_case"], 2)]
        assert page.followups.total == 2
        assert [(r.kind, r.target, r.days_late) for r in page.referrals.rows] == [
            ("referral", ids["sent"], 0)]  # due in two weeks: waiting, not late
        kinds = [(r.kind, r.target) for r in page.drafts.rows]
        assert kinds == [("referral_draft", ids["sent"]), ("intake_draft", ""),
                         ("referral", ids["unsent"])]
        assert page.drafts.total == 3
        assert page.closures is None and page.site_overdue is None
        assert page.to_do() == 6
        assert folders.MARKER not in repr(page)  # case numbers and codes, never a name
        late = home.today(awa, today + timedelta(days=20))
        assert late.referrals.rows[0].days_late == 6
        counts = home.nav_counts(awa, today + timedelta(days=20))
        assert (counts.today, counts.referrals, counts.followups) == (6, 2, 2)
    finally:
        awa.close()
    fanta = folders.login(folder, folders.CASEWORKER_2)
    try:
        page = home.today(fanta, today)
        assert page.followups.total == 1 and page.followups.rows[0].target == ids["fanta_case"]
        assert page.referrals.total == 0 and page.drafts.total == 0  # Awa's stay hers
    finally:
        fanta.close()


def test_a_supervisor_sees_closures_and_the_site_overdue_by_case_worker(
        folder: DataFolder, today: date) -> None:
    ids = work(folder, today)
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        page = home.today(sali, today + timedelta(days=20))
        assert page.closures is not None and page.site_overdue is not None
        assert [(r.target, r.who) for r in page.closures.rows] == [(ids["closing"], "Awa Agente")]
        loads = {w.name: (w.overdue_followups, w.late_referrals, w.oldest_days_late)
                 for w in page.site_overdue}
        assert loads == {"Awa Agente": (2, 2, 20), "Fanta Agente": (1, 0, 20)}
        assert page.followups.total == 0 and page.referrals.total == 0  # none are hers
        assert page.drafts.total == 0  # the drafts of a case worker are hers alone
        assert page.to_do() == 1
        assert folders.MARKER not in repr(page)
        counts = home.nav_counts(sali, today + timedelta(days=20))
        assert (counts.today, counts.referrals, counts.followups) == (1, 2, 3)
    finally:
        sali.close()


def test_a_role_without_case_work_is_refused(folder: DataFolder) -> None:
    folders.add_person(folder, "moussa", Role.ADMINISTRATOR)
    vault = folders.login(folder, "moussa")
    try:
        with pytest.raises(PermissionDenied):
            home.today(vault)
        with pytest.raises(PermissionDenied):
            home.nav_counts(vault)
    finally:
        vault.close()

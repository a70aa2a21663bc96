"""The Follow-ups page's lists read page by page (``after=`` the last row's key): every open
follow-up once, in the order of the whole list, whatever the page size — on a real SQLCipher
database."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from desktop.core.services import session
from desktop.core.services.referrals import followups
from tests.helpers import folders
from tests.helpers.referral_data import add_case


def _pages(read: Any, size: int) -> list[str]:
    """Every id of ``read`` taken ``size`` at a time, each page after the last one's end."""
    ids: list[str] = []
    after = None
    for _ in range(100):  # a page that repeats itself fails, it does not loop
        page = read(limit=size, after=after)
        assert len(page) <= size
        ids += [row.id for row in page]
        if len(page) < size:
            return ids
        after = page[-1].key
    raise AssertionError("the pages never end")


def test_paging_shows_every_open_follow_up_once(folder: Any, today: date) -> None:
    past = today - timedelta(days=10)
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        cases = [add_case(sali) for _ in range(3)]
        done = []
        for number in range(18):  # several a day, and several of a case the same day
            due = past + timedelta(days=number % 4) if number % 5 else today
            row = followups.schedule(sali, cases[number % 3], due, purpose=f"Visite {number}",
                                     today=past)
            if number % 4 == 0:
                done.append(followups.mark_done(sali, row.id, "Fait").id)
        for day in (today, past + timedelta(days=2)):  # a past day: those done today were open
            for read in (followups.overdue, followups.due_today):
                whole = [r.id for r in read(sali, scope="site", today=day)]
                assert whole and len(whole) == len(set(whole)), (read, day)
                if day == today:
                    assert not set(whole) & set(done)
                for size in (1, 2, 3, 5, len(whole), len(whole) + 1):
                    def page(**kw: Any) -> Any:
                        return read(sali, scope="site", today=day, **kw)  # noqa: B023
                    assert _pages(page, size) == whole, (read, day, size)
        assert len(followups.overdue(sali, scope="site")) == 14 - 4  # past ones, less done
    finally:
        session.lock(sali)

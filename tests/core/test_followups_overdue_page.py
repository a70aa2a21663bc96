"""The Follow-ups page's overdue list reads only the open follow-ups (and the few done after
the day), never the history of those done in time: at 1,000,000 cases, one query over both
ranges read every follow-up due before the day, done or not, until 500 open ones were found
(2.3 s against 60 ms for the same rows in raw SQL)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import event

from desktop.core.services import session
from desktop.core.services.cases import case_actions
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.services.referrals import followups
from tests.helpers import folders
from tests.helpers.referral_data import add_case


def _past(today: date) -> date:
    """The day the follow-ups of :func:`_site` start to fall due: 20 days before today."""
    return today - timedelta(days=20)


def _site(folder: Any, today: date) -> tuple[Any, list[str]]:
    """A supervisor's vault over four cases of six past follow-ups each: half marked done
    (today), the others open, and the last case's closed today (its open ones marked done
    today by the closure: done after every past day)."""
    past = _past(today)
    sali = folders.login(folder, folders.SUPERVISOR)
    cases = [add_case(sali) for _ in range(4)]
    for number, case_id in enumerate(cases):
        for day in range(6):
            row = followups.schedule(sali, case_id, past + timedelta(days=day),
                                     purpose=f"Visite {number}.{day}", today=past)
            if day % 2 == 0:
                followups.mark_done(sali, row.id, "Fait")
    case_actions.request_closure(sali, cases[3], "needs_met", checklist=Checklist.all_ticked())
    case_actions.approve_closure(sali, cases[3])  # its open follow-ups: done today
    return sali, cases


def test_a_limited_overdue_list_is_the_start_of_the_whole_list(folder, today: date) -> None:
    past = _past(today)
    sali, _cases = _site(folder, today)
    try:
        for day in (today, past + timedelta(days=3), past + timedelta(days=6)):
            whole = [r.id for r in followups.overdue(sali, scope="site", today=day)]
            assert whole, day
            for limit in (0, 1, 2, 5, len(whole) - 1, len(whole), len(whole) + 3):
                page = followups.overdue(sali, scope="site", today=day, limit=limit)
                assert [r.id for r in page] == whole[:max(0, limit)], (day, limit)
        # on a past day, every follow-up was still open (those done were marked done today,
        # the closure's today too); today, only the three open ones of each open case
        back_then = followups.overdue(sali, scope="site", today=past + timedelta(days=6),
                                      limit=100)
        assert len(back_then) == 4 * 6
        assert len(followups.overdue(sali, scope="site", limit=100)) == 3 * 3
    finally:
        session.lock(sali)


def test_the_overdue_page_never_reads_follow_ups_by_due_date_alone(folder, today: date) -> None:
    sali, _cases = _site(folder, today)
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        if "FROM follow_ups" in sql and "JOIN" not in sql.split("WHERE")[0]:
            statements.append((sql, params))

    engine = sali.require_engine()
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        engine.dispose()
        event.listen(engine, "before_cursor_execute", seen)
        try:
            followups.overdue(sali, scope="site", limit=501)
        finally:
            event.remove(engine, "before_cursor_execute", seen)
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            plans = {sql: [row[3] for row in cursor.execute("EXPLAIN QUERY PLAN " + sql, params)]
                     for sql, params in statements}
        finally:
            raw.close()
    finally:
        session.lock(sali)
    assert plans
    for sql, plan in plans.items():
        assert not [step for step in plan if "ix_follow_ups_due_on (due_on<?)" in step], \
            (sql, plan)

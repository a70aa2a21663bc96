"""The period report reads the period's rows first, whatever the planner statistics say.

Sampled statistics (``analysis_limit``, as the login upkeep and the demo take them) once made
SQLite take the two-valued ``stats_consent`` for a selective column: the report then read every
consented case to find one month's incidents and services (8 s at 100,000 cases instead of
0.9 s). These statistics are written here as they were measured, and every statement of the
report is explained: none may start from every consented case.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import event, text

from desktop.core.services.reports import statistics as stats
from desktop.core.services.reports.report_period import Period
from tests.helpers.safety import open_case

# sqlite_stat1 of the report's tables as ANALYZE with analysis_limit = 1000 left it over the
# 100,000-case benchmark database (e.g. ix_cases_stats_closed "100000 1001 1001 3 3": a value
# of stats_consent taken for 1,001 cases, not 85,000).
SAMPLED = Path(__file__).resolve().parents[1] / "data" / "sampled_stat1.json"


def _with_sampled_statistics(vault: Any) -> None:
    with vault.require_engine().begin() as conn:
        conn.exec_driver_sql("ANALYZE")
        for table, index, stat in json.loads(SAMPLED.read_text(encoding="utf-8")):
            conn.execute(text("DELETE FROM sqlite_stat1 WHERE tbl = :t AND idx IS :i"),
                         {"t": table, "i": index})
            conn.execute(text("INSERT INTO sqlite_stat1 VALUES (:t, :i, :s)"),
                         {"t": table, "i": index, "s": stat})
    vault.require_engine().dispose()  # new connections read the statistics again


def test_the_monthly_report_never_reads_every_consented_case(supervisor) -> None:
    for _ in range(3):
        open_case(supervisor)
    _with_sampled_statistics(supervisor)
    today = date.today()
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, sql: str, params: Any, *_rest: Any) -> None:
        if sql.lstrip().upper().startswith(("SELECT", "INSERT")):
            statements.append((sql, params))

    engine = supervisor.require_engine()
    event.listen(engine, "before_cursor_execute", seen)
    try:
        stats.period_report(supervisor, Period.month(today.year, today.month))
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("CREATE TEMP TABLE IF NOT EXISTS stats_facts (gbv_type, location_type, "
                       "sex, age_group, delay, has_perpetrator, relationship, perpetrator_age)")
        cursor.execute("CREATE TEMP TABLE IF NOT EXISTS stats_referrals (service_type, outcome, "
                       "days, case_id)")
        plans = {sql: [row[3] for row in cursor.execute("EXPLAIN QUERY PLAN " + sql, params)]
                 for sql, params in statements if "stats_consent" in sql}
    finally:
        raw.close()
    assert plans
    for sql, plan in plans.items():
        whole = [step for step in plan if step.endswith("(stats_consent=?)")]
        assert not whole, (sql, plan)

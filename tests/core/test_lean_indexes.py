"""The indexes no query read are gone (migration 1a2b3c4d5e06, issue 13 point 3): an existing
database keeps every row, and a case's consents, steps, needs, perpetrators and status changes
are still found through an index, never by reading the whole table."""

from __future__ import annotations

from sqlalchemy import text

from desktop.core.services.demo import generator as demo
from desktop.core.store import migrate
from tests.helpers import schema

TABLES = ("consents", "case_steps", "assessment_needs", "perpetrators",
          "referral_status_changes", "cases", "survivors", "referrals", "follow_ups")
LOOKUPS = {
    "consents": "SELECT * FROM consents WHERE case_id = :v",
    "case_steps": "SELECT * FROM case_steps WHERE case_id = :v ORDER BY step",
    "assessment_needs": "SELECT * FROM assessment_needs WHERE case_id = :v",
    "perpetrators": "SELECT * FROM perpetrators WHERE incident_id = :v",
    "referral_status_changes": "SELECT * FROM referral_status_changes WHERE referral_id = :v",
}


def _indexes(conn) -> set[str]:  # type: ignore[no-untyped-def]
    return set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'index'")))


def _counts(conn) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {t: int(conn.scalar(text(f"SELECT count(*) FROM {t}"))) for t in TABLES}


def test_an_existing_database_loses_the_indexes_and_keeps_every_row(admin) -> None:  # type: ignore[no-untyped-def]
    demo.generate(admin, 40, seed=7)
    engine = admin.require_engine()
    schema.rewind_to_before(engine, "1a2b3c4d5e06")
    with engine.connect() as conn:
        before, old = _counts(conn), _indexes(conn)
    assert {"ix_consents_case_id", "ix_consents_site_id", "ix_case_steps_updated_at"} <= old
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert _counts(conn) == before and before["consents"] > 40
        gone = old - _indexes(conn)
        assert gone == {f"ix_{t}_{c}" for t in ("consents", "case_steps", "assessment_needs",
                                                 "perpetrators", "referral_status_changes")
                        for c in ("site_id", "updated_at")} | {
            "ix_consents_case_id", "ix_case_steps_case_id", "ix_assessment_needs_case_id",
            # and, at 1a2b3c4d5e23, the consent history's (see the next test)
            "ix_consent_changes_site_id", "ix_consent_changes_updated_at",
            "ix_consent_changes_consent_id"}
        for table, sql in LOOKUPS.items():
            plan = " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql),
                                                              {"v": "x"}))
            assert "USING INDEX" in plan and "SCAN" not in plan, (table, plan)


def test_the_consent_history_loses_its_unread_indexes_and_keeps_every_row(admin) -> None:  # type: ignore[no-untyped-def]
    demo.generate(admin, 30, seed=11)
    engine = admin.require_engine()
    schema.rewind_to_before(engine, "1a2b3c4d5e23")
    with engine.connect() as conn:
        before, old = int(conn.scalar(text("SELECT count(*) FROM consent_changes"))), \
            _indexes(conn)
    assert before >= 30 * 2
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert int(conn.scalar(text("SELECT count(*) FROM consent_changes"))) == before
        assert old - _indexes(conn) == {"ix_consent_changes_site_id",
                                        "ix_consent_changes_updated_at",
                                        "ix_consent_changes_consent_id"}
        sql = "SELECT * FROM consent_changes WHERE consent_id = :v ORDER BY position"
        plan = " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql),
                                                          {"v": "x"}))
        assert "USING INDEX" in plan and "SCAN" not in plan and "TEMP B-TREE" not in plan, plan

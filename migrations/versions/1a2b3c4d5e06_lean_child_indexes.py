"""indexes that no query reads dropped from the tables with many rows per case

Issue 13 (the database's bytes accounted for, ``bench/db_bytes.py``): on the demo data the
indexes on ``site_id`` and ``updated_at`` of consents, case steps, assessment needs,
perpetrators and referral status changes, and the ``case_id`` indexes that the unique
(case_id, scope / step / need) constraints already serve, held about 3 KB of every case's
14.5 KB. These rows are always read through their case (or referral, or incident): no query
filters them by site or by change time. Only indexes go: no row, no column, nothing is lost;
the freed pages are reused by the next rows written (the file does not shrink by itself).

Revision ID: 1a2b3c4d5e06
Revises: 1a2b3c4d5e05
Create Date: 2026-12-01 10:20:00
"""
from alembic import op


revision = '1a2b3c4d5e06'
down_revision = '1a2b3c4d5e05'
branch_labels = None
depends_on = None

LEAN_TABLES = ("consents", "case_steps", "assessment_needs", "perpetrators",
               "referral_status_changes")
SERVED_BY_UNIQUE = ("consents", "case_steps", "assessment_needs")


def _dropped() -> list[tuple[str, str, str]]:
    """(index, table, column) of every index this revision removes."""
    out = []
    for table in LEAN_TABLES:
        for column in ("site_id", "updated_at"):
            out.append((f"ix_{table}_{column}", table, column))
    for table in SERVED_BY_UNIQUE:
        out.append((f"ix_{table}_case_id", table, "case_id"))
    return out


def upgrade() -> None:
    for name, _table, _column in _dropped():
        op.execute(f"DROP INDEX IF EXISTS {name}")


def downgrade() -> None:
    for name, table, column in _dropped():
        op.create_index(name, table, [column], unique=False)

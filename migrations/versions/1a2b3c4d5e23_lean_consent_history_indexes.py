"""the consent history's indexes that no query reads dropped

``consent_changes`` (issue 18 point 3) holds about eleven rows per case, one per consent at the
least, and came with three single-column indexes: ``site_id`` and ``updated_at`` (no query
filters the history by site or by change time: it is read only through its consent, like the
consents themselves since 1a2b3c4d5e06) and ``consent_id``, which the unique
(consent_id, position) constraint already serves, in the order the history is read. Only
indexes go: no row, no column.

Revision ID: 1a2b3c4d5e23
Revises: 1a2b3c4d5e22
Create Date: 2026-12-02 02:20:00
"""
from alembic import op


revision = '1a2b3c4d5e23'
down_revision = '1a2b3c4d5e22'
branch_labels = None
depends_on = None

DROPPED = (("ix_consent_changes_site_id", "site_id"),
           ("ix_consent_changes_updated_at", "updated_at"),
           ("ix_consent_changes_consent_id", "consent_id"))


def upgrade() -> None:
    for name, _column in DROPPED:
        op.execute(f"DROP INDEX IF EXISTS {name}")


def downgrade() -> None:
    for name, column in DROPPED:
        op.create_index(name, "consent_changes", [column], unique=False)

"""statistics indexes

A partial index on consents(case_id) for the statistics consent given and not withdrawn: the
period report reads it whole (about one entry per case) instead of probing 11 consent rows per
case. An index on cases(date_of_interview, closed_at) covers the report's case counts.

Revision ID: b7e1c2d3a4f5
Revises: 4091a695fbec
Create Date: 2026-11-28 03:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'b7e1c2d3a4f5'
down_revision = '4091a695fbec'
branch_labels = None
depends_on = None

WHERE = "scope = 'statistics' AND given = 1 AND withdrawn_on IS NULL"


def upgrade() -> None:
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.create_index('ix_consents_statistics', ['case_id'], unique=False,
                              sqlite_where=sa.text(WHERE), postgresql_where=sa.text(WHERE))
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index('ix_cases_interview_closed', ['date_of_interview', 'closed_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index('ix_cases_interview_closed')
    with op.batch_alter_table('consents', schema=None) as batch_op:
        batch_op.drop_index('ix_consents_statistics')

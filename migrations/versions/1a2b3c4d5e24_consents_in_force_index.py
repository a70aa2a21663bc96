"""the consents in force of each case, in an index of their own

A row export lists, for every case, the scopes she consented to and did not withdraw
(``export_batches.per_case``). The unique (case_id, scope) index finds a case's consents, but
whether each is given and not withdrawn is only in the table's rows: at 100,000 cases that
is 380,000 reads of a 400 MB table. A partial index of (case_id, scope) for the consents in
force answers from the index alone (about 24 MB at 100,000 cases; 1.74 s warm and 3.45 s cold
before, 0.47 s after, raw SQL). Only an index is added: no row, no column.

Revision ID: 1a2b3c4d5e24
Revises: 1a2b3c4d5e23
Create Date: 2026-12-03 15:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = '1a2b3c4d5e24'
down_revision = '1a2b3c4d5e23'
branch_labels = None
depends_on = None

WHERE = "given IS 1 AND withdrawn_on IS NULL"


def upgrade() -> None:
    op.create_index('ix_consents_given', 'consents', ['case_id', 'scope'], unique=False,
                    sqlite_where=sa.text(WHERE))


def downgrade() -> None:
    op.drop_index('ix_consents_given', table_name='consents')

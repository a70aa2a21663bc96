"""reference lists from the hub: each list the hub published, kept to read over the shipped one

Revision ID: 1a2b3c4d5e21
Revises: 1a2b3c4d5e20
Create Date: 2026-12-01 15:50:00
"""
import sqlalchemy as sa
from alembic import op

revision = '1a2b3c4d5e21'
down_revision = '1a2b3c4d5e20'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'hub_reference_lists',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('entries', sa.Text(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_hub_reference_lists')))


def downgrade() -> None:
    op.drop_table('hub_reference_lists')

"""the reference lists the hub publishes for the sites (the current entries of each list)

Revision ID: h0203
Revises: h0202
Create Date: 2026-12-01 16:05:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'h0203'
down_revision = 'h0202'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_reference_lists',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('entries', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_hub_reference_lists'))
    )


def downgrade() -> None:
    op.drop_table('hub_reference_lists')

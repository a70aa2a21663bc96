"""what the hub publishes for the sites (the national directory), signed, numbered per kind

Revision ID: h0002
Revises: h0001
Create Date: 2026-12-01 13:50:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'h0002'
down_revision = 'h0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_publications',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('items', sa.Integer(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('document', sa.LargeBinary(), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'version', name=op.f('pk_hub_publications'))
    )


def downgrade() -> None:
    op.drop_table('hub_publications')

"""the hub's coordinators: who may log in to its web page (Argon2 password hashes)

Revision ID: h0201
Revises: h0003
Create Date: 2026-12-01 13:25:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'h0201'
down_revision = 'h0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_users',
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_hub_users'))
    )


def downgrade() -> None:
    op.drop_table('hub_users')

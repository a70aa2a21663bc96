"""slot keys

The list of key slots (slot id, kind, username, public key) inside the encrypted database, so
that a rekey reseals only to slots the database knows and a login can check that the slot it
opened belongs to that username. A database upgraded from an earlier version starts with an
empty list: the first login after the upgrade fills it from the slot file (see
``services/slot_upkeep.py``).

Revision ID: c3d4e5f6a7b8
Revises: e5f6a7b8c9d0
Create Date: 2026-12-01 07:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = 'c3d4e5f6a7b8'
down_revision = 'e5f6a7b8c9d0'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'slot_keys',
        sa.Column('slot_id', sa.String(length=36), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('username', sa.String(length=64), nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_slot_keys')),
        sa.UniqueConstraint('slot_id', name=op.f('uq_slot_keys_slot_id')),
    )
    with op.batch_alter_table('slot_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_slot_keys_updated_at'), ['updated_at'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('slot_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_slot_keys_updated_at'))
    op.drop_table('slot_keys')

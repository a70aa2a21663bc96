"""packages relayed between sites: kept encrypted to their recipient until it acknowledges them

Revision ID: h0003
Revises: h0002
Create Date: 2026-12-01 14:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'h0003'
down_revision = 'h0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_relayed',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('recipient', sa.String(length=80), nullable=False),
    sa.Column('sender', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('package', sa.LargeBinary(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['sender'], ['hub_sites.name'],
                            name=op.f('fk_hub_relayed_sender_hub_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hub_relayed'))
    )
    op.create_index('ix_hub_relayed_recipient_digest', 'hub_relayed', ['recipient', 'digest'],
                    unique=True)


def downgrade() -> None:
    op.drop_index('ix_hub_relayed_recipient_digest', table_name='hub_relayed')
    op.drop_table('hub_relayed')

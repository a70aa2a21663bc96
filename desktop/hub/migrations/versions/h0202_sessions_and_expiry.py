"""web sessions kept in PostgreSQL (hashed tokens); relayed packages that expired undelivered

Revision ID: h0202
Revises: h0201
Create Date: 2026-12-01 15:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'h0202'
down_revision = 'h0201'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_web_sessions',
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_name', sa.String(length=64), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_name'], ['hub_users.name'], ondelete='CASCADE',
                            name=op.f('fk_hub_web_sessions_user_name_hub_users')),
    sa.PrimaryKeyConstraint('token_hash', name=op.f('pk_hub_web_sessions'))
    )
    op.create_index(op.f('ix_hub_web_sessions_user_name'), 'hub_web_sessions', ['user_name'])
    op.create_table('hub_relay_expired',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('sender', sa.String(length=64), nullable=False),
    sa.Column('recipient', sa.String(length=80), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expired_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['sender'], ['hub_sites.name'],
                            name=op.f('fk_hub_relay_expired_sender_hub_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hub_relay_expired'))
    )
    op.create_index(op.f('ix_hub_relay_expired_sender'), 'hub_relay_expired', ['sender'])
    op.create_index('ix_hub_relayed_received_at', 'hub_relayed', ['received_at'])


def downgrade() -> None:
    op.drop_index('ix_hub_relayed_received_at', table_name='hub_relayed')
    op.drop_index(op.f('ix_hub_relay_expired_sender'), table_name='hub_relay_expired')
    op.drop_table('hub_relay_expired')
    op.drop_index(op.f('ix_hub_web_sessions_user_name'), table_name='hub_web_sessions')
    op.drop_table('hub_web_sessions')

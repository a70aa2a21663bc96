"""the national directory from the hub: providers marked with their hub key, versions applied

Revision ID: 1a2b3c4d5e20
Revises: 5c0a7e9b1d15
Create Date: 2026-12-01 13:55:00
"""
import sqlalchemy as sa
from alembic import op

revision = '1a2b3c4d5e20'
down_revision = '5c0a7e9b1d15'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch would copy the table and drop the old one, which the
    # referrals' foreign keys to it refuse on a database that holds referrals.
    op.add_column('service_providers', sa.Column('hub_key', sa.String(length=300), nullable=True))
    op.create_index('ix_service_providers_hub_key', 'service_providers', ['hub_key'], unique=True)
    op.create_table(
        'hub_publications_applied',
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('published_at', sa.String(length=40), nullable=True),
        sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('kind', name=op.f('pk_hub_publications_applied')))


def downgrade() -> None:
    op.drop_table('hub_publications_applied')
    op.drop_index('ix_service_providers_hub_key', table_name='service_providers')
    op.execute("ALTER TABLE service_providers DROP COLUMN hub_key")

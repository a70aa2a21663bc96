"""statistics fact tables: the period report's rows kept by the day they count on

Revision ID: 1a2b3c4d5e22
Revises: 1a2b3c4d5e21
Create Date: 2026-12-01 19:00:00
"""
import sqlalchemy as sa
from alembic import op

from desktop.core.store.models import stats_facts

revision = '1a2b3c4d5e22'
down_revision = '1a2b3c4d5e21'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'stats_incident_facts',
        sa.Column('date_of_interview', sa.Date(), nullable=False),
        sa.Column('incident_id', sa.String(length=36), nullable=False),
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('site_id', sa.String(length=36), nullable=True),
        sa.Column('stats_consent', sa.Boolean(), nullable=False),
        sa.Column('gbv_type', sa.String(length=20), nullable=True),
        sa.Column('location_type', sa.String(length=30), nullable=True),
        sa.Column('sex', sa.String(length=10), nullable=True),
        sa.Column('age', sa.Integer(), nullable=True),
        sa.Column('delay_days', sa.Integer(), nullable=True),
        sa.Column('has_perpetrator', sa.Boolean(), nullable=False),
        sa.Column('relationship', sa.String(length=30), nullable=True),
        sa.Column('perpetrator_age', sa.String(length=10), nullable=True),
        sa.PrimaryKeyConstraint('date_of_interview', 'incident_id',
                                name=op.f('pk_stats_incident_facts')),
        sqlite_with_rowid=False)
    op.create_index(op.f('ix_stats_incident_facts_case_id'), 'stats_incident_facts',
                    ['case_id'], unique=False)
    op.create_table(
        'stats_referral_facts',
        sa.Column('counted_on', sa.Date(), nullable=False),
        sa.Column('referral_id', sa.String(length=36), nullable=False),
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('site_id', sa.String(length=36), nullable=True),
        sa.Column('stats_consent', sa.Boolean(), nullable=False),
        sa.Column('status', sa.String(length=24), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=True),
        sa.Column('service_type', sa.String(length=30), nullable=True),
        sa.Column('days_to_service', sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint('counted_on', 'referral_id',
                                name=op.f('pk_stats_referral_facts')),
        sqlite_with_rowid=False)
    op.create_index(op.f('ix_stats_referral_facts_case_id'), 'stats_referral_facts',
                    ['case_id'], unique=False)
    op.create_table(
        'stats_service_facts',
        sa.Column('given_on', sa.Date(), nullable=False),
        sa.Column('service_id', sa.String(length=36), nullable=False),
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('site_id', sa.String(length=36), nullable=True),
        sa.Column('stats_consent', sa.Boolean(), nullable=False),
        sa.Column('service_type', sa.String(length=30), nullable=True),
        sa.PrimaryKeyConstraint('given_on', 'service_id', name=op.f('pk_stats_service_facts')),
        sqlite_with_rowid=False)
    op.create_index(op.f('ix_stats_service_facts_case_id'), 'stats_service_facts',
                    ['case_id'], unique=False)
    op.create_table(
        'stats_sea_facts',
        sa.Column('date_of_interview', sa.Date(), nullable=False),
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('affiliation', sa.String(length=30), nullable=False),
        sa.Column('site_id', sa.String(length=36), nullable=True),
        sa.Column('stats_consent', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('date_of_interview', 'case_id', 'affiliation',
                                name=op.f('pk_stats_sea_facts')),
        sqlite_with_rowid=False)
    op.create_index(op.f('ix_stats_sea_facts_case_id'), 'stats_sea_facts', ['case_id'],
                    unique=False)
    stats_facts.rebuild(op.get_bind())


def downgrade() -> None:
    for table in ('stats_sea_facts', 'stats_service_facts', 'stats_referral_facts',
                  'stats_incident_facts'):
        op.drop_index(op.f(f'ix_{table}_case_id'), table_name=table)
        op.drop_table(table)

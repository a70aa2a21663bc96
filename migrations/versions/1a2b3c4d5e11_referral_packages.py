"""referral packages: providers' contact cards, packages imported, incoming referrals, feedback

Issue 14: a provider of the directory that runs Relais gets its contact card (public keys,
checked by fingerprint); the referrals another organisation sends here are kept as incoming
until accepted or declined, with the feedback to send back; every package imported is kept by
id so that none is applied twice, and the newest feedback of each referral sent is kept so that
an older one never overwrites it. New tables only: existing data is untouched.

Revision ID: 1a2b3c4d5e11
Revises: 1a2b3c4d5e10
Create Date: 2026-12-01 12:50:00
"""
import sqlalchemy as sa
from alembic import op

revision = '1a2b3c4d5e11'
down_revision = '1a2b3c4d5e10'
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'provider_cards',
        sa.Column('provider_id', sa.String(length=36), nullable=False),
        sa.Column('organisation', sa.String(length=200), nullable=False),
        sa.Column('site', sa.String(length=200), nullable=False),
        sa.Column('signing_key', sa.LargeBinary(length=32), nullable=False),
        sa.Column('age_recipient', sa.String(length=80), nullable=False),
        sa.Column('card_created', sa.Date(), nullable=False),
        sa.Column('fingerprint', sa.String(length=32), nullable=False),
        sa.Column('attached_by_id', sa.String(length=36), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(['attached_by_id'], ['staff.id'],
                                name=op.f('fk_provider_cards_attached_by_id_staff')),
        sa.ForeignKeyConstraint(['provider_id'], ['service_providers.id'],
                                name=op.f('fk_provider_cards_provider_id_service_providers'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_provider_cards')),
        sa.UniqueConstraint('fingerprint', name=op.f('uq_provider_cards_fingerprint')),
        sa.UniqueConstraint('provider_id', name=op.f('uq_provider_cards_provider_id')),
    )
    with op.batch_alter_table('provider_cards', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_provider_cards_updated_at'), ['updated_at'],
                              unique=False)

    op.create_table(
        'received_packages',
        sa.Column('package_id', sa.String(length=36), nullable=False),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('sender_fingerprint', sa.String(length=32), nullable=False),
        sa.Column('provider_id', sa.String(length=36), nullable=True),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('item_count', sa.Integer(), nullable=False),
        sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('imported_by_id', sa.String(length=36), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(['imported_by_id'], ['staff.id'],
                                name=op.f('fk_received_packages_imported_by_id_staff')),
        sa.ForeignKeyConstraint(['provider_id'], ['service_providers.id'],
                                name=op.f('fk_received_packages_provider_id_service_providers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_received_packages')),
        sa.UniqueConstraint('package_id', name=op.f('uq_received_packages_package_id')),
    )
    with op.batch_alter_table('received_packages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_received_packages_updated_at'), ['updated_at'],
                              unique=False)

    op.create_table(
        'incoming_referrals',
        sa.Column('provider_id', sa.String(length=36), nullable=False),
        sa.Column('sender_fingerprint', sa.String(length=32), nullable=False),
        sa.Column('package_id', sa.String(length=36), nullable=False),
        sa.Column('remote_id', sa.String(length=36), nullable=False),
        sa.Column('reference', sa.String(length=32), nullable=False),
        sa.Column('sender_organisation', sa.String(length=200), nullable=False),
        sa.Column('sender_site', sa.String(length=200), nullable=False),
        sa.Column('sender_contacts', sa.Text(), nullable=True),
        sa.Column('worker_name', sa.String(length=200), nullable=True),
        sa.Column('worker_phone', sa.String(length=64), nullable=True),
        sa.Column('service_type', sa.String(length=30), nullable=False),
        sa.Column('priority', sa.String(length=12), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('referred_on', sa.Date(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('survivor_code', sa.String(length=32), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=True),
        sa.Column('age', sa.Integer(), nullable=True),
        sa.Column('sex', sa.String(length=10), nullable=True),
        sa.Column('phone', sa.String(length=64), nullable=True),
        sa.Column('safe_contact', sa.Text(), nullable=True),
        sa.Column('consent_given_by', sa.String(length=30), nullable=True),
        sa.Column('consent_given_on', sa.Date(), nullable=True),
        sa.Column('consent_recorded_by', sa.String(length=200), nullable=True),
        sa.Column('override_by', sa.String(length=200), nullable=True),
        sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('decided_by_id', sa.String(length=36), nullable=True),
        sa.Column('decline_reason', sa.Text(), nullable=True),
        sa.Column('case_id', sa.String(length=36), nullable=True),
        sa.Column('outcome', sa.String(length=24), nullable=True),
        sa.Column('outcome_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('services_provided', sa.String(length=300), nullable=True),
        sa.Column('feedback_note', sa.Text(), nullable=True),
        sa.Column('feedback_sent_at', sa.DateTime(timezone=True), nullable=True),
        *_stamps(),
        sa.Column('site_id', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_incoming_referrals_case_id_cases')),
        sa.ForeignKeyConstraint(['decided_by_id'], ['staff.id'],
                                name=op.f('fk_incoming_referrals_decided_by_id_staff')),
        sa.ForeignKeyConstraint(['provider_id'], ['service_providers.id'],
                                name=op.f('fk_incoming_referrals_provider_id_service_providers')),
        sa.ForeignKeyConstraint(['site_id'], ['sites.id'],
                                name=op.f('fk_incoming_referrals_site_id_sites')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_incoming_referrals')),
        sa.UniqueConstraint('remote_id', name=op.f('uq_incoming_referrals_remote_id')),
    )
    with op.batch_alter_table('incoming_referrals', schema=None) as batch_op:
        for column in ('case_id', 'due_on', 'provider_id', 'site_id', 'status', 'updated_at'):
            batch_op.create_index(batch_op.f(f'ix_incoming_referrals_{column}'), [column],
                                  unique=False)

    op.create_table(
        'feedback_received',
        sa.Column('referral_id', sa.String(length=36), nullable=False),
        sa.Column('status', sa.String(length=24), nullable=False),
        sa.Column('status_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('package_id', sa.String(length=36), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(['referral_id'], ['referrals.id'],
                                name=op.f('fk_feedback_received_referral_id_referrals'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_feedback_received')),
        sa.UniqueConstraint('referral_id', name=op.f('uq_feedback_received_referral_id')),
    )
    with op.batch_alter_table('feedback_received', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_feedback_received_updated_at'), ['updated_at'],
                              unique=False)


def downgrade() -> None:
    for table in ('feedback_received', 'incoming_referrals', 'received_packages',
                  'provider_cards'):
        op.drop_table(table)

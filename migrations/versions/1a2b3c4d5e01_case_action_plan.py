"""case action plan items, supervisor reviews, follow-up reviews and the closure checklist

New tables only: ``plan_items`` (per need: goal, actions, who is responsible, target date,
status), ``plan_item_referrals`` (the referrals made for an item), ``plan_reviews`` (a
supervisor's review), ``follow_up_reviews`` and ``follow_up_plan_updates`` (what a follow-up
found, and the plan items' status it recorded), ``closure_checklists``. An existing free-text
plan (``cases.action_plan``) is kept where it is and shown as the plan's note: nothing is moved,
nothing is lost.

Revision ID: 1a2b3c4d5e01
Revises: 1a2b3c4d5e04
Create Date: 2026-12-01 09:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = '1a2b3c4d5e01'
down_revision = '1a2b3c4d5e04'
branch_labels = None
depends_on = None


def _stamps(table: str) -> list:
    """The id, created_at, updated_at and site_id of every site-stamped table."""
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('site_id', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=f'fk_{table}_site_id_sites'),
        sa.PrimaryKeyConstraint('id', name=f'pk_{table}'),
    ]


def _fk(table: str, column: str, target: str, **options) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{target}.id'],
                                   name=f'fk_{table}_{column}_{target}', **options)


def _indexes(table: str, *columns: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for column in (*columns, 'site_id', 'updated_at'):
            batch_op.create_index(f'ix_{table}_{column}', [column])


def upgrade() -> None:
    op.create_table(
        'plan_items',
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('need', sa.String(length=20), nullable=True),
        sa.Column('goal', sa.Text(), nullable=False),
        sa.Column('actions', sa.Text(), nullable=True),
        sa.Column('responsible', sa.String(length=10), nullable=False),
        sa.Column('responsible_staff_id', sa.String(length=36), nullable=True),
        sa.Column('responsible_provider_id', sa.String(length=36), nullable=True),
        sa.Column('target_on', sa.Date(), nullable=True),
        sa.Column('status', sa.String(length=12), nullable=False),
        sa.Column('not_done_reason', sa.Text(), nullable=True),
        *_stamps('plan_items'),
        _fk('plan_items', 'case_id', 'cases', ondelete='CASCADE'),
        _fk('plan_items', 'responsible_staff_id', 'staff'),
        _fk('plan_items', 'responsible_provider_id', 'service_providers'),
    )
    _indexes('plan_items', 'case_id')
    op.create_table(
        'plan_item_referrals',
        sa.Column('plan_item_id', sa.String(length=36), nullable=False),
        sa.Column('referral_id', sa.String(length=36), nullable=False),
        *_stamps('plan_item_referrals'),
        _fk('plan_item_referrals', 'plan_item_id', 'plan_items', ondelete='CASCADE'),
        _fk('plan_item_referrals', 'referral_id', 'referrals'),
        sa.UniqueConstraint('plan_item_id', 'referral_id',
                            name='uq_plan_item_referrals_plan_item_id'),
    )
    _indexes('plan_item_referrals', 'plan_item_id', 'referral_id')
    op.create_table(
        'plan_reviews',
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('reviewed_by_id', sa.String(length=36), nullable=False),
        sa.Column('reviewed_on', sa.Date(), nullable=False),
        sa.Column('comment', sa.Text(), nullable=True),
        *_stamps('plan_reviews'),
        _fk('plan_reviews', 'case_id', 'cases', ondelete='CASCADE'),
        _fk('plan_reviews', 'reviewed_by_id', 'staff'),
    )
    _indexes('plan_reviews', 'case_id')
    op.create_table(
        'follow_up_reviews',
        sa.Column('follow_up_id', sa.String(length=36), nullable=False),
        sa.Column('method', sa.String(length=12), nullable=False),
        sa.Column('safety', sa.String(length=10), nullable=False),
        sa.Column('safety_note', sa.Text(), nullable=True),
        sa.Column('new_needs', sa.String(length=200), nullable=True),
        sa.Column('closure_recommended', sa.Boolean(), nullable=False),
        *_stamps('follow_up_reviews'),
        _fk('follow_up_reviews', 'follow_up_id', 'follow_ups'),
        sa.UniqueConstraint('follow_up_id', name='uq_follow_up_reviews_follow_up_id'),
    )
    _indexes('follow_up_reviews')
    op.create_table(
        'follow_up_plan_updates',
        sa.Column('review_id', sa.String(length=36), nullable=False),
        sa.Column('plan_item_id', sa.String(length=36), nullable=False),
        sa.Column('from_status', sa.String(length=12), nullable=False),
        sa.Column('to_status', sa.String(length=12), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        *_stamps('follow_up_plan_updates'),
        _fk('follow_up_plan_updates', 'review_id', 'follow_up_reviews', ondelete='CASCADE'),
        _fk('follow_up_plan_updates', 'plan_item_id', 'plan_items', ondelete='CASCADE'),
    )
    _indexes('follow_up_plan_updates', 'review_id', 'plan_item_id')
    op.create_table(
        'closure_checklists',
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('safety_plan_reviewed', sa.Boolean(), nullable=False),
        sa.Column('knows_can_return', sa.Boolean(), nullable=False),
        sa.Column('goals_met', sa.Boolean(), nullable=False),
        sa.Column('explanation', sa.Text(), nullable=True),
        *_stamps('closure_checklists'),
        _fk('closure_checklists', 'case_id', 'cases', ondelete='CASCADE'),
        sa.UniqueConstraint('case_id', name='uq_closure_checklists_case_id'),
    )
    _indexes('closure_checklists')


def downgrade() -> None:
    for table in ('closure_checklists', 'follow_up_plan_updates', 'follow_up_reviews',
                  'plan_reviews', 'plan_item_referrals', 'plan_items'):
        op.drop_table(table)

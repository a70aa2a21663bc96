"""consent history: every change of each consent in ``consent_changes``

Each consent (per scope) keeps its own date, giver and recorder; every change (given, recorded
as not given, withdrawn, given again, who gives it changed, its date corrected) appends a row,
never rewriting the earlier ones. Existing databases get one row per existing consent, its
current state: ``given`` or ``not_given`` dated at its ``given_on`` (else the case's date of
interview), ``withdrawn`` dated at its ``withdrawn_on``; recorded by whoever recorded the consent,
at the consent's last change.

Revision ID: a1b2c3d4e5f6
Revises: b2c3d4e5f6a7
Create Date: 2026-12-01 08:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = 'a1b2c3d4e5f6'
down_revision = 'b2c3d4e5f6a7'
branch_labels = None
depends_on = None

# New ids from SQLite's random bytes, formatted as a UUID (as in f6a7b8c9d0e1).
_NEW_ID = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
           "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
           "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))")
_CURRENT_STATE = f"""
INSERT INTO consent_changes (id, site_id, created_at, updated_at, consent_id, position, change,
                             "on", given_by, recorded_by_id, recorded_at)
SELECT {_NEW_ID}, consents.site_id, consents.updated_at, consents.updated_at, consents.id, 0,
       CASE WHEN consents.withdrawn_on IS NOT NULL THEN 'withdrawn'
            WHEN consents.given THEN 'given' ELSE 'not_given' END,
       CASE WHEN consents.withdrawn_on IS NOT NULL THEN consents.withdrawn_on
            ELSE coalesce(consents.given_on, cases.date_of_interview) END,
       consents.given_by, consents.recorded_by_id, consents.updated_at
FROM consents JOIN cases ON cases.id = consents.case_id
"""


def upgrade() -> None:
    op.create_table(
        'consent_changes',
        sa.Column('consent_id', sa.String(length=36), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('change', sa.String(length=20), nullable=False),
        sa.Column('on', sa.Date(), nullable=True),
        sa.Column('given_by', sa.String(length=20), nullable=False),
        sa.Column('recorded_by_id', sa.String(length=36), nullable=False),
        sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('site_id', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['consent_id'], ['consents.id'], ondelete='CASCADE',
                                name=op.f('fk_consent_changes_consent_id_consents')),
        sa.ForeignKeyConstraint(['recorded_by_id'], ['staff.id'],
                                name=op.f('fk_consent_changes_recorded_by_id_staff')),
        sa.ForeignKeyConstraint(['site_id'], ['sites.id'],
                                name=op.f('fk_consent_changes_site_id_sites')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_changes')),
        sa.UniqueConstraint('consent_id', 'position',
                            name=op.f('uq_consent_changes_consent_id')),
    )
    with op.batch_alter_table('consent_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_changes_consent_id'), ['consent_id'])
        batch_op.create_index(batch_op.f('ix_consent_changes_site_id'), ['site_id'])
        batch_op.create_index(batch_op.f('ix_consent_changes_updated_at'), ['updated_at'])
    op.execute(_CURRENT_STATE)


def downgrade() -> None:
    op.drop_table('consent_changes')

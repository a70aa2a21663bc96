"""consent to inform the UN, and a child survivor's consent

1. ``incidents.sea_wants_reported`` becomes an explicit consent record (scope ``un_sharing``,
   "inform the UN entity / the SEA focal point / the Victims' Rights Advocate"): a yes becomes a
   given consent, a no a consent recorded as not given; each dated at the case's intake date
   (its date of interview), given by whoever gave the case's consent (its services consent,
   else any of its consents, else the survivor) and recorded by the person who opened the case.
   The column is then dropped (``ALTER TABLE … DROP COLUMN``: the table is not rebuilt, so no
   cascade runs on the incidents' perpetrators).
2. A child survivor's consent: the child's assent, why the caregiver is not appropriate, the
   best-interest note on ``cases``; whether the caregiver is an alleged perpetrator on
   ``survivors``; a supervisor's approval of a substitute's consent in ``consent_approvals``.
   Columns are added in place (``ADD COLUMN``), so the cases keep their rows and consents;
   existing consents (survivor or caregiver) need no approval.

Revision ID: f6a7b8c9d0e1
Revises: c3d4e5f6a7b8
Create Date: 2026-12-01 07:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = 'f6a7b8c9d0e1'
down_revision = 'c3d4e5f6a7b8'
branch_labels = None
depends_on = None

# One statement per existing answer; new ids from SQLite's random bytes, formatted as a UUID.
_NEW_ID = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
           "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
           "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))")
_GIVEN_BY = ("coalesce((SELECT c.given_by FROM consents c WHERE c.case_id = cases.id "
             "ORDER BY c.scope = 'services' DESC, c.scope LIMIT 1), 'survivor')")
_COPY_UP = f"""
INSERT INTO consents (id, site_id, created_at, updated_at, case_id, scope, given, given_by,
                      given_on, recorded_by_id, withdrawn_on)
SELECT {_NEW_ID}, cases.site_id, cases.created_at, cases.updated_at, cases.id, 'un_sharing',
       incidents.sea_wants_reported, {_GIVEN_BY}, cases.date_of_interview, cases.created_by_id,
       NULL
FROM cases JOIN incidents ON incidents.case_id = cases.id
WHERE incidents.sea_wants_reported IS NOT NULL
  AND incidents.id = (SELECT i.id FROM incidents i WHERE i.case_id = cases.id
                      AND i.sea_wants_reported IS NOT NULL ORDER BY i.created_at LIMIT 1)
  AND NOT EXISTS (SELECT 1 FROM consents o WHERE o.case_id = cases.id
                  AND o.scope = 'un_sharing')
"""
_COPY_DOWN = """
UPDATE incidents SET sea_wants_reported = (
    SELECT c.given AND c.withdrawn_on IS NULL FROM consents c
    WHERE c.case_id = incidents.case_id AND c.scope = 'un_sharing')
"""


def upgrade() -> None:
    op.execute(_COPY_UP)
    op.execute("ALTER TABLE incidents DROP COLUMN sea_wants_reported")
    op.add_column('survivors', sa.Column('caregiver_is_perpetrator', sa.Boolean(), nullable=True))
    op.add_column('cases', sa.Column('child_assent', sa.Boolean(), nullable=True))
    op.add_column('cases', sa.Column('caregiver_unsuitable', sa.String(length=30), nullable=True))
    op.add_column('cases', sa.Column('best_interest_note', sa.Text(), nullable=True))
    op.create_table(
        'consent_approvals',
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('approved_by_id', sa.String(length=36), nullable=False),
        sa.Column('approved_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('site_id', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['approved_by_id'], ['staff.id'],
                                name=op.f('fk_consent_approvals_approved_by_id_staff')),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE',
                                name=op.f('fk_consent_approvals_case_id_cases')),
        sa.ForeignKeyConstraint(['site_id'], ['sites.id'],
                                name=op.f('fk_consent_approvals_site_id_sites')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_approvals')),
        sa.UniqueConstraint('case_id', name=op.f('uq_consent_approvals_case_id')),
    )
    with op.batch_alter_table('consent_approvals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_approvals_site_id'), ['site_id'])
        batch_op.create_index(batch_op.f('ix_consent_approvals_updated_at'), ['updated_at'])


def downgrade() -> None:
    op.drop_table('consent_approvals')
    for column in ('best_interest_note', 'caregiver_unsuitable', 'child_assent'):
        op.execute(f"ALTER TABLE cases DROP COLUMN {column}")
    op.execute("ALTER TABLE survivors DROP COLUMN caregiver_is_perpetrator")
    op.add_column('incidents', sa.Column('sea_wants_reported', sa.Boolean(), nullable=True))
    op.execute(_COPY_DOWN)
    op.execute("DELETE FROM consents WHERE scope = 'un_sharing'")

"""safety: risk assessments with their history, the safety plan, safe contact

1. ``safety_assessments``: each risk assessment of a case (answers, the level suggested and the
   level recorded, its reason, when and by whom). An existing case with a ``safety_risk`` gets
   it as its first assessment (nothing lost): that level, no answers, dated at the case's date
   of interview, by whoever opened the case, ``source = 'earlier_version'``. ``cases.safety_risk``
   stays, as the level of the latest assessment; an index on (site, level, status) answers the
   query of high-risk open cases.
2. ``safety_plans``: her safety plan in her words (one per case).
3. Safe contact on ``survivors``: may we call, may we leave a message, when, another safe
   number, a code word. Columns are added in place (``ADD COLUMN``): the rows are kept.

Revision ID: 1a2b3c4d5e02
Revises: 1a2b3c4d5e03
Create Date: 2026-12-01 09:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = '1a2b3c4d5e02'
down_revision = '1a2b3c4d5e03'
branch_labels = None
depends_on = None

# New ids from SQLite's random bytes, formatted as a UUID (as in f6a7b8c9d0e1).
_NEW_ID = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
           "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
           "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))")
_FIRST_ASSESSMENT = f"""
INSERT INTO safety_assessments (id, site_id, created_at, updated_at, case_id, assessed_on,
                                assessed_by_id, answers, suggested_level, level, reason, source)
SELECT {_NEW_ID}, site_id, created_at, created_at, id, date_of_interview, created_by_id,
       NULL, NULL, safety_risk, NULL, 'earlier_version'
FROM cases WHERE safety_risk IS NOT NULL AND safety_risk != ''
"""
_SURVIVOR_COLUMNS = (("safe_to_call", 10), ("safe_to_message", 10), ("safe_call_times", 200),
                     ("safe_phone", 64), ("safe_word", 300))


def _stamps() -> list[sa.Column]:
    return [sa.Column('id', sa.String(length=36), nullable=False),
            sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
            sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
            sa.Column('site_id', sa.String(length=36), nullable=False)]


def upgrade() -> None:
    op.create_table(
        'safety_assessments',
        sa.Column('case_id', sa.String(length=36), nullable=False),
        sa.Column('assessed_on', sa.Date(), nullable=False),
        sa.Column('assessed_by_id', sa.String(length=36), nullable=False),
        sa.Column('answers', sa.Text(), nullable=True),
        sa.Column('suggested_level', sa.String(length=10), nullable=True),
        sa.Column('level', sa.String(length=10), nullable=False),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('source', sa.String(length=20), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE',
                                name=op.f('fk_safety_assessments_case_id_cases')),
        sa.ForeignKeyConstraint(['assessed_by_id'], ['staff.id'],
                                name=op.f('fk_safety_assessments_assessed_by_id_staff')),
        sa.ForeignKeyConstraint(['site_id'], ['sites.id'],
                                name=op.f('fk_safety_assessments_site_id_sites')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_assessments')),
    )
    op.create_table(
        'safety_plans',
        sa.Column('case_id', sa.String(length=36), nullable=False),
        *(sa.Column(part, sa.Text(), nullable=True) for part in (
            'concerns', 'trusted_people', 'trusted_places', 'strategies',
            'emergency_contacts')),
        sa.Column('updated_by_id', sa.String(length=36), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ondelete='CASCADE',
                                name=op.f('fk_safety_plans_case_id_cases')),
        sa.ForeignKeyConstraint(['updated_by_id'], ['staff.id'],
                                name=op.f('fk_safety_plans_updated_by_id_staff')),
        sa.ForeignKeyConstraint(['site_id'], ['sites.id'],
                                name=op.f('fk_safety_plans_site_id_sites')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_plans')),
        sa.UniqueConstraint('case_id', name=op.f('uq_safety_plans_case_id')),
    )
    for table in ('safety_assessments', 'safety_plans'):
        op.create_index(op.f(f'ix_{table}_site_id'), table, ['site_id'])
        op.create_index(op.f(f'ix_{table}_updated_at'), table, ['updated_at'])
    op.create_index(op.f('ix_safety_assessments_case_id'), 'safety_assessments', ['case_id'])
    op.create_index('ix_cases_site_safety_risk', 'cases', ['site_id', 'safety_risk', 'status'])
    for name, length in _SURVIVOR_COLUMNS:
        op.add_column('survivors', sa.Column(name, sa.String(length=length), nullable=True))
    op.execute(_FIRST_ASSESSMENT)


def downgrade() -> None:
    # The latest level is already in cases.safety_risk; columns dropped in place (no table
    # copy, which the foreign keys of other tables would refuse).
    for name, _length in _SURVIVOR_COLUMNS:
        op.execute(f"ALTER TABLE survivors DROP COLUMN {name}")
    op.drop_index('ix_cases_site_safety_risk', table_name='cases')
    op.drop_table('safety_plans')
    op.drop_table('safety_assessments')

"""case list indexes

Covering indexes for the case list: one per access path (site, case worker, author) and one per
sort key offered within a site, each ending in (case_number, id). A page of the list is then read
from an index alone, in order, with LIMIT, instead of reading and sorting every encrypted row.

A database that already has planner statistics (``sqlite_stat1``) gets ``cases`` analysed
again, all its indexes alike (sampled as ``PRAGMA optimize`` and the demo data do), so that the
planner does not keep preferring the old single-column indexes on mismatched figures.

Revision ID: 607fb9b474a5
Revises: b7e1c2d3a4f5
Create Date: 2026-11-28 03:23:11.465407
"""
from alembic import op
import sqlalchemy as sa


revision = '607fb9b474a5'
down_revision = 'b7e1c2d3a4f5'
branch_labels = None
depends_on = None

INDEXES = (
    ('ix_cases_list_site', ['site_id']),
    ('ix_cases_list_caseworker', ['caseworker_id']),
    ('ix_cases_list_creator', ['created_by_id']),
    ('ix_cases_list_site_interview', ['site_id', 'date_of_interview']),
    ('ix_cases_list_site_opened', ['site_id', 'opened_at']),
    ('ix_cases_list_site_gbv', ['site_id', 'gbv_type']),
    ('ix_cases_list_site_step', ['site_id', 'step']),
    ('ix_cases_list_site_status', ['site_id', 'status']),
    ('ix_cases_list_site_sea', ['site_id', 'sea']),
)


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        for name, columns in INDEXES:
            batch_op.create_index(name, [*columns, 'case_number', 'id'], unique=False)
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite' and bind.execute(sa.text(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first():
        bind.execute(sa.text('PRAGMA analysis_limit = 1000'))
        bind.execute(sa.text('ANALYZE cases'))


def downgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        for name, _ in reversed(INDEXES):
            batch_op.drop_index(name)

"""close follow-ups of closed cases

Closing a case now closes its open follow-ups ("Case closed"). Cases closed before that kept
theirs open: they still showed on the Follow-ups page and in the reports' overdue count. This
data migration closes them as the closure would have: done on the day the case was closed, by
the supervisor who closed it, with the outcome "Dossier clôturé" (or "Case closed" when that
supervisor works in English), each with a ``followup_done`` audit event (details
``case_closed``, actor ``migration``). Nothing else changes; downgrading leaves them done.

Revision ID: e5f6a7b8c9d0
Revises: 607fb9b474a5
Create Date: 2026-12-01 06:45:00.000000
"""
import uuid
from datetime import UTC, date, datetime

from alembic import op
import sqlalchemy as sa


revision = 'e5f6a7b8c9d0'
down_revision = '607fb9b474a5'
branch_labels = None
depends_on = None

OUTCOME = {'en': 'Case closed', 'fr': 'Dossier clôturé'}

follow_ups = sa.table(
    'follow_ups', sa.column('id', sa.String), sa.column('case_id', sa.String),
    sa.column('site_id', sa.String), sa.column('done_on', sa.Date),
    sa.column('done_by_id', sa.String), sa.column('outcome', sa.Text),
    sa.column('updated_at', sa.DateTime(timezone=True)))
cases = sa.table(
    'cases', sa.column('id', sa.String), sa.column('status', sa.String),
    sa.column('closed_at', sa.DateTime(timezone=True)), sa.column('closed_by_id', sa.String))
staff = sa.table('staff', sa.column('id', sa.String), sa.column('language', sa.String))
audit_events = sa.table(
    'audit_events', sa.column('id', sa.String), sa.column('at', sa.DateTime(timezone=True)),
    sa.column('site_id', sa.String), sa.column('actor_id', sa.String),
    sa.column('actor', sa.String), sa.column('action', sa.String),
    sa.column('record_type', sa.String), sa.column('record_id', sa.String),
    sa.column('details', sa.Text), sa.column('created_at', sa.DateTime(timezone=True)),
    sa.column('updated_at', sa.DateTime(timezone=True)))


def upgrade() -> None:
    bind = op.get_bind()
    now = datetime.now(UTC)
    rows = bind.execute(
        sa.select(follow_ups.c.id, follow_ups.c.site_id, cases.c.closed_at,
                  cases.c.closed_by_id, staff.c.language)
        .select_from(follow_ups.join(cases, follow_ups.c.case_id == cases.c.id)
                     .outerjoin(staff, staff.c.id == cases.c.closed_by_id))
        .where(cases.c.status == 'closed', follow_ups.c.done_on.is_(None))).all()
    for follow_up_id, site_id, closed_at, closed_by_id, language in rows:
        day = closed_at.date() if isinstance(closed_at, datetime) else date.today()
        bind.execute(follow_ups.update().where(follow_ups.c.id == follow_up_id).values(
            done_on=day, done_by_id=closed_by_id, updated_at=now,
            outcome=OUTCOME.get(language or 'fr', OUTCOME['fr'])))
        bind.execute(audit_events.insert().values(
            id=str(uuid.uuid4()), at=now, site_id=site_id, actor_id=None, actor='migration',
            action='followup_done', record_type='follow_up', record_id=follow_up_id,
            details='case_closed', created_at=now, updated_at=now))


def downgrade() -> None:
    pass  # a follow-up closed with its case stays done: nothing to undo in the schema

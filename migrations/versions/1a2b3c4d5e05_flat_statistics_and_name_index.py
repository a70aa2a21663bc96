"""statistics, lists and name search that stay flat as the data grows

- ``cases.stats_consent``: the statistics consent given and not withdrawn, stored so that the
  period report counts from an index (``ix_cases_stats_interview``, ``ix_cases_stats_closed``)
  instead of gathering every consented case id per report; ``ix_cases_counted_by_id`` gives
  the consent and site of a case joined from a follow-up or a referral without its row.
- ``cases.number_key``: the case number with its sequence padded to 12 digits; the case list
  sorts on it (its covering indexes now end with ``(number_key, id)``), so that "newest first"
  stays right from sequence 100,000 on. Case numbers themselves are unchanged.
- ``ix_cases_survivor`` (survivor, site, number_key, id) replaces ``ix_cases_survivor_id``:
  the cases of the survivors a search found, sorted, from the index alone.
- ``referrals.counted_on``: ``coalesce(sent_on, date(created_at))``, indexed, the day a
  referral counts in the report.
- ``ix_referrals_due_reference``: the referral lists read a page in order (keyset paging).
- ``ix_follow_ups_done_due``: the overdue count reads open follow-ups and those done after the
  day, not the whole history.
- ``survivor_name_keys`` and the FTS5 table ``survivor_names`` (contentless, accents and case
  folded): name search through an index inside the encrypted database.

Every existing row gets its values here. Revision ID: 1a2b3c4d5e05
Revises: 1a2b3c4d5e02
Create Date: 2026-12-01 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '1a2b3c4d5e05'
down_revision = '1a2b3c4d5e02'
branch_labels = None
depends_on = None

LIST_INDEXES = (
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
STATS_CONSENT = ("EXISTS (SELECT 1 FROM consents WHERE consents.case_id = cases.id AND "
                 "scope = 'statistics' AND given = 1 AND withdrawn_on IS NULL)")
NUMBER_KEY = ("rtrim(case_number, '0123456789') || substr('000000000000' || "
              "substr(case_number, length(rtrim(case_number, '0123456789')) + 1), -12)")


def upgrade() -> None:
    op.add_column('cases', sa.Column('stats_consent', sa.Boolean(), nullable=False,
                                     server_default='0'))
    op.add_column('cases', sa.Column('number_key', sa.String(length=40), nullable=True))
    op.add_column('referrals', sa.Column('counted_on', sa.Date(), nullable=True))
    op.execute(f"UPDATE cases SET stats_consent = {STATS_CONSENT}, number_key = {NUMBER_KEY}")
    op.execute("UPDATE referrals SET counted_on = coalesce(sent_on, date(created_at))")
    for name, columns in LIST_INDEXES:
        op.drop_index(name, table_name='cases')
        op.create_index(name, 'cases', [*columns, 'number_key', 'id'], unique=False)
    op.create_index('ix_cases_stats_interview', 'cases',
                    ['stats_consent', 'date_of_interview', 'closed_at', 'site_id'], unique=False)
    op.create_index('ix_cases_stats_closed', 'cases',
                    ['stats_consent', 'closed_at', 'date_of_interview', 'site_id'], unique=False)
    op.create_index('ix_cases_counted_by_id', 'cases', ['id', 'stats_consent', 'site_id'],
                    unique=False)
    op.drop_index('ix_cases_survivor_id', table_name='cases')
    op.create_index('ix_cases_survivor', 'cases', ['survivor_id', 'site_id', 'number_key', 'id'],
                    unique=False)
    op.create_index('ix_referrals_counted_on', 'referrals', ['counted_on'], unique=False)
    op.create_index('ix_referrals_due_reference', 'referrals', ['due_on', 'reference'],
                    unique=False)
    op.create_index('ix_follow_ups_done_due', 'follow_ups', ['done_on', 'due_on', 'case_id'],
                    unique=False)
    op.create_table(
        'survivor_name_keys',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('survivor_id', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['survivor_id'], ['survivors.id'], ondelete='CASCADE',
                                name=op.f('fk_survivor_name_keys_survivor_id_survivors')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_survivor_name_keys')),
        sa.UniqueConstraint('survivor_id', name=op.f('uq_survivor_name_keys_survivor_id')),
    )
    op.execute("CREATE VIRTUAL TABLE survivor_names USING fts5(name, content='', "
               "contentless_delete=1, tokenize='unicode61 remove_diacritics 2')")
    op.execute("INSERT INTO survivor_name_keys (survivor_id) SELECT id FROM survivors")
    op.execute("INSERT INTO survivor_names (rowid, name) SELECT k.id, s.name "
               "FROM survivor_name_keys k JOIN survivors s ON s.id = k.survivor_id "
               "WHERE trim(coalesce(s.name, '')) != ''")
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite' and bind.execute(sa.text(
            "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")).first():
        bind.execute(sa.text('PRAGMA analysis_limit = 1000'))
        bind.execute(sa.text('ANALYZE cases'))
        bind.execute(sa.text('ANALYZE referrals'))
        bind.execute(sa.text('ANALYZE follow_ups'))


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS survivor_names")
    op.drop_table('survivor_name_keys')
    op.drop_index('ix_follow_ups_done_due', table_name='follow_ups')
    op.drop_index('ix_referrals_due_reference', table_name='referrals')
    op.drop_index('ix_referrals_counted_on', table_name='referrals')
    op.drop_index('ix_cases_survivor', table_name='cases')
    op.create_index('ix_cases_survivor_id', 'cases', ['survivor_id'], unique=False)
    op.drop_index('ix_cases_counted_by_id', table_name='cases')
    op.drop_index('ix_cases_stats_closed', table_name='cases')
    op.drop_index('ix_cases_stats_interview', table_name='cases')
    for name, columns in LIST_INDEXES:
        op.drop_index(name, table_name='cases')
        op.create_index(name, 'cases', [*columns, 'case_number', 'id'], unique=False)
    # In place (SQLite 3.35+): a batch copy would recreate tables other tables point to.
    op.execute("ALTER TABLE referrals DROP COLUMN counted_on")
    op.execute("ALTER TABLE cases DROP COLUMN number_key")
    op.execute("ALTER TABLE cases DROP COLUMN stats_consent")

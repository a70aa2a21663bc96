"""statistics fact tables: the period report's rows kept by the day they count on

Revision ID: 1a2b3c4d5e22
Revises: 1a2b3c4d5e21
Create Date: 2026-12-01 19:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = '1a2b3c4d5e22'
down_revision = '1a2b3c4d5e21'
branch_labels = None
depends_on = None

# The fill of the new tables, frozen as the schema and the rules were at this revision (a copy
# of ``desktop/core/store/models/stats_facts.py``'s SQL then): a later change of the model's
# rules must not change what this old migration does. A later revision that changes the rules
# recomputes the rows itself.
_CONSENTED = ("EXISTS (SELECT 1 FROM consents WHERE consents.case_id = cases.id AND "
              "scope = 'statistics' AND given = 1 AND withdrawn_on IS NULL)")
_ON = "coalesce(incidents.incident_date, cases.date_of_interview)"
_AGE = (f"CASE WHEN survivors.date_of_birth IS NOT NULL THEN "
        f"CAST(strftime('%Y', {_ON}) AS INTEGER) - "
        "CAST(strftime('%Y', survivors.date_of_birth) AS INTEGER) - "
        f"CASE WHEN strftime('%m-%d', {_ON}) < strftime('%m-%d', survivors.date_of_birth) "
        "THEN 1 ELSE 0 END ELSE survivors.estimated_age END")
_DELAY = ("CASE WHEN incidents.incident_date IS NULL THEN NULL ELSE "
          "julianday(coalesce(CASE WHEN incidents.date_of_interview = cases.date_of_interview "
          "THEN cases.date_of_report END, incidents.date_of_interview)) "
          "- julianday(incidents.incident_date) END")
_FIRST_PRIMARY = ("(SELECT p.id FROM perpetrators p WHERE p.incident_id = incidents.id "
                  "AND p.is_primary = 1 AND p.position IS NOT NULL "
                  "ORDER BY p.position, p.id LIMIT 1)")
_PROVIDED = ("(SELECT min(h.at) FROM referral_status_changes h WHERE h.referral_id = "
             "referrals.id AND h.to_status = 'service_provided')")
_AFFILIATED = ("SELECT 1 FROM incidents JOIN perpetrators ON perpetrators.incident_id = "
               "incidents.id WHERE incidents.case_id = cases.id AND "
               "perpetrators.sea_affiliation IS NOT NULL")
FILLS = (
    f"""
INSERT INTO stats_incident_facts (date_of_interview, incident_id, case_id, site_id,
    stats_consent, gbv_type, location_type, sex, age, delay_days, has_perpetrator,
    relationship, perpetrator_age)
SELECT incidents.date_of_interview, incidents.id, cases.id, cases.site_id, {_CONSENTED},
    incidents.gbv_type, incidents.location_type, survivors.sex, {_AGE}, {_DELAY},
    primary_one.id IS NOT NULL, primary_one.relationship_code, primary_one.age_group
FROM incidents JOIN cases ON cases.id = incidents.case_id
JOIN survivors ON survivors.id = cases.survivor_id
LEFT JOIN perpetrators primary_one ON primary_one.id = {_FIRST_PRIMARY}
WHERE incidents.date_of_interview IS NOT NULL
ORDER BY incidents.date_of_interview, incidents.id""",
    f"""
INSERT INTO stats_referral_facts (counted_on, referral_id, case_id, site_id, stats_consent,
    status, due_on, service_type, days_to_service)
SELECT referrals.counted_on, referrals.id, cases.id, cases.site_id, {_CONSENTED},
    referrals.status, referrals.due_on, referrals.service_type,
    julianday(date({_PROVIDED})) - julianday(referrals.sent_on)
FROM referrals JOIN cases ON cases.id = referrals.case_id
WHERE referrals.counted_on IS NOT NULL
ORDER BY referrals.counted_on, referrals.id""",
    f"""
INSERT INTO stats_service_facts (given_on, service_id, case_id, site_id, stats_consent,
    service_type)
SELECT services_given.given_on, services_given.id, cases.id, cases.site_id, {_CONSENTED},
    services_given.service_type
FROM services_given JOIN cases ON cases.id = services_given.case_id
WHERE services_given.given_on IS NOT NULL
ORDER BY services_given.given_on, services_given.id""",
    f"""
INSERT INTO stats_sea_facts (date_of_interview, case_id, affiliation, site_id, stats_consent)
SELECT DISTINCT cases.date_of_interview, cases.id, perpetrators.sea_affiliation, cases.site_id,
    {_CONSENTED}
FROM cases JOIN incidents ON incidents.case_id = cases.id
JOIN perpetrators ON perpetrators.incident_id = incidents.id
WHERE cases.sea = 1 AND cases.date_of_interview IS NOT NULL
    AND perpetrators.sea_affiliation IS NOT NULL
UNION ALL
SELECT cases.date_of_interview, cases.id, '', cases.site_id, {_CONSENTED}
FROM cases WHERE cases.sea = 1 AND cases.date_of_interview IS NOT NULL
    AND NOT EXISTS ({_AFFILIATED})""",
)



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
    bind = op.get_bind()
    for sql in FILLS:  # the tables were just made: nothing to delete first
        bind.execute(sa.text(sql))


def downgrade() -> None:
    for table in ('stats_sea_facts', 'stats_service_facts', 'stats_referral_facts',
                  'stats_incident_facts'):
        op.drop_index(op.f(f'ix_{table}_case_id'), table_name=table)
        op.drop_table(table)

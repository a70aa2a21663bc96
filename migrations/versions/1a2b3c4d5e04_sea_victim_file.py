"""the SEA victim's file, as the UN Victim Assistance Protocol tracks it

Five new tables, attached to the incident: ``sea_files`` (allegation reference, entity and
mission, category of personnel, exploitation or abuse, the perpetrator's nationality, the age
entered when it cannot be computed, the investigation's status), ``sea_children`` (children
born of SEA), ``sea_claims`` (paternity and child-support claims, each step dated),
``sea_informed`` (the days she was told of progress and outcome) and ``sea_assistance`` (the
Protocol's assistance types, with dates and who provided them).

What an existing database holds is mapped onto them: every incident of an SEA case gets its
file, with the entity, the category of personnel and the nationality of its first affiliated
perpetrator (UN military → military, UN police → police, UN civilian or agency staff →
civilian staff; the nationalities of ``nationalities.json`` → their ISO 3166 code); a "yes" to
``incidents.sea_paternity_claim`` becomes one claim, its steps not dated yet.
``incidents.sea_reported_to_un_on`` and ``sea_paternity_claim`` stay where they are (the SEA
file shows and edits them). The downgrade keeps a claim recorded since as a "yes".

Revision ID: 1a2b3c4d5e04
Revises: c4d5e6f7a8b9
Create Date: 2026-12-01 09:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = '1a2b3c4d5e04'
down_revision = 'c4d5e6f7a8b9'
branch_labels = None
depends_on = None

_NEW_ID = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
           "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
           "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))")
# The first perpetrator of the incident with an SEA affiliation.
_FIRST = ("(SELECT p.{column} FROM perpetrators p WHERE p.incident_id = incidents.id "
          "AND p.sea_affiliation IS NOT NULL ORDER BY p.position LIMIT 1)")
_CATEGORY = ("CASE " + _FIRST.format(column="sea_affiliation") +
             " WHEN 'un_military' THEN 'military' WHEN 'un_police' THEN 'police'"
             " WHEN 'un_civilian' THEN 'civilian_staff' WHEN 'un_agency' THEN 'civilian_staff'"
             " END")
_ISO = {"mali": "ml", "burkina_faso": "bf", "niger": "ne", "mauritania": "mr", "guinea": "gn",
        "cote_divoire": "ci", "senegal": "sn", "algeria": "dz"}
_NATIONALITY = ("CASE " + _FIRST.format(column="nationality") + " " +
                " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in _ISO.items()) + " END")
_FILES = f"""
INSERT INTO sea_files (id, site_id, created_at, updated_at, incident_id, entity,
                       personnel_category, perpetrator_nationality)
SELECT {_NEW_ID}, incidents.site_id, incidents.created_at, incidents.updated_at, incidents.id,
       {_FIRST.format(column="sea_entity")}, {_CATEGORY}, {_NATIONALITY}
FROM incidents JOIN cases ON cases.id = incidents.case_id
WHERE cases.sea = 1 OR incidents.sea_paternity_claim IS NOT NULL
   OR incidents.sea_reported_to_un_on IS NOT NULL
"""
_CLAIMS = f"""
INSERT INTO sea_claims (id, site_id, created_at, updated_at, sea_file_id, position)
SELECT {_NEW_ID}, sea_files.site_id, sea_files.created_at, sea_files.updated_at,
       sea_files.id, 1
FROM sea_files JOIN incidents ON incidents.id = sea_files.incident_id
WHERE incidents.sea_paternity_claim = 1
"""
_CLAIMS_DOWN = """
UPDATE incidents SET sea_paternity_claim = 1
WHERE id IN (SELECT f.incident_id FROM sea_files f JOIN sea_claims c ON c.sea_file_id = f.id)
"""


def upgrade() -> None:
    op.create_table('sea_files',
    sa.Column('incident_id', sa.String(length=36), nullable=False),
    sa.Column('allegation_ref', sa.String(length=60), nullable=True),
    sa.Column('entity', sa.String(length=200), nullable=True),
    sa.Column('mission', sa.String(length=200), nullable=True),
    sa.Column('personnel_category', sa.String(length=20), nullable=True),
    sa.Column('sea_kind', sa.String(length=20), nullable=True),
    sa.Column('perpetrator_nationality', sa.String(length=2), nullable=True),
    sa.Column('victim_age', sa.Integer(), nullable=True),
    sa.Column('investigation_status', sa.String(length=30), nullable=True),
    sa.Column('investigation_status_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['incident_id'], ['incidents.id'], name=op.f('fk_sea_files_incident_id_incidents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_sea_files_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sea_files')),
    sa.UniqueConstraint('incident_id', name=op.f('uq_sea_files_incident_id'))
    )
    op.create_index(op.f('ix_sea_files_site_id'), 'sea_files', ['site_id'], unique=False)
    op.create_index(op.f('ix_sea_files_updated_at'), 'sea_files', ['updated_at'], unique=False)
    op.create_table('sea_children',
    sa.Column('sea_file_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=10), nullable=True),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['sea_file_id'], ['sea_files.id'], name=op.f('fk_sea_children_sea_file_id_sea_files'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_sea_children_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sea_children'))
    )
    op.create_index(op.f('ix_sea_children_sea_file_id'), 'sea_children', ['sea_file_id'], unique=False)
    op.create_index(op.f('ix_sea_children_site_id'), 'sea_children', ['site_id'], unique=False)
    op.create_index(op.f('ix_sea_children_updated_at'), 'sea_children', ['updated_at'], unique=False)
    op.create_table('sea_informed',
    sa.Column('sea_file_id', sa.String(length=36), nullable=False),
    sa.Column('informed_on', sa.Date(), nullable=False),
    sa.Column('about', sa.String(length=20), nullable=False),
    sa.Column('recorded_by_id', sa.String(length=36), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['staff.id'], name=op.f('fk_sea_informed_recorded_by_id_staff')),
    sa.ForeignKeyConstraint(['sea_file_id'], ['sea_files.id'], name=op.f('fk_sea_informed_sea_file_id_sea_files'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_sea_informed_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sea_informed'))
    )
    op.create_index(op.f('ix_sea_informed_sea_file_id'), 'sea_informed', ['sea_file_id'], unique=False)
    op.create_index(op.f('ix_sea_informed_site_id'), 'sea_informed', ['site_id'], unique=False)
    op.create_index(op.f('ix_sea_informed_updated_at'), 'sea_informed', ['updated_at'], unique=False)
    op.create_table('sea_assistance',
    sa.Column('sea_file_id', sa.String(length=36), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=True),
    sa.Column('assistance_type', sa.String(length=30), nullable=False),
    sa.Column('provided_on', sa.Date(), nullable=False),
    sa.Column('until_on', sa.Date(), nullable=True),
    sa.Column('provider_id', sa.String(length=36), nullable=True),
    sa.Column('provided_by_id', sa.String(length=36), nullable=True),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['sea_children.id'], name=op.f('fk_sea_assistance_child_id_sea_children'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['provided_by_id'], ['staff.id'], name=op.f('fk_sea_assistance_provided_by_id_staff')),
    sa.ForeignKeyConstraint(['provider_id'], ['service_providers.id'], name=op.f('fk_sea_assistance_provider_id_service_providers')),
    sa.ForeignKeyConstraint(['sea_file_id'], ['sea_files.id'], name=op.f('fk_sea_assistance_sea_file_id_sea_files'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_sea_assistance_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sea_assistance'))
    )
    op.create_index(op.f('ix_sea_assistance_child_id'), 'sea_assistance', ['child_id'], unique=False)
    op.create_index(op.f('ix_sea_assistance_sea_file_id'), 'sea_assistance', ['sea_file_id'], unique=False)
    op.create_index(op.f('ix_sea_assistance_site_id'), 'sea_assistance', ['site_id'], unique=False)
    op.create_index(op.f('ix_sea_assistance_updated_at'), 'sea_assistance', ['updated_at'], unique=False)
    op.create_table('sea_claims',
    sa.Column('sea_file_id', sa.String(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=True),
    sa.Column('filed_on', sa.Date(), nullable=True),
    sa.Column('dna_sample_on', sa.Date(), nullable=True),
    sa.Column('paternity_established_on', sa.Date(), nullable=True),
    sa.Column('support_ordered_on', sa.Date(), nullable=True),
    sa.Column('support_paid_on', sa.Date(), nullable=True),
    sa.Column('site_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['child_id'], ['sea_children.id'], name=op.f('fk_sea_claims_child_id_sea_children'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['sea_file_id'], ['sea_files.id'], name=op.f('fk_sea_claims_sea_file_id_sea_files'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['site_id'], ['sites.id'], name=op.f('fk_sea_claims_site_id_sites')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sea_claims'))
    )
    op.create_index(op.f('ix_sea_claims_child_id'), 'sea_claims', ['child_id'], unique=False)
    op.create_index(op.f('ix_sea_claims_sea_file_id'), 'sea_claims', ['sea_file_id'], unique=False)
    op.create_index(op.f('ix_sea_claims_site_id'), 'sea_claims', ['site_id'], unique=False)
    op.create_index(op.f('ix_sea_claims_updated_at'), 'sea_claims', ['updated_at'], unique=False)
    op.execute(_FILES)
    op.execute(_CLAIMS)


def downgrade() -> None:
    op.execute(_CLAIMS_DOWN)
    op.drop_index(op.f('ix_sea_claims_updated_at'), table_name='sea_claims')
    op.drop_index(op.f('ix_sea_claims_site_id'), table_name='sea_claims')
    op.drop_index(op.f('ix_sea_claims_sea_file_id'), table_name='sea_claims')
    op.drop_index(op.f('ix_sea_claims_child_id'), table_name='sea_claims')
    op.drop_table('sea_claims')
    op.drop_index(op.f('ix_sea_assistance_updated_at'), table_name='sea_assistance')
    op.drop_index(op.f('ix_sea_assistance_site_id'), table_name='sea_assistance')
    op.drop_index(op.f('ix_sea_assistance_sea_file_id'), table_name='sea_assistance')
    op.drop_index(op.f('ix_sea_assistance_child_id'), table_name='sea_assistance')
    op.drop_table('sea_assistance')
    op.drop_index(op.f('ix_sea_informed_updated_at'), table_name='sea_informed')
    op.drop_index(op.f('ix_sea_informed_site_id'), table_name='sea_informed')
    op.drop_index(op.f('ix_sea_informed_sea_file_id'), table_name='sea_informed')
    op.drop_table('sea_informed')
    op.drop_index(op.f('ix_sea_children_updated_at'), table_name='sea_children')
    op.drop_index(op.f('ix_sea_children_site_id'), table_name='sea_children')
    op.drop_index(op.f('ix_sea_children_sea_file_id'), table_name='sea_children')
    op.drop_table('sea_children')
    op.drop_index(op.f('ix_sea_files_updated_at'), table_name='sea_files')
    op.drop_index(op.f('ix_sea_files_site_id'), table_name='sea_files')
    op.drop_table('sea_files')

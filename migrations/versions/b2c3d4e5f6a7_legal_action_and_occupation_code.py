"""the intake asks whether the survivor wants legal action; perpetrators get a coded occupation

Two nullable columns for the GBVIMS Incident Recorder: ``incidents.wants_legal_action``
(``legal_action`` code: yes / no / undecided) and ``perpetrators.occupation_code``
(``perpetrator_occupations`` code). Existing rows keep everything; the new answers are empty
until someone records them (the free-text occupation stays where it was).

Revision ID: b2c3d4e5f6a7
Revises: d4e5f6a7b8c9
Create Date: 2026-12-01 08:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'b2c3d4e5f6a7'
down_revision = 'd4e5f6a7b8c9'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("incidents", sa.Column("wants_legal_action", sa.String(length=20),
                                         nullable=True))
    op.add_column("perpetrators", sa.Column("occupation_code", sa.String(length=30),
                                            nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("perpetrators") as batch:
        batch.drop_column("occupation_code")
    with op.batch_alter_table("incidents") as batch:
        batch.drop_column("wants_legal_action")

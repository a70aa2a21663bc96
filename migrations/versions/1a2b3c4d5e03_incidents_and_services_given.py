"""every incident of a case, and the services the centre gives itself

``incidents`` gets: ``date_precision`` (exact / estimated / unknown), ``date_of_interview`` (the
day the incident was told to the centre), ``reported_by`` (the survivor or a third party) and the
mandatory report (made? to whom, when, was she informed first). A new table
``services_given`` holds the services given in house (type, date, who gave it, a note).

Existing cases keep their one incident: its ``date_of_interview`` is the case's, its precision
``exact`` when a date is recorded and ``unknown`` otherwise; who reported it and the mandatory
report stay unrecorded (empty). No service given is invented for existing cases.

Revision ID: 1a2b3c4d5e03
Revises: 1a2b3c4d5e01
Create Date: 2026-12-01 09:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = '1a2b3c4d5e03'
down_revision = '1a2b3c4d5e01'
branch_labels = None
depends_on = None

_NEW_COLUMNS = (
    ("date_precision", sa.String(length=10)),
    ("date_of_interview", sa.Date()),
    ("reported_by", sa.String(length=20)),
    ("mandatory_report_made", sa.Boolean()),
    ("mandatory_report_to", sa.String(length=30)),
    ("mandatory_report_on", sa.Date()),
    ("mandatory_report_informed", sa.Boolean()),
)


def upgrade() -> None:
    for name, kind in _NEW_COLUMNS:
        op.add_column("incidents", sa.Column(name, kind, nullable=True))
    op.create_index(op.f("ix_incidents_date_of_interview"), "incidents", ["date_of_interview"])
    op.execute("UPDATE incidents SET date_of_interview = (SELECT cases.date_of_interview "
               "FROM cases WHERE cases.id = incidents.case_id), date_precision = CASE WHEN "
               "incident_date IS NULL THEN 'unknown' ELSE 'exact' END")
    op.create_table(
        "services_given",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("incident_id", sa.String(length=36), nullable=True),
        sa.Column("service_type", sa.String(length=30), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("provider_id", sa.String(length=36), nullable=False),
        sa.Column("recorded_by_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE",
                                name=op.f("fk_services_given_case_id_cases")),
        sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], ondelete="SET NULL",
                                name=op.f("fk_services_given_incident_id_incidents")),
        sa.ForeignKeyConstraint(["provider_id"], ["staff.id"],
                                name=op.f("fk_services_given_provider_id_staff")),
        sa.ForeignKeyConstraint(["recorded_by_id"], ["staff.id"],
                                name=op.f("fk_services_given_recorded_by_id_staff")),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"],
                                name=op.f("fk_services_given_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_services_given")),
    )
    for column in ("case_id", "incident_id", "given_on", "site_id", "updated_at"):
        op.create_index(op.f(f"ix_services_given_{column}"), "services_given", [column])


def downgrade() -> None:
    op.drop_table("services_given")
    op.drop_index(op.f("ix_incidents_date_of_interview"), table_name="incidents")
    # In place (SQLite 3.35+): a batch copy of ``incidents`` would cascade to perpetrators.
    for name, _kind in reversed(_NEW_COLUMNS):
        op.execute(f"ALTER TABLE incidents DROP COLUMN {name}")

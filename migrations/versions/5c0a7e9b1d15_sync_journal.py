"""the hub sync's change journal (filled by triggers) and its state

Every change of a case, or of a record of hers that travels to the hub (incidents,
perpetrators, the SEA file and its lists, referrals and their history, follow-ups, services
given, consents, her survivor row), adds the case's id to ``sync_journal``. Triggers rather than
ORM events, so that bulk writers (the demo, imports, the migrations that follow) are journaled
too. Existing cases are journaled once here, so that the first sync sends them all.

Revision ID: 5c0a7e9b1d15
Revises: 1a2b3c4d5e11
Create Date: 2026-12-01 12:40:00
"""
import sqlalchemy as sa
from alembic import op

revision = '5c0a7e9b1d15'
down_revision = '1a2b3c4d5e11'
branch_labels = None
depends_on = None

_VIA_INCIDENT = "(SELECT case_id FROM incidents WHERE id = {r}.incident_id)"
_VIA_SEA_FILE = ("(SELECT i.case_id FROM sea_files f JOIN incidents i ON i.id = f.incident_id "
                 "WHERE f.id = {r}.sea_file_id)")
# table → the SQL of its case's id, for the row {r} (NEW or OLD).
CASE_OF = {
    "cases": "{r}.id",
    "incidents": "{r}.case_id",
    "perpetrators": _VIA_INCIDENT,
    "sea_files": _VIA_INCIDENT,
    "sea_children": _VIA_SEA_FILE,
    "sea_claims": _VIA_SEA_FILE,
    "sea_informed": _VIA_SEA_FILE,
    "sea_assistance": _VIA_SEA_FILE,
    "referrals": "{r}.case_id",
    "referral_status_changes": "(SELECT case_id FROM referrals WHERE id = {r}.referral_id)",
    "follow_ups": "{r}.case_id",
    "services_given": "{r}.case_id",
    "consents": "{r}.case_id",
}
EVENTS = (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD"))


def _triggers() -> list[tuple[str, str]]:
    """(name, CREATE TRIGGER statement) of every journal trigger."""
    out = []
    for table, expression in CASE_OF.items():
        for event, row in EVENTS:
            name = f"sync_journal_{table}_{event}"
            case_id = expression.format(r=row)
            out.append((name, f"CREATE TRIGGER {name} AFTER {event.upper()} ON {table} "
                              f"BEGIN INSERT INTO sync_journal (case_id) SELECT {case_id} "
                              f"WHERE {case_id} IS NOT NULL; END"))
    name = "sync_journal_survivors_update"
    out.append((name, f"CREATE TRIGGER {name} AFTER UPDATE ON survivors BEGIN "
                      "INSERT INTO sync_journal (case_id) SELECT id FROM cases "
                      "WHERE survivor_id = NEW.id; END"))
    return out


def upgrade() -> None:
    op.create_table(
        "sync_journal",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_journal")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sync_state",
        sa.Column("hub_url", sa.String(length=300), nullable=True),
        sa.Column("hub_site", sa.String(length=64), nullable=False),
        sa.Column("hub_signing_key", sa.LargeBinary(), nullable=False),
        sa.Column("hub_age_recipient", sa.String(length=100), nullable=False),
        sa.Column("acked_batch", sa.Integer(), nullable=False),
        sa.Column("acked_seq", sa.BigInteger(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("written", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
    )
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_state_updated_at"), ["updated_at"],
                              unique=False)
    for _name, statement in _triggers():
        op.execute(statement)
    op.execute("INSERT INTO sync_journal (case_id) SELECT id FROM cases ORDER BY created_at")


def downgrade() -> None:
    for name, _statement in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("sync_state", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_state_updated_at"))
    op.drop_table("sync_state")
    op.drop_table("sync_journal")

"""staff get a phone number, printed on the referral letters they sign

One column, ``staff.phone`` (empty for existing accounts, which keep everything else). The
organisation's address, phone and e-mail are settings (rows of ``settings``): no schema change.

Revision ID: c4d5e6f7a8b9
Revises: a1b2c3d4e5f6
Create Date: 2026-12-01 08:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'c4d5e6f7a8b9'
down_revision = 'a1b2c3d4e5f6'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("staff", sa.Column("phone", sa.String(length=40), nullable=False,
                                     server_default=""))


def downgrade() -> None:
    # In place (SQLite 3.35+ in SQLCipher 4): a batch copy would drop and recreate ``staff``,
    # which the foreign keys of every other table refuse.
    op.execute("ALTER TABLE staff DROP COLUMN phone")

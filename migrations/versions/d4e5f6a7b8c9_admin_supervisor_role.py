"""administrators keep case access: "administrator" becomes "admin_supervisor"

A plain administrator no longer sees survivors or case content. Before this version the
administrator of a small centre was also its supervisor, so every existing administrator becomes
"administrator and supervisor" and nobody loses access on upgrade; an administrator who should
not see cases is changed to "administrator" on the Administration page afterwards. Accounts
created after the upgrade get the role chosen for them.

Revision ID: d4e5f6a7b8c9
Revises: f6a7b8c9d0e1
Create Date: 2026-12-01 07:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = 'd4e5f6a7b8c9'
down_revision = 'f6a7b8c9d0e1'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.get_bind().execute(sa.text(
        "UPDATE staff SET role = 'admin_supervisor' WHERE role = 'administrator'"))


def downgrade() -> None:
    op.get_bind().execute(sa.text(
        "UPDATE staff SET role = 'administrator' WHERE role = 'admin_supervisor'"))

"""this installation's identity: an Ed25519 signing key pair and an X25519 (age) key pair

Issue 14, point 1: each installation signs the referral and feedback packages it sends (and,
with issue 15, its sync batches) and receives packages encrypted to it. The private halves live
only in this table, inside the encrypted database. A folder upgraded from an earlier version gets
its first key pairs here, as a new folder does when its database is created.

Revision ID: 1a2b3c4d5e10
Revises: 1a2b3c4d5e06
Create Date: 2026-12-01 12:50:00
"""
import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

revision = '1a2b3c4d5e10'
down_revision = '1a2b3c4d5e06'
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        'installation_keys',
        sa.Column('signing_private', sa.LargeBinary(length=32), nullable=False),
        sa.Column('signing_public', sa.LargeBinary(length=32), nullable=False),
        sa.Column('age_identity', sa.String(length=80), nullable=False),
        sa.Column('age_recipient', sa.String(length=80), nullable=False),
        sa.Column('retired_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_installation_keys')),
    )
    with op.batch_alter_table('installation_keys', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_installation_keys_updated_at'), ['updated_at'],
                              unique=False)
    signing = Ed25519PrivateKey.generate()
    age = x25519.Identity.generate()
    now = datetime.now(UTC)
    op.bulk_insert(table, [{
        "id": str(uuid.uuid4()), "created_at": now, "updated_at": now, "retired_at": None,
        "signing_private": signing.private_bytes(serialization.Encoding.Raw,
                                                 serialization.PrivateFormat.Raw,
                                                 serialization.NoEncryption()),
        "signing_public": signing.public_key().public_bytes(serialization.Encoding.Raw,
                                                            serialization.PublicFormat.Raw),
        "age_identity": str(age), "age_recipient": str(age.to_public()),
    }])


def downgrade() -> None:
    with op.batch_alter_table('installation_keys', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_installation_keys_updated_at'))
    op.drop_table('installation_keys')

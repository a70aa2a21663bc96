"""Take a test database back to an older schema revision, as an older Relais left it."""

from __future__ import annotations

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop.core.store import migrate


def rewind_to_before(engine: Engine, revision: str) -> str:
    """Downgrade (every later migration's own downgrade, in one transaction) to the revision
    just before ``revision``; returns that revision. The next login upgrades it again."""
    config = migrate._config()
    before = ScriptDirectory.from_config(config).get_revision(revision).down_revision
    assert isinstance(before, str)
    with engine.begin() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = conn
        command.downgrade(config, before)
    return before

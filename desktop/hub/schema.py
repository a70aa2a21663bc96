"""``relais hub init``: the hub's schema by Alembic (its own migrations, ``migrations/`` beside
this file, version table ``hub_alembic_version``), then its key pair if it has none."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from desktop.hub import db, hub_keys

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "hub_alembic_version"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head() -> str:
    """The newest hub schema revision this version knows."""
    revision = ScriptDirectory.from_config(_config()).get_current_head()
    assert revision is not None
    return revision


def current(url: str) -> str | None:
    """The hub database's schema revision (None when it has none)."""
    with db.engine(url).connect() as conn:
        return MigrationContext.configure(
            conn, opts={"version_table": VERSION_TABLE}).get_current_revision()


def fingerprint(url: str) -> str:
    """The hub's fingerprint (sites' administrators compare it at enrolment)."""
    with db.session(url) as session:
        return hub_keys.load(session).fingerprint()


def init(url: str) -> bool:
    """Create or upgrade the schema (one transaction) and make the hub's keys; True when the
    keys were made now (a new hub)."""
    config = _config()
    with db.engine(url).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    with db.session(url) as session:
        return hub_keys.ensure(session)

"""Run Alembic migrations on an open encrypted connection, inside one transaction."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from desktop.core.paths import migrations_dir


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    return config


def head_revision() -> str:
    """The newest schema revision this version of Relais knows."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    """The schema revision of the open database (None when empty)."""
    return MigrationContext.configure(conn).get_current_revision()


def known_revisions() -> set[str]:
    """Every revision this version can migrate from."""
    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is older than this version's schema."""
    with engine.connect() as conn:
        return current_revision(conn) != head_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Upgrade to ``target`` in a single transaction (SQLite DDL is transactional).

    The sqlite3-style driver opens a transaction only before INSERT/UPDATE/DELETE, so a
    ``CREATE TABLE`` or ``ALTER TABLE`` would otherwise be committed on its own: an error or a
    power cut halfway through would leave a half-upgraded schema still marked as the old
    revision. An explicit ``BEGIN IMMEDIATE`` makes the whole upgrade one transaction; the
    driver's ``commit()`` then commits it (tested by killing a process mid-upgrade).
    """
    config = _config()
    with engine.begin() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = conn
        command.upgrade(config, target)


def include_name(name: str | None, type_: str, _parents: object) -> bool:
    """What Alembic compares with the models: everything but the FTS5 name index's tables
    (a virtual table and its shadow tables, made by the migration, not by a model)."""
    from desktop.core.store.models.name_search import is_index_table

    return not (type_ == "table" and name is not None and is_index_table(name))

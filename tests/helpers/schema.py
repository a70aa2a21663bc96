"""Databases at an older schema revision, as an older Relais left them."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from desktop.core.store import keyslots, migrate
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault

STAMP = "'2026-01-01', '2026-01-01'"  # created_at, updated_at of the rows written by hand


def downgrade_to(engine: Engine, revision: str) -> None:
    """Every later migration's own downgrade, in one transaction."""
    config = migrate._config()
    with engine.begin() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def rewind_to_before(engine: Engine, revision: str) -> str:
    """Downgrade to the revision just before ``revision``; returns that revision. The next
    login upgrades it again."""
    before = ScriptDirectory.from_config(migrate._config()).get_revision(revision).down_revision
    assert isinstance(before, str)
    downgrade_to(engine, before)
    return before


def database_at(path: Path, revision: str) -> Vault:
    """A new database at ``revision`` (no slot file, not logged in) holding site ``s1``
    (Mopti) and its case worker ``u1`` (awa), for rows a migration test writes by hand."""
    path.mkdir(parents=True)
    vault = Vault(DataFolder(path), keyslots.new_database_key(), None)
    migrate.upgrade(vault.require_engine(), revision)
    with vault.require_engine().begin() as conn:
        conn.exec_driver_sql(
            f"INSERT INTO sites (id, code, name, organisation, created_at, updated_at) "
            f"VALUES ('s1', 'MOP', 'Mopti', 'ONG', {STAMP})")
        conn.exec_driver_sql(
            f"INSERT INTO staff (id, site_id, username, full_name, role, code, language, "
            f"active, created_at, updated_at) VALUES ('u1', 's1', 'awa', '', 'caseworker', "
            f"'AWA', 'fr', 1, {STAMP})")
    return vault

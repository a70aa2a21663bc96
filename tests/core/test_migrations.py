"""Models and migrations stay in step; an older database is upgraded at login."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop.core.errors import UserError
from desktop.core.services import session
from desktop.core.store import migrate
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Base
from tests.helpers import folders

ROOT = Path(__file__).resolve().parents[2]


def test_models_and_migrations_do_not_differ(admin) -> None:
    with admin.require_engine().connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True, "render_as_batch": True,
            "include_name": migrate.include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations differ; generate a revision: {diff}"


def test_database_is_at_head(admin) -> None:
    with admin.require_engine().connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()


def test_the_revisions_read_at_login_are_alembics(admin) -> None:
    """Login reads the revisions without Alembic: the same head, the same known revisions,
    the same revision of an open database as Alembic's own reading."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {rev.revision for rev in script.walk_revisions()}
    with admin.require_engine().connect() as conn:
        assert migrate.current_revision(conn) == MigrationContext.configure(
            conn).get_current_revision()


def test_opening_a_database_at_head_loads_no_alembic(folder: DataFolder) -> None:
    """The login of every day reads the revisions; Alembic loads only for an upgrade."""
    probe = ("import sys\nfrom pathlib import Path\n"
             "from desktop.core.store.datafolder import DataFolder\n"
             "from tests.helpers import folders\n"
             f"folders.login(DataFolder(Path({str(folder.path)!r}))).close()\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_database_from_a_newer_version_is_refused(folder: DataFolder) -> None:
    vault = folders.login(folder, folders.ADMIN)
    with vault.require_engine().begin() as conn:  # as if a newer Relais had migrated it
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dfeed'"))
    vault.close()
    # An unknown revision is refused clearly rather than guessed at.
    with pytest.raises(UserError, match="newer version"):
        session.login(folder, folders.ADMIN, folders.ADMIN_PASSWORD)


FIRST_REVISION = "0001"


def _database_at_first_revision(path) -> DataFolder:  # type: ignore[no-untyped-def]
    """A data folder as the first released schema made it, with one site and one admin."""
    from desktop.core.store import keyslots
    from desktop.core.store.vault import Vault

    folder = DataFolder(path)
    path.mkdir(parents=True)
    key = keyslots.new_database_key()
    vault = Vault(folder, key, None)
    migrate.upgrade(vault.require_engine(), FIRST_REVISION)
    with vault.require_engine().begin() as conn:
        conn.execute(text(
            "INSERT INTO sites (id, code, name, organisation, created_at, updated_at) "
            "VALUES ('s1', 'MOP', 'Mopti', 'ONG', '2026-01-01', '2026-01-01')"))
        conn.execute(text(
            "INSERT INTO staff (id, site_id, username, full_name, role, code, language, active,"
            " created_at, updated_at) VALUES ('u1', 's1', 'admin', '', 'administrator', 'ADMIN',"
            " 'fr', 1, '2026-01-01', '2026-01-01')"))
    vault.close()
    slots = keyslots.SlotFile(database_id="test")
    slots.set_user("admin", folders.ADMIN_PASSWORD, key)
    keyslots.write_slot_file(folder.slots_path, slots)
    return folder


def test_first_schema_is_backed_up_then_upgraded_at_login(tmp_path) -> None:
    if migrate.head_revision() == FIRST_REVISION:
        pytest.skip("only one schema revision so far: nothing to upgrade from")
    folder = _database_at_first_revision(tmp_path / "old")
    vault = session.login(folder, "admin", folders.ADMIN_PASSWORD)
    try:
        assert vault.migrated
        with vault.require_engine().connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert vault.actor is not None and vault.actor.site_id == "s1"
    finally:
        vault.close()
    backups = list(folder.backups_dir.glob("*before-upgrade*"))
    assert len(backups) == 1


def test_first_schema_database_opens_at_head_without_upgrade_when_current(tmp_path) -> None:
    folder = _database_at_first_revision(tmp_path / "old")
    vault = session.login(folder, "admin", folders.ADMIN_PASSWORD)
    try:
        with vault.require_engine().connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert vault.migrated == (migrate.head_revision() != FIRST_REVISION)
    finally:
        vault.close()


def test_an_existing_administrator_keeps_case_access_after_the_upgrade(tmp_path) -> None:
    from desktop.core.services.accounts.permissions import Role
    from desktop.core.services.cases import case_list as cases

    folder = _database_at_first_revision(tmp_path / "old")
    vault = session.login(folder, "admin", folders.ADMIN_PASSWORD)
    try:  # the administrator of an older database was its supervisor too: still is
        assert vault.actor is not None and vault.actor.role == Role.ADMIN_SUPERVISOR
        assert cases.count(vault) == 0
    finally:
        vault.close()


def test_existing_staff_get_an_empty_work_phone_after_the_upgrade(tmp_path) -> None:
    from desktop.core.services.accounts import staff as accounts

    folder = _database_at_first_revision(tmp_path / "old")
    vault = session.login(folder, "admin", folders.ADMIN_PASSWORD)
    try:  # staff.phone (c4d5e6f7a8b9): added empty, the account otherwise as it was
        rows = accounts.list_staff(vault)
        assert [(r.username, r.phone) for r in rows] == [("admin", "")]
        accounts.set_phone(vault, "admin", "+223 20 00 00 00")
        assert accounts.list_staff(vault)[0].phone == "+223 20 00 00 00"
    finally:
        vault.close()


def test_no_migration_runs_the_live_models_or_services_code() -> None:
    """A migration does what it did when it was written: a later edit of a model's or a
    service's SQL must not change how an old database is upgraded (freeze a copy instead)."""
    import ast

    from desktop.core.paths import migrations_dir

    live = ("desktop.core.store.models", "desktop.core.services")
    found = []
    for path in sorted((migrations_dir() / "versions").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            found += [f"{path.name}: {name}" for name in names if name.startswith(live)]
    assert found == []

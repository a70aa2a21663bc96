"""Models and migrations stay in step; an older database is upgraded at login."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from desktop.core.services import session
from desktop.core.store import migrate
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Base
from tests.helpers import folders


def test_models_and_migrations_do_not_differ(admin) -> None:
    with admin.require_engine().connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "render_as_batch": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], f"models and migrations differ; generate a revision: {diff}"


def test_database_is_at_head(admin) -> None:
    with admin.require_engine().connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()


def test_database_from_a_newer_version_is_refused(folder: DataFolder) -> None:
    vault = folders.login(folder, folders.ADMIN)
    with vault.require_engine().begin() as conn:  # pretend the schema is one step older
        conn.execute(text("UPDATE alembic_version SET version_num = 'older'"))
    vault.close()
    # An unknown revision is refused clearly rather than guessed at.
    try:
        session.login(folder, folders.ADMIN, folders.ADMIN_PASSWORD)
    except Exception as exc:
        assert "newer version" in str(exc)
    else:
        raise AssertionError("an unknown schema revision must be refused")

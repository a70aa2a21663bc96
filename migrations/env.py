"""Alembic environment. The app hands in an open (encrypted) connection; developers generating
a revision run ``alembic -c migrations/alembic.ini revision --autogenerate -m MSG`` against a
scratch plain SQLite file named by ``sqlalchemy.url``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from desktop.core.store.migrate import include_name
from desktop.core.store.models import Base

config = context.config
target_metadata = Base.metadata


def run_with(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        include_name=include_name,
        # migrate.upgrade's step announcer (a long upgrade tells the person what it does)
        on_version_apply=[config.attributes["on_version_apply"]]
        if "on_version_apply" in config.attributes else [],
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    engine = engine_from_config(
        config.get_section(config.config_ini_section) or {},
        prefix="sqlalchemy.", poolclass=pool.NullPool,
    )
    with engine.connect() as conn:
        run_with(conn)

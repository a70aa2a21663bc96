"""Alembic environment of the hub's schema (PostgreSQL). ``desktop.hub.schema`` hands in a
connection; a developer making a revision runs ``alembic -c desktop/hub/migrations/alembic.ini
revision --autogenerate -m MSG`` with ``-x url=postgresql+psycopg://…`` of a scratch database."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

from desktop.hub.models import HubBase

config = context.config


def run_with(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=HubBase.metadata,
                      compare_type=True, version_table="hub_alembic_version")
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    url = context.get_x_argument(as_dictionary=True)["url"]
    with create_engine(url, poolclass=pool.NullPool).connect() as conn:
        run_with(conn)

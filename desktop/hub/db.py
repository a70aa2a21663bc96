"""Connections to the hub's PostgreSQL: one engine per URL, sessions, the URL's driver."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session

from desktop.core.errors import UserError
from desktop.core.i18n import translate

_ENGINES: dict[str, Engine] = {}


def normalise(url: str) -> str:
    """``postgresql://…`` (as ``psql`` takes it) with the psycopg 3 driver SQLAlchemy needs."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UserError(translate("Hub", "Not a PostgreSQL address: give "
                                         "postgresql://user@host/database.")) from exc
    if parsed.get_backend_name() != "postgresql":
        raise UserError(translate("Hub", "Not a PostgreSQL address: give "
                                         "postgresql://user@host/database."))
    return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def engine(url: str) -> Engine:
    """The engine of ``url`` (made once per process)."""
    key = normalise(url)
    if key not in _ENGINES:
        _ENGINES[key] = create_engine(key, pool_pre_ping=True, pool_size=10, max_overflow=20)
    return _ENGINES[key]


def dispose_all() -> None:
    """Close every pooled connection (before a database is copied or dropped)."""
    for made in _ENGINES.values():
        made.dispose()
    _ENGINES.clear()


@contextlib.contextmanager
def session(url: str) -> Iterator[Session]:
    """A session in one transaction, committed at the end (rolled back on error); a server
    that cannot be reached is one clear line."""
    try:
        with Session(engine(url), expire_on_commit=False) as db, db.begin():
            yield db
    except OperationalError as exc:
        raise UserError(translate("Hub", "The hub's database cannot be reached: {why}")
                        .format(why=str(exc.orig).strip().splitlines()[0]
                                if exc.orig else "?")) from exc

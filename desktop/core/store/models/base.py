"""Declarative base: UUID keys, and every record stamped with its site and its last change."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import ClassVar

from sqlalchemy import DateTime, ForeignKey, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A globally unique id (so sites can later exchange and consolidate records)."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """Now, in UTC, timezone-aware."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Base of every model."""

    metadata = MetaData(naming_convention=NAMING)


class Stamped:
    """UUID primary key, creation and last-change times.

    ``index_site`` / ``index_changes`` False: no index on ``site_id`` / ``updated_at``, for the
    tables with many rows per case that are only ever read through their case (consents, steps,
    needs, perpetrators, status changes): those indexes were a third of the database's bytes
    and no query reads them (issue 13: ``bench/db_bytes.py``)."""

    index_site: ClassVar[bool] = True
    index_changes: ClassVar[bool] = True
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    @declared_attr
    def updated_at(cls) -> Mapped[datetime]:  # noqa: N805
        return mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow,
                             index=cls.index_changes)


class SiteStamped(Stamped):
    """A record that belongs to a site."""

    @declared_attr
    def site_id(cls) -> Mapped[str]:  # noqa: N805
        return mapped_column(String(36), ForeignKey("sites.id"), index=cls.index_site)

"""Sites, staff accounts and settings."""

from __future__ import annotations

from sqlalchemy import Boolean, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.store.models.base import Base, SiteStamped, Stamped

ROLES = ("caseworker", "supervisor", "administrator", "admin_supervisor")


class Site(Stamped, Base):
    """A centre or office running Relais (e.g. the One-Stop Centre of Mopti)."""

    __tablename__ = "sites"
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200))
    region: Mapped[str | None] = mapped_column(String(40))


class Staff(SiteStamped, Base):
    """A person with an account (and a key slot)."""

    __tablename__ = "staff"
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(20), default="")  # case manager code for exports
    language: Mapped[str] = mapped_column(String(5), default="fr")
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")  # on letters
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(Stamped, Base):
    """One setting (key → JSON value), declared in ``services.accounts.settings``."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), unique=True)
    value: Mapped[str] = mapped_column(Text)


class Blob(Stamped, Base):
    """Binary settings such as the letterhead logo."""

    __tablename__ = "blobs"
    key: Mapped[str] = mapped_column(String(64), unique=True)
    content_type: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)

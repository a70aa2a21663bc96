"""The list of key slots, kept inside the encrypted database (see ``store/keyslots.py``)."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.store.models.base import Base, Stamped


class SlotKey(Stamped, Base):
    """One slot of the key-slot file as the database knows it: a rekey reseals the new key
    only to slots listed here, and a login is refused when the opened slot is not listed for
    that username. Public keys and staff usernames only: nothing about survivors."""

    __tablename__ = "slot_keys"
    slot_id: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    username: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64))

"""This installation's own key pairs: who it is when it signs, and what others encrypt to."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.store.models.base import Base, Stamped


class InstallationKey(Stamped, Base):
    """One generation of the installation's identity: an Ed25519 signing key pair and an X25519
    (age) key pair. The private halves live only here, inside the encrypted database. The row
    with no ``retired_at`` is the current one; retired rows still decrypt what was sent to them.
    Nothing about survivors."""

    __tablename__ = "installation_keys"
    signing_private: Mapped[bytes] = mapped_column(LargeBinary(32))
    signing_public: Mapped[bytes] = mapped_column(LargeBinary(32))
    age_identity: Mapped[str] = mapped_column(String(80))
    age_recipient: Mapped[str] = mapped_column(String(80))
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

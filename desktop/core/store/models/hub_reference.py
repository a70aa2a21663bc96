"""The reference lists this site received from its hub: each list as the hub published it
(checked and signed when it came), read over the shipped list (``catalogue.reference``)."""

from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.store.models.base import Base


class HubReferenceList(Base):
    """One reference list from the hub: its name, its entries (JSON) and the version of the
    hub's reference publication it came in (the version held: ``HubPublicationApplied``)."""

    __tablename__ = "hub_reference_lists"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    entries: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)

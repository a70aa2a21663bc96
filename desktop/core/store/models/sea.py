"""The SEA victim's file, as the UN Victim Assistance Protocol (2019) tracks it.

One ``SeaFile`` per incident of an SEA case (attached to the incident, like the ``sea_*``
columns of ``incidents``, which keep the date reported to the UN and whether a paternity or
child-support claim is made). Coded values come from ``resources/reference``:
``sea_personnel_categories``, ``sea_kinds``, ``countries`` (ISO 3166-1 alpha-2, lower case),
``sea_investigation_statuses``, ``sea_informed_about``, ``sea_assistance_types``.
``allegation_ref``, ``entity`` and ``mission`` identify (the catalogue of
``desktop.core.catalogue.sea_file`` says so), as does every free-text ``note``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.core.store.models.base import Base, SiteStamped
from desktop.core.store.models.cases import Incident


class SeaFile(SiteStamped, Base):
    """What the Protocol tracks about one SEA incident (``victim_age`` is the age entered when
    the survivor's date of birth or the incident's date is not known)."""

    __tablename__ = "sea_files"
    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), unique=True)
    allegation_ref: Mapped[str | None] = mapped_column(String(60))
    entity: Mapped[str | None] = mapped_column(String(200))
    mission: Mapped[str | None] = mapped_column(String(200))
    personnel_category: Mapped[str | None] = mapped_column(String(20))
    sea_kind: Mapped[str | None] = mapped_column(String(20))
    perpetrator_nationality: Mapped[str | None] = mapped_column(String(2))
    victim_age: Mapped[int | None] = mapped_column(Integer)
    investigation_status: Mapped[str | None] = mapped_column(String(30))
    investigation_status_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)

    incident: Mapped[Incident] = relationship()
    children: Mapped[list[SeaChild]] = relationship(
        back_populates="sea_file", cascade="all, delete-orphan", order_by="SeaChild.position")
    claims: Mapped[list[SeaClaim]] = relationship(
        back_populates="sea_file", cascade="all, delete-orphan", order_by="SeaClaim.position")
    informed: Mapped[list[SeaInformed]] = relationship(
        back_populates="sea_file", cascade="all, delete-orphan",
        order_by=lambda: (SeaInformed.informed_on, SeaInformed.created_at))
    assistance: Mapped[list[SeaAssistance]] = relationship(
        back_populates="sea_file", cascade="all, delete-orphan",
        order_by=lambda: (SeaAssistance.provided_on, SeaAssistance.created_at))


class SeaChild(SiteStamped, Base):
    """A child born of SEA (numbered in the file by ``position``, from 1)."""

    __tablename__ = "sea_children"
    sea_file_id: Mapped[str] = mapped_column(
        ForeignKey("sea_files.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(10))
    sea_file: Mapped[SeaFile] = relationship(back_populates="children")


class SeaClaim(SiteStamped, Base):
    """A paternity and child-support claim (for one child when ``child_id`` is set): each step
    is dated when it happened (``None``: not yet, or not known)."""

    __tablename__ = "sea_claims"
    sea_file_id: Mapped[str] = mapped_column(
        ForeignKey("sea_files.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    child_id: Mapped[str | None] = mapped_column(
        ForeignKey("sea_children.id", ondelete="SET NULL"), index=True)
    filed_on: Mapped[date | None] = mapped_column(Date)
    dna_sample_on: Mapped[date | None] = mapped_column(Date)
    paternity_established_on: Mapped[date | None] = mapped_column(Date)
    support_ordered_on: Mapped[date | None] = mapped_column(Date)
    support_paid_on: Mapped[date | None] = mapped_column(Date)
    sea_file: Mapped[SeaFile] = relationship(back_populates="claims")
    child: Mapped[SeaChild | None] = relationship()


class SeaInformed(SiteStamped, Base):
    """A day the victim was told of the investigation's progress or outcome (``about``)."""

    __tablename__ = "sea_informed"
    sea_file_id: Mapped[str] = mapped_column(
        ForeignKey("sea_files.id", ondelete="CASCADE"), index=True)
    informed_on: Mapped[date] = mapped_column(Date)
    about: Mapped[str] = mapped_column(String(20))
    recorded_by_id: Mapped[str] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    sea_file: Mapped[SeaFile] = relationship(back_populates="informed")


class SeaAssistance(SiteStamped, Base):
    """One assistance of the Protocol's types, given to the victim (or to a child born of SEA
    when ``child_id`` is set) from ``provided_on`` (until ``until_on``), by a provider of the
    directory and/or a member of staff."""

    __tablename__ = "sea_assistance"
    sea_file_id: Mapped[str] = mapped_column(
        ForeignKey("sea_files.id", ondelete="CASCADE"), index=True)
    child_id: Mapped[str | None] = mapped_column(
        ForeignKey("sea_children.id", ondelete="CASCADE"), index=True)
    assistance_type: Mapped[str] = mapped_column(String(30))
    provided_on: Mapped[date] = mapped_column(Date)
    until_on: Mapped[date | None] = mapped_column(Date)
    provider_id: Mapped[str | None] = mapped_column(ForeignKey("service_providers.id"))
    provided_by_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"))
    sea_file: Mapped[SeaFile] = relationship(back_populates="assistance")
    child: Mapped[SeaChild | None] = relationship()

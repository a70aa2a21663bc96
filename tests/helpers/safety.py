"""Helpers for the data-safety tests: counting rows, damaging files, opening with a raw key."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select, text

from desktop.core.errors import WrongPassword
from desktop.core.services.cases import intake
from desktop.core.store.engine import integrity_problems, make_engine, verify_key
from desktop.core.store.models import Case, Staff
from desktop.core.store.vault import Vault
from tests.helpers.intake_data import sample_intake

TABLES = ("cases", "survivors", "incidents", "perpetrators", "staff", "service_providers",
          "audit_events")


def counts(vault: Vault) -> dict[str, int]:
    """Rows per table (the figures a restore drill compares)."""
    with vault.require_engine().connect() as conn:
        return {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
                for t in TABLES}


def usernames(vault: Vault) -> list[str]:
    """Active staff usernames, sorted."""
    with vault.reader() as session:
        return sorted(session.scalars(select(Staff.username).where(Staff.active.is_(True))))


def case_count(vault: Vault) -> int:
    """How many cases the database holds."""
    with vault.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def open_case(vault: Vault, **changes: object) -> str:
    """Open one complete case through the intake service; returns its id."""
    return intake.open_case(vault, sample_intake(**changes))  # type: ignore[arg-type]


def raw_problems(db: Path, key: bytes, *, full: bool = True) -> list[str]:
    """Both integrity checks on a database file opened with its raw key."""
    engine = make_engine(db, key)
    try:
        return integrity_problems(engine, full=full)
    finally:
        engine.dispose()


def opens_with(db: Path, key: bytes) -> bool:
    """True when ``key`` opens the database file (a copy of an old slot holds an old key)."""
    engine = make_engine(db, key)
    try:
        verify_key(engine)
        return True
    except WrongPassword:
        return False
    finally:
        engine.dispose()


def flip_middle_page(db: Path, length: int = 64) -> None:
    """Overwrite bytes in a page in the middle of the file (an HMAC then fails)."""
    raw = bytearray(db.read_bytes())
    middle = (len(raw) // 4096 // 2) * 4096 + 1000
    raw[middle:middle + length] = bytes(b ^ 0xA5 for b in raw[middle:middle + length])
    db.write_bytes(bytes(raw))

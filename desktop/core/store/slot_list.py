"""The database's own list of key slots (``SlotKey``), kept in step with the slot file.

Order of every change, so that a crash at any point leaves nobody locked out and no door open:
a new slot is listed (committed) before the slot file that holds it is written, and entries of
slots that left the file are pruned after it was written. An entry without a slot opens
nothing; a slot without an entry is refused at login and dropped at the next rekey or
administrator login.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.core.store import keyslots
from desktop.core.store.models import SlotKey, Staff

Entry = tuple[str, str, str, str]  # slot id, kind, username, public key


def listed(session: Session) -> set[Entry]:
    """Every slot the database lists."""
    return {(r.slot_id, r.kind, r.username, r.public_key)
            for r in session.scalars(select(SlotKey))}


def add(session: Session, slots: Iterable[keyslots.Slot]) -> None:
    """List ``slots`` (those not listed yet); committed with the session."""
    known = {r[0] for r in listed(session)}
    for slot in slots:
        if slot.slot_id not in known:
            session.add(SlotKey(slot_id=slot.slot_id, kind=slot.kind, username=slot.username,
                                public_key=slot.public_key))
            known.add(slot.slot_id)
    session.flush()


def prune_to(session: Session, slot_file: keyslots.SlotFile) -> None:
    """Drop the entries of slots that are no longer in ``slot_file``."""
    keep = {s.slot_id for s in slot_file.slots}
    gone = [r.slot_id for r in session.scalars(select(SlotKey)) if r.slot_id not in keep]
    if gone:
        session.execute(delete(SlotKey).where(SlotKey.slot_id.in_(gone)))


def active_usernames(session: Session) -> set[str]:
    """Usernames (case-folded) of active accounts."""
    return {u.casefold() for u in session.scalars(
        select(Staff.username).where(Staff.active.is_(True)))}


def allowed(session: Session) -> set[Entry]:
    """Listed slots that may hold the key: the recovery slot and those of active accounts."""
    active = active_usernames(session)
    return {e for e in listed(session)
            if e[1] == keyslots.RECOVERY or e[2].casefold() in active}


def is_empty(session: Session) -> bool:
    """True for a database upgraded from before the list existed (never filled)."""
    return not session.scalar(select(func.count()).select_from(SlotKey))

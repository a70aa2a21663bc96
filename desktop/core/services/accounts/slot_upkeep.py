"""Key slots at login: the database's list of slots is checked, filled, and kept in step.

After the database opens with a slot, the slot must be one the database lists for that
username and kind (an edited or planted slot is refused as damaged, by name). A database
upgraded from before the list existed has an empty list: the first login fills it from the
slot file (the recovery slot and the slots of active accounts). A slot of the old format
(fields not bound) is rewrapped with the binding at its owner's login, since the password is
known then. At an administrator's login, slots the database does not allow (not listed, or of
an inactive account) are dropped; if one belonged to an inactive account (a removal cut short
by an older version), the database is rekeyed so that a copy of that slot opens nothing.
"""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.services.accounts import audit
from desktop.core.store import keyslots, slot_list
from desktop.core.store.models import Staff
from desktop.core.store.vault import Vault


def check_opened(vault: Vault, slot: keyslots.Slot) -> None:
    """``DamagedData`` naming the slot's user unless the database lists the slot it opened
    (fills an empty list first: the first login after the upgrade that added it)."""
    with vault.session() as session:
        if slot_list.is_empty(session):
            active = slot_list.active_usernames(session)
            slot_list.add(session, [
                s for s in vault.folder.read_slots().slots
                if s.kind == keyslots.RECOVERY or s.username.casefold() in active])
        if slot.entry() not in slot_list.listed(session):
            raise keyslots.slot_damaged(slot.username)


def upgrade_slot(vault: Vault, slot: keyslots.Slot, unlocked: keyslots.Unlocked) -> None:
    """Rewrap an old-format slot with the binding (same key pair: the list stays valid)."""
    if slot.binding >= keyslots.BOUND:
        return
    slot_file = vault.folder.read_slots()
    current = next((s for s in slot_file.slots if s.entry() == slot.entry()), None)
    if current is None:
        return
    slot_file.replace_slot(current.rewrapped(unlocked))
    keyslots.write_slot_file(vault.folder.slots_path, slot_file)


def drop_orphans(vault: Vault) -> int:
    """Drop slots the database does not allow (administrators' login); returns how many."""
    slot_file = vault.folder.read_slots()
    with vault.reader() as session:
        allowed = slot_list.allowed(session)
        inactive = {u.casefold() for u in session.scalars(
            select(Staff.username).where(Staff.active.is_(False)))}
    orphans = [s for s in slot_file.slots if s.entry() not in allowed]
    if orphans and any(s.kind == keyslots.USER and s.username.casefold() in inactive
                       for s in orphans):
        vault.rekey(slot_file)  # drops them too
        audit.log(vault, "database_rekeyed", details=f"orphan_slots:{len(orphans)}")
    elif orphans:
        slot_file.keep_only(allowed)
        keyslots.write_slot_file(vault.folder.slots_path, slot_file)
    with vault.session() as session:
        slot_list.prune_to(session, slot_file)
    return len(orphans)

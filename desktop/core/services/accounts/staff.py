"""Staff accounts and their key slots: add, change password, reset, remove (with rekey)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.core.errors import NotFound, PermissionDenied, ValidationError, WrongPassword
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.contact_checks import check_phone
from desktop.core.services.accounts.permissions import (
    ADMIN_ROLES,
    Permission,
    Role,
    is_admin_role,
    require,
    require_actor,
)
from desktop.core.store import keyslots, slot_list
from desktop.core.store.models import Staff
from desktop.core.store.vault import Actor, Vault

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
MIN_PASSWORD = 8


@dataclass(frozen=True)
class StaffRow:
    """A staff account as listed on the administration page."""

    staff_id: str
    username: str
    full_name: str
    role: str
    active: bool
    has_slot: bool
    phone: str = ""  # the work phone printed on their referral letters


def check_username(username: str) -> str:
    """The trimmed username, or ``ValidationError``."""
    username = username.strip()
    if not USERNAME.match(username):
        raise ValidationError({"username": translate(
            "Accounts", "A username has 2 to 64 letters, digits, dots, dashes or underscores, "
                        "without spaces.")})
    return username


def check_password(password: str, field: str = "password") -> str:
    """The password as typed (never trimmed), or ``ValidationError``. Its length is counted
    in NFC (as the slot uses it), so a decomposed "é" counts as one character."""
    if len(keyslots.normalise_password(password)) < MIN_PASSWORD:
        raise ValidationError({field: translate(
            "Accounts", "The password needs at least {n} characters.").format(n=MIN_PASSWORD)})
    return password


def check_role(role: str) -> str:
    """A known role code, or ``ValidationError``."""
    if role not in {r.value for r in Role}:
        raise ValidationError({"role": translate(
            "Accounts", "Choose a role: case worker, supervisor, administrator, or "
                        "administrator and supervisor.")})
    return role


def list_staff(vault: Vault, *, include_inactive: bool = False) -> list[StaffRow]:
    """Staff of the site; every logged-in person may see names and roles of colleagues."""
    require_actor(vault)
    slots = set(u.casefold() for u in vault.folder.read_slots().usernames())
    query = select(Staff).order_by(Staff.username)
    if not include_inactive:
        query = query.where(Staff.active.is_(True))
    with vault.reader() as session:
        return [StaffRow(s.id, s.username, s.full_name, s.role, s.active,
                         s.username.casefold() in slots, s.phone)
                for s in session.scalars(query)]


def _find(session, username: str) -> Staff | None:  # type: ignore[no-untyped-def]
    return session.scalar(select(Staff).where(func.lower(Staff.username) == username.lower()))


def add_person(vault: Vault, username: str, role: str, password: str,
               full_name: str = "", code: str = "", phone: str = "") -> str:
    """Create an account with its key slot (administrators); returns the staff id."""
    actor = require(vault, Permission.MANAGE_STAFF)
    username = check_username(username)
    check_role(role)
    check_password(password)
    with vault.session() as session:
        staff = _find(session, username)
        if staff is not None and staff.active:
            raise ValidationError({"username": translate(
                "Accounts", "This username is already taken.")})
        if staff is None:
            staff = Staff(username=username, site_id=actor.site_id)
            session.add(staff)
        staff.role, staff.full_name, staff.active = role, full_name.strip(), True
        staff.code = code.strip() or username.upper()[:20]
        staff.phone = check_phone(phone)
        session.flush()
        audit.record(session, actor, "user_added", record_type="staff", record_id=staff.id,
                     details=role)
        # The slot file first: cut here, the new slot is an unlisted orphan that opens
        # nothing and goes at the next administrator login; the commit then lists it.
        slot_file = vault.folder.read_slots()
        slot_list.add(session, [slot_file.set_user(username, password, vault.key)])
        keyslots.write_slot_file(vault.folder.slots_path, slot_file)
        return staff.id


def set_phone(vault: Vault, username: str, phone: str) -> None:
    """Change a person's work phone, printed on the referral letters they write
    (administrators, or the person for their own number), audited."""
    actor = require_actor(vault)
    if actor.username.casefold() != username.casefold():
        actor = require(vault, Permission.MANAGE_STAFF)
    phone = check_phone(phone)
    with vault.session() as session:
        staff = _find(session, username)
        if staff is None or not staff.active:
            raise NotFound(translate("Accounts", "No active account with this username."))
        staff.phone = phone
        audit.record(session, actor, "user_changed", record_type="staff", record_id=staff.id,
                     details="phone")


def change_role(vault: Vault, username: str, role: str) -> None:
    """Give a person another role (administrators); the last administrator keeps theirs."""
    actor = require(vault, Permission.MANAGE_STAFF)
    check_role(role)
    with vault.session() as session:
        staff = _find(session, username)
        if staff is None or not staff.active:
            raise NotFound(translate("Accounts", "No active account with this username."))
        if is_admin_role(staff.role) and not is_admin_role(role):
            _keep_one_admin(session, staff)
        staff.role = role
        audit.record(session, actor, "user_changed", record_type="staff", record_id=staff.id,
                     details=role)


def _keep_one_admin(session, leaving: Staff) -> None:  # type: ignore[no-untyped-def]
    admins = session.scalar(select(func.count()).select_from(Staff).where(
        Staff.role.in_([str(r) for r in ADMIN_ROLES]), Staff.active.is_(True),
        Staff.id != leaving.id))
    if not admins:
        raise ValidationError({"role": translate(
            "Accounts", "Relais needs at least one administrator.")})


def change_own_password(vault: Vault, current: str, new: str) -> None:
    """The logged-in person changes their password (rewraps their slot only)."""
    actor = require_actor(vault)
    if actor.is_recovery:
        raise PermissionDenied(translate("Accounts", "The recovery key has no password."))
    check_password(new, "new_password")
    vault.folder.open_key(actor.username, current)  # WrongPassword when current is wrong
    slot_file = vault.folder.read_slots()
    _replace_slots(vault, slot_file, [slot_file.set_user(actor.username, new, vault.key)])
    audit.log(vault, "password_changed", record_type="staff", record_id=actor.staff_id)


def _replace_slots(vault: Vault, slot_file: keyslots.SlotFile, new: list[keyslots.Slot], *,
                   rekey: bool = False) -> None:
    """List the new slots, write the file (or rekey), then prune the list to the file: a cut
    at any point leaves the old slot or the new one working, never neither."""
    with vault.session() as session:
        slot_list.add(session, new)
    if rekey:
        vault.rekey(slot_file)
    else:
        keyslots.write_slot_file(vault.folder.slots_path, slot_file)
    with vault.session() as session:
        slot_list.prune_to(session, slot_file)


def reset_password(vault: Vault, username: str, new: str) -> None:
    """An administrator sets a new password for someone who forgot theirs.

    When acting with the recovery key, the database is then rekeyed, so that copies of the old
    slot file no longer open it.
    """
    actor = require(vault, Permission.MANAGE_STAFF)
    check_password(new)
    with vault.reader() as session:
        staff = _find(session, username)
        if staff is None or not staff.active:
            raise NotFound(translate("Accounts", "No active account with this username."))
        staff_id, real_name = staff.id, staff.username
    slot_file = vault.folder.read_slots()
    _replace_slots(vault, slot_file, [slot_file.set_user(real_name, new, vault.key)],
                   rekey=actor.is_recovery)
    audit.log(vault, "password_reset", record_type="staff", record_id=staff_id)


def remove_person(vault: Vault, username: str) -> None:
    """Close an account: its slot goes and the database is rekeyed (administrators).

    One crash-safe step: the rekey (without the person's slot) comes first, and only then is
    the account marked inactive, in one commit with the audit events. Cut before the commit,
    the person is still active and listed (their old slot may already be gone, so their
    password fails), and removing them again finishes the job (it always rekeys). The staff
    record stays (inactive) so that the history still says who did what.
    """
    actor = require(vault, Permission.MANAGE_STAFF)
    if username.casefold() == actor.username.casefold():
        raise ValidationError({"username": translate(
            "Accounts", "You cannot remove your own account.")})
    with vault.reader() as session:
        staff = _find(session, username)
        if staff is None or not staff.active:
            raise NotFound(translate("Accounts", "No active account with this username."))
        if is_admin_role(staff.role):
            _keep_one_admin(session, staff)
        staff_id, real_name = staff.id, staff.username
    slot_file = vault.folder.read_slots()
    slot_file.remove_user(real_name)
    vault.rekey(slot_file)
    with vault.session() as session:
        staff = session.get(Staff, staff_id)
        if staff is None:
            raise NotFound(translate("Accounts", "No active account with this username."))
        staff.active = False
        slot_list.prune_to(session, slot_file)
        audit.record(session, actor, "user_removed", record_type="staff", record_id=staff_id)
        audit.record(session, actor, "database_rekeyed", record_type="staff",
                     record_id=staff_id)


def reset_recovery_key(vault: Vault) -> str:
    """Replace the recovery key (administrators); returns the new one, to show once."""
    require(vault, Permission.MANAGE_STAFF)
    recovery_key = keyslots.new_recovery_key()
    slot_file = vault.folder.read_slots()
    _replace_slots(vault, slot_file, [slot_file.set_recovery(recovery_key, vault.key)],
                   rekey=True)
    audit.log(vault, "recovery_key_reset")
    return recovery_key


def actor_for(session, username: str) -> Actor:  # type: ignore[no-untyped-def]
    """The active account ``username`` as an ``Actor`` (``WrongPassword`` if there is none:
    a slot whose account is gone or inactive opens nothing)."""
    staff = session.scalar(select(Staff).where(func.lower(Staff.username) == username.lower()))
    if staff is None or not staff.active:
        raise WrongPassword(translate("Storage", "The username or password is not correct."))
    return Actor(staff.id, staff.username, staff.role, staff.site_id, staff.full_name)

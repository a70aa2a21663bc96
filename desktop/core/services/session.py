"""Setting up a data folder, logging in and out, locking."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from concurrent.futures import Future

from sqlalchemy import select

from desktop.core.errors import DamagedData, UserError, ValidationError, WrongPassword
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit, login_upkeep, settings, slot_upkeep
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.accounts.login_tries import one_try
from desktop.core.services.accounts.permissions import Role, is_admin_role
from desktop.core.services.accounts.staff import actor_for
from desktop.core.services.safety import backups, db_upkeep, upgrade_notes
from desktop.core.services.safety.upgrade_notes import Progress
from desktop.core.services.sync import hub_reference
from desktop.core.store import keyslots, migrate, slot_list
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Site, Staff
from desktop.core.store.vault import Actor, Vault


def site_code_for(name: str) -> str:
    """Three capital letters from the site's name (``Bamako`` → ``BAM``) for case numbers."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    letters = re.sub(r"[^A-Za-z]", "", plain).upper()
    return (letters[:3] or "SIT").ljust(3, "X")


def initialise(folder: DataFolder, *, organisation: str, site: str, admin_username: str,
               admin_password: str, admin_full_name: str = "", region: str | None = None,
               language: str = "fr",
               admin_role: str = Role.ADMIN_SUPERVISOR,
               contacts: dict[str, str] | None = None) -> tuple[Vault, str]:
    """Create the encrypted database with its first administrator; returns the open vault
    (logged in as that administrator) and the recovery key, to be shown once.

    The first administrator is "administrator and supervisor" unless ``admin_role`` says
    ``administrator`` (a centre where someone else supervises the cases). ``contacts``
    (optional: ``address``, ``phone``, ``email``) is the letterhead of referral letters."""
    errors: dict[str, str] = {}
    if not is_admin_role(admin_role):
        errors["role"] = translate("Setup", "The first account must be an administrator.")
    if not organisation.strip():
        errors["organisation"] = translate("Setup", "Enter the organisation's name.")
    if not site.strip():
        errors["site"] = translate("Setup", "Enter the site's name.")
    try:
        accounts.check_username(admin_username)
    except ValidationError as exc:
        errors.update(exc.errors)
    try:
        accounts.check_password(admin_password)
    except ValidationError as exc:
        errors.update(exc.errors)
    letterhead: dict[str, str] = {}
    for name, value in (contacts or {}).items():
        try:
            letterhead[name] = settings.checked(f"organisation_{name}", value)
        except ValidationError as exc:
            errors[name] = next(iter(exc.errors.values()))
    if errors:
        raise ValidationError(errors)
    folder.require_empty()
    lock = folder.acquire_lock()
    try:
        vault, key = Vault.create(folder, lock)
    except BaseException:
        lock.release()
        raise
    hub_reference.forget()  # a new database holds no list from a hub
    recovery_key = keyslots.new_recovery_key()
    slot_file = keyslots.SlotFile(database_id=keyslots.new_database_key().hex()[:32])
    slot_file.set_user(admin_username.strip(), admin_password, key)
    slot_file.set_recovery(recovery_key, key)
    with vault.session() as session:
        code = site_code_for(site)
        site_row = Site(code=code, name=site.strip(), organisation=organisation.strip(),
                        region=region)
        session.add(site_row)
        session.flush()
        staff = Staff(username=admin_username.strip(), full_name=admin_full_name.strip(),
                      role=admin_role, site_id=site_row.id,
                      code=admin_username.strip().upper()[:20], language=language)
        session.add(staff)
        session.flush()
        settings.put_in_session(session, "organisation", organisation.strip())
        settings.put_in_session(session, "site_code", code)
        settings.put_in_session(session, "default_language", language)
        for name, value in letterhead.items():
            settings.put_in_session(session, f"organisation_{name}", value)
        vault.actor = Actor(staff.id, staff.username, staff.role, site_row.id, staff.full_name)
        audit.record(session, vault.actor, "user_added", record_type="staff",
                     record_id=staff.id, details=admin_role)
        slot_list.add(session, slot_file.slots)
        for hook in SETUP_HOOKS:
            hook(session, vault.actor)
    keyslots.write_slot_file(folder.slots_path, slot_file)
    return vault, recovery_key


# Later features register seeding here (e.g. the One-Stop Centres in the directory).
SETUP_HOOKS: list = []  # type: ignore[type-arg]
# And work to do after each login.
LOGIN_HOOKS: list = []  # type: ignore[type-arg]
# Upkeep after each login that may wait until the person's command is done (the first backup
# of the day, planner statistics): see login_upkeep (the command line runs it at logout).
UPKEEP_HOOKS: list = []  # type: ignore[type-arg]


def _open_and_upgrade(folder: DataFolder, key: bytes, progress: Progress | None = None) -> Vault:
    try:
        vault = Vault.open(folder, key)
    except WrongPassword as exc:
        # The slot opened, so the key is the one the slot file holds: a database it does not
        # open is damaged (its first page) or not the one that belongs with this slot file.
        raise DamagedData(translate("Storage", "The database file is damaged."),
                          hint=translate("Storage", "Restore the latest backup.")) from exc
    try:
        if migrate.needs_upgrade(vault.require_engine()):
            started = upgrade_notes.backing_up(vault, progress)
            backups.backup_before_migration(vault)
            try:
                migrate.upgrade(vault.require_engine(), on_step=upgrade_notes.steps(progress))
            except Exception as exc:  # the upgrade is one transaction: it was rolled back
                raise UserError(
                    translate("Storage", "The database could not be upgraded: nothing was "
                                         "changed."),
                    hint=translate("Storage", "Keep using the previous version of Relais and "
                                              "report the problem; a backup was made before "
                                              "the upgrade in the backups folder.")) from exc
            vault.migrated = True
            upgrade_notes.done(progress, started)
        hub_reference.install(vault)  # the reference lists this site received from its hub
    except BaseException:
        vault.close()
        raise
    return vault




def login(folder: DataFolder, username: str, password: str,
          progress: Progress | None = None, *,
          unlocking: Future[tuple[keyslots.Slot, keyslots.Unlocked]] | None = None) -> Vault:
    """Unlock the database as ``username``: slot, open, integrity check, upgrade, audit.
    ``progress`` is told what a schema upgrade does while it runs (see ``upgrade_notes``).
    ``unlocking`` is ``folder.unlock(username, password)`` already started (the command line
    runs the password's Argon2 while it imports this layer): its answer is taken inside the
    login try, so that it counts (or waits for the throttle) as if it had been worked out here."""
    folder.require_exists()
    username = username.strip()
    with one_try(folder, username):
        if unlocking is not None:
            slot, unlocked = unlocking.result()
        else:
            slot, unlocked = folder.unlock(username, password)
        vault = _open_and_upgrade(folder, unlocked.db_key, progress)
        try:
            with vault.reader() as session:
                actor = actor_for(session, username)  # a slot of a closed account opens nothing
            slot_upkeep.check_opened(vault, slot)
            slot_upkeep.upgrade_slot(vault, slot, unlocked)
            with vault.session() as session:
                vault.actor = actor
                _audit_login(session, folder, vault.actor, "login")
        except BaseException:
            vault.close()
            raise
    folder.throttle.succeeded(username)  # once the audit rows are committed
    try:
        if is_admin_role(actor.role):
            slot_upkeep.drop_orphans(vault)
        for hook in LOGIN_HOOKS:
            hook(vault)
        login_upkeep.after_login(vault, UPKEEP_HOOKS)
    except BaseException:
        vault.close()
        raise
    return vault


def _audit_login(session, folder: DataFolder, actor: Actor, action: str) -> None:  # type: ignore[no-untyped-def]
    failures, dropped = folder.throttle.pending()
    for failure in failures:
        audit.record(session, None, "login_failed", actor_name=failure.username, at=failure.at)
    if dropped:
        audit.record(session, None, "login_failed", details=f"not_kept={dropped}")
    audit.record(session, actor, action)


def login_with_recovery(folder: DataFolder, recovery_key: str,
                        progress: Progress | None = None) -> Vault:
    """Unlock with the recovery key, acting as an administrator (to reset passwords);
    ``progress`` as for :func:`login`."""
    folder.require_exists()
    with one_try(folder, keyslots.RECOVERY):
        slot, unlocked = folder.unlock_recovery(recovery_key)
        vault = _open_and_upgrade(folder, unlocked.db_key, progress)
        try:
            slot_upkeep.check_opened(vault, slot)
            slot_upkeep.upgrade_slot(vault, slot, unlocked)
            with vault.session() as session:
                site = session.scalar(select(Site).order_by(Site.created_at))
                if site is None:
                    raise UserError(translate("Storage", "The database holds no site."))
                vault.actor = Actor(None, keyslots.RECOVERY, Role.ADMINISTRATOR, site.id,
                                    translate("Login", "Recovery key"))
                _audit_login(session, folder, vault.actor, "recovery_login")
        except BaseException:
            vault.close()
            raise
    folder.throttle.succeeded(keyslots.RECOVERY)
    try:
        slot_upkeep.drop_orphans(vault)
    except BaseException:
        vault.close()
        raise
    return vault


def lock(vault: Vault, *, reason: str = "lock") -> None:
    """Run the upkeep the login left for later (command line), audit the lock (or logout),
    then drop the key and release the folder."""
    with contextlib.suppress(UserError):  # upkeep never keeps the key: it is tried later
        login_upkeep.before_logout(vault)
    if vault.is_open and vault.actor is not None:
        # If the disk refuses the audit row, locking must still happen.
        with contextlib.suppress(UserError):
            audit.log(vault, "lock" if reason == "lock" else "logout")
    vault.close()


def site_name(vault: Vault) -> str:
    """The name of the logged-in person's site."""
    if vault.actor is None:
        return ""
    with vault.reader() as session:
        site = session.get(Site, vault.actor.site_id)
        return site.name if site else ""


# Seeding of a new database by feature (registered here so that every way of setting up —
# GUI wizard, ``relais init``, tests — runs it).
from desktop.core.services.referrals.directory import seed_directory  # noqa: E402

SETUP_HOOKS.append(seed_directory)
# The first backup of each day and the planner statistics: upkeep after the login (see
# login_upkeep: the GUI runs it in the background, the command line after the command).
UPKEEP_HOOKS.append(backups.daily_backup)
UPKEEP_HOOKS.append(db_upkeep.optimize)

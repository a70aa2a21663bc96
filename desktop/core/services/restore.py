"""Restoring a backup into a data folder (the current one, or an empty folder on another PC).

Who may restore: the backup itself decides. The person proves themselves with the password of
an **administrator account inside the backup**, or with the backup's recovery key; the current
database is not opened (it may be the damaged one). Nothing in the data folder is touched until
the backup has been opened with its own slot file and has passed ``quick_check`` and
``cipher_integrity_check``. The replaced database and slot file are kept in
``replaced-YYYYmmdd-HHMMSS/`` inside the data folder; the swap itself is safe against a power cut
(see ``desktop.core.store.restore_files``). The restore is audited in the restored database.
"""

from __future__ import annotations

import shutil
import time
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desktop.core.errors import DamagedData, NotFound, PermissionDenied, UserError, WrongPassword
from desktop.core.i18n import translate
from desktop.core.services import audit
from desktop.core.services.permissions import Role, is_admin_role
from desktop.core.store import keyslots, migrate, restore_files
from desktop.core.store.backup_file import SLOTS_MEMBER, checkpoint, extract, read_manifest
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.engine import integrity_problems, make_engine, verify_key
from desktop.core.store.models import Site, Staff
from desktop.core.store.vault import Actor


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup's date, where the old files went, accounts restored."""

    backup_created_at: datetime
    replaced: Path | None
    accounts: int
    seconds: float


def _damaged_backup() -> DamagedData:
    return DamagedData(
        translate("Restore", "The backup is damaged: nothing was changed."),
        hint=translate("Restore", "Choose an older backup."))


def _open_key(slot_file: keyslots.SlotFile, username: str | None, password: str | None,
              recovery_key: str | None) -> bytes:
    if recovery_key:
        slot = slot_file.recovery()
        secret = keyslots.normalise_recovery_key(recovery_key)
        wrong = translate("Restore", "This recovery key does not open this backup.")
    else:
        slot = slot_file.find_user(username or "")
        secret = password or ""
        wrong = translate("Restore", "This username and password do not open this backup.")
    if slot is None:
        raise WrongPassword(wrong, hint=translate(
            "Restore", "Use an administrator's password as it was when the backup was made, "
                       "or the recovery key."))
    try:
        return slot.open(secret)
    except WrongPassword as exc:
        raise WrongPassword(wrong, hint=translate(
            "Restore", "Use an administrator's password as it was when the backup was made, "
                       "or the recovery key.")) from exc


def _check_database(engine: Engine) -> None:
    try:
        verify_key(engine)
    except WrongPassword as exc:  # the slot opened: the database does not belong with it
        raise _damaged_backup() from exc
    except DamagedData as exc:
        raise _damaged_backup() from exc
    if integrity_problems(engine):
        raise _damaged_backup()
    with engine.connect() as conn:
        revision = migrate.current_revision(conn)
    if revision is None:
        raise _damaged_backup()
    if revision not in migrate.known_revisions():
        raise UserError(translate("Restore", "This backup was made by a newer version of "
                                             "Relais: nothing was changed."),
                        hint=translate("Restore", "Install the newer version to restore it."))


def _actor(session: Session, username: str | None, recovery: bool) -> Actor:
    if recovery:
        site = session.scalar(select(Site).order_by(Site.created_at))
        if site is None:
            raise _damaged_backup()
        return Actor(None, keyslots.RECOVERY, Role.ADMINISTRATOR, site.id,
                     translate("Login", "Recovery key"))
    staff = session.scalar(select(Staff).where(
        func.lower(Staff.username) == (username or "").strip().lower()))
    if staff is None or not staff.active or not is_admin_role(staff.role):
        raise PermissionDenied(
            translate("Restore", "Only an administrator of the backup can restore it: nothing "
                                 "was changed."),
            hint=translate("Restore", "Ask an administrator, or use the recovery key."))
    return Actor(staff.id, staff.username, staff.role, staff.site_id, staff.full_name)


def _prepare(staged: Path, backup: Path, username: str | None, password: str | None,
             recovery_key: str | None) -> tuple[datetime, int]:
    """Extract, open, check and audit the backup inside ``staged``; returns (date, accounts)."""
    manifest = read_manifest(backup, verify=True)
    db_path, slots_path = extract(backup, staged)
    key = _open_key(keyslots.read_slot_file(slots_path), username, password, recovery_key)
    engine = make_engine(db_path, key)
    try:
        _check_database(engine)
        with Session(engine) as session, session.begin():
            actor = _actor(session, username, bool(recovery_key))
            audit.record(session, actor, "restore",
                         details=f"{manifest.created_at:%Y-%m-%d %H:%M} {manifest.reason}"[:60])
            accounts = session.scalar(select(func.count()).select_from(Staff).where(
                Staff.active.is_(True))) or 0
        checkpoint(engine)
    finally:
        engine.dispose()
    for leftover in ("relais.db-wal", "relais.db-shm"):
        (staged / leftover).unlink(missing_ok=True)  # emptied by the checkpoint above
    return manifest.created_at, int(accounts)


def check_secret(backup: Path, *, username: str | None = None, password: str | None = None,
                 recovery_key: str | None = None) -> datetime:
    """Check that the secret opens the backup's own slot file (nothing else is read or
    changed); returns the backup's date. Lets the GUI ask again before it locks the session."""
    backup = Path(backup)
    if not backup.is_file():
        raise NotFound(translate("Restore", "The backup file was not found."))
    manifest = read_manifest(backup)
    try:
        with zipfile.ZipFile(backup) as archive:
            text = archive.read(SLOTS_MEMBER).decode("utf-8")
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, KeyError) as exc:
        raise _damaged_backup() from exc
    _open_key(keyslots.SlotFile.from_json(text), username, password, recovery_key)
    return manifest.created_at


def restore_backup(folder: DataFolder, backup: Path, *, username: str | None = None,
                   password: str | None = None,
                   recovery_key: str | None = None) -> RestoreResult:
    """Replace the database and slot file of ``folder`` with those of ``backup``.

    ``AlreadyOpen`` if Relais has the folder open; ``WrongPassword``, ``PermissionDenied``,
    ``DamagedData`` (backup damaged) or ``UserError`` with nothing changed otherwise.
    """
    started = time.perf_counter()
    backup = Path(backup)
    if not backup.is_file():
        raise NotFound(translate("Restore", "The backup file was not found."),
                       hint=translate("Restore", "Check the path, or plug the backup disk in."))
    if not recovery_key and not (username and password):
        raise WrongPassword(translate(
            "Restore", "Give an administrator's username and password, or the recovery key."))
    lock = folder.acquire_lock()
    try:
        restore_files.settle(folder.path)
        staged = restore_files.staging_dir(folder.path)
        try:
            created_at, accounts = _prepare(staged, backup, username, password, recovery_key)
        except BaseException:
            shutil.rmtree(staged, ignore_errors=True)
            raise
        try:
            replaced = restore_files.swap_in(folder.path)
        except OSError as exc:
            raise UserError(
                translate("Restore", "The restore could not finish: {reason}").format(
                    reason=exc.strerror or exc.__class__.__name__),
                hint=translate("Restore", "Free some space or check the disk, then open "
                                          "Relais again: it finishes the restore itself.")
            ) from exc
    finally:
        lock.release()
    return RestoreResult(created_at, replaced, accounts, time.perf_counter() - started)

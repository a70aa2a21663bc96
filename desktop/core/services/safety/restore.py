"""Restoring a backup into a data folder (the current one, or an empty folder on another PC).

Who may restore: the backup itself decides. The person proves themselves with the password of
an **administrator account inside the backup**, or with the backup's recovery key; the current
database is not opened (it may be the damaged one). Nothing in the data folder is touched until
the backup has been opened with its own slot file and has passed ``quick_check`` and
``cipher_integrity_check``. The replaced database and slot file are kept in
``replaced-YYYYmmdd-HHMMSS/`` inside the data folder; the swap itself is safe against a power cut
(see ``desktop.core.store.restore_files``). The restore is audited in the restored database.

Order, so that a crafted file costs nothing: the backup's small members are read with every
declared size checked (``backup_file.inspect``) and the slot file is parsed (its bounds live in
``keyslots``) before any Argon2; the secret opens the slot and authenticates the manifest before
the database is copied out. What the backup holds (organisation, site, date, cases) is then read
from the decrypted copy and given to ``on_summary`` before anything is replaced; a backup of
another database than the folder's (its slot file's ``database_id``) raises
``OtherOrganisation`` unless the caller asked for exactly that. An empty folder takes any backup.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from desktop.core.errors import DamagedData, NotFound, PermissionDenied, UserError, WrongPassword
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.permissions import Role, is_admin_role
from desktop.core.store import keyslots, migrate, restore_files
from desktop.core.store.backup_file import Manifest, checkpoint, extract, inspect
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.engine import integrity_problems, make_engine, verify_key
from desktop.core.store.models import AuditEvent, Case, Setting, Site, Staff
from desktop.core.store.vault import Actor


@dataclass(frozen=True)
class RestoreResult:
    """What a restore did: the backup's date, where the old files went, accounts restored."""

    backup_created_at: datetime
    replaced: Path | None
    accounts: int
    seconds: float
    summary: BackupSummary | None = None


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
        if not recovery_key:  # an unknown name costs what a wrong password costs
            keyslots.dummy_derive(secret)
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


@dataclass(frozen=True)
class BackupSummary:
    """What the verified, decrypted backup holds: shown before anything is replaced.

    ``live_database_id``/``live_organisation`` describe the data folder being restored into
    (empty when it is empty or unreadable); ``other`` is True when the backup belongs to
    another database than that folder's.
    """

    organisation: str
    site: str
    created_at: datetime
    cases: int
    accounts: int
    database_id: str
    live_database_id: str = ""
    live_organisation: str = ""

    @property
    def other(self) -> bool:
        return bool(self.live_database_id) and self.live_database_id != self.database_id


class OtherOrganisation(UserError):
    """The backup is of another organisation or database than the folder it would replace."""

    def __init__(self, summary: BackupSummary) -> None:
        live = summary.live_organisation or translate("Restore", "the database now in this "
                                                                 "folder")
        super().__init__(
            translate("Restore", "This backup is of another organisation or database "
                                 "({organisation}, {site}), not of {live}: nothing was "
                                 "changed.").format(organisation=summary.organisation,
                                                    site=summary.site, live=live),
            hint=translate("Restore", "To replace this folder's database with it all the same, "
                                      "ask for exactly that (relais restore "
                                      "--replace-other-organisation)."))
        self.summary = summary


def _read_summary(session: Session, manifest: Manifest, key: bytes,
                  slot_file: keyslots.SlotFile) -> BackupSummary:
    site = session.scalar(select(Site).order_by(Site.created_at))
    if site is None:
        raise _damaged_backup()
    row = session.scalar(select(Setting).where(Setting.key == "organisation"))
    try:
        organisation = str(json.loads(row.value)) if row is not None else ""
    except ValueError:
        organisation = ""
    cases = session.scalar(select(func.count()).select_from(Case)) or 0
    accounts = session.scalar(select(func.count()).select_from(Staff).where(
        Staff.active.is_(True))) or 0
    created = manifest.created_at
    if manifest.authentic(key) is None:  # an older backup: trust its last recorded event
        last = session.scalar(select(func.max(AuditEvent.created_at)))
        if last is not None:  # stored in UTC; shown in local time like the manifest's
            created = last.replace(tzinfo=last.tzinfo or UTC).astimezone() \
                .replace(tzinfo=None)
    return BackupSummary(organisation or site.organisation, site.name, created, int(cases),
                         int(accounts), slot_file.database_id)


def _live_identity(folder: DataFolder, backup_id: str, username: str | None,
                   password: str | None, recovery_key: str | None) -> tuple[str, str]:
    """(database id, organisation) of the database now in ``folder``; empty when there is none
    or it cannot be read. The organisation is read only when the database is another than the
    backup's (to name it) and the same secret opens it."""
    if not folder.slots_path.is_file():
        return "", ""
    try:
        slot_file = keyslots.read_slot_file(folder.slots_path)
    except (UserError, RecursionError):
        return "", ""
    slot = slot_file.recovery() if recovery_key else slot_file.find_user(username or "")
    try:
        readable = folder.db_path.stat().st_size > 0  # never create one by opening it
    except OSError:
        readable = False
    if slot is None or slot_file.database_id == backup_id or not readable:
        return slot_file.database_id, ""
    secret = keyslots.normalise_recovery_key(recovery_key) if recovery_key else password or ""
    engine = None
    try:
        engine = make_engine(folder.db_path, slot.open(secret))
        with Session(engine) as session:
            row = session.scalar(select(Setting).where(Setting.key == "organisation"))
            organisation = str(json.loads(row.value)) if row is not None else ""
    except Exception:  # a damaged or another database: no name to show
        organisation = ""
    finally:
        if engine is not None:
            engine.dispose()
    return slot_file.database_id, organisation


def _unlock(slot_file: keyslots.SlotFile, manifest: Manifest, username: str | None,
            password: str | None, recovery_key: str | None) -> bytes:
    """The backup's key; ``DamagedData`` if its manifest was edited (its MAC does not match)."""
    key = _open_key(slot_file, username, password, recovery_key)
    if manifest.authentic(key) is False:
        raise _damaged_backup()
    return key


def _read_backup(backup: Path) -> tuple[Manifest, keyslots.SlotFile]:
    """The manifest and slot file of ``backup``, every size checked before anything is read."""
    contents = inspect(backup)
    try:
        slot_file = keyslots.SlotFile.from_json(contents.slots_text)
    except (UserError, RecursionError) as exc:
        raise _damaged_backup() from exc
    return contents.manifest, slot_file


def _prepare(staged: Path, backup: Path, key: bytes, manifest: Manifest,
             slot_file: keyslots.SlotFile, username: str | None, recovery: bool,
             check: Callable[[BackupSummary], BackupSummary]) -> BackupSummary:
    """Extract, check, summarise (``check`` completes the summary, or refuses) and audit the
    backup in ``staged``."""
    db_path, _slots_path = extract(backup, staged)
    engine = make_engine(db_path, key)
    try:
        _check_database(engine)
        with Session(engine) as session, session.begin():
            actor = _actor(session, username, recovery)
            summary = check(_read_summary(session, manifest, key, slot_file))
            audit.record(session, actor, "restore",
                         details=f"{manifest.created_at:%Y-%m-%d %H:%M} {manifest.reason}"[:60])
        checkpoint(engine)
    finally:
        engine.dispose()
    for leftover in ("relais.db-wal", "relais.db-shm"):
        (staged / leftover).unlink(missing_ok=True)  # emptied by the checkpoint above
    return summary


def _require_file(backup: Path) -> Path:
    backup = Path(backup)
    if not backup.is_file():
        raise NotFound(translate("Restore", "The backup file was not found."),
                       hint=translate("Restore", "Check the path, or plug the backup disk in."))
    return backup


def preview(folder: DataFolder, backup: Path, *, username: str | None = None,
            password: str | None = None, recovery_key: str | None = None,
            live_organisation: str = "") -> BackupSummary:
    """Open and verify the backup in a private temporary folder (outside the data folder,
    nothing there is touched) and say what it holds and whether it is of another database.

    Lets the GUI show the organisation, site, date and number of cases before it asks for
    confirmation; ``restore_backup`` checks everything again."""
    backup = _require_file(backup)
    manifest, slot_file = _read_backup(backup)
    key = _unlock(slot_file, manifest, username, password, recovery_key)
    live_id, live_org = _live_identity(folder, slot_file.database_id, username, password,
                                           recovery_key)
    work = Path(tempfile.mkdtemp(prefix="relais-preview-"))
    try:
        db_path, _ = extract(backup, work)
        engine = make_engine(db_path, key)
        try:
            _check_database(engine)
            with Session(engine) as session:
                summary = _read_summary(session, manifest, key, slot_file)
                _actor(session, username, bool(recovery_key))
        finally:
            engine.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return replace(summary, live_database_id=live_id,
                   live_organisation=live_organisation or live_org)


def restore_backup(folder: DataFolder, backup: Path, *, username: str | None = None,
                   password: str | None = None, recovery_key: str | None = None,
                   replace_other_organisation: bool = False,
                   on_summary: Callable[[BackupSummary], None] | None = None) -> RestoreResult:
    """Replace the database and slot file of ``folder`` with those of ``backup``.

    The backup is opened and verified first; ``on_summary`` is then told what it holds (the
    CLI prints it) before anything is replaced. A backup of another database than the one in
    ``folder`` raises ``OtherOrganisation`` unless ``replace_other_organisation``; an empty
    folder (a new PC) takes any backup. ``AlreadyOpen`` if Relais has the folder open;
    ``WrongPassword``, ``PermissionDenied``, ``DamagedData`` (backup damaged or crafted) or
    ``UserError`` with nothing changed otherwise.
    """
    started = time.perf_counter()
    backup = _require_file(backup)
    if not recovery_key and not (username and password):
        raise WrongPassword(translate(
            "Restore", "Give an administrator's username and password, or the recovery key."))
    manifest, slot_file = _read_backup(backup)
    key = _unlock(slot_file, manifest, username, password, recovery_key)
    lock = folder.acquire_lock()
    try:
        restore_files.settle(folder.path)
        live_id, live_org = _live_identity(folder, slot_file.database_id, username, password,
                                           recovery_key)

        def check(summary: BackupSummary) -> BackupSummary:
            summary = replace(summary, live_database_id=live_id, live_organisation=live_org)
            if on_summary is not None:
                on_summary(summary)
            if summary.other and not replace_other_organisation:
                raise OtherOrganisation(summary)
            return summary

        staged = restore_files.staging_dir(folder.path)
        try:
            summary = _prepare(staged, backup, key, manifest, slot_file, username,
                               bool(recovery_key), check)
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
    return RestoreResult(summary.created_at, replaced, summary.accounts,
                         time.perf_counter() - started, summary)

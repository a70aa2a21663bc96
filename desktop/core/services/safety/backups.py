"""Encrypted backups: made on demand, at the first unlock of each day and before a migration.

The file format is in ``desktop.core.store.backup_file`` (a ``.relaisbak`` zip holding an
encrypted copy of the database, its key-slot file and a manifest). Here are the rules:

* Backups go to the folder the administrator chose (``backup_folder``, a USB stick for
  example). If that folder is missing (stick unplugged) or refuses the write, the backup goes to
  the data folder's ``backups/`` instead and the person is told (``BackupResult.notice``).
* Rotation keeps the newest ``backup_keep`` *daily and manual* backups Relais named
  (``relais-YYYYmmdd-HHMMSS-<reason>.relaisbak``) in that folder. Backups taken before an
  upgrade, and files with any other name, are never deleted.
* The daily backup is a login hook: it never makes a login fail; a problem becomes a notice
  the GUI shows after login (``take_login_notice``), and it is tried again at the next login.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop import __version__
from desktop.core.atomic import private_dir, write_atomically
from desktop.core.errors import DamagedData, StorageError, UserError, ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit, login_upkeep, settings
from desktop.core.services.accounts.permissions import Permission, require, require_actor
from desktop.core.store import migrate, private_folder
from desktop.core.store.backup_file import Manifest, read_manifest, write_backup
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault

SUFFIX = ".relaisbak"
NAME = re.compile(r"^relais-(\d{8})-(\d{6})-(daily|manual|before-upgrade)(?:-\d+)?\.relaisbak$")
ROTATED = ("daily", "manual")
HINT_FILE = "backup-folder.txt"  # the chosen folder's path, for finding backups when damaged


@dataclass(frozen=True)
class BackupResult:
    """A written backup: where, how big, how long it took, and anything to tell the user."""

    path: Path
    size: int
    seconds: float
    notice: str = ""


@dataclass(frozen=True)
class BackupInfo:
    """A backup file as listed for the administrator."""

    path: Path
    created_at: datetime
    reason: str
    size: int


def backup_folder(vault: Vault) -> Path:
    """Where backups go: the folder the administrator chose, else the data folder's backups/."""
    chosen = settings.get(vault, "backup_folder")
    return Path(chosen) if chosen else vault.folder.backups_dir


def backup_name(reason: str, when: datetime | None = None) -> str:
    """A file name with the time and the reason (never a survivor's data)."""
    when = when or datetime.now()
    return f"relais-{when:%Y%m%d-%H%M%S}-{reason}{SUFFIX}"


def _free_name(folder: Path, reason: str) -> Path:
    base = backup_name(reason)
    path, n = folder / base, 2
    while path.exists():
        path, n = folder / base.replace(SUFFIX, f"-{n}{SUFFIX}"), n + 1
    return path


def _usable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK)


def _disk_error(exc: OSError) -> StorageError:
    return StorageError(
        translate("Backups", "The backup could not be written: {reason}").format(
            reason=exc.strerror or exc.__class__.__name__),
        hint=translate("Backups", "Check that the disk or USB stick is plugged in and has "
                                  "free space."))


def _write(vault: Vault, target: Path, reason: str) -> BackupResult:
    started = time.perf_counter()
    with vault.require_engine().connect() as conn:
        revision = migrate.current_revision(conn)
    manifest = Manifest(datetime.now(), reason, revision,
                        vault.folder.read_slots().database_id, __version__)
    try:
        size = write_backup(vault.require_engine(), vault.key, vault.folder.slots_path, target,
                            manifest)
    except OSError as exc:
        raise _disk_error(exc) from exc
    return BackupResult(target, size, time.perf_counter() - started)


def make_backup(vault: Vault, target: Path | None = None, *,
                reason: str = "manual") -> BackupResult:
    """Write a backup (``Permission.BACKUP``: not case workers); audited.

    With no ``target``, it goes to the chosen backup folder (falling back to the data folder's
    ``backups/`` with a notice when that folder is unavailable) and old ones are rotated.
    The daily automatic backup (``reason="daily"``, into the backup folder only) runs for
    everyone: it is a safety copy, not one the person takes away.
    """
    if reason == "daily" and target is None:
        require_actor(vault)
    else:
        require(vault, Permission.BACKUP)
    tidy(vault)
    if target is not None:
        result = _write(vault, target, reason)
    else:
        result = _write_to_chosen_folder(vault, reason)
        rotate(result.path.parent, int(settings.get(vault, "backup_keep")))
    audit.log(vault, "backup", details=reason)
    return result


def _write_to_chosen_folder(vault: Vault, reason: str) -> BackupResult:
    chosen = backup_folder(vault)
    fallback = vault.folder.backups_dir
    if chosen == fallback:
        private_dir(fallback)
        return _write(vault, _free_name(fallback, reason), reason)
    if _usable(chosen):
        try:
            return _write(vault, _free_name(chosen, reason), reason)
        except StorageError as exc:
            problem = exc.message
    else:
        problem = translate("Backups", "The backup folder {folder} is not available (is the "
                                       "USB stick plugged in?).").format(folder=chosen)
    private_dir(fallback)
    result = _write(vault, _free_name(fallback, reason), reason)
    notice = translate("Backups", "{problem} The backup was written to the data folder "
                                  "instead: {path}. Plug the backup disk in and make a backup "
                                  "again.").format(problem=problem, path=result.path)
    return BackupResult(result.path, result.size, result.seconds, notice)


def backup_before_migration(vault: Vault) -> Path:
    """The backup taken before a schema upgrade (no login needed yet; never rotated)."""
    folder = vault.folder.backups_dir
    private_dir(folder)
    return _write(vault, _free_name(folder, "before-upgrade"), "before-upgrade").path


def rotate(folder: Path, keep: int) -> list[Path]:
    """Keep the newest ``keep`` daily/manual backups Relais named in ``folder``.

    Returns the files removed. Nothing else in the folder is touched (a stick may hold other
    files), nor backups taken before an upgrade.
    """
    keep = max(1, int(keep))
    ours = []
    for path in folder.glob(f"relais-*{SUFFIX}"):
        match = NAME.match(path.name)
        if match and match.group(3) in ROTATED and path.is_file():
            ours.append((match.group(1) + match.group(2), path.stat().st_mtime, path))
    ours.sort(reverse=True)
    removed = [path for _, _, path in ours[keep:]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def list_backups(vault: Vault) -> list[BackupInfo]:
    """Backups in the chosen folder and in the data folder, newest first (administrators)."""
    require(vault, Permission.RESTORE)
    return backups_in(_search_folders(vault.folder, backup_folder(vault)))


def backups_in(folders: list[Path]) -> list[BackupInfo]:
    """Readable Relais backups in ``folders``, newest first (a damaged file is left out)."""
    found: dict[Path, BackupInfo] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.glob(f"*{SUFFIX}"):
            try:
                manifest = read_manifest(path)
                found[path.resolve()] = BackupInfo(path, manifest.created_at, manifest.reason,
                                                   path.stat().st_size)
            except (DamagedData, OSError):
                continue
    return sorted(found.values(), key=lambda b: b.created_at, reverse=True)


def _search_folders(folder: DataFolder, chosen: Path | None = None) -> list[Path]:
    folders = [chosen] if chosen else []
    hint = folder.path / HINT_FILE
    try:
        text = hint.read_text(encoding="utf-8").strip()
        if text:
            folders.append(Path(text))
    except OSError:
        pass
    folders.append(folder.backups_dir)
    return folders


def backup_date(path: Path) -> datetime:
    """When a backup was made (``DamagedData`` if it is not a readable backup)."""
    return read_manifest(path).created_at


def latest_good_backup(folder: DataFolder | Path) -> Path | None:
    """The newest backup that reads as a complete Relais backup (every member's CRC checked).

    Looks in the chosen backup folder (remembered beside the database, since a damaged
    database cannot say) and in the data folder's ``backups/``.
    """
    data = folder if isinstance(folder, DataFolder) else DataFolder(Path(folder))
    for info in backups_in(_search_folders(data)):
        try:
            read_manifest(info.path, verify=True)
            return info.path
        except DamagedData:
            continue
    return None


def set_backup_folder(vault: Vault, path: str | Path | None) -> None:
    """Choose where backups go (administrators); empty for the data folder's backups/."""
    text = str(path).strip() if path else ""
    if text and not _usable(Path(text)):
        raise ValidationError({"backup_folder": translate(
            "Backups", "This folder does not exist or cannot be written to.")})
    settings.set_value(vault, "backup_folder", text)
    hint = vault.folder.path / HINT_FILE
    try:
        if text:
            write_atomically(hint, (text + "\n").encode("utf-8"))
        else:
            hint.unlink(missing_ok=True)
    except OSError:
        pass  # only a help for finding backups when the database is damaged


# -- the daily backup -----------------------------------------------------------------------

_login_notices: dict[Path, str] = {}
_deferred = {"on": False}
_due: set[Path] = set()


def defer_daily_backups(on: bool = True) -> None:
    """Let the login only note that the daily backup is due; the GUI then runs
    ``run_due_backup`` off its thread (a large database takes a minute or more to back up,
    which must not freeze the login window). The command line keeps it in the login."""
    _deferred["on"] = on


def tidy(vault: Vault) -> None:
    """Remove what interrupted work left: ``.part`` files and unfinished backup folders older
    than a day (in the data folder and the backup folders), and ``replaced-*`` folders beyond
    the number of backups kept. Never raises (it runs at each login and backup)."""
    try:
        folders = {vault.folder.path, vault.folder.backups_dir, backup_folder(vault)}
        for folder in folders:
            private_folder.remove_stale_parts(folder)
        private_folder.prune_replaced(vault.folder.path, int(settings.get(vault, "backup_keep")))
    except (UserError, OSError, ValueError):
        pass


def daily_backup(vault: Vault) -> BackupResult | None:
    """At the first login of each day: a backup, unless one was made today. Never raises."""
    tidy(vault)
    if _deferred["on"]:
        _due.add(vault.folder.path)
        return None
    return _daily_now(vault)


def run_due_backup(vault: Vault) -> BackupResult | None:
    """The daily backup noted as due at login, if any (for a background worker)."""
    if vault.folder.path not in _due:
        return None
    _due.discard(vault.folder.path)
    return _daily_now(vault)


def _daily_now(vault: Vault) -> BackupResult | None:
    today = date.today().isoformat()
    try:
        if settings.get(vault, "last_auto_backup") == today:
            return None
        result = make_backup(vault, reason="daily")
        with vault.session() as session:
            settings.put_in_session(session, "last_auto_backup", today)
    except (UserError, OSError) as exc:
        problem = str(exc) if isinstance(exc, UserError) else (exc.strerror or "")
        _login_notices[vault.folder.path] = translate(
            "Backups", "Today's automatic backup could not be written: {problem} It will be "
                       "tried again at the next login.").format(problem=problem)
        return None
    if result.notice:
        _login_notices[vault.folder.path] = result.notice
    return result


def _daily_due(vault: Vault) -> bool:
    """Whether the daily backup still has to be made today (for the command line's message)."""
    try:
        return bool(settings.get(vault, "last_auto_backup") != date.today().isoformat())
    except UserError:
        return False


login_upkeep.announce(daily_backup, lambda: translate("Upkeep", "Daily backup of the database"),
                      _daily_due)


def take_login_notice(vault: Vault) -> str:
    """What the daily backup has to tell the person who just logged in ("" if nothing)."""
    return _login_notices.pop(vault.folder.path, "")

"""Encrypted backups: the database copied with its own key, plus the key-slot file.

A backup is one ``.relaisbak`` file: a zip (stored, not compressed) holding ``relais.db`` (an
encrypted SQLCipher copy made with ``sqlcipher_export``) and ``keyslots.json``. Without a
password or the recovery key it is as unreadable as the database itself. It is written to a
temp file, synced, then renamed, so a power cut never leaves a half backup under a good name.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from desktop.core.errors import StorageError
from desktop.core.i18n import translate
from desktop.core.services import audit, settings
from desktop.core.services.permissions import Permission, require
from desktop.core.store.backup_file import export_encrypted
from desktop.core.store.keyslots import _fsync_dir
from desktop.core.store.vault import Vault

SUFFIX = ".relaisbak"


def backup_folder(vault: Vault) -> Path:
    """Where automatic backups go: the folder the administrator chose, else ``backups/``."""
    chosen = settings.get(vault, "backup_folder")
    return Path(chosen) if chosen else vault.folder.backups_dir


def _write_backup(vault: Vault, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".relais-backup-", dir=target.parent))
    try:
        db_copy = work / "relais.db"
        export_encrypted(vault.require_engine(), vault.key, db_copy)
        partial = work / "backup.partial"
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.write(db_copy, "relais.db")
            archive.write(vault.folder.slots_path, "keyslots.json")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        raise StorageError(
            translate("Backups", "The backup could not be written: {reason}").format(
                reason=exc.strerror or exc.__class__.__name__),
            hint=translate("Backups", "Check that the disk or USB stick is plugged in and has "
                                      "free space."),
        ) from exc
    finally:
        for child in work.glob("*"):
            child.unlink(missing_ok=True)
        work.rmdir()
    return target


def backup_name(reason: str, when: datetime | None = None) -> str:
    """A file name with the time and the reason (never a survivor's data)."""
    when = when or datetime.now()
    return f"relais-{when:%Y%m%d-%H%M%S}-{reason}{SUFFIX}"


def make_backup(vault: Vault, target: Path | None = None, *, reason: str = "manual") -> Path:
    """Write a backup (anyone logged in may back up); rotates automatic ones; audited."""
    require(vault, Permission.BACKUP)
    folder = backup_folder(vault)
    path = target or folder / backup_name(reason)
    _write_backup(vault, path)
    if target is None:
        rotate(folder, int(settings.get(vault, "backup_keep")))
    audit.log(vault, "backup", details=reason)
    return path


def backup_before_migration(vault: Vault) -> Path:
    """The backup taken before a schema upgrade (no login needed yet)."""
    folder = vault.folder.backups_dir
    return _write_backup(vault, folder / backup_name("before-upgrade"))


def rotate(folder: Path, keep: int) -> list[Path]:
    """Keep the newest ``keep`` backups in ``folder``; returns those removed."""
    backups = sorted(folder.glob(f"relais-*{SUFFIX}"), key=lambda p: p.name, reverse=True)
    removed = backups[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed

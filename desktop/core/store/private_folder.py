"""The data folder is for its user alone; and what interrupted work leaves in it is tidied.

* POSIX: the data folder is created 0700 and every file Relais writes in it is 0600, whatever
  the umask (``desktop.core.atomic`` creates them so; the database, whose file SQLCipher
  creates, is set 0600 on every connection, and SQLite gives its ``-wal``/``-shm`` the mode of
  the database). An **existing** folder is tightened to 0700 at open only when it is ours and
  holds nothing but Relais's own files: a folder the person also uses for other things (their
  Documents, say), or one another account owns (a shared folder set up on purpose), is left
  as it is.
* Windows: a data folder Relais creates gets an ACL for its creator and the Administrators
  group only (``icacls``: inheritance removed, full control for those two). A shared folder
  (``RELAIS_DATA``) is prepared by the administrator as the README says, and not changed.
* Leftovers: ``.part`` files of atomic writes interrupted more than a day ago are removed, and
  the ``replaced-*`` folders a restore kept aside are kept as long as backups are (the same
  count as the backup rotation; the oldest go first).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from filelock import FileLock, Timeout

from desktop.core.atomic import DIR_MODE, FILE_MODE, private_dir, restrict

ADMINISTRATORS_SID = "S-1-5-32-544"
STALE_SECONDS = 24 * 3600
# What Relais itself keeps in a data folder (an existing folder holding only these is ours).
OWN_NAMES = ("relais.db", "relais.db-wal", "relais.db-shm", "relais.db-journal", "keyslots.json",
             "keyslots.json.pending", "relais.lock", "backups", "backup-folder.txt",
             ".restore-staging", "attempts.json", "attempts.lock")
OWN_PREFIXES = ("replaced-", ".relais-", "relais")
OWN_FILES = ("relais.db", "relais.db-wal", "relais.db-shm", "keyslots.json",
             "keyslots.json.pending", "relais.lock", "backup-folder.txt", "attempts.json",
             "attempts.lock")


def windows_acl_command(folder: Path, username: str) -> list[str]:
    """The ``icacls`` call that leaves ``folder`` to ``username`` and Administrators only."""
    return ["icacls", str(folder), "/inheritance:r",
            "/grant:r", f"{username}:(OI)(CI)F",
            "/grant:r", f"*{ADMINISTRATORS_SID}:(OI)(CI)F"]


def _protect_new_on_windows(folder: Path) -> None:
    username = os.environ.get("USERNAME", "")
    if not username:
        return
    # No console window, no output: a failure leaves Windows' inherited rights (the README
    # says how to check them).
    subprocess.run(windows_acl_command(folder, username), check=False, capture_output=True,
                   creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))


def _only_ours(folder: Path) -> bool:
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return False
    return all(name in OWN_NAMES or name.startswith(OWN_PREFIXES) for name in names)


def prepare(folder: Path) -> None:
    """Create the data folder private, or tighten an existing one that is only Relais's."""
    folder = Path(folder)
    if private_dir(folder):
        if sys.platform == "win32":
            _protect_new_on_windows(folder)
        return
    if os.name != "posix":
        return
    try:
        info = os.stat(folder)
    except OSError:
        return
    if info.st_uid != os.getuid() or not _only_ours(folder):
        return
    if info.st_mode & 0o777 != DIR_MODE:
        restrict(folder, DIR_MODE)
    for name in OWN_FILES:
        if (folder / name).exists():
            restrict(folder / name, FILE_MODE)


WRITER_LOCK = "writing.lock"  # held inside a .relais-backup-* folder while its backup is written


def abandoned(work: Path) -> bool:
    """True when the unfinished backup folder ``work`` has no live writer: the lock its writer
    holds (``WRITER_LOCK``, released by the system when that process dies: a killed backup,
    a power cut) can be taken now. False while a backup is being written into it, and for a
    folder with no lock file (left by an older version, or an instant old): age decides."""
    lock_path = work / WRITER_LOCK
    if not lock_path.is_file():
        return False
    lock = FileLock(lock_path, timeout=0)
    try:
        with lock:
            return True
    except Timeout:
        return False


def remove_stale_parts(folder: Path, *, older_than: float = STALE_SECONDS) -> list[Path]:
    """Remove ``.part`` files and unfinished ``.relais-backup-*`` folders left in ``folder``
    by writes interrupted more than ``older_than`` seconds ago — an unfinished backup folder at
    once when its writer is gone (:func:`abandoned`: a killed 15 GB backup must not hold the
    disk for a day); returns what was removed."""
    removed: list[Path] = []
    limit = time.time() - older_than
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        try:
            if not entry.name.startswith(".relais-"):
                continue
            stale = entry.stat(follow_symlinks=False).st_mtime < limit
            if entry.is_file(follow_symlinks=False) and entry.name.endswith(".part"):
                if not stale:
                    continue
                os.unlink(entry.path)
            elif entry.is_dir(follow_symlinks=False) and entry.name.startswith(".relais-backup-"):
                if not stale and not abandoned(Path(entry.path)):
                    continue
                shutil.rmtree(entry.path)
            else:
                continue
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def prune_replaced(folder: Path, keep: int) -> list[Path]:
    """Keep the newest ``keep`` ``replaced-*`` folders (by the time in their name); remove the
    older ones. Returns what was removed."""
    kept_aside = sorted((p for p in Path(folder).glob("replaced-*") if p.is_dir()),
                        key=lambda p: (p.name[len("replaced-"):len("replaced-") + 15],
                                       p.stat().st_mtime), reverse=True)
    removed = kept_aside[max(1, int(keep)):]
    for path in removed:
        shutil.rmtree(path, ignore_errors=True)
    return [path for path in removed if not path.exists()]

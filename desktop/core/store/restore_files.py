"""Swapping a verified database and slot file into a data folder, safe against power cuts.

The two files cannot be renamed in one step, so the swap is rolled forward from a marker:

1. the restored ``relais.db`` and ``keyslots.json`` are prepared and synced in
   ``.restore-staging/`` inside the data folder (same disk, so renames are atomic);
2. ``READY`` is written there (synced), naming the folder that keeps the replaced files;
3. the current database (with its ``-wal`` and ``-shm``: a WAL left beside another database
   would be replayed into it), slot file and pending slot file move into
   ``replaced-YYYYmmdd-HHMMSS/``;
4. the staged files move into place, the folder is synced, and the staging folder goes.

If the power goes anywhere after step 2, ``settle`` (called whenever the folder is looked at)
finishes steps 3–4; before step 2, the staging folder is simply discarded.
"""

from __future__ import annotations

import json
import os
import shutil
from datetime import datetime
from pathlib import Path

from desktop.core.atomic import fsync_dir, private_dir, write_atomically

STAGING = ".restore-staging"
READY = "READY"
DB_NAME = "relais.db"
SLOTS_NAME = "keyslots.json"
# Moved aside in this order: the WAL and its index before the database they belong to.
CURRENT_FILES = ("relais.db-wal", "relais.db-shm", "relais.db-journal", DB_NAME, SLOTS_NAME,
                 "keyslots.json.pending")
STAGED_FILES = (DB_NAME, SLOTS_NAME)


def staging_dir(folder: Path) -> Path:
    """The staging folder inside ``folder`` (emptied and created)."""
    path = folder / STAGING
    shutil.rmtree(path, ignore_errors=True)
    private_dir(path)
    return path


def replaced_dir_name(now: datetime | None = None) -> str:
    """``replaced-YYYYmmdd-HHMMSS``: where the files a restore replaced are kept."""
    return f"replaced-{(now or datetime.now()):%Y%m%d-%H%M%S}"


def _unique(folder: Path, name: str) -> Path:
    path, n = folder / name, 2
    while path.exists():
        path, n = folder / f"{name}-{n}", n + 1
    return path


def swap_in(folder: Path) -> Path | None:
    """Commit a prepared staging folder (steps 2–4); returns where the old files went."""
    staged = folder / STAGING
    has_old = any((folder / name).exists() for name in CURRENT_FILES)
    replaced = _unique(folder, replaced_dir_name()) if has_old else None
    write_atomically(staged / READY, json.dumps(
        {"replaced": replaced.name if replaced else None}).encode("utf-8"))
    fsync_dir(staged)
    _roll_forward(folder, staged, replaced)
    return replaced


def settle(folder: Path) -> None:
    """Finish a restore interrupted by a power cut, or drop an unfinished staging folder."""
    staged = folder / STAGING
    if not staged.is_dir():
        return
    marker = staged / READY
    if not marker.exists():
        shutil.rmtree(staged, ignore_errors=True)
        return
    try:
        name = json.loads(marker.read_text(encoding="utf-8")).get("replaced")
    except (OSError, ValueError, AttributeError):
        name = None
    replaced = folder / name if name else _unique(folder, replaced_dir_name())
    _roll_forward(folder, staged, replaced)


def _roll_forward(folder: Path, staged: Path, replaced: Path | None) -> None:
    if not any((staged / name).exists() for name in STAGED_FILES):
        # Both restored files were moved in: only the staging folder was left (it could not
        # be removed). The files in the folder are the restored ones, and a WAL beside them
        # holds the changes made since: nothing to move.
        shutil.rmtree(staged, ignore_errors=True)
        return
    # No replaced folder: the data folder held none of CURRENT_FILES (swap_in), nothing to move.
    if replaced is not None:
        for name in CURRENT_FILES:
            current = folder / name
            # A database already moved in from staging is the restored one: leave it.
            if current.exists() and (name not in STAGED_FILES or (staged / name).exists()):
                private_dir(replaced)
                os.replace(current, replaced / name)
        if replaced.exists():
            fsync_dir(replaced)
    fsync_dir(folder)
    for name in STAGED_FILES:
        if (staged / name).exists():
            os.replace(staged / name, folder / name)
    fsync_dir(folder)
    shutil.rmtree(staged, ignore_errors=True)
    fsync_dir(folder)

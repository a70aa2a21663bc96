"""Files written completely or not at all: a temp file beside the target, fsync, rename, and a
sync of the folder so that the rename survives a power cut.

Used by the key-slot file, restores, letters written by the CLI and every export.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Sync a folder so that a rename inside it survives a power cut (POSIX only)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_path(target: Path, *, suffix: str = ".part") -> Iterator[Path]:
    """A temporary path in ``target``'s folder for the block to fill; synced and renamed to
    ``target`` if the block succeeds, removed otherwise (error, cancellation, interrupt)."""
    target = Path(target)
    handle, name = tempfile.mkstemp(prefix=".relais-", suffix=suffix, dir=target.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        with open(temp, "rb+") as file:
            os.fsync(file.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(target.parent)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` completely or not at all."""
    with atomic_path(path) as temp:
        temp.write_bytes(data)

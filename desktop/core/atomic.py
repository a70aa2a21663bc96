"""Files written completely or not at all: a temp file beside the target, fsync, rename, and a
sync of the folder so that the rename survives a power cut.

Used by the key-slot file, restores, letters written by the CLI and every export. The
temporary file is created 0600 (``mkstemp``), so the renamed file is private too; the helpers at
the end give the same private modes to other files and folders Relais makes.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


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
    restrict(temp)  # mkstemp's 0600 may have been narrowed by the umask, never widened
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


# -- private modes (POSIX): everything Relais writes is for its user alone ----------------------

FILE_MODE = 0o600
DIR_MODE = 0o700


def restrict(path: Path, mode: int = FILE_MODE) -> None:
    """Set ``mode`` on ``path`` whatever the umask (POSIX only; a file owned by another
    account, or on a disk that has no modes, is left as it is)."""
    if os.name != "posix":
        return
    try:
        if os.stat(path).st_mode & 0o777 != mode:
            os.chmod(path, mode)
    except OSError:
        pass


@contextlib.contextmanager
def private_file(path: Path) -> Iterator[BinaryIO]:
    """Open ``path`` for writing (truncated), created 0600 whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                 FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        restrict(Path(path))
        yield handle


def private_dir(path: Path) -> bool:
    """Create the folder ``path`` (and its parents) 0700 whatever the umask; True if this
    call created it. An existing folder is left as it is."""
    path = Path(path)
    if path.is_dir():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=DIR_MODE)
    except FileExistsError:
        return False
    restrict(path, DIR_MODE)
    return True

"""A database above ``vault.FULL_CHECK_MAX_BYTES``, made cheaply: filler rows in ``blobs``."""

from __future__ import annotations

from pathlib import Path

from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Blob
from desktop.core.store.vault import FULL_CHECK_MAX_BYTES
from tests.helpers import folders

MIB = 1024 * 1024


def make_large(path: Path, mib: int = FULL_CHECK_MAX_BYTES // MIB + 6) -> DataFolder:
    """A new data folder (``folders.new_folder``) whose database is ``mib`` MiB or more."""
    folder, _ = folders.new_folder(path)
    vault = folders.login(folder)
    try:
        with vault.session() as session:
            for n in range(mib):
                session.add(Blob(key=f"filler-{n}", content_type="application/octet-stream",
                                 data=bytes([n % 251]) * MIB))
    finally:
        vault.close()
    assert folder.db_path.stat().st_size > FULL_CHECK_MAX_BYTES
    return folder

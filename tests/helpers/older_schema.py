"""A data folder whose database an older Relais left two revisions behind (the next login
upgrades it: a backup, then the reference lists' and the statistics summaries' revisions)."""

from __future__ import annotations

from desktop.core.store import migrate
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from tests.helpers import folders, schema

BEHIND = "1a2b3c4d5e20"  # the next login applies 1a2b3c4d5e21 to 1a2b3c4d5e24


def make_older(folder: DataFolder) -> bytes:
    """Take ``folder``'s database back to :data:`BEHIND` (its data kept); returns its key."""
    vault = folders.login(folder, folders.ADMIN)
    try:
        schema.downgrade_to(vault.require_engine(), BEHIND)
        return vault.key
    finally:
        vault.close()


def revision_of(folder: DataFolder, key: bytes) -> str | None:
    """The schema revision of ``folder``'s database, read without logging in (which would
    upgrade it)."""
    vault = Vault.open(folder, key)
    try:
        with vault.require_engine().connect() as conn:
            return migrate.current_revision(conn)
    finally:
        vault.close()

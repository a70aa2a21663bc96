"""A setting written once reads back (the row is read inside its session)."""

from __future__ import annotations

from desktop.core.services.accounts import settings
from desktop.core.store.vault import Vault


def test_a_stored_setting_reads_back(admin: Vault) -> None:
    assert settings.get(admin, "organisation") == "ONG Essai"
    settings.set_value(admin, "idle_lock_minutes", 7)
    assert settings.get(admin, "idle_lock_minutes") == 7

"""Every password lost: the recovery key opens, new passwords are set, old slots fail (bar 10)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.core.errors import UserError, WrongPassword
from desktop.core.services import session
from desktop.core.services.accounts import audit
from desktop.core.services.accounts import staff as accounts
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders
from tests.helpers.safety import counts, open_case


def test_recovery_key_resets_passwords_and_old_slots_stop_working(
        folder: DataFolder, recovery_key: str, tmp_path: Path) -> None:
    vault = folders.login(folder, folders.CASEWORKER)
    open_case(vault)
    vault.close()
    stolen = tmp_path / "stolen-keyslots.json"
    shutil.copy(folder.slots_path, stolen)  # a copy of the old slot file taken earlier

    vault = session.login_with_recovery(folder, recovery_key)
    try:
        assert vault.actor is not None and vault.actor.is_recovery
        accounts.reset_password(vault, folders.ADMIN, "nouveau mot de passe ɛ")
        accounts.reset_password(vault, folders.CASEWORKER, "awa-nouveau-1")
        resets = audit.events(vault, action="password_reset")
        assert len(resets) == 2 and {e.actor for e in resets} == {"recovery"}
    finally:
        vault.close()

    vault = session.login(folder, folders.ADMIN, "nouveau mot de passe ɛ")
    assert counts(vault)["cases"] == 1
    vault.close()
    vault = session.login(folder, folders.CASEWORKER, "awa-nouveau-1")
    vault.close()
    with pytest.raises(WrongPassword):
        session.login(folder, folders.ADMIN, folders.ADMIN_PASSWORD)

    # The stolen copy of the old slot file with the old password: the key it holds is gone.
    attacker = DataFolder(tmp_path / "attacker")
    attacker.path.mkdir()
    shutil.copy(folder.db_path, attacker.db_path)
    shutil.copy(stolen, attacker.slots_path)
    with pytest.raises(UserError):
        session.login(attacker, folders.ADMIN, folders.ADMIN_PASSWORD)
    with pytest.raises(UserError):
        session.login(attacker, folders.CASEWORKER, folders.PASSWORD)


def test_wrong_recovery_key_is_refused_and_changes_nothing(folder: DataFolder) -> None:
    before = folder.slots_path.read_bytes()
    with pytest.raises(WrongPassword, match="recovery key"):
        session.login_with_recovery(folder, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG")
    assert folder.slots_path.read_bytes() == before

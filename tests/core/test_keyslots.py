"""Quality bars 9 and 10: Argon2id parameters, every slot, removal and rekey, recovery."""

from __future__ import annotations

import shutil

import pytest

from desktop.core.errors import AlreadyOpen, DamagedData, WrongPassword
from desktop.core.services import session
from desktop.core.services.accounts import audit
from desktop.core.services.accounts import staff as accounts
from desktop.core.store import keyslots
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders


def test_slots_use_argon2id_with_64_mib_and_t3(folder: DataFolder) -> None:
    slots = folder.read_slots().slots
    assert len(slots) == 5  # admin, supervisor, two case workers, recovery
    for slot in slots:
        assert slot.kdf["m"] >= 64 * 1024 and slot.kdf["t"] >= 3


def test_every_slot_opens_the_same_database(folder: DataFolder) -> None:
    keys = {folder.open_key(u, folders.ADMIN_PASSWORD if u == folders.ADMIN
                            else folders.PASSWORD)
            for u in (folders.ADMIN, folders.SUPERVISOR, folders.CASEWORKER)}
    assert len(keys) == 1


def test_removed_person_and_old_slot_file_no_longer_open(folder: DataFolder, tmp_path) -> None:
    old_slots = tmp_path / "old-keyslots.json"
    shutil.copy(folder.slots_path, old_slots)
    vault = folders.login(folder, folders.ADMIN)
    accounts.remove_person(vault, folders.CASEWORKER)
    vault.close()
    with pytest.raises(WrongPassword):
        session.login(folder, folders.CASEWORKER, folders.PASSWORD)
    # The old slot file still unwraps the *old* key, which no longer opens the database
    # (SQLCipher cannot tell a wrong key from a damaged first page: either refusal will do).
    shutil.copy(old_slots, folder.slots_path)
    with pytest.raises((WrongPassword, DamagedData)):
        session.login(folder, folders.CASEWORKER, folders.PASSWORD)


def test_others_still_open_after_a_removal(folder: DataFolder) -> None:
    vault = folders.login(folder, folders.ADMIN)
    accounts.remove_person(vault, folders.CASEWORKER)
    vault.close()
    for user in (folders.SUPERVISOR, folders.CASEWORKER_2, folders.ADMIN):
        folders.login(folder, user).close()


def test_recovery_key_opens_and_resets_passwords(folder: DataFolder, recovery_key: str,
                                                  tmp_path) -> None:
    old_slots = tmp_path / "old.json"
    shutil.copy(folder.slots_path, old_slots)
    typed = recovery_key.lower().replace("-", " ").replace("0", "o")
    vault = session.login_with_recovery(folder, typed)
    assert vault.actor is not None and vault.actor.is_recovery
    accounts.reset_password(vault, folders.ADMIN, "brand new password")
    assert [e.action for e in audit.events(vault, action="password_reset")] == ["password_reset"]
    vault.close()
    folders_vault = session.login(folder, folders.ADMIN, "brand new password")
    folders_vault.close()
    with pytest.raises(WrongPassword):
        session.login(folder, folders.ADMIN, folders.ADMIN_PASSWORD)
    shutil.copy(old_slots, folder.slots_path)  # a stolen copy of the old slot file
    with pytest.raises((WrongPassword, DamagedData)):
        session.login(folder, folders.SUPERVISOR, folders.PASSWORD)


def test_wrong_recovery_key(folder: DataFolder) -> None:
    with pytest.raises(WrongPassword):
        session.login_with_recovery(folder, keyslots.new_recovery_key())


def test_second_opening_gets_already_open(folder: DataFolder) -> None:
    first = folders.login(folder, folders.ADMIN)
    try:
        with pytest.raises(AlreadyOpen) as info:
            folders.login(folder, folders.SUPERVISOR)
        assert "already open" in str(info.value)
    finally:
        first.close()
    folders.login(folder, folders.SUPERVISOR).close()


def test_interrupted_rekey_is_settled_at_next_login(folder: DataFolder, tmp_path) -> None:
    old_slots = tmp_path / "before-rekey.json"
    shutil.copy(folder.slots_path, old_slots)
    vault = folders.login(folder, folders.ADMIN)
    slot_file = folder.read_slots()
    slot_file.remove_user(folders.CASEWORKER)
    vault.rekey(slot_file)
    vault.close()
    # A power cut after the rekey, before the new slot file moved into place: the database
    # uses the new key, keyslots.json still seals the old one, the pending file the new one.
    shutil.copy(folder.slots_path, folder.pending_slots_path)
    shutil.copy(old_slots, folder.slots_path)
    folders.login(folder, folders.SUPERVISOR).close()
    assert not folder.pending_slots_path.exists()
    assert folder.read_slots().find_user(folders.CASEWORKER) is None
    folders.login(folder, folders.ADMIN).close()

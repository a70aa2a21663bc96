"""Issue 10, points 1, 2 and 9: slots that cannot be edited into power, and removals that revoke.

Tried as an attacker with write access to the data folder would: swapping usernames, planting a
public key in the recovery slot, forging a whole slot with the database key, editing each field;
and the old format-1 slot files, which must keep working and be upgraded.
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select

from desktop.core.errors import DamagedData, ValidationError, WrongPassword
from desktop.core.services import session
from desktop.core.services.accounts import audit
from desktop.core.services.accounts import staff as accounts
from desktop.core.store import keyslots
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import SlotKey, Staff
from desktop.core.store.vault import Vault
from tests.helpers import folders, legacy_slots
from tests.helpers.safety import opens_with


def _edit_slots(folder: DataFolder, change) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(folder.slots_path.read_text("utf-8"))
    change({s["username"]: s for s in data["slots"]}, data)
    folder.slots_path.write_text(json.dumps(data), encoding="utf-8")


def _logins(folder: DataFolder) -> list[tuple[str, str]]:
    vault = folders.login(folder)
    try:
        return [(e.actor, e.action) for e in audit.events(vault) if e.action == "login"]
    finally:
        vault.close()


# -- point 2: every field bound ------------------------------------------------------------------

def test_swapped_usernames_are_refused_by_name_and_nothing_opens(folder: DataFolder) -> None:
    before = _logins(folder)
    original = folder.slots_path.read_text("utf-8")

    def swap(by_name: dict[str, Any], _data: dict[str, Any]) -> None:
        by_name[folders.ADMIN]["username"], by_name[folders.CASEWORKER]["username"] = \
            folders.CASEWORKER, folders.ADMIN

    _edit_slots(folder, swap)
    with pytest.raises(DamagedData) as caught:  # the case worker's password, as "admin"
        session.login(folder, folders.ADMIN, folders.PASSWORD)
    assert caught.value.message == "The key slot of admin is damaged."
    with pytest.raises(DamagedData, match="key slot of awa is damaged"):
        session.login(folder, folders.CASEWORKER, folders.ADMIN_PASSWORD)
    folder.acquire_lock().release()  # nothing was left open
    folder.slots_path.write_text(original, encoding="utf-8")
    after = _logins(folder)
    assert after[1:] == before  # no login was recorded for either attempt


BOUND_EDITS = {
    "slot id": lambda s, d: s.update(slot_id=str(uuid.uuid4())),
    "public key": lambda s, d: s.update(public_key=d["slots"][0]["public_key"]),
    "database id": lambda s, d: d.update(database_id="0" * 32),
    "wrapped private key": lambda s, d: s["wrapped_private"].update(
        ct=s["wrapped_private"]["ct"][:-4] + ("AAAA" if not s["wrapped_private"]["ct"].endswith(
            "AAAA") else "BBBB")),
    "sealed database key": lambda s, d: s["sealed_db_key"].update(
        epk=d["slots"][0]["sealed_db_key"]["epk"]),
}


@pytest.mark.parametrize("field", list(BOUND_EDITS))
def test_an_edited_bound_field_is_refused_by_name(folder: DataFolder, field: str) -> None:
    _edit_slots(folder, lambda by_name, data: BOUND_EDITS[field](by_name[folders.CASEWORKER],
                                                                   data))
    with pytest.raises(DamagedData) as caught:
        session.login(folder, folders.CASEWORKER, folders.PASSWORD)
    assert caught.value.message == "The key slot of awa is damaged."


@pytest.mark.parametrize("field,value", [("salt", "A" * 22 + "=="), ("kdf", {"m": 65536,
                                                                             "t": 4, "p": 2})])
def test_an_edited_salt_or_kdf_makes_the_password_fail(folder: DataFolder, field: str,
                                                        value: object) -> None:
    # They change the key derived from the password: the check value then tells nothing
    # apart from a wrong password, and nothing opens either way.
    _edit_slots(folder, lambda by_name, _d: by_name[folders.CASEWORKER].update({field: value}))
    with pytest.raises(WrongPassword):
        session.login(folder, folders.CASEWORKER, folders.PASSWORD)


def test_a_forged_slot_made_with_the_database_key_is_refused(folder: DataFolder) -> None:
    # A case worker who knows the database key (she can log in) and runs a modified program
    # writes a correctly bound slot named "admin" with her own password.
    key = folder.open_key(folders.CASEWORKER, folders.PASSWORD)
    slots = folder.read_slots()
    slots.remove_user(folders.ADMIN)
    slots.set_user(folders.ADMIN, "her own password", key)
    keyslots.write_slot_file(folder.slots_path, slots)
    with pytest.raises(DamagedData, match="key slot of admin is damaged"):
        session.login(folder, folders.ADMIN, "her own password")


def test_a_public_key_planted_in_the_recovery_slot_gets_no_new_key(folder: DataFolder) -> None:
    mine = X25519PrivateKey.generate()
    planted = keyslots._b64(mine.public_key().public_bytes_raw())
    _edit_slots(folder, lambda by_name, _d: by_name[keyslots.RECOVERY].update(
        public_key=planted))
    vault = folders.login(folder)  # the administrator removes the planter
    try:
        accounts.remove_person(vault, folders.CASEWORKER)
        new_key = vault.key
    finally:
        vault.close()
    slots = folder.read_slots()
    assert slots.recovery() is None  # not listed with that public key: dropped, never sealed
    for slot in slots.slots:
        with pytest.raises(Exception):  # noqa: B017 - any failure: the planted key opens none
            keyslots._open_sealed(slot.sealed_db_key, mine)
    assert opens_with(folder.db_path, new_key)
    vault = folders.login(folder)  # the administrator then sets a new recovery key
    try:
        fresh = accounts.reset_recovery_key(vault)
    finally:
        vault.close()
    session.login_with_recovery(folder, fresh).close()


def test_the_database_lists_every_slot_and_follows_each_change(folder: DataFolder) -> None:
    vault = folders.login(folder)
    try:
        accounts.reset_password(vault, folders.SUPERVISOR, "another password 1")
        accounts.remove_person(vault, folders.CASEWORKER_2)
        accounts.reset_recovery_key(vault)
        accounts.add_person(vault, "moussa", "caseworker", folders.PASSWORD)
        with vault.reader() as s:
            listed = {(r.slot_id, r.kind, r.username, r.public_key)
                      for r in s.scalars(select(SlotKey))}
    finally:
        vault.close()
    assert listed == set(folder.read_slots().entries())
    assert {e[2] for e in listed} == {folders.ADMIN, folders.SUPERVISOR, folders.CASEWORKER,
                                      "moussa", keyslots.RECOVERY}


# -- point 1: a removal that revokes -------------------------------------------------------------

def test_a_removal_cut_after_the_rekey_is_finished_by_removing_again(folder: DataFolder) -> None:
    vault = folders.login(folder)
    slots = folder.read_slots()
    slots.remove_user(folders.CASEWORKER)
    vault.rekey(slots)  # then the power goes: the account was not closed yet
    vault.close()
    with pytest.raises(WrongPassword):
        session.login(folder, folders.CASEWORKER, folders.PASSWORD)
    vault = folders.login(folder)
    try:
        row = next(r for r in accounts.list_staff(vault) if r.username == folders.CASEWORKER)
        assert row.active and not row.has_slot  # still shown, so it can be removed again
        accounts.remove_person(vault, folders.CASEWORKER)
        assert folders.CASEWORKER not in [r.username for r in accounts.list_staff(vault)]
    finally:
        vault.close()


def test_a_slot_of_a_closed_account_opens_nothing_and_goes(folder: DataFolder) -> None:
    # As an older version could leave it: the account closed, its slot still in the file.
    vault = folders.login(folder)
    old_key = vault.key
    with vault.session() as s:
        staff = s.scalar(select(Staff).where(Staff.username == folders.CASEWORKER))
        assert staff is not None
        staff.active = False
    vault.close()
    with pytest.raises(WrongPassword):
        session.login(folder, folders.CASEWORKER, folders.PASSWORD)
    folders.login(folder).close()  # the next administrator login drops it and rekeys
    assert folder.read_slots().find_user(folders.CASEWORKER) is None
    assert not opens_with(folder.db_path, old_key)  # a copy of that slot opens nothing now
    for user in (folders.SUPERVISOR, folders.CASEWORKER_2):
        folders.login(folder, user).close()


# -- old slot files (format 1) -------------------------------------------------------------------

NFD_PASSWORD = unicodedata.normalize("NFD", "Clé d'Awa éèê")


@pytest.fixture
def old_folder(folder: DataFolder, recovery_key: str) -> DataFolder:
    """``folder`` as the previous version left it (and its awa had a decomposed password)."""
    key = folder.open_key(folders.ADMIN, folders.ADMIN_PASSWORD)
    legacy_slots.as_version_1(folder, key, {
        folders.ADMIN: folders.ADMIN_PASSWORD, folders.SUPERVISOR: folders.PASSWORD,
        folders.CASEWORKER: NFD_PASSWORD, folders.CASEWORKER_2: folders.PASSWORD},
        recovery_key)
    return folder


def test_old_slot_files_open_and_each_slot_is_bound_at_its_owners_login(
        old_folder: DataFolder, recovery_key: str) -> None:
    assert all(s.binding == 1 for s in old_folder.read_slots().slots)
    folders.login(old_folder).close()
    bindings = {s.username: s.binding for s in old_folder.read_slots().slots}
    assert bindings == {folders.ADMIN: 2, folders.SUPERVISOR: 1, folders.CASEWORKER: 1,
                        folders.CASEWORKER_2: 1, keyslots.RECOVERY: 1}
    folders.login(old_folder, folders.SUPERVISOR).close()
    session.login(old_folder, folders.CASEWORKER, NFD_PASSWORD).close()  # raw form, fallback
    session.login_with_recovery(old_folder, recovery_key).close()
    assert {s.username: s.binding for s in old_folder.read_slots().slots} == {
        folders.ADMIN: 2, folders.SUPERVISOR: 2, folders.CASEWORKER: 2,
        folders.CASEWORKER_2: 1, keyslots.RECOVERY: 2}
    # Now bound and normalised: the precomposed form typed on another keyboard opens too.
    session.login(old_folder, folders.CASEWORKER,
                  unicodedata.normalize("NFC", NFD_PASSWORD)).close()
    folders.login(old_folder, folders.CASEWORKER_2).close()  # the last one, still format 1
    folders.login(old_folder, folders.CASEWORKER_2).close()


def test_old_slots_with_swapped_usernames_are_refused_after_the_upgrade(
        old_folder: DataFolder) -> None:
    folders.login(old_folder).close()  # the first login after the upgrade lists the slots

    def swap(by_name: dict[str, Any], _data: dict[str, Any]) -> None:
        by_name[folders.SUPERVISOR]["username"], by_name[folders.CASEWORKER_2]["username"] = \
            folders.CASEWORKER_2, folders.SUPERVISOR

    _edit_slots(old_folder, swap)  # both still format 1: nothing in the slot binds the name
    with pytest.raises(DamagedData, match="key slot of sali is damaged"):
        session.login(old_folder, folders.SUPERVISOR, folders.PASSWORD)


def test_an_old_recovery_slot_with_a_planted_key_is_refused(old_folder: DataFolder,
                                                            recovery_key: str) -> None:
    mine = keyslots._b64(X25519PrivateKey.generate().public_key().public_bytes_raw())
    _edit_slots(old_folder, lambda by_name, _d: by_name[keyslots.RECOVERY].update(
        public_key=mine))
    with pytest.raises(DamagedData, match="key slot of recovery is damaged"):
        session.login_with_recovery(old_folder, recovery_key)


# -- point 9: NFC and the time an unknown name takes ---------------------------------------------

def test_a_password_opens_whatever_its_unicode_form(folder: DataFolder) -> None:
    precomposed = unicodedata.normalize("NFC", "Fête à Ségou ɛɔ")
    vault = folders.login(folder)
    try:
        accounts.add_person(vault, "kadi", "caseworker", precomposed)
    finally:
        vault.close()
    decomposed = unicodedata.normalize("NFD", precomposed)
    assert decomposed != precomposed
    session.login(folder, "kadi", decomposed).close()


def test_an_unknown_username_costs_one_argon2_run_like_a_wrong_password(
        folder: DataFolder, argon2_runs: list[object]) -> None:
    for who in ("nobody-here", folders.CASEWORKER):
        with pytest.raises(WrongPassword) as caught:
            session.login(folder, who, "not the password")
        assert caught.value.message == "The username or password is not correct."
    assert argon2_runs == [keyslots.MIN_KDF, keyslots.MIN_KDF]  # the same cost, so the same time


def test_the_minimum_length_counts_characters_not_code_points(admin: Vault) -> None:
    short = unicodedata.normalize("NFD", "éééé123")  # 7 characters, 11 code points
    with pytest.raises(ValidationError):
        accounts.add_person(admin, "kadi", "caseworker", short)

"""Issue 14, point 1: each installation has its own key pairs, private halves only inside the
encrypted database; what it signs verifies, what is encrypted to it opens (with the standard
``age`` tool too), anything else is refused; a rotation keeps old packages readable."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.errors import DamagedData, PermissionDenied
from desktop.core.services.identity import site_identity
from desktop.core.store.models import InstallationKey
from desktop.core.store.vault import Vault
from tests.helpers import folders

GROUPS = re.compile(r"^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){4}$")


def test_a_new_installation_has_an_identity_with_a_fingerprint_to_read_aloud(
        admin: Vault) -> None:
    public = site_identity.own_public(admin)
    assert public.organisation == "ONG Essai" and public.site == "Mopti"
    assert len(public.signing_key) == 32 and public.age_recipient.startswith("age1")
    assert GROUPS.match(public.fingerprint()), public.fingerprint()
    assert public.fingerprint() == site_identity.fingerprint_of(public.signing_key,
                                                                public.age_recipient)


def test_two_installations_never_share_keys(admin: Vault, tmp_path: Path) -> None:
    other_folder, _ = folders.new_folder(tmp_path / "other")
    other = folders.login(other_folder)
    try:
        mine, theirs = site_identity.own_public(admin), site_identity.own_public(other)
    finally:
        other.close()
    assert mine.signing_key != theirs.signing_key
    assert mine.age_recipient != theirs.age_recipient
    assert mine.fingerprint() != theirs.fingerprint()


def test_a_changed_key_changes_the_fingerprint(admin: Vault) -> None:
    public = site_identity.own_public(admin)
    swapped = bytes([public.signing_key[0] ^ 1]) + public.signing_key[1:]
    assert site_identity.fingerprint_of(swapped, public.age_recipient) != public.fingerprint()


def test_what_it_signs_verifies_and_nothing_else(admin: Vault) -> None:
    public = site_identity.own_public(admin)
    signature = site_identity.sign(admin, b"referral REF-1")
    assert len(signature) == 64
    assert site_identity.verify(public.signing_key, b"referral REF-1", signature)
    assert not site_identity.verify(public.signing_key, b"referral REF-2", signature)
    assert not site_identity.verify(public.signing_key, b"referral REF-1",
                                    bytes([signature[0] ^ 1]) + signature[1:])
    assert not site_identity.verify(public.signing_key, b"referral REF-1", signature[:63])
    assert not site_identity.verify(b"\0" * 32, b"referral REF-1", signature)
    assert not site_identity.verify(b"short", b"referral REF-1", signature)


def test_what_is_encrypted_to_it_opens_and_a_stranger_cannot(admin: Vault,
                                                               tmp_path: Path) -> None:
    sealed = site_identity.encrypt_to([site_identity.own_public(admin).age_recipient],
                                      b"only for Mopti")
    assert b"only for Mopti" not in sealed
    assert site_identity.decrypt(admin, sealed) == b"only for Mopti"
    other_folder, _ = folders.new_folder(tmp_path / "other")
    other = folders.login(other_folder)
    try:
        with pytest.raises(DamagedData) as refused:
            site_identity.decrypt(other, sealed)
    finally:
        other.close()
    assert refused.value.message == ("This file was not encrypted to this installation, "
                                     "or it is damaged.")


@pytest.mark.parametrize("damage", ["truncated", "one byte changed", "not age", "empty"])
def test_a_damaged_file_is_refused_with_one_line(admin: Vault, damage: str) -> None:
    sealed = site_identity.encrypt_to([site_identity.own_public(admin).age_recipient],
                                      b"x" * 1000)
    bad = {"truncated": sealed[: len(sealed) // 2],
           "one byte changed": sealed[:-20] + bytes([sealed[-20] ^ 0x40]) + sealed[-19:],
           "not age": b"PK\3\4 a zip, not a package", "empty": b""}[damage]
    with pytest.raises(DamagedData) as refused:
        site_identity.decrypt(admin, bad)
    assert "\n" not in refused.value.message


@pytest.mark.skipif(shutil.which("age") is None, reason="the standard age tool is not installed")
def test_the_standard_age_tool_reads_what_relais_encrypts(admin: Vault, tmp_path: Path) -> None:
    sealed = site_identity.encrypt_to([site_identity.own_public(admin).age_recipient],
                                      b"readable by age")
    with admin.reader() as session:  # the identity, as an administrator could export it
        secret = session.scalar(select(InstallationKey.age_identity))
    (tmp_path / "key.txt").write_text(f"{secret}\n")
    (tmp_path / "file.age").write_bytes(sealed)
    opened = subprocess.run(["age", "-d", "-i", str(tmp_path / "key.txt"),
                             str(tmp_path / "file.age")], capture_output=True, check=True)
    assert opened.stdout == b"readable by age"


def test_the_private_halves_never_leave_the_encrypted_database(admin: Vault) -> None:
    with admin.reader() as session:
        row = session.scalars(select(InstallationKey)).one()
        secrets = [row.age_identity.encode(), row.signing_private]
    folder = admin.folder.path
    for path in folder.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert not any(secret in content for secret in secrets), path.name


def test_a_rotation_makes_new_keys_and_keeps_old_packages_readable(admin: Vault) -> None:
    before = site_identity.own_public(admin)
    sealed = site_identity.encrypt_to([before.age_recipient], b"sent before the rotation")
    after = site_identity.rotate(admin)
    assert after.signing_key != before.signing_key
    assert after.fingerprint() != before.fingerprint()
    assert site_identity.own_public(admin) == after
    assert site_identity.decrypt(admin, sealed) == b"sent before the rotation"
    signature = site_identity.sign(admin, b"new")
    assert site_identity.verify(after.signing_key, b"new", signature)
    assert not site_identity.verify(before.signing_key, b"new", signature)


def test_a_case_worker_cannot_rotate_the_keys(caseworker: Vault) -> None:
    before = site_identity.own_public(caseworker)
    with pytest.raises(PermissionDenied):
        site_identity.rotate(caseworker)
    assert site_identity.own_public(caseworker) == before

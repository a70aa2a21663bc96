"""``relais init --address --phone --email``: the letterhead of referral letters set at setup;
a wrong value is one line on stderr before any password is asked, and nothing is created."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import ValidationError
from desktop.core.services import session
from desktop.core.services.accounts import settings
from desktop.core.services.accounts import staff as accounts
from desktop.core.store.datafolder import DataFolder
from tests.cli.conftest import Run
from tests.helpers import folders

PW = folders.ADMIN_PASSWORD


def test_init_sets_the_letterhead_contacts(relais: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = relais("init", "--data", str(data), "--org", "ONG", "--site", "Gao",
                    "--admin", "admin", "--address", "Quartier  Château, Gao",
                    "--phone", "+223 21 82 00 00", "--email", "gao@ong.ml", stdin=PW + "\n")
    assert result.returncode == 0, result.stderr
    vault = session.login(DataFolder(data), "admin", PW)
    try:
        assert settings.get(vault, "organisation_address") == "Quartier Château, Gao"
        assert settings.get(vault, "organisation_phone") == "+223 21 82 00 00"
        assert settings.get(vault, "organisation_email") == "gao@ong.ml"
    finally:
        vault.close()


def test_a_wrong_email_is_said_before_anything_is_created(relais: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = relais("init", "--data", str(data), "--org", "ONG", "--site", "Gao",
                    "--admin", "admin", "--email", "gao at ong", stdin=PW + "\n")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "e-mail" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (data / "keyslots.json").exists()


def test_the_administrator_changes_the_letterhead(admin) -> None:  # type: ignore[no-untyped-def]
    settings.set_value(admin, "organisation_phone", " +223  76 00 00 00 ")
    assert settings.get(admin, "organisation_phone") == "+223 76 00 00 00"
    for key, bad in (("organisation_phone", "Kadidia 76"), ("organisation_email", "a@b"),
                     ("organisation_address", "l1\nl2\nl3\nl4")):
        with pytest.raises(ValidationError) as caught:
            settings.set_value(admin, key, bad)
        assert key in caught.value.errors
    assert settings.get(admin, "organisation_phone") == "+223 76 00 00 00"  # nothing lost


def test_users_add_and_phone_set_the_work_phone(relais: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert relais("init", "--data", str(data), "--org", "ONG", "--site", "Gao", "--admin",
                  "admin", stdin=PW + "\n").returncode == 0
    common = ["--data", str(data), "--as", "admin"]
    bad = relais("users", "add", "awa", "--role", "caseworker", "--phone", "appeler Awa",
                 *common, stdin=f"{PW}\nawa-pass-123\n")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr
    added = relais("users", "add", "awa", "--role", "caseworker", "--phone", "+223 76 00 00 01",
                   *common, stdin=f"{PW}\nawa-pass-123\n")
    assert added.returncode == 0, added.stderr
    changed = relais("users", "phone", "awa", "+223 76 00 00 02", *common, stdin=PW + "\n")
    assert changed.returncode == 0, changed.stderr
    vault = session.login(DataFolder(data), "admin", PW)
    try:
        assert [r.phone for r in accounts.list_staff(vault) if r.username == "awa"] == [
            "+223 76 00 00 02"]
    finally:
        vault.close()

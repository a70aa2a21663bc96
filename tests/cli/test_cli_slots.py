"""Edited and crafted slot files at the command line: one line on stderr, exit 1, no traceback."""

from __future__ import annotations

import json
import time

from desktop.core.store.datafolder import DataFolder
from tests.cli.conftest import Run
from tests.helpers import folders


def _swap_admin_and_awa(folder: DataFolder) -> None:
    data = json.loads(folder.slots_path.read_text("utf-8"))
    by_name = {s["username"]: s for s in data["slots"]}
    by_name[folders.ADMIN]["username"], by_name[folders.CASEWORKER]["username"] = \
        folders.CASEWORKER, folders.ADMIN
    folder.slots_path.write_text(json.dumps(data), encoding="utf-8")


def test_a_case_worker_cannot_act_as_admin_by_swapping_slots(relais: Run,
                                                             folder: DataFolder) -> None:
    _swap_admin_and_awa(folder)
    result = relais("users", "remove", folders.SUPERVISOR, "--data", str(folder.path),
                    "--as", folders.ADMIN, stdin=folders.PASSWORD + "\n")
    assert result.returncode == 1
    assert result.stderr.strip() == ("relais: The key slot of admin is damaged. "
                                     "Restore the latest backup.")
    assert "Traceback" not in result.stderr and result.stdout == ""
    french = relais("users", "list", "--data", str(folder.path), "--as", folders.ADMIN,
                    stdin=folders.PASSWORD + "\n", lang="fr")
    assert french.returncode == 1
    assert "L’emplacement de clé de admin est endommagé." in french.stderr


def test_a_crafted_time_cost_is_refused_at_once(relais: Run, folder: DataFolder) -> None:
    data = json.loads(folder.slots_path.read_text("utf-8"))
    for slot in data["slots"]:
        slot["kdf"]["t"] = 10**6
    folder.slots_path.write_text(json.dumps(data), encoding="utf-8")
    started = time.monotonic()
    result = relais("users", "list", "--data", str(folder.path), "--as", folders.ADMIN,
                    stdin=folders.ADMIN_PASSWORD + "\n")
    assert result.returncode == 1
    assert result.stderr.strip() == ("relais: The key-slot file is damaged. "
                                     "Restore the latest backup.")
    assert time.monotonic() - started < 120  # a bound, not a speed: Argon2 at t=10^6 takes hours

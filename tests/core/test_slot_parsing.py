"""Issue 10, point 3: a crafted slot file is refused fast, before any Argon2 runs.

Each file in the table is put in the live data folder (then a login is tried) and inside a
backup (then the restore's secret check and the restore itself are tried): each is refused
with the damaged-data message, and Argon2 never runs (the cost a crafted file could impose).
"""

from __future__ import annotations

import copy
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.core.errors import DamagedData
from desktop.core.services import session
from desktop.core.services.safety import backups, restore
from desktop.core.store import keyslots
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders

Edit = Callable[[dict[str, Any]], Any]


def _slot(data: dict[str, Any]) -> dict[str, Any]:
    return data["slots"][0]  # the administrator's


def _set(path: str, value: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        target: Any = _slot(data)
        *parents, last = path.split(".")
        for part in parents:
            target = target[part]
        target[last] = value
    return edit


def _top(key: str, value: Any) -> Edit:
    def edit(data: dict[str, Any]) -> None:
        data[key] = value
    return edit


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


CRAFTED: dict[str, Edit | str | bytes] = {
    "time cost 10^6": _set("kdf.t", 10**6),
    "memory 4 GiB": _set("kdf.m", 4 * 1024 * 1024),
    "memory 1 KiB": _set("kdf.m", 1),
    "time cost zero": _set("kdf.t", 0),
    "time cost negative": _set("kdf.t", -3),
    "parallelism 10^5": _set("kdf.p", 100_000),
    "time cost as text": _set("kdf.t", "3"),
    "time cost as true": _set("kdf.t", True),
    "memory as float": _set("kdf.m", 65536.0),
    "kdf with an extra field": _set("kdf.x", 1),
    "kdf not an object": _set("kdf", [65536, 3, 2]),
    "empty salt": _set("salt", ""),
    "salt of 8 bytes": _set("salt", "AAAAAAAAAAA="),
    "salt of 100 bytes": _set("salt", "A" * 136),
    "salt not base64": _set("salt", "not base64 at all!!"),
    "username a number": _set("username", 123),
    "username null": _set("username", None),
    "username a list": _set("username", ["admin"]),
    "username with a space": _set("username", "ad min"),
    "unknown kind": _set("kind", "administrator"),
    "slot id not a uuid": _set("slot_id", "x"),
    "public key of 31 bytes": _set("public_key", "A" * 40 + "=="),
    "wrapped key of the wrong length": _set("wrapped_private.ct", "AAAA"),
    "sealed key missing": lambda d: _slot(d).pop("sealed_db_key"),
    "slot with an extra field": _set("extra", 1),
    "binding 3": _set("binding", 3),
    "bound slot without its check": lambda d: _slot(d).pop("check"),
    "version 99": _top("version", 99),
    "version as text": _top("version", "2"),
    "format of another program": _top("format", "luks"),
    "database id a number": _top("database_id", 7),
    "no slots": _top("slots", []),
    "slots an object": _top("slots", {}),
    "600 slots": lambda d: d.update(slots=[copy.deepcopy(_slot(d))] * 600),
    "the same slot twice": lambda d: d["slots"].append(copy.deepcopy(_slot(d))),
    "nested 10 deep inside a slot": _set("kdf.m", json.loads(_nested(8))),
    "nested 100,000 deep": _nested(100_000),
    "larger than 1 MiB": "{" + " " * (1024 * 1024 + 10) + "}",
    "a 5000-digit number": '{"format": "relais-keyslots", "version": ' + "9" * 5000 + "}",
    "duplicate keys": '{"format": "relais-keyslots", "format": "x"}',
    "NaN": '{"format": "relais-keyslots", "version": NaN}',
    "a list at the top": "[]",
    "not JSON": "this is not json",
    "empty file": "",
    "not UTF-8": b"\xff\xfe\x00garbage",
}


def _crafted(valid: str, case: Edit | str | bytes) -> bytes:
    if isinstance(case, bytes):
        return case
    if isinstance(case, str):
        return case.encode("utf-8")
    data = json.loads(valid)
    case(data)
    return json.dumps(data).encode("utf-8")


def test_the_table_changes_the_valid_file_each_time(folder: DataFolder) -> None:
    valid = folder.slots_path.read_text(encoding="utf-8")
    keyslots.SlotFile.from_json(valid)  # the starting point parses
    for name, case in CRAFTED.items():
        assert _crafted(valid, case) != valid.encode(), name


@pytest.mark.parametrize("name", list(CRAFTED))
def test_crafted_slot_file_in_the_folder_is_refused_fast(
        folder: DataFolder, name: str, argon2_runs: list[object]) -> None:
    folder.slots_path.write_bytes(_crafted(folder.slots_path.read_text("utf-8"), CRAFTED[name]))
    with pytest.raises(DamagedData) as caught:
        session.login(folder, folders.ADMIN, folders.ADMIN_PASSWORD)
    assert caught.value.message == "The key-slot file is damaged."
    assert argon2_runs == [], "Argon2 ran on a file that should have been refused first"


@pytest.fixture(scope="module")
def _backup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("slotbackup")
    folder, _ = folders.new_folder(base / "data")
    vault = folders.login(folder)
    try:
        return backups.make_backup(vault, base / "good.relaisbak").path
    finally:
        vault.close()


def _with_slots(backup: Path, slots: bytes, target: Path) -> Path:
    with zipfile.ZipFile(backup) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            out.writestr(item, slots if item.filename == "keyslots.json" else data)
    return target


@pytest.mark.parametrize("name", list(CRAFTED))
def test_crafted_slot_file_inside_a_backup_is_refused_fast(
        _backup: Path, tmp_path: Path, name: str, argon2_runs: list[object]) -> None:
    with zipfile.ZipFile(_backup) as archive:
        valid = archive.read("keyslots.json").decode("utf-8")
    crafted = _with_slots(_backup, _crafted(valid, CRAFTED[name]), tmp_path / "crafted.relaisbak")
    target = DataFolder(tmp_path / "elsewhere")
    with pytest.raises(DamagedData) as checked:  # the GUI's look before it asks to confirm
        restore.preview(target, crafted, username=folders.ADMIN, password=folders.ADMIN_PASSWORD)
    with pytest.raises(DamagedData) as restored:
        restore.restore_backup(target, crafted, username=folders.ADMIN,
                               password=folders.ADMIN_PASSWORD)
    # Refused by the slot file's own parsing (the zip itself is sound), said as the restore
    # says it of any damaged backup; a slot file too large or not UTF-8 is refused earlier, by
    # the reading of the backup's members.
    early = name in ("larger than 1 MiB", "not UTF-8")
    expected = ("This file is not a readable Relais backup (damaged or of another kind)."
                if early else "The backup is damaged: nothing was changed.")
    assert restored.value.message == expected
    assert checked.value.message == expected
    assert argon2_runs == []
    assert not (target.path / "relais.db").exists()


def test_the_untouched_backup_still_restores_its_secret(
        _backup: Path, tmp_path: Path, argon2_runs: list[object]) -> None:
    summary = restore.preview(DataFolder(tmp_path / "elsewhere"), _backup,
                              username=folders.ADMIN, password=folders.ADMIN_PASSWORD)
    assert summary.cases == 0
    assert argon2_runs  # the test above could fail: here Argon2 does run

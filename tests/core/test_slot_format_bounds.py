"""Every bound of the key-slot file's reader, checked at the bound and one step beyond it.

``test_slot_parsing.py`` proves crafted files are refused before Argon2 runs, through a real
login and a real restore. This file pins each limit itself (no database, no Argon2: a hundred
files a second), so that a limit moved by one — a memory floor of 63 MiB instead of 64, a salt
of 15 bytes taken — fails here: the value at the limit is read, the one beyond it is refused
with the damaged-file message.
"""

from __future__ import annotations

import base64
import copy
import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from desktop.core.errors import DamagedData
from desktop.core.store import slot_format as fmt


def _b64(size: int) -> str:
    return base64.b64encode(bytes(i % 256 for i in range(size))).decode()


def _slot(username: str = "admin", kind: str = "user", *, bound: bool = True) -> dict[str, Any]:
    slot: dict[str, Any] = {
        "slot_id": str(uuid.uuid4()), "kind": kind, "username": username,
        "public_key": _b64(32), "salt": _b64(16),
        "kdf": {"m": 64 * 1024, "t": 3, "p": 1},
        "wrapped_private": {"nonce": _b64(12), "ct": _b64(48)},
        "sealed_db_key": {"epk": _b64(32), "nonce": _b64(12), "ct": _b64(48)},
    }
    if bound:
        slot.update(binding=2, check=_b64(16))
    return slot


def _file(*slots: dict[str, Any], version: int = 2) -> dict[str, Any]:
    return {"format": fmt.FORMAT, "version": version, "database_id": "db_1-A",
            "slots": list(slots) or [_slot()]}


def _reads(data: dict[str, Any] | str) -> bool:
    text = data if isinstance(data, str) else json.dumps(data)
    try:
        fmt.parse(text)
    except DamagedData as exc:
        assert exc.message == "The key-slot file is damaged."
        return False
    return True


def _with(edit: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = _file()
    edit(data)
    return data


def _slot_field(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target = data["slots"][0]
        *parents, last = path.split(".")
        for part in parents:
            target = target[part]
        target[last] = value
    return edit


def test_a_well_formed_file_is_read_as_written() -> None:
    data = _file(_slot("admin"), _slot("agent1"), _slot("recovery", "recovery"))
    assert fmt.parse(json.dumps(data)) == data


@pytest.mark.parametrize(("field", "low", "high"), [
    ("kdf.m", fmt.MIN_MEMORY_KIB, fmt.MAX_MEMORY_KIB),
    ("kdf.t", fmt.MIN_TIME, fmt.MAX_TIME),
    ("kdf.p", fmt.MIN_PARALLELISM, fmt.MAX_PARALLELISM),
])
def test_argon2_costs_are_read_up_to_their_limits_and_refused_beyond(
        field: str, low: int, high: int) -> None:
    assert _reads(_with(_slot_field(field, low)))
    assert _reads(_with(_slot_field(field, high)))
    assert not _reads(_with(_slot_field(field, low - 1)))
    assert not _reads(_with(_slot_field(field, high + 1)))


def test_the_limits_are_the_documented_ones() -> None:
    """64 MiB to 1 GiB of memory, 1 to 10 passes, 1 to 8 lanes, 16 to 64 bytes of salt,
    500 slots, 1 MiB of file, 6 levels of nesting: the figures the README and the
    architecture give, so that a changed limit is a decision, not a slip."""
    assert (fmt.MIN_MEMORY_KIB, fmt.MAX_MEMORY_KIB) == (65_536, 1_048_576)
    assert (fmt.MIN_TIME, fmt.MAX_TIME, fmt.MIN_PARALLELISM, fmt.MAX_PARALLELISM) == (1, 10, 1, 8)
    assert (fmt.MIN_SALT, fmt.MAX_SALT) == (16, 64)
    assert (fmt.MAX_SLOTS, fmt.MAX_FILE_BYTES, fmt.MAX_DEPTH) == (500, 1_048_576, 6)
    assert fmt.VERSIONS == (1, 2) and fmt.KINDS == ("user", "recovery")


@pytest.mark.parametrize("field", ["kdf.m", "kdf.t", "kdf.p", "binding"])
def test_a_cost_that_is_not_a_whole_number_is_refused(field: str) -> None:
    for value in (True, 2.0, "2", None, [2]):
        assert not _reads(_with(_slot_field(field, value))), (field, value)


@pytest.mark.parametrize(("field", "size", "low", "high"), [
    ("public_key", 32, 32, 32), ("salt", 16, fmt.MIN_SALT, fmt.MAX_SALT),
    ("wrapped_private.nonce", 12, 12, 12), ("wrapped_private.ct", 48, 48, 48),
    ("sealed_db_key.epk", 32, 32, 32), ("sealed_db_key.nonce", 12, 12, 12),
    ("sealed_db_key.ct", 48, 48, 48), ("check", 16, 16, 16),
])
def test_each_binary_field_has_its_exact_length(field: str, size: int, low: int,
                                                high: int) -> None:
    assert _reads(_with(_slot_field(field, _b64(size))))
    assert _reads(_with(_slot_field(field, _b64(high))))
    assert not _reads(_with(_slot_field(field, _b64(low - 1))))
    assert not _reads(_with(_slot_field(field, _b64(high + 1))))
    assert not _reads(_with(_slot_field(field, "")))
    assert not _reads(_with(_slot_field(field, _b64(size)[:-2] + "!=")))  # not base64
    text = _b64(size)
    assert not _reads(_with(_slot_field(field, text[:8] + "@@" + text[8:])))  # junk inside


def test_b64_exact_bounds_are_inclusive() -> None:
    assert fmt.b64_exact(_b64(16), 16, 64) == base64.b64decode(_b64(16))
    assert len(fmt.b64_exact(_b64(64), 16, 64)) == 64
    assert len(fmt.b64_exact(_b64(12), 12)) == 12  # high defaults to low
    for size, low, high in ((15, 16, 64), (65, 16, 64), (11, 12, None), (13, 12, None)):
        with pytest.raises(fmt._Bad):  # refused inside; parse reports it as damaged
            fmt.b64_exact(_b64(size), low, high)


def test_text_fields_are_read_up_to_their_length_and_no_further() -> None:
    name64 = "a" + "b" * 63
    assert _reads(_with(_slot_field("username", name64)))
    assert not _reads(_with(_slot_field("username", name64 + "c")))
    assert _reads(_with(lambda d: d.update(database_id="x" * 64)))
    assert not _reads(_with(lambda d: d.update(database_id="x" * 65)))
    assert not _reads(_with(lambda d: d.update(database_id="")))
    assert not _reads(_with(lambda d: d.update(database_id="bad id")))
    assert not _reads(_with(_slot_field("username", "a")))  # two characters at least
    assert _reads(_with(_slot_field("username", "ab")))
    assert not _reads(_with(_slot_field("slot_id", str(uuid.uuid4()) + "0")))
    assert not _reads(_with(_slot_field("slot_id", str(uuid.uuid4()) + "-")))  # 37: UUID() takes it
    assert not _reads(_with(_slot_field("slot_id", "{" + str(uuid.uuid4()) + "}")))


def test_only_relais_slot_files_are_read() -> None:
    for other in ("relais-keyslots2", "zip", "luks", "Relais-keyslots", "", 1):
        assert not _reads(_with(lambda d, o=other: d.update(format=o))), other  # type: ignore[misc]


def test_kinds_and_the_recovery_slot() -> None:
    assert _reads(_file(_slot("admin"), _slot("recovery", "recovery")))
    for other in ("rescue", "backup", "Recovery", "recovery2"):  # after, before, case, longer
        assert not _reads(_file(_slot("admin"), _slot(other, "recovery"))), other
    assert not _reads(_file(_slot("admin"), _slot("recovery", "recovery"),
                            _slot("recovery", "recovery")))  # a second recovery slot
    assert not _reads(_with(_slot_field("kind", "User")))
    assert not _reads(_with(_slot_field("kind", "")))


def test_a_user_may_be_called_recovery_beside_the_recovery_slot() -> None:
    """The recovery slot's fixed name is not a user's name: an account named "recovery" and
    the recovery slot do not clash, while two accounts differing by case do."""
    assert _reads(_file(_slot("recovery"), _slot("recovery", "recovery")))
    assert not _reads(_file(_slot("Admin"), _slot("admin")))
    assert _reads(_file(_slot("admin"), _slot("admin2")))


def test_slot_ids_are_unique() -> None:
    first = _slot("admin")
    second = _slot("agent1")
    second["slot_id"] = first["slot_id"]
    assert not _reads(_file(first, second))
    second["slot_id"] = str(uuid.uuid4())
    assert _reads(_file(first, second))


def test_the_slot_count_is_read_up_to_its_limit() -> None:
    many = [_slot(f"user{i}") for i in range(fmt.MAX_SLOTS)]
    assert _reads(_file(*many))
    assert not _reads(_file(*many, _slot("onemore")))
    assert not _reads(_with(lambda d: d.update(slots=[])))


def test_binding_follows_the_file_version() -> None:
    assert _reads(_file(_slot(bound=False), version=1))
    assert _reads(_file(_slot(bound=False), version=2))  # an old slot in a new file
    assert not _reads(_file(_slot(bound=True), version=1))
    plain = _slot(bound=False)
    assert _reads(_file({**plain, "binding": 1}))
    assert not _reads(_file({**plain, "binding": 1, "check": _b64(16)}))
    assert not _reads(_file({**plain, "binding": 2}))
    assert not _reads(_file({**plain, "binding": 0}))
    assert not _reads(_file({**plain, "binding": 3}))
    assert not _reads(_file({**plain, "binding": 3, "check": _b64(16)}))
    for version in (0, 3, True, "2", 2.0):
        assert not _reads(_file(_slot(bound=False), version=version))  # type: ignore[arg-type]


def test_the_file_size_limit_is_inclusive() -> None:
    text = json.dumps(_file())
    padded = text[:-1] + " " * (fmt.MAX_FILE_BYTES - len(text)) + "}"
    assert len(padded) == fmt.MAX_FILE_BYTES and _reads(padded)
    assert not _reads(padded[:-1] + " }")


def test_nesting_is_refused_before_the_fields_are_looked_at() -> None:
    """A file deeper than ``MAX_DEPTH`` is refused as too deep, whatever it holds."""
    assert fmt._depth(_file()) == 5  # file → slots → slot → kdf → its numbers
    assert fmt._depth([[[[[[]]]]]]) == fmt.MAX_DEPTH
    with pytest.raises(fmt._Bad, match="too deep"):
        fmt._depth([[[[[[[]]]]]]])
    data = _file()
    data["slots"][0]["kdf"]["m"] = [[[]]]
    with pytest.raises(DamagedData) as caught:
        fmt.parse(json.dumps(data))
    assert str(caught.value.__cause__) == "too deep"


def test_every_field_is_required_and_no_other_is_taken() -> None:
    for key in sorted(fmt._SLOT_KEYS):
        data = _file()
        del data["slots"][0][key]
        assert not _reads(data), key
    for key in ("format", "version", "database_id", "slots"):
        data = _file()
        del data[key]
        assert not _reads(data), key
    assert not _reads(_with(lambda d: d.update(extra=1)))
    assert not _reads(_with(_slot_field("kdf.extra", 1)))
    assert not _reads(_with(_slot_field("sealed_db_key.extra", "x")))


def test_edited_copies_of_a_good_file_are_all_refused() -> None:
    good = _file(_slot("admin"), _slot("recovery", "recovery"))
    for index in range(2):
        for key in sorted(fmt._SLOT_KEYS | fmt._V2_KEYS):
            data = copy.deepcopy(good)
            data["slots"][index][key] = None
            assert not _reads(data), (index, key)

"""Failed logins slow down, across processes, and are audited at the next successful login."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from desktop.core.errors import WrongPassword
from desktop.core.services import session
from desktop.core.services.accounts import audit
from desktop.core.store.datafolder import ATTEMPTS_NAME, DataFolder
from desktop.core.store.logins import MAX_BYTES, MAX_DELAY, MAX_ENTRIES, LoginThrottle
from tests.helpers import folders


def test_delay_grows_after_three_failures() -> None:
    now = [1000.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    for _ in range(2):
        throttle.failed("awa")
    assert throttle.wait_seconds("awa") == 0
    throttle.failed("awa")
    assert throttle.wait_seconds("awa") == 5
    throttle.failed("awa")
    assert throttle.wait_seconds("AWA") == 10
    now[0] += 10
    assert throttle.wait_seconds("awa") == 0
    for _ in range(20):
        throttle.failed("awa")
    assert throttle.wait_seconds("awa") == MAX_DELAY  # doubling stops at 5 minutes
    assert len(throttle.succeeded("awa")) == 24
    assert throttle.wait_seconds("awa") == 0


def _file_throttle(tmp_path: Path, now: list[float]) -> LoginThrottle:
    return LoginThrottle(tmp_path / ATTEMPTS_NAME, clock=lambda: now[0])


def test_the_attempts_file_is_shared_by_every_process(tmp_path: Path) -> None:
    now = [1_800_000_000.0]
    for _ in range(4):  # each failure from a "new process" (a fresh throttle on the file)
        _file_throttle(tmp_path, now).failed("Awa")
    assert _file_throttle(tmp_path, now).wait_seconds("awa") == 10
    path = tmp_path / ATTEMPTS_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 or os.name != "posix"
    entries = json.loads(path.read_text())["attempts"]
    assert [e["user"] for e in entries] == ["Awa"] * 4  # as typed, nothing else
    assert set(entries[0]) == {"user", "at", "audited", "trying"}


def test_tries_under_way_count_for_tries_started_meanwhile(tmp_path: Path) -> None:
    now = [1_800_000_000.0]
    # Three processes start a try at the same moment: the fourth must already wait.
    for _ in range(3):
        assert _file_throttle(tmp_path, now).reserve("admin") == 0
    assert _file_throttle(tmp_path, now).reserve("admin") == 5
    assert _file_throttle(tmp_path, now).pending() == ([], 0)  # not failures (yet)
    _file_throttle(tmp_path, now).failed("admin")
    _file_throttle(tmp_path, now).cancel("admin")  # a damaged folder, not a wrong password
    assert len(_file_throttle(tmp_path, now).pending()[0]) == 1
    now[0] += 3600  # the third try's process was killed during the check: a failure
    assert len(_file_throttle(tmp_path, now).pending()[0]) == 2


def test_a_colleague_login_does_not_reset_a_guessed_account(tmp_path: Path) -> None:
    now = [1_800_000_000.0]
    for _ in range(3):
        _file_throttle(tmp_path, now).failed("admin")
    failures = _file_throttle(tmp_path, now).succeeded("awa")
    assert len(failures) == 3  # handed to the audit log …
    again = _file_throttle(tmp_path, now)
    assert again.wait_seconds("admin") == 5  # … but admin is still slowed down
    assert again.pending() == ([], 0)  # and not audited twice
    again.succeeded("admin")
    assert not (tmp_path / ATTEMPTS_NAME).exists()


def test_a_clock_gone_backwards_never_locks_out_for_good(tmp_path: Path) -> None:
    now = [1_800_000_000.0]
    for _ in range(10):
        _file_throttle(tmp_path, now).failed("awa")
    now[0] -= 365 * 86400  # the PC's clock is set back a year
    assert _file_throttle(tmp_path, now).wait_seconds("awa") <= MAX_DELAY
    _file_throttle(tmp_path, now).failed("awa")  # the times in the future now count as now
    now[0] += MAX_DELAY + 1
    assert _file_throttle(tmp_path, now).wait_seconds("awa") == 0


@pytest.mark.parametrize("content", [
    b"", b"not json", b"\xff\xfe", b"[]", b'{"version": 1, "attempts": 5}',
    b'{"version": 1, "attempts": [1, "x", {"user": 3, "at": "y"}, {"user": "a", "at": true}]}',
    b'{"version": 1, "attempts": [{"user": "awa", "at": 1e400}]}',
    b'{"version": 1, "attempts": [{"user": "awa", "at": 1' + b"0" * 400 + b'}]}',
    b"[" * 50_000 + b"]" * 50_000,
    b'{"version": 1, "attempts": [' + b'{"user": "awa", "at": 1},' * 20000 + b"1]}",
])
def test_a_damaged_attempts_file_is_replaced(tmp_path: Path, content: bytes) -> None:
    now = [1_800_000_000.0]
    (tmp_path / ATTEMPTS_NAME).write_bytes(content)
    assert _file_throttle(tmp_path, now).wait_seconds("awa") == 0
    _file_throttle(tmp_path, now).failed("awa")
    data = json.loads((tmp_path / ATTEMPTS_NAME).read_text())
    assert len(data["attempts"]) == 1


def test_future_times_and_huge_counts_stay_bounded(tmp_path: Path) -> None:
    now = [1_800_000_000.0]
    entries = [{"user": "awa", "at": 9e15} for _ in range(MAX_ENTRIES * 3)]
    (tmp_path / ATTEMPTS_NAME).write_text(json.dumps({"version": 1, "attempts": entries}))
    assert _file_throttle(tmp_path, now).wait_seconds("awa") == MAX_DELAY
    many = [{"user": "x" * 200, "at": now[0]} for _ in range(MAX_ENTRIES)]
    (tmp_path / ATTEMPTS_NAME).write_text(json.dumps({"version": 1, "attempts": many}))
    for _ in range(10):
        _file_throttle(tmp_path, now).failed("x" * 500)
    failures, dropped = _file_throttle(tmp_path, now).pending()
    assert len(failures) == MAX_ENTRIES and dropped == 10
    assert {len(f.username) for f in failures} == {64}


def test_the_longest_names_still_fit_and_are_kept_clean(tmp_path: Path) -> None:
    now = [1_800_000_000.0]
    widest = "\U0001d54f" * 64  # 4 bytes a character
    full = [{"user": widest, "at": now[0]} for _ in range(MAX_ENTRIES)]
    (tmp_path / ATTEMPTS_NAME).write_bytes(json.dumps(
        {"version": 1, "attempts": full}, ensure_ascii=False).encode())
    _file_throttle(tmp_path, now).failed("a\x1b[2J\ud800b")  # controls, a lone surrogate
    assert (tmp_path / ATTEMPTS_NAME).stat().st_size <= MAX_BYTES
    failures, dropped = _file_throttle(tmp_path, now).pending()
    assert len(failures) == MAX_ENTRIES and dropped == 1  # read back, not replaced
    assert failures[-1].username == "a?[2J?b" and failures[0].username == widest


def test_repeated_failures_are_refused_then_audited(folder: DataFolder) -> None:
    db, slots = folder.db_path.read_bytes(), folder.slots_path.read_bytes()
    for _ in range(3):
        with pytest.raises(WrongPassword):
            session.login(folder, folders.CASEWORKER, "bad password")
    with pytest.raises(WrongPassword) as info:  # even the right password must wait now
        session.login(folder, folders.CASEWORKER, folders.PASSWORD)
    assert "Wait" in str(info.value)
    # A wrong password changes neither the database nor the slot file.
    assert folder.db_path.read_bytes() == db and folder.slots_path.read_bytes() == slots
    assert (folder.path / ATTEMPTS_NAME).exists()
    vault = folders.login(folder, folders.ADMIN)
    failed = audit.events(vault, action="login_failed")
    assert len(failed) == 3 and {e.actor for e in failed} == {folders.CASEWORKER}
    assert audit.events(vault, action="login")[0].actor == folders.ADMIN
    vault.close()
    vault = folders.login(folder, folders.SUPERVISOR)  # audited once, not at every login
    assert len(audit.events(vault, action="login_failed")) == 3
    vault.close()
    assert folder.throttle.wait_seconds(folders.CASEWORKER) > 0  # still slowed down


def test_a_read_only_folder_still_slows_down_in_the_process(folder: DataFolder) -> None:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs a POSIX folder the user cannot write")
    folder.path.chmod(0o500)
    try:
        for _ in range(3):
            with pytest.raises(WrongPassword):
                session.login(folder, folders.CASEWORKER, "bad password")
        assert folder.throttle.wait_seconds(folders.CASEWORKER) > 0
    finally:
        folder.path.chmod(0o700)


def test_a_damaged_database_is_not_a_wrong_password(folder: DataFolder) -> None:
    from desktop.core.errors import DamagedData

    data = bytearray(folder.db_path.read_bytes())
    data[:4096] = b"\0" * 4096  # the first page: the right password no longer opens it
    folder.db_path.write_bytes(bytes(data))
    for _ in range(4):
        with pytest.raises(DamagedData):
            session.login(folder, folders.CASEWORKER, folders.PASSWORD)
    assert folder.throttle.wait_seconds(folders.CASEWORKER) == 0
    assert folder.throttle.pending() == ([], 0)

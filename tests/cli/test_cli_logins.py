"""Wrong passwords given to real ``relais`` processes: the next process waits, the audit log
gets the failures at the next login, and the database and slot file are not touched."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.services.accounts import audit
from desktop.core.store.datafolder import ATTEMPTS_NAME, DataFolder
from tests.cli.conftest import Run
from tests.helpers import folders


def _check(relais: Run, data: Path, user: str, password: str):  # type: ignore[no-untyped-def]
    return relais("check", "--data", str(data), "--as", user, stdin=password + "\n")


def test_failures_hold_across_processes_and_reach_the_audit_log(
        relais: Run, folder: DataFolder) -> None:
    data = folder.path
    db, slots = folder.db_path.read_bytes(), folder.slots_path.read_bytes()
    # Each wrong password in a new process. From the third on, the delay (5 s, then 10, 20 …)
    # outlasts a process's start even on a busy machine: a later process is told to wait.
    failures, told_to_wait = 0, None
    for _ in range(8):
        result = _check(relais, data, folders.CASEWORKER, "not the password")
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert result.stderr.count("\n") == 1
        if "Wait" in result.stderr:
            told_to_wait = result.stderr
            break
        assert "not correct" in result.stderr
        failures += 1
    assert told_to_wait is not None and failures >= 3
    assert folder.db_path.read_bytes() == db and folder.slots_path.read_bytes() == slots
    names = [e["user"] for e in json.loads((data / ATTEMPTS_NAME).read_text())["attempts"]]
    assert names == [folders.CASEWORKER] * failures  # the refused try is not a failure

    ok = _check(relais, data, folders.ADMIN, folders.ADMIN_PASSWORD)
    assert ok.returncode == 0, ok.stderr
    vault = folders.login(folder, folders.ADMIN)
    try:
        failed = audit.events(vault, action="login_failed")
    finally:
        vault.close()
    assert [e.actor for e in failed] == [folders.CASEWORKER] * failures
    # Audited once; the guessed account's failures still count for its delay.
    kept = json.loads((data / ATTEMPTS_NAME).read_text())["attempts"]
    assert [(e["user"], e["audited"]) for e in kept] == [(folders.CASEWORKER, True)] * failures


def test_a_garbage_attempts_file_never_blocks_a_login(relais: Run, folder: DataFolder) -> None:
    (folder.path / ATTEMPTS_NAME).write_bytes(b"\x00garbage{" * 20_000)
    ok = _check(relais, folder.path, folders.CASEWORKER, folders.PASSWORD)
    assert ok.returncode == 0 and ok.stdout.strip() == "ok", ok.stderr


def _typed_at_a_terminal(data: Path, user: str, password: str) -> tuple[int, str, str]:
    """``relais check`` in a fresh process whose standard input is a pseudo-terminal: the
    password is typed once the prompt shows (the login imports the database layer while it
    waits, ``io.login_as``). Returns the exit code, what it printed and what it said."""
    import os
    import pty
    import subprocess
    import sys

    primary, secondary = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--lang", "en", "check", "--data", str(data),
         "--as", user], stdin=secondary, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2], start_new_session=True)
    os.close(secondary)
    assert proc.stderr is not None
    try:
        prompt = b""
        while b": " not in prompt:
            chunk = os.read(proc.stderr.fileno(), 256)
            assert chunk, "the password was never asked for"
            prompt += chunk
        os.write(primary, password.encode() + b"\n")
        out, err = proc.communicate(timeout=120)
    finally:
        os.close(primary)
    return proc.returncode, out.decode(), (prompt + err).decode()


def test_a_password_typed_at_a_terminal_logs_in_or_is_refused(folder: DataFolder) -> None:
    code, out, said = _typed_at_a_terminal(folder.path, folders.CASEWORKER, folders.PASSWORD)
    assert (code, out.strip()) == (0, "ok"), said
    assert said.startswith(f"Password for {folders.CASEWORKER}: ")
    code, out, said = _typed_at_a_terminal(folder.path, folders.CASEWORKER, "not the password")
    assert code == 1 and out == "" and "not correct" in said and "Traceback" not in said
    names = [e["user"] for e in json.loads((folder.path / ATTEMPTS_NAME).read_text())["attempts"]]
    assert names == [folders.CASEWORKER]  # the typed wrong password counts as a failure

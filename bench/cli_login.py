"""The first command-line login of the day (issue 13: 73.5 s at 230,000 cases, with ANALYZE and
the daily backup inside the login; goal < 1 s, the upkeep after the command).

Figures (each one fresh ``relais users list`` process, password on stdin):
- time to the command's result at the first login of the day (the daily backup is due), against
  the same command later that day (nothing due) as the baseline of the same run;
- the whole first process, upkeep included (the daily backup runs after the result), against the
  same baseline;
- the same first login typed at a terminal (a pseudo-terminal: the password is typed
  ``RELAIS_BENCH_TYPING`` seconds, default 1.5, after the prompt shows): time from the Enter key
  to the result, which is what a person waits for.

The benchmark folder's ``last_auto_backup`` is set to yesterday before each first login, and
the daily backups made are removed afterwards. Run: ``.venv/bin/python -m bench.cli_login``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

Row = tuple[str, float, float | None, str]
RUNS = int(os.environ.get("RELAIS_BENCH_CLI_RUNS", "3"))
TYPING = float(os.environ.get("RELAIS_BENCH_TYPING", "1.5"))


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))


def _users_list(folder: Path, username: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "users", "list", "--data", str(folder),
            "--as", username]


def _command(folder: Path, username: str, password: str) -> tuple[float, float]:
    """Seconds to the first line of output, and to the end of the process."""
    started = time.perf_counter()
    proc = subprocess.Popen(_users_list(folder, username), stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=_env())
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(password + "\n")
    proc.stdin.close()
    proc.stdout.readline()
    first = time.perf_counter() - started
    proc.stdout.read()
    if proc.wait(timeout=3600) != 0:
        raise RuntimeError("relais users list failed")
    return first, time.perf_counter() - started


def _typed(folder: Path, username: str, password: str) -> float:
    """Seconds from the Enter key to the first line of output, the password typed at a
    (pseudo-)terminal ``TYPING`` seconds after the prompt shows."""
    import pty

    primary, secondary = pty.openpty()
    # a session of its own: no controlling terminal, so getpass prompts on stderr and reads
    # the pseudo-terminal given as stdin, echo off, as at a console
    proc = subprocess.Popen(_users_list(folder, username), stdin=secondary,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(),
                            start_new_session=True)
    os.close(secondary)
    assert proc.stdout is not None and proc.stderr is not None
    try:
        shown = b""
        while b":" not in shown:
            chunk = os.read(proc.stderr.fileno(), 256)
            if not chunk:
                raise RuntimeError("relais users list never asked for the password")
            shown += chunk
        time.sleep(TYPING)
        os.write(primary, password.encode() + b"\n")
        entered = time.perf_counter()
        proc.stdout.readline()
        waited = time.perf_counter() - entered
        proc.stdout.read()
        if proc.wait(timeout=3600) != 0:
            raise RuntimeError("relais users list failed")
        return waited
    finally:
        os.close(primary)
        proc.stderr.close()


def _backup_due(folder: Path, username: str, password: str) -> None:
    from desktop.core.services.accounts import settings
    from desktop.core.store.datafolder import DataFolder
    from desktop.core.store.vault import Vault

    data = DataFolder(folder)
    _slot, unlocked = data.unlock(username, password)
    vault = Vault.open(data, unlocked.db_key, quick_check=False)
    try:
        with vault.session() as session:
            settings.put_in_session(session, "last_auto_backup",
                                    (date.today() - timedelta(days=1)).isoformat())
    finally:
        vault.close()


def run(folder: Path | None = None, username: str | None = None,
        password: str | None = None) -> list[Row]:
    """Median seconds of the first command-line login of the day, with its same-run baseline."""
    from bench import data
    from desktop.core.store.datafolder import DataFolder

    folder = folder or data.demo_folder()
    username, password = username or data.ADMIN, password or data.PASSWORD
    backups = DataFolder(folder).backups_dir
    before = set(backups.glob("*-daily.relaisbak")) if backups.is_dir() else set()
    results, wholes, laters, typed = [], [], [], []
    try:
        for _ in range(RUNS):
            _backup_due(folder, username, password)
            first, whole = _command(folder, username, password)
            results.append(first)
            wholes.append(whole)
            laters.append(_command(folder, username, password)[0])
            _backup_due(folder, username, password)
            typed.append(_typed(folder, username, password))
    finally:
        for path in set(backups.glob("*-daily.relaisbak")) - before:
            path.unlink(missing_ok=True)
    baseline = statistics.median(laters)
    return [
        ("first CLI login of the day: result", statistics.median(results), baseline, "< 1 s"),
        ("  same, with the backup after it", statistics.median(wholes), baseline, "-"),
        ("  typed at a terminal: Enter to result", statistics.median(typed), baseline,
         "< 1 s"),
    ]


if __name__ == "__main__":
    from bench.startup import report

    print(report(run()))

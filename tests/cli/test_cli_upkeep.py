"""``relais`` on a terminal at the first login of the day: the command's result comes first,
then the daily backup, saying what it does (issue 13, point 4)."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from datetime import date, timedelta

from desktop.core.services.accounts import settings
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders


def _on_a_terminal(*args: str, stdin: str) -> tuple[int, str]:
    """Run ``relais ARGS`` with stdout and stderr on one pseudo-terminal (so the order of what
    the person sees can be checked); the password comes on a pipe."""
    main, child = pty.openpty()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-m", "desktop", "--lang", "en", *args],
                            stdin=subprocess.PIPE, stdout=child, stderr=child, env=env)
    os.close(child)
    assert proc.stdin is not None
    proc.stdin.write(stdin.encode())
    proc.stdin.close()
    chunks = []
    while True:
        try:
            data = os.read(main, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(main)
    return proc.wait(timeout=120), b"".join(chunks).decode("utf-8", "replace")


def test_the_result_comes_before_the_daily_backup(folder: DataFolder) -> None:
    vault = folders.login(folder)
    with vault.session() as db:
        settings.put_in_session(db, "last_auto_backup",
                                (date.today() - timedelta(days=1)).isoformat())
    vault.close()
    before = set(folder.backups_dir.glob("*-daily.relaisbak"))

    status, seen = _on_a_terminal("users", "list", "--data", str(folder.path), "--as",
                                  folders.ADMIN, stdin=folders.ADMIN_PASSWORD + "\n")
    assert status == 0, seen
    result = seen.index(folders.CASEWORKER)  # a line of the list
    started = seen.index("relais: Daily backup of the database…")
    done = seen.index("relais: Daily backup of the database: done in ")
    assert result < started < done
    assert len(set(folder.backups_dir.glob("*-daily.relaisbak")) - before) == 1

    status, seen = _on_a_terminal("users", "list", "--data", str(folder.path), "--as",
                                  folders.ADMIN, stdin=folders.ADMIN_PASSWORD + "\n")
    assert status == 0 and "backup" not in seen  # once a day

"""The forked command line of the tests (``tests/helpers/cli_process.py``) gives what a fresh
``python -m desktop`` gives: the same exit status, output and messages, in its own process."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid

from desktop.core.store.datafolder import DataFolder
from tests.helpers import cli_process, folders
from tests.helpers.cli_process import run_relais


def _fresh(args: list[str], stdin: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=120)


def test_a_forked_command_answers_as_a_fresh_interpreter(folder: DataFolder) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELAIS_DATA=str(folder.path))
    calls = [
        (["--lang", "en", "check", "--as", folders.ADMIN], folders.ADMIN_PASSWORD + "\n"),
        (["check", "--as", folders.ADMIN], "not the password\n"),  # French, status 1
        (["--lang", "en", "users", "list", "--as", folders.SUPERVISOR], folders.PASSWORD + "\n"),
        (["--lang", "en", "users", "frobnicate"], ""),  # a usage error, status 2
    ]
    for args, stdin in calls:
        fresh, forked = _fresh(args, stdin, env), run_relais(args, input=stdin, env=env)
        assert (forked.returncode, forked.stdout, forked.stderr) == \
            (fresh.returncode, fresh.stdout, fresh.stderr), args


def test_each_command_is_a_process_of_its_own(folder: DataFolder) -> None:
    """While this process holds the folder, the forked command finds it in use, as a command
    typed in another window would; once it is free, the same command works."""
    args = ["--lang", "en", "check", "--data", str(folder.path), "--as", folders.ADMIN]
    vault = folders.login(folder)
    try:
        busy = run_relais(args, input=folders.ADMIN_PASSWORD + "\n")
    finally:
        vault.close()
    assert busy.returncode == 1 and "already open on this data folder" in busy.stderr
    free = run_relais(args, input=folders.ADMIN_PASSWORD + "\n")
    assert free.returncode == 0 and free.stdout.strip() == "ok", free.stderr


def test_a_different_start_runs_a_fresh_interpreter() -> None:
    here = dict(os.environ)
    assert cli_process._same_start(here)
    assert cli_process._same_start(dict(here, PYTHONPATH=str(cli_process.ROOT)))
    assert not cli_process._same_start(dict(here, PYTHONIOENCODING="cp1252"))
    assert not cli_process._same_start(dict(here, LC_ALL="C"))
    cp1252 = run_relais(["--lang", "en", "--version"], env=dict(here, PYTHONIOENCODING="cp1252"))
    assert cp1252.returncode == 0 and cp1252.stdout.startswith("Relais ")


def test_argon2_runs_once_per_input_across_commands(folder: DataFolder) -> None:
    """As in the test process: the same password and slot are derived once (an earlier command
    of this process may have done it already); a wrong password never typed before is a new
    input, derived for real, and still refused."""
    args = ["--lang", "en", "check", "--data", str(folder.path), "--as", folders.ADMIN]
    kept = cli_process._the_server().folder / "argon2"
    first = run_relais(args, input=folders.ADMIN_PASSWORD + "\n")
    derived = sorted(kept.iterdir())
    again = run_relais(args, input=folders.ADMIN_PASSWORD + "\n")
    assert first.returncode == again.returncode == 0 and again.stdout.strip() == "ok"
    assert derived and sorted(kept.iterdir()) == derived
    wrong = run_relais(args, input=f"never typed before {uuid.uuid4()}\n")
    assert wrong.returncode == 1 and "not correct" in wrong.stderr
    assert len(list(kept.iterdir())) == len(derived) + 1

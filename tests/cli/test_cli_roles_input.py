"""The command line: passwords read as UTF-8 on any console, roles checked before prompts,
case workers take no backup, ``init`` lets the first administrator choose their role."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from desktop.core.services import session
from desktop.core.services.accounts.permissions import Role
from desktop.core.store.datafolder import DataFolder
from tests.cli.conftest import Run
from tests.helpers import folders
from tests.helpers.cli_process import run_relais

BAMBARA = "ɛɔɲŋ"


def _relais_bytes(*args: str, stdin: bytes, **env: str) -> subprocess.CompletedProcess[bytes]:
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    return run_relais(["--lang", "en", *args], input=stdin, env=full_env, timeout=120,
                      text=False)


def test_a_cp1252_console_reads_a_bambara_password(folder: DataFolder) -> None:
    new_password = f"{BAMBARA} {BAMBARA} 2026"
    stdin = f"{folders.ADMIN_PASSWORD}\n{new_password}\n".encode()  # what a UTF-8 pipe sends
    result = _relais_bytes("users", "add", "--data", str(folder.path), "--as", folders.ADMIN,
                           "binta", "--role", "caseworker", "--full-name", f"Binta {BAMBARA}",
                           stdin=stdin, PYTHONIOENCODING="cp1252", LC_ALL="C")
    assert result.returncode == 0, result.stderr.decode("cp1252", "replace")
    session.login(folder, "binta", new_password).close()
    listing = _relais_bytes("users", "list", "--data", str(folder.path), "--as", "binta",
                            stdin=f"{new_password}\n".encode(),
                            PYTHONIOENCODING="cp1252", LC_ALL="C")
    assert listing.returncode == 0 and b"Traceback" not in listing.stderr  # "ɛ" unprintable
    assert b"binta\tcaseworker" in listing.stdout


def test_a_byte_order_mark_and_bad_bytes(folder: DataFolder) -> None:
    bom = _relais_bytes("check", "--data", str(folder.path), "--as", folders.ADMIN,
                        stdin=b"\xef\xbb\xbf" + folders.ADMIN_PASSWORD.encode() + b"\r\n")
    assert bom.returncode == 0 and bom.stdout.strip() == b"ok", bom.stderr
    latin = _relais_bytes("check", "--data", str(folder.path), "--as", folders.ADMIN,
                          stdin=folders.ADMIN_PASSWORD.encode("utf-16-le") + b"\n")
    assert latin.returncode == 1 and b"Traceback" not in latin.stderr
    assert latin.stderr.count(b"\n") == 1


def test_a_case_worker_is_refused_before_any_new_password_prompt(
        relais: Run, folder: DataFolder) -> None:
    result = relais("users", "add", "--data", str(folder.path), "--as", folders.CASEWORKER,
                    "intrus", "--role", "administrator", stdin=folders.PASSWORD + "\n")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "role does not allow" in result.stderr and "New password" not in result.stderr
    assert result.stderr.count("\n") == 1
    reset = relais("users", "passwd", "--data", str(folder.path), "--as", folders.CASEWORKER,
                   folders.ADMIN, stdin=folders.PASSWORD + "\n")
    assert reset.returncode == 1 and "role does not allow" in reset.stderr


def test_a_case_worker_takes_no_backup(relais: Run, folder: DataFolder, tmp_path: Path) -> None:
    target = tmp_path / "mine.relaisbak"
    result = relais("backup", "--data", str(folder.path), "--as", folders.CASEWORKER,
                    "--to", str(target), stdin=folders.PASSWORD + "\n")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert not target.exists()
    ok = relais("backup", "--data", str(folder.path), "--as", folders.SUPERVISOR,
                "--to", str(target), stdin=folders.PASSWORD + "\n")
    assert ok.returncode == 0, ok.stderr


def test_init_makes_the_first_administrator_also_supervisor_unless_told(
        relais: Run, tmp_path: Path) -> None:
    for data, extra, role in ((tmp_path / "a", [], Role.ADMIN_SUPERVISOR),
                              (tmp_path / "b", ["--admin-role", "administrator"],
                               Role.ADMINISTRATOR)):
        made = relais("init", "--data", str(data), "--org", "ONG", "--site", "Gao", "--admin",
                      "chef", *extra, stdin=folders.PASSWORD + "\n")
        assert made.returncode == 0, made.stderr
        vault = session.login(DataFolder(data), "chef", folders.PASSWORD)
        try:
            assert vault.actor is not None and vault.actor.role == role
        finally:
            vault.close()

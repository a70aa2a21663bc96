"""``relais init``, ``users``, ``check`` and ``--version``: exit codes and messages."""

from __future__ import annotations

from pathlib import Path

from desktop import __version__
from desktop.core.store import keyslots
from tests.cli.conftest import Run
from tests.helpers import folders

PW = folders.ADMIN_PASSWORD


def _init(relais: Run, data: Path) -> str:
    result = relais("init", "--data", str(data), "--org", "ONG", "--site", "Gao",
                    "--admin", "admin", stdin=PW + "\n")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_version(relais: Run) -> None:
    result = relais("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_init_prints_a_recovery_key_that_works(relais: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    key = _init(relais, data)
    assert len(key.split("-")) == 7 and key == key.upper()
    assert keyslots.read_slot_file(data / "keyslots.json").recovery() is not None
    from desktop.core.services import session
    from desktop.core.store.datafolder import DataFolder
    session.login_with_recovery(DataFolder(data), key).close()


def test_init_twice_is_a_user_error(relais: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _init(relais, data)
    again = relais("init", "--data", str(data), "--org", "O", "--site", "S", "--admin", "a",
                   stdin=PW + "\n")
    assert again.returncode == 1
    assert again.stderr.count("\n") == 1 and "already holds" in again.stderr
    assert "Traceback" not in again.stderr


def test_check_ok_and_wrong_password(relais: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _init(relais, data)
    ok = relais("check", "--data", str(data), "--as", "admin", stdin=PW + "\n")
    assert ok.returncode == 0 and ok.stdout.strip() == "ok"
    bad = relais("check", "--data", str(data), "--as", "admin", stdin="nope\n")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.strip().startswith("relais:") and "password" in bad.stderr


def test_check_reports_a_damaged_database(relais: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _init(relais, data)
    db = data / "relais.db"
    raw = bytearray(db.read_bytes())
    middle = len(raw) // 2
    raw[middle:middle + 64] = bytes(64)
    db.write_bytes(bytes(raw))
    result = relais("check", "--data", str(data), "--as", "admin", stdin=PW + "\n")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "damaged" in result.stderr


def test_users_add_list_remove(relais: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _init(relais, data)
    common = ["--data", str(data), "--as", "admin"]
    added = relais("users", "add", "moussa", "--role", "supervisor", *common,
                   stdin=f"{PW}\nmoussa-pass-1\n")
    assert added.returncode == 0, added.stderr
    listed = relais("users", "list", *common, stdin=PW + "\n")
    assert "moussa\tsupervisor" in listed.stdout
    as_moussa = relais("check", "--data", str(data), "--as", "moussa", stdin="moussa-pass-1\n")
    assert as_moussa.returncode == 0
    removed = relais("users", "remove", "moussa", *common, stdin=PW + "\n")
    assert removed.returncode == 0, removed.stderr
    gone = relais("check", "--data", str(data), "--as", "moussa", stdin="moussa-pass-1\n")
    assert gone.returncode == 1


def test_caseworker_cannot_manage_users(relais: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _init(relais, data)
    relais("users", "add", "awa", "--role", "caseworker", "--data", str(data), "--as", "admin",
           stdin=f"{PW}\nawa-pass-12\n")
    result = relais("users", "add", "x", "--role", "caseworker", "--data", str(data),
                    "--as", "awa", stdin="awa-pass-12\nxxxx-pass-1\n")
    assert result.returncode == 1 and "role does not allow" in result.stderr


def test_usage_errors_exit_2(relais: Run, tmp_path: Path) -> None:
    assert relais("bogus").returncode == 2
    assert relais("users", "add", "x", "--data", str(tmp_path)).returncode == 2


def test_missing_folder_is_a_clear_user_error(relais: Run, tmp_path: Path) -> None:
    result = relais("check", "--data", str(tmp_path / "none"), "--as", "admin", stdin="x\n")
    assert result.returncode == 1 and "No Relais database" in result.stderr


def test_no_password_on_stdin_is_a_clear_user_error(relais: Run, tmp_path: Path) -> None:
    result = relais("init", "--data", str(tmp_path / "d"), "--org", "O", "--site", "S",
                    "--admin", "admin", stdin="")
    assert result.returncode == 1 and "standard input" in result.stderr

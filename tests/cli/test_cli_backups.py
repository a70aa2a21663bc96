"""``relais backup`` and ``relais restore`` as a user runs them (real processes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

if sys.platform != "win32":
    import resource

from tests.cli.conftest import Run

PW = "Mot de passe d'admin ɛɔɲŋ"


def _init(relais: Run, data: Path) -> str:
    result = relais("init", "--data", str(data), "--org", "ONG", "--site", "Mopti",
                    "--admin", "admin", stdin=f"{PW}\n")
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_backup_then_restore_on_another_pc(relais: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _init(relais, data)
    added = relais("users", "add", "awa", "--role", "caseworker", "--data", str(data), "--as",
                   "admin", stdin=f"{PW}\nawa-pass-123\n")
    assert added.returncode == 0, added.stderr
    target = tmp_path / "stick" / "today.relaisbak"
    target.parent.mkdir()
    made = relais("backup", "--data", str(data), "--as", "admin", "--to", str(target),
                  stdin=f"{PW}\n")
    assert made.returncode == 0, made.stderr
    assert target.exists() and "Backup written" in made.stdout

    other = tmp_path / "other-pc"
    restored = relais("restore", "--data", str(other), "--from", str(target), "--as", "admin",
                      stdin=f"{PW}\n")
    assert restored.returncode == 0, restored.stderr
    assert "2 accounts" in restored.stdout
    listed = relais("users", "list", "--data", str(other), "--as", "awa",
                    stdin="awa-pass-123\n")
    assert listed.returncode == 0 and "awa" in listed.stdout and "admin" in listed.stdout

    # Without --as: the username then the password, as two lines.
    again = relais("restore", "--data", str(other), "--from", str(target),
                   stdin=f"admin\n{PW}\n")
    assert again.returncode == 0, again.stderr
    assert "replaced files are kept in" in again.stdout
    assert any(p.name.startswith("replaced-") for p in other.iterdir())


def test_restore_errors_are_one_clear_line(relais: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _init(relais, data)
    target = tmp_path / "b.relaisbak"
    assert relais("backup", "--data", str(data), "--as", "admin", "--to", str(target),
                  stdin=f"{PW}\n").returncode == 0
    before = (data / "relais.db").read_bytes()
    cases = {
        "wrong password": (["--from", str(target), "--as", "admin"], "nope\n", "do not open"),
        "missing file": (["--from", str(tmp_path / "none.relaisbak"), "--as", "admin"],
                         f"{PW}\n", "not found"),
        "wrong recovery key": (["--from", str(target), "--recovery"], "AAAA-BBBB\n",
                               "recovery key"),
    }
    for name, (args, stdin, expected) in cases.items():
        result = relais("restore", "--data", str(data), *args, stdin=stdin)
        assert result.returncode == 1, name
        assert "Traceback" not in result.stderr and expected in result.stderr, name
        assert result.stderr.count("\n") == 1, name
    assert (data / "relais.db").read_bytes() == before
    usage = relais("restore", "--data", str(data))
    assert usage.returncode == 2


def test_backup_without_to_goes_to_the_backups_folder(relais: Run, tmp_path: Path) -> None:
    data = tmp_path / "data"
    _init(relais, data)
    made = relais("backup", "--data", str(data), "--as", "admin", stdin=f"{PW}\n")
    assert made.returncode == 0, made.stderr
    assert list((data / "backups").glob("relais-*-manual.relaisbak"))


def test_restore_prints_what_the_backup_holds_and_refuses_another_organisation(
        relais: Run, tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    _init(relais, ours)
    made = relais("init", "--data", str(theirs), "--org", "ONG Voisine", "--site", "Kayes",
                  "--admin", "admin", stdin=f"{PW}\n")
    assert made.returncode == 0, made.stderr
    backup = tmp_path / "theirs.relaisbak"
    assert relais("backup", "--data", str(theirs), "--as", "admin", "--to", str(backup),
                  stdin=f"{PW}\n").returncode == 0
    before = {p.name: p.read_bytes() for p in ours.iterdir() if p.is_file()}

    refused = relais("restore", "--data", str(ours), "--from", str(backup), "--as", "admin",
                     stdin=f"{PW}\n")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.count("\n") == 1 and "ONG Voisine" in refused.stderr
    assert "--replace-other-organisation" in refused.stderr
    assert "ONG Voisine" in refused.stdout and "Kayes" in refused.stdout
    assert "0 cases" in refused.stdout
    assert {p.name: p.read_bytes() for p in ours.iterdir() if p.is_file()} == before

    done = relais("restore", "--data", str(ours), "--from", str(backup), "--as", "admin",
                  "--replace-other-organisation", stdin=f"{PW}\n")
    assert done.returncode == 0, done.stderr
    summary, restored = done.stdout.index("ONG Voisine"), done.stdout.index("Restored")
    assert summary < restored  # told before it was done
    assert (ours / "relais.db").read_bytes() != before["relais.db"]


def _crafted_from(relais: Run, tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    _init(relais, data)
    backup = tmp_path / "real.relaisbak"
    assert relais("backup", "--data", str(data), "--as", "admin", "--to", str(backup),
                  stdin=f"{PW}\n").returncode == 0
    return data, backup


def _one_clear_refusal(relais: Run, data: Path, crafted: Path) -> None:
    before = {str(p): p.read_bytes() if p.is_file() else None for p in data.rglob("*")
              if p.name != "relais.lock"}
    result = relais("restore", "--data", str(data), "--from", str(crafted), "--as", "admin",
                    stdin=f"{PW}\n")
    assert result.returncode == 1, result.stdout
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr and "backup" in result.stderr
    assert "ERROR CORE" not in result.stderr
    after = {str(p): p.read_bytes() if p.is_file() else None for p in data.rglob("*")
             if p.name != "relais.lock"}
    assert after == before


def test_crafted_backups_are_one_clear_line_on_the_command_line(relais: Run,
                                                                tmp_path: Path) -> None:
    from tests.helpers import crafted_backups

    data, backup = _crafted_from(relais, tmp_path)
    builders = {**crafted_backups.BEFORE_ANY_KDF, **crafted_backups.AFTER_THE_KDF}
    for n, build in enumerate(builders.values()):
        _one_clear_refusal(relais, data, build(backup, tmp_path / f"crafted-{n}.relaisbak"))


@pytest.fixture(scope="module")
def _kdf_base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A data folder (admin password ``PW``) and a real backup of it, made once."""
    from desktop.core.services import session
    from desktop.core.services.safety import backups
    from desktop.core.store.datafolder import DataFolder

    base = tmp_path_factory.mktemp("kdf")
    vault, _ = session.initialise(DataFolder(base / "data"), organisation="ONG",
                                  site="Mopti", admin_username="admin", admin_password=PW)
    try:
        backup = backups.make_backup(vault, base / "real.relaisbak").path
    finally:
        session.lock(vault)
    return base / "data", backup


def _restore_limited(data: Path, crafted: Path) -> subprocess.CompletedProcess[str]:
    """``relais restore`` with 60 s and 1.5 GiB of address space at most (a bound that does not
    hold must fail the test, not take the machine)."""
    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 * 1024, 1536 * 1024 * 1024))

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "en", "restore", "--data", str(data),
         "--from", str(crafted), "--as", "admin"], input=f"{PW}\n", capture_output=True,
        text=True, env=env, timeout=60, preexec_fn=limits)


@pytest.mark.skipif(sys.platform == "win32", reason="resource limits are POSIX")
@pytest.mark.parametrize("name", [
    "time 10^6", "memory 4 GiB", "parallelism 10^6", "zero time", "empty salt"])
def test_a_backup_with_absurd_kdf_parameters_is_refused_at_once(
        _kdf_base: tuple[Path, Path], tmp_path: Path, name: str) -> None:
    import shutil

    from tests.helpers import crafted_backups

    data, backup = tmp_path / "data", _kdf_base[1]
    shutil.copytree(_kdf_base[0], data)
    crafted = crafted_backups.ABSURD_KDF[name](backup, tmp_path / "kdf.relaisbak")
    before = sorted(p.name for p in data.iterdir())
    result = _restore_limited(data, crafted)  # Argon2 at those parameters would take hours
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr and "damaged" in result.stderr
    assert sorted(p.name for p in data.iterdir()) == before


# -- damaged large databases (issue 10, point 5) ----------------------------------------------

@pytest.fixture(scope="module")
def _large_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.helpers.large_folder import make_large

    return make_large(tmp_path_factory.mktemp("large") / "data").path


@pytest.fixture
def large(_large_template: Path, tmp_path: Path) -> Path:
    """A copy of a data folder above 64 MiB (admin password ``folders.ADMIN_PASSWORD``)."""
    import shutil

    target = tmp_path / "large"
    shutil.copytree(_large_template, target)
    return target


def _clean_failure(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "ERROR CORE" not in result.stderr
    assert "ERROR CORE" not in result.stdout
    assert result.stderr.count("\n") == 1, result.stderr
    return result.stderr


def test_check_of_a_damaged_large_database_says_what_is_wrong(relais: Run, large: Path) -> None:
    from tests.helpers import folders
    from tests.helpers.safety import flip_middle_page

    flip_middle_page(large / "relais.db")
    result = relais("check", "--data", str(large), "--as", "admin",
                    stdin=f"{folders.ADMIN_PASSWORD}\n")
    err = _clean_failure(result)
    assert "damaged" in err and "page" in err and "read-only" not in err
    assert "HMAC verification failed" in err


def test_check_of_a_healthy_large_database_is_ok(relais: Run, large: Path) -> None:
    from tests.helpers import folders

    result = relais("check", "--data", str(large), "--as", "admin",
                    stdin=f"{folders.ADMIN_PASSWORD}\n")
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_backup_of_a_damaged_large_database_is_refused_in_one_line(relais: Run,
                                                                  large: Path) -> None:
    from tests.helpers import folders
    from tests.helpers.safety import flip_middle_page

    flip_middle_page(large / "relais.db")
    before = sorted(p.name for p in (large / "backups").iterdir())
    target = large.parent / "stick"
    target.mkdir()
    result = relais("backup", "--data", str(large), "--as", "admin", "--to", str(target),
                    stdin=f"{folders.ADMIN_PASSWORD}\n")
    assert "no backup was written" in _clean_failure(result)
    assert list(target.iterdir()) == []  # no half backup, no temporary folder
    assert sorted(p.name for p in (large / "backups").iterdir()) == before

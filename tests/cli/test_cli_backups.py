"""``relais backup`` and ``relais restore`` as a user runs them (real processes)."""

from __future__ import annotations

from pathlib import Path

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

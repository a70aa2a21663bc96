"""The role table through the command line: each refusal is one line on stderr with the
permission message, exit 1, and writes nothing; the allowed twin of a refused command works."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.core.services.accounts import staff as accounts
from desktop.core.services.accounts.permissions import Role
from desktop.core.services.safety import backups
from desktop.core.store.datafolder import DataFolder
from tests.cli.conftest import Run
from tests.helpers import folders

PLAIN_ADMIN = "moussa"
ROLE = "Your role does not allow this action."
NO_CASES = "Your role gives no access to survivors' cases."
RESTORE = "Only an administrator of the backup can restore it: nothing was changed."
# This month up to today: filled in by ``setup`` when the test runs (not at import, a run
# may cross midnight), like the paths.
MONTH = ["--from", "{month_start}", "--to", "{today}"]

# (who, command, the message when refused or None when it works)
TABLE: list[tuple[str, list[str], str | None]] = [
    (folders.CASEWORKER, ["users", "remove", folders.CASEWORKER_2], ROLE),
    (folders.CASEWORKER, ["backup", "--to", "{out}/cw.relaisbak"], ROLE),
    (folders.CASEWORKER, ["export", "--kind", "stats", "--format", "csv", *MONTH,
                          "--out", "{out}/cw.csv"], ROLE),
    (folders.SUPERVISOR, ["users", "remove", folders.CASEWORKER_2], ROLE),
    (folders.SUPERVISOR, ["backup", "--to", "{out}/sup.relaisbak"], None),
    (folders.SUPERVISOR, ["export", "--kind", "stats", "--format", "csv", *MONTH,
                          "--out", "{out}/sup.csv"], None),
    (folders.SUPERVISOR, ["restore", "--from", "{backup}"], RESTORE),
    (PLAIN_ADMIN, ["export", "--kind", "stats", "--format", "csv", *MONTH,
                   "--out", "{out}/adm.csv"], ROLE),
    (PLAIN_ADMIN, ["referrals"], NO_CASES),
    (PLAIN_ADMIN, ["users", "list"], None),
]


@pytest.fixture
def setup(folder: DataFolder, tmp_path: Path, today: date) -> dict[str, str]:
    vault = folders.login(folder, folders.ADMIN)
    try:
        accounts.add_person(vault, PLAIN_ADMIN, Role.ADMINISTRATOR, folders.PASSWORD)
        backup = backups.make_backup(vault, tmp_path / "all.relaisbak").path
    finally:
        vault.close()
    out = tmp_path / "out"
    out.mkdir()
    return {"out": str(out), "backup": str(backup), "month_start": f"{today:%Y-%m}-01",
            "today": f"{today:%Y-%m-%d}"}


@pytest.mark.parametrize(("who", "command", "refusal"), TABLE,
                         ids=[f"{w}-{c[0]}-{'refused' if m else 'works'}" for w, c, m in TABLE])
def test_the_cli_refuses_what_a_role_may_not_do(
        relais: Run, folder: DataFolder, setup: dict[str, str], who: str, command: list[str],
        refusal: str | None) -> None:
    args = [a.format(**setup) for a in command]
    result = relais(*args, "--data", str(folder.path), "--as", who,
                    stdin=folders.PASSWORD + "\n")
    assert "Traceback" not in result.stderr
    if refusal is None:
        assert result.returncode == 0, result.stderr
        return
    assert result.returncode == 1
    assert refusal in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert not list(Path(setup["out"]).iterdir())
    vault = folders.login(folder, folders.CASEWORKER_2)  # nobody was removed
    vault.close()

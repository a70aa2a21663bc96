"""The first login of the day never waits for upkeep on the command line (issue 13, point 4):
the login returns at once, the daily backup is made when the command is done, at logout."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from desktop.core.services import session
from desktop.core.services.accounts import login_upkeep, settings
from desktop.core.services.safety import backups
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders


@pytest.fixture
def said() -> Iterator[list[str]]:
    """Upkeep deferred as on the command line; the sentences it says."""
    lines: list[str] = []
    login_upkeep.defer(lines.append)
    yield lines
    login_upkeep.defer(on=False)


def _yesterday_was_the_last_backup(folder: DataFolder) -> None:
    login_upkeep.defer(on=False)
    vault = folders.login(folder)  # (its own daily backup is removed below)
    with vault.session() as db:
        settings.put_in_session(db, "last_auto_backup",
                                (date.today() - timedelta(days=1)).isoformat())
    vault.close()
    for path in folder.backups_dir.glob("*-daily.relaisbak"):
        path.unlink()


def _dailies(folder: DataFolder) -> list[str]:
    return sorted(p.name for p in folder.backups_dir.glob("*-daily.relaisbak"))


def test_the_login_returns_before_the_daily_backup_which_comes_at_logout(
        folder: DataFolder, said: list[str]) -> None:
    _yesterday_was_the_last_backup(folder)
    login_upkeep.defer(said.append)
    vault = folders.login(folder, folders.CASEWORKER)  # the first login today
    assert _dailies(folder) == []  # nothing done yet: the command runs first
    assert backups.daily_backup in login_upkeep.pending(vault)
    assert settings.get(vault, "last_auto_backup") != date.today().isoformat()
    session.lock(vault, reason="logout")
    assert len(_dailies(folder)) == 1
    assert said[0] == "Daily backup of the database…"
    assert said[1].startswith("Daily backup of the database: done in ")

    vault = folders.login(folder, folders.SUPERVISOR)  # later the same day: nothing to say
    session.lock(vault, reason="logout")
    assert len(_dailies(folder)) == 1 and len(said) == 2


def test_a_command_that_fails_leaves_the_backup_to_the_next_login(
        folder: DataFolder, said: list[str]) -> None:
    _yesterday_was_the_last_backup(folder)
    login_upkeep.defer(said.append)
    vault = folders.login(folder, folders.CASEWORKER)
    with pytest.raises(RuntimeError):
        try:
            raise RuntimeError("the command failed")
        finally:
            session.lock(vault, reason="logout")
    assert _dailies(folder) == [] and said == []
    assert not vault.is_open  # the key is dropped all the same

    vault = folders.login(folder, folders.CASEWORKER)  # next time, it is made
    session.lock(vault, reason="logout")
    assert len(_dailies(folder)) == 1


def test_without_deferral_the_login_does_the_upkeep_itself(folder: DataFolder) -> None:
    _yesterday_was_the_last_backup(folder)
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        assert len(_dailies(folder)) == 1 and login_upkeep.pending(vault) == []
    finally:
        vault.close()

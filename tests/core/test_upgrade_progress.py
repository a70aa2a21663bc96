"""A login that upgrades an older database tells, as it goes, what it does: the backup (with
the database's size), each revision applied (the long ones named), the end; in the person's
language, without identifying data. An up-to-date database says nothing. The steps are still
one transaction."""

from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.core.i18n import set_language
from desktop.core.services import session
from desktop.core.services.safety import upgrade_notes
from desktop.core.store import migrate
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders
from tests.helpers.older_schema import BEHIND, make_older, revision_of


def test_the_upgrade_tells_the_backup_each_step_and_the_end(folder: DataFolder) -> None:
    make_older(folder)
    told: list[str] = []
    vault = session.login(folder, folders.ADMIN, folders.ADMIN_PASSWORD, progress=told.append)
    try:
        assert vault.migrated
    finally:
        vault.close()
    assert len(told) == 6, told
    assert told[0].startswith("Backing up the database before the upgrade (")
    assert told[0].endswith(" kB)…") or told[0].endswith(" MB)…")
    assert told[1:5] == ["Upgrading the database: step 1 of 4…",
                         "Upgrading the database: step 2 of 4 (statistics summaries)…",
                         "Upgrading the database: step 3 of 4…",
                         "Upgrading the database: step 4 of 4 (indexes)…"]
    assert told[5].startswith("The database is upgraded (in ") and told[5].endswith(" s).")
    for private in ("Mopti", "ONG Essai", folders.ADMIN, str(folder.path)):
        assert not any(private in line for line in told)


def test_the_stages_are_told_in_french(folder: DataFolder) -> None:
    make_older(folder)
    told: list[str] = []
    set_language("fr")
    session.login(folder, folders.ADMIN, folders.ADMIN_PASSWORD, progress=told.append).close()
    assert told[2] == "Mise à jour de la base : étape 2 sur 4 (résumés statistiques)…"
    assert told[4] == "Mise à jour de la base : étape 4 sur 4 (index)…"
    assert told[5].startswith("La base est mise à jour (en ")


def test_an_up_to_date_database_says_nothing(folder: DataFolder) -> None:
    told: list[str] = []
    session.login(folder, folders.ADMIN, folders.ADMIN_PASSWORD, progress=told.append).close()
    assert told == []


def test_the_recovery_key_login_tells_the_upgrade_too(folder: DataFolder,
                                                      recovery_key: str) -> None:
    make_older(folder)
    told: list[str] = []
    session.login_with_recovery(folder, recovery_key, progress=told.append).close()
    assert [line.split(":")[0] for line in told[1:5]] == ["Upgrading the database"] * 4


def test_the_steps_are_one_transaction_a_failure_at_step_two_undoes_step_one(
        folder: DataFolder) -> None:
    key = make_older(folder)

    def fail_at_the_second_step(line: str) -> None:
        if "step 2 of 4" in line:  # step 1 is applied (not committed) by now
            raise RuntimeError("stopped halfway")

    with pytest.raises(UserError, match="could not be upgraded"):
        session.login(folder, folders.ADMIN, folders.ADMIN_PASSWORD,
                      progress=fail_at_the_second_step)
    assert revision_of(folder, key) == BEHIND
    vault = folders.login(folder)  # and the next login upgrades it whole
    try:
        with vault.require_engine().connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
    finally:
        vault.close()


@pytest.mark.parametrize(("size", "lang", "shown"), [
    (15_300_000_000, "en", "15.3 GB"), (15_300_000_000, "fr", "15,3 Go"),
    (820_400_000, "en", "820 MB"), (561_000, "fr", "561 ko"), (12, "en", "1 kB")])
def test_the_size_is_shown_as_a_file_manager_would(size: int, lang: str, shown: str) -> None:
    set_language(lang)
    assert upgrade_notes.file_size(size) == shown

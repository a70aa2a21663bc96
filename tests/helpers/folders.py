"""Make real encrypted data folders for tests (never a mock of the database)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.services import session
from desktop.core.services.accounts import staff as accounts
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault

ADMIN = "admin"
ADMIN_PASSWORD = "Mot de passe d'admin ɛɔɲŋ"
SUPERVISOR = "sali"
CASEWORKER = "awa"
CASEWORKER_2 = "fanta"
PASSWORD = "secret-pass-1"
MARKER = "Zzmarkerkadiatou Qqtestnom"


def new_folder(path: Path) -> tuple[DataFolder, str]:
    """A data folder with an administrator; returns it with its recovery key (locked)."""
    folder = DataFolder(path)
    vault, recovery = session.initialise(
        folder, organisation="ONG Essai", site="Mopti", admin_username=ADMIN,
        admin_password=ADMIN_PASSWORD, admin_full_name="Admin Essai")
    session.lock(vault)
    return folder, recovery


def with_staff(folder: DataFolder) -> None:
    """Add a supervisor and two case workers (password ``PASSWORD``)."""
    vault = session.login(folder, ADMIN, ADMIN_PASSWORD)
    try:
        accounts.add_person(vault, SUPERVISOR, "supervisor", PASSWORD, "Sali Superviseure")
        accounts.add_person(vault, CASEWORKER, "caseworker", PASSWORD, "Awa Agente")
        accounts.add_person(vault, CASEWORKER_2, "caseworker", PASSWORD, "Fanta Agente")
    finally:
        session.lock(vault)


def add_person(folder: DataFolder, username: str, role: str) -> None:
    """Add ``username`` (password ``PASSWORD``) as the administrator would."""
    vault = login(folder, ADMIN)
    try:
        accounts.add_person(vault, username, role, PASSWORD)
    finally:
        vault.close()


def login(folder: DataFolder, username: str = ADMIN) -> Vault:
    """Log in with the test password of ``username``."""
    return session.login(folder, username, ADMIN_PASSWORD if username == ADMIN else PASSWORD)


@contextmanager
def as_user(folder: DataFolder, username: str = ADMIN) -> Iterator[Vault]:
    """Logged in as ``username`` for a block (one person at a time holds the folder)."""
    vault = login(folder, username)
    try:
        yield vault
    finally:
        vault.close()


def other_centre_backup(folder_path: Path, backup: Path, *, cases: int = 0) -> Path:
    """A backup of another centre's database ("ONG Voisine", Kayes) whose administrator has
    the same username and password as ours; returns the backup file."""
    from desktop.core.services.cases import intake
    from desktop.core.services.safety import backups
    from tests.helpers.intake_data import sample_intake

    vault, _ = session.initialise(DataFolder(folder_path), organisation="ONG Voisine",
                                  site="Kayes", admin_username=ADMIN,
                                  admin_password=ADMIN_PASSWORD)
    try:
        for _ in range(cases):
            intake.open_case(vault, sample_intake())  # type: ignore[arg-type]
        return backups.make_backup(vault, backup).path
    finally:
        session.lock(vault)

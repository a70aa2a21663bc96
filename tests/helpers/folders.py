"""Make real encrypted data folders for tests (never a mock of the database)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.services import accounts, session
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


def login(folder: DataFolder, username: str = ADMIN) -> Vault:
    """Log in with the test password of ``username``."""
    return session.login(folder, username, ADMIN_PASSWORD if username == ADMIN else PASSWORD)

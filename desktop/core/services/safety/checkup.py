"""``relais check``: the integrity of the database, reported whatever else goes wrong.

A check is most needed when something is wrong, so it asks as little as possible of the folder:
the slot opens the key, the database is opened without the login's writes (no login event, no
daily backup, no upgrade) and without needing the folder lock if the folder cannot be written,
and the full check runs whatever the database's size (the unlock skips it above
``vault.FULL_CHECK_MAX_BYTES``). Only then is the check audited, on a fresh connection, and if
that write fails the integrity result is still what is reported.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from desktop.core.errors import DamagedData, UserError, WrongPassword
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.staff import actor_for
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault


@dataclass(frozen=True)
class CheckReport:
    """What the integrity checks found, and whether the check could be audited."""

    problems: list[str]
    audited: bool

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        """The problems one per line (SQLite reports several in one row)."""
        return [line.strip() for row in self.problems for line in row.splitlines()
                if line.strip() and not line.startswith("***")]

    def summary(self) -> str:
        """One sentence: how many problems, and the first (a page number, never data)."""
        lines = self.lines()
        hmac = next((line for line in lines if "HMAC" in line), "")
        first = hmac or (lines[0] if lines else "")
        return translate("Check", "The database is damaged: the integrity check found {n} "
                                  "problem(s), first: {first}.").format(n=len(lines),
                                                                        first=first)


def _open(folder: DataFolder, username: str, password: str) -> Vault:
    wait = folder.throttle.wait_seconds(username)
    if wait > 0:
        raise WrongPassword(translate(
            "Login", "Too many wrong passwords. Wait {seconds} seconds, then try again.").format(
                seconds=int(wait + 0.999)))
    try:
        key = folder.open_key(username, password)
    except WrongPassword:
        folder.throttle.failed(username)
        raise
    try:
        lock: bool = True
        folder.acquire_lock().release()
    except OSError:  # a read-only folder with no lock file yet: checking writes nothing
        lock = False
    try:
        return Vault.open(folder, key, lock=lock, quick_check=False)
    except WrongPassword as exc:  # the slot opened: the database's first page is damaged
        raise DamagedData(translate("Storage", "The database file is damaged."),
                          hint=translate("Storage", "Restore the latest backup.")) from exc


def check_integrity(folder: DataFolder, username: str, password: str, *,
                    full: bool = False) -> CheckReport:
    """Run ``quick_check`` (``integrity_check`` with ``full``) and ``cipher_integrity_check``
    as ``username``, whatever the size of the database; then audit it if the disk lets us.

    ``WrongPassword`` for a wrong password or an inactive account; ``DamagedData`` when the
    database cannot even be opened (then there is nothing more to check).
    """
    folder.require_exists()
    username = username.strip()
    vault = _open(folder, username, password)
    try:
        with vault.reader() as session:
            vault.actor = actor_for(session, username)
        problems = vault.integrity_problems(full=full)
        audited = _audit(vault, problems)
    finally:
        vault.close()
    return CheckReport(problems, audited)


def _audit(vault: Vault, problems: list[str]) -> bool:
    # A damaged page leaves SQLCipher's connection in an error state: write on a fresh one.
    vault.require_engine().dispose()
    with contextlib.suppress(UserError, SQLAlchemyError, OSError):
        audit.log(vault, "integrity_check", details="ok" if not problems else "problems")
        return True
    return False

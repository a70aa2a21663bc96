"""The data folder: the encrypted database, its key-slot file and ``backups/``.

``DataFolder`` creates and unlocks; an unlocked database is a ``Vault`` (see ``vault.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import (
    AlreadyInitialised,
    AlreadyOpen,
    DamagedData,
    NotInitialised,
    WrongPassword,
)
from desktop.core.i18n import translate
from desktop.core.store import restore_files
from desktop.core.store.logins import LoginThrottle

if TYPE_CHECKING:
    from filelock import FileLock

    from desktop.core.store import keyslots

# The key slots (Argon2, cryptography) and the file lock are imported when first used, not
# with this module: the login window shows before them (issue 13, tests/gui/test_startup_imports).

DB_NAME = "relais.db"
SLOTS_NAME = "keyslots.json"
PENDING_SLOTS_NAME = "keyslots.json.pending"
LOCK_NAME = "relais.lock"
BACKUPS_NAME = "backups"
ATTEMPTS_NAME = "attempts.json"

_throttles: dict[Path, LoginThrottle] = {}


@dataclass(frozen=True)
class DataFolder:
    """Paths of one data folder and the operations that need no open database."""

    path: Path

    @property
    def db_path(self) -> Path:
        return self.path / DB_NAME

    @property
    def slots_path(self) -> Path:
        return self.path / SLOTS_NAME

    @property
    def pending_slots_path(self) -> Path:
        return self.path / PENDING_SLOTS_NAME

    @property
    def lock_path(self) -> Path:
        return self.path / LOCK_NAME

    @property
    def backups_dir(self) -> Path:
        return self.path / BACKUPS_NAME

    def exists(self) -> bool:
        """True when the folder holds a Relais database (even a damaged or half one).

        A restore interrupted by a power cut is finished first. A folder with only one of the
        two files counts as existing, so that the login (not the setup wizard) answers it, with
        ``DamagedData`` and the offer to restore a backup.
        """
        self._settle_restore()
        return self.db_path.exists() or self.slots_path.exists()

    def _settle_restore(self) -> None:
        if not (self.path / restore_files.STAGING).exists():
            return
        try:  # only when no one (not even this process) is restoring right now
            lock = self.acquire_lock()
        except AlreadyOpen:
            return
        try:
            restore_files.settle(self.path)
        finally:
            lock.release()

    @property
    def throttle(self) -> LoginThrottle:
        """The failed-login record of the folder (its attempts file, shared by every process)."""
        path = self.path.resolve()
        return _throttles.setdefault(path, LoginThrottle(path / ATTEMPTS_NAME))

    def require_exists(self) -> None:
        """``NotInitialised`` unless the folder holds a database."""
        if not self.exists():
            raise NotInitialised(
                translate("Storage", "No Relais database in this folder."),
                hint=translate("Storage", "Create one with the setup wizard or 'relais init'."),
            )
        if not self.db_path.exists() or self.db_path.stat().st_size == 0:
            raise DamagedData(translate("Storage", "The database file is missing or empty."),
                              hint=translate("Storage", "Restore the latest backup."))
        if not self.slots_path.exists():
            raise DamagedData(translate("Storage", "The key-slot file is missing."),
                              hint=translate("Storage", "Restore the latest backup."))

    def require_empty(self) -> None:
        """``AlreadyInitialised`` if a database is there already."""
        if self.db_path.exists() or self.slots_path.exists():
            raise AlreadyInitialised(translate(
                "Storage", "This folder already holds a Relais database."))

    def read_slots(self) -> keyslots.SlotFile:
        """The key-slot file (``DamagedData`` if unreadable)."""
        self.require_exists()
        from desktop.core.store import keyslots

        return keyslots.read_slot_file(self.slots_path)

    def acquire_lock(self) -> FileLock:
        """Hold the folder for this process; ``AlreadyOpen`` if another holds it."""
        from filelock import FileLock, Timeout

        from desktop.core.store import private_folder

        private_folder.prepare(self.path)
        lock = FileLock(str(self.lock_path), timeout=0, mode=0o600, thread_local=False)
        try:
            lock.acquire()
        except Timeout as exc:
            raise AlreadyOpen(
                translate("Storage", "Relais is already open on this data folder."),
                hint=translate("Storage", "Close the other window (or wait for the other "
                                          "command to end), then try again."),
            ) from exc
        return lock

    def open_key(self, username: str, password: str) -> bytes:
        """Open ``username``'s slot; handles a rekey interrupted before the slot file moved."""
        return self.unlock(username, password)[1].db_key

    def unlock(self, username: str, password: str) -> tuple[keyslots.Slot, keyslots.Unlocked]:
        """The slot of ``username`` and what its password opens (``WrongPassword``; an edited
        slot is ``DamagedData``). An unknown username costs one Argon2 run, like a wrong
        password, so that timing does not tell which usernames exist."""
        from desktop.core.store import keyslots

        slot_file = self.read_slots()
        slot = slot_file.find_user(username)
        if slot is None:
            keyslots.dummy_derive(password)
            raise WrongPassword(translate("Storage", "The username or password is not correct."))
        unlocked = slot.unlock(password)
        return self._settle_key(slot, unlocked, lambda s: s.find_user(username))

    def open_recovery_key(self, recovery_key: str) -> bytes:
        """Open the recovery slot with the recovery key."""
        return self.unlock_recovery(recovery_key)[1].db_key

    def unlock_recovery(self, recovery_key: str) -> tuple[keyslots.Slot, keyslots.Unlocked]:
        """The recovery slot and what the recovery key opens."""
        slot = self.read_slots().recovery()
        if slot is None:
            raise WrongPassword(translate("Storage", "This data folder has no recovery key."))
        from desktop.core.store import keyslots

        secret = keyslots.normalise_recovery_key(recovery_key)
        try:
            unlocked = slot.unlock(secret)
        except WrongPassword as exc:
            raise WrongPassword(translate("Storage", "The recovery key is not correct.")) from exc
        return self._settle_key(slot, unlocked, lambda s: s.recovery())

    def _settle_key(self, slot: keyslots.Slot, unlocked: keyslots.Unlocked,
                    pick) -> tuple[keyslots.Slot, keyslots.Unlocked]:  # type: ignore[no-untyped-def]
        if not self.pending_slots_path.exists():
            return slot, unlocked
        # A rekey was under way: the database may already use the pending key.
        from desktop.core.store.engine import make_engine, verify_key  # SQLAlchemy: not at start

        engine = make_engine(self.db_path, unlocked.db_key)
        try:
            verify_key(engine)
            self.pending_slots_path.unlink(missing_ok=True)
            return slot, unlocked
        except WrongPassword:
            pass
        finally:
            engine.dispose()
        from desktop.core.store import keyslots

        pending = keyslots.read_slot_file(self.pending_slots_path)
        new_slot = pick(pending)
        if new_slot is None:  # the rekey went through without this slot: it opens nothing
            raise WrongPassword(translate("Storage", "The username or password is not correct."))
        new_unlocked = new_slot.unlock(unlocked.secret)
        keyslots.write_slot_file(self.slots_path, pending)
        self.pending_slots_path.unlink(missing_ok=True)
        return new_slot, new_unlocked

"""An unlocked database: the engine, the key (held only while unlocked) and the folder lock."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from filelock import FileLock
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.catalogue import reference
from desktop.core.errors import DamagedData, StorageError, UserError
from desktop.core.i18n import translate
from desktop.core.store import keyslots, migrate, private_folder, slot_list
from desktop.core.store.backup_file import checkpoint
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.engine import integrity_problems, make_engine, storage_error, verify_key


@dataclass(frozen=True)
class Actor:
    """The person logged in (or the recovery key, acting as an administrator)."""

    staff_id: str | None
    username: str
    role: str
    site_id: str
    full_name: str = ""

    @property
    def is_recovery(self) -> bool:
        return self.staff_id is None


# Up to this size (thousands of cases) the full quick_check + cipher_integrity_check at unlock
# takes well under a second. A larger database would make every login read the whole file
# (about 9 s for 100,000 cases), so there the unlock checks the key and the schema only, and the
# full check runs with the first backup of each day (which reads and verifies every page of the
# copy it makes) and with ``relais check``. SQLCipher's per-page HMAC still refuses any damaged
# page the moment it is read.
FULL_CHECK_MAX_BYTES = 64 * 1024 * 1024


def _small_enough_for_full_check(folder: DataFolder) -> bool:
    try:
        return folder.db_path.stat().st_size <= FULL_CHECK_MAX_BYTES
    except OSError:
        return True


class Vault:
    """An open encrypted database. ``close()`` disposes of the engine and drops the key."""

    def __init__(self, folder: DataFolder, key: bytes, lock: FileLock | None) -> None:
        self.folder = folder
        self._key: bytes | None = key
        self._lock = lock
        self.engine: Engine | None = make_engine(folder.db_path, key)
        self._sessions = sessionmaker(bind=self.engine, expire_on_commit=False)
        self.actor: Actor | None = None
        self.migrated = False

    # -- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, folder: DataFolder, lock: FileLock | None = None) -> tuple[Vault, bytes]:
        """A new empty database at head schema, with a fresh random key."""
        folder.require_empty()
        private_folder.prepare(folder.path)
        key = keyslots.new_database_key()
        vault = cls(folder, key, lock)
        migrate.upgrade(vault.require_engine())
        return vault, key

    @classmethod
    def open(cls, folder: DataFolder, key: bytes, *, lock: bool = True,
             quick_check: bool = True) -> Vault:
        """Open with ``key``: checks the key and integrity; does not migrate (see ``upgrade``)."""
        file_lock = folder.acquire_lock() if lock else None
        vault: Vault | None = None
        try:
            vault = cls(folder, key, file_lock)
            engine = vault.require_engine()
            verify_key(engine)
            if quick_check and _small_enough_for_full_check(folder):
                problems = integrity_problems(engine)
                if problems:
                    raise DamagedData(
                        translate("Storage", "The database file is damaged."),
                        hint=translate("Storage", "Restore the latest backup."),
                    )
            vault._check_schema_known()
        except BaseException:
            if vault is not None and vault.engine is not None:
                vault.engine.dispose()  # no connection (or key) lingers after a refusal
            if file_lock is not None:
                file_lock.release()
            raise
        return vault

    def _check_schema_known(self) -> None:
        with self.require_engine().connect() as conn:
            current = migrate.current_revision(conn)
        if current is None:  # e.g. a file truncated to nothing: SQLCipher sees a new database
            self.close()
            raise DamagedData(translate("Storage", "The database file is damaged."),
                              hint=translate("Storage", "Restore the latest backup."))
        if current not in migrate.known_revisions():
            self.close()
            raise UserError(translate(
                "Storage", "This database was made by a newer version of Relais."),
                hint=translate("Storage", "Install the newer version to open it."))

    def close(self) -> None:
        """Dispose of the engine, forget the key and release the folder."""
        if self.engine is not None:
            self.engine.dispose()
        self.engine = None
        self._key = None
        self.actor = None
        reference.use_hub_lists(None)  # the hub's lists were this database's
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @property
    def is_open(self) -> bool:
        return self.engine is not None

    def require_engine(self) -> Engine:
        """The engine, or an error if the vault was closed (locked)."""
        if self.engine is None:
            raise UserError(translate("Storage", "The session is locked."))
        return self.engine

    @property
    def key(self) -> bytes:
        """The raw database key (store internals only: backups and rekeying)."""
        if self._key is None:
            raise UserError(translate("Storage", "The session is locked."))
        return self._key

    # -- transactions ----------------------------------------------------------------------
    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        self.require_engine()
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise storage_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextlib.contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading only (rolled back at the end)."""
        self.require_engine()
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    # -- keys ------------------------------------------------------------------------------
    def rekey(self, slot_file: keyslots.SlotFile) -> None:
        """Re-encrypt the database with a new key and reseal ``slot_file``'s slots to it.

        Only slots the database lists (``slot_list.allowed``: the recovery slot and those of
        active accounts, with the public key listed) are resealed; any other slot is dropped
        from ``slot_file``, never sealed to. Order: write the pending slot file, rekey, then
        move the pending file into place; an interruption at any point leaves a folder that
        ``DataFolder.open_key`` can settle. The caller prunes the list afterwards.
        """
        engine = self.require_engine()
        with self.reader() as session:
            slot_file.keep_only(slot_list.allowed(session))
        if not slot_file.slots:  # nothing listed would open the rekeyed database: refuse
            raise DamagedData(translate("Storage", "The key-slot file is damaged."),
                              hint=translate("Storage", "Restore the latest backup."))
        new_key = keyslots.new_database_key()
        slot_file.reseal_all(new_key)
        keyslots.write_slot_file(self.folder.pending_slots_path, slot_file)
        checkpoint(engine)
        engine.dispose()
        raw = engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("PRAGMA journal_mode = DELETE")
            cursor.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
            cursor.close()
        finally:
            raw.close()
        engine.dispose()
        self._key = new_key
        self.engine = make_engine(self.folder.db_path, new_key)
        self._sessions = sessionmaker(bind=self.engine, expire_on_commit=False)
        verify_key(self.engine)
        keyslots.write_slot_file(self.folder.slots_path, slot_file)
        self.folder.pending_slots_path.unlink(missing_ok=True)

    def integrity_problems(self, *, full: bool = False) -> list[str]:
        """What ``quick_check``/``integrity_check`` and ``cipher_integrity_check`` report."""
        return integrity_problems(self.require_engine(), full=full)

    def ping(self) -> None:
        """Touch the database (raises ``StorageError`` on a disk problem)."""
        try:
            with self.require_engine().connect() as conn:
                conn.execute(text("SELECT 1"))
        except OperationalError as exc:
            raise storage_error(exc) from exc


__all__ = ["Actor", "StorageError", "Vault"]

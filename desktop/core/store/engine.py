"""The SQLCipher engine: raw hex key first, then a cipher check, then the safety pragmas."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError

from desktop.core.atomic import restrict
from desktop.core.errors import DamagedData, StorageError, WrongPassword
from desktop.core.i18n import translate
from desktop.core.store.cipher_log import QUIET, silence_sqlcipher_log  # noqa: F401 (re-export)

PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA busy_timeout = 5000",
    # 32 MiB of decrypted pages per connection (SQLite's default is 2 MiB): a list's first
    # screen and the Follow-ups page read the same index and table pages again and again, and
    # each page missed costs SQLCipher a read, an HMAC and a decryption (follow-ups page at
    # 100,000 cases: 44 ms with 2 MiB, 14 ms with 32 MiB; memory with the list shown 206 MB).
    # Allocated only as pages are read; reports raise it further (REPORT_CACHE_KIB).
    "PRAGMA cache_size = -32768",
)


def _key_literal(key: bytes) -> str:
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    return f"x'{key.hex()}'"


def _on_connect(dbapi_conn: Any, _record: Any) -> None:
    # The dialect has already issued ``pragma key`` as the very first statement; no page has
    # been read yet, so a wrong key or a damaged page is reported after the log is silenced.
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(QUIET)
        row = cursor.execute("PRAGMA cipher_version").fetchone()
        if not row or not row[0]:
            raise RuntimeError("SQLCipher is not active: refusing to open an unencrypted database")
        for pragma in PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def make_engine(path: Path, key: bytes, *, echo: bool = False) -> Engine:
    """An engine over the encrypted database at ``path`` opened with the raw ``key``.

    Each connection also sets the database (and its ``-wal``/``-shm``, which SQLite creates
    with the database's mode) to 0600, whatever the umask was when SQLCipher created it."""
    url = URL.create("sqlite+pysqlcipher", password=_key_literal(key), database=str(path))
    engine = create_engine(url, echo=echo, hide_parameters=True)
    event.listen(engine, "connect", _on_connect)
    files = [Path(path), Path(f"{path}-wal"), Path(f"{path}-shm")]

    def _private(_dbapi_conn: Any, _record: Any) -> None:
        for file in files:
            restrict(file)

    event.listen(engine, "connect", _private)
    return engine


def verify_key(engine: Engine) -> None:
    """Read the schema: ``WrongPassword`` if the key is wrong, ``DamagedData`` if damaged."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
    except DatabaseError as exc:
        message = str(exc.orig) if exc.orig else str(exc)
        if "file is not a database" in message:
            raise WrongPassword(translate(
                "Storage", "This key does not open the database.")) from exc
        raise DamagedData(
            translate("Storage", "The database file is damaged."),
            hint=translate("Storage", "Restore the latest backup."),
        ) from exc


@contextmanager
def fresh_connection(engine: Engine) -> Iterator[Any]:
    """A DB-API connection to the engine's database opened for this use alone (the engine's
    key and pragmas), closed after it instead of going back to the pool.

    The database checks run on one: SQLite's FTS5 checks a full-text index (as part of
    ``quick_check``) against the index layout its connection last read, without asking whether
    another connection has saved since, so on a connection that had read the name index before
    a save elsewhere it reports a sound index as corrupt (seen with SQLite 3.53)."""
    pool = engine.pool.recreate()
    try:
        connection = pool.connect()
        try:
            yield connection
        finally:
            connection.close()
    finally:
        pool.dispose()


def _pragma_rows(engine: Engine, pragma: str) -> list[str]:
    with fresh_connection(engine) as connection:
        cursor = connection.cursor()
        try:
            return [str(r[0]) for r in cursor.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            cursor.close()


def integrity_problems(engine: Engine, *, full: bool = False, structure: bool = True,
                       cipher: bool = True) -> list[str]:
    """Problems found by ``quick_check`` (or ``integrity_check``) and ``cipher_integrity_check``
    (``structure`` / ``cipher`` False leaves one of them out, to run them in parallel), each on
    a connection of its own (see :func:`fresh_connection`)."""
    problems: list[str] = []
    dbapi_error = engine.dialect.dbapi.DatabaseError  # type: ignore[union-attr]
    if structure:
        try:
            rows = _pragma_rows(engine, "integrity_check" if full else "quick_check")
            if rows != ["ok"]:
                problems.extend(rows)
        except dbapi_error as exc:  # e.g. "database disk image is malformed"
            problems.append(str(exc))
    if cipher:
        try:  # it names the pages whose HMAC fails
            problems.extend(_pragma_rows(engine, "cipher_integrity_check"))
        except dbapi_error as exc:
            problems.append(str(exc))
    return problems


def storage_error(exc: OperationalError) -> StorageError:
    """Turn a disk-level SQLite error into a sentence (no SQL, no data)."""
    message = str(exc.orig or "").lower()
    if "full" in message:
        text_ = translate("Storage", "The disk is full: nothing was saved.")
    elif "readonly" in message or "read-only" in message:
        text_ = translate("Storage", "The data folder is read-only: nothing was saved.")
    elif "locked" in message or "busy" in message:
        text_ = translate("Storage", "The database is busy: nothing was saved. Try again.")
    else:
        text_ = translate("Storage", "The disk refused the write: nothing was saved.")
    return StorageError(text_, hint=translate(
        "Storage", "Free some space or check the disk, then save again."))

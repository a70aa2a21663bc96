"""Loading a benchmark database in bulk: one transaction, indexes built at the end.

``relais demo`` writes batches of 10,000 cases in their own transactions into a database whose
indexes are all live (about 60 b-trees keyed by random UUIDs, each insert a random page), in WAL
mode with a full sync at every commit. For the benchmarks' databases (100,000 and 1,000,000
cases) :func:`loading` gives a connection suited to a bulk load instead:

- a rollback journal (``journal_mode = DELETE``) and one transaction for the whole load: pages
  added to the end of the file are not journaled, nothing is written twice (WAL, then
  checkpoint), and a load stopped half-way is rolled back whole, indexes included;
- ``synchronous = OFF`` and ``foreign_keys = OFF`` while loading (the demo writes every parent
  before its children; the test of the bulk build runs ``foreign_key_check``), and a cache of a
  quarter of the PC's memory, from 1 to 8 GiB (:func:`cache_kib`: the primary keys and unique
  indexes stay live, keyed by random UUIDs, about 3 GB at 1,000,000 cases: a cache that holds
  them saves writing each of their pages out and reading it back again and again);
- the secondary indexes of the tables the demo fills dropped first and made again at the end
  from their own ``CREATE INDEX`` text (a sort instead of millions of random inserts); the
  primary keys and unique constraints stay, so every insert is still checked against them;
- the hub sync's journal triggers (``sync_journal_*``, migration ``5c0a7e9b1d15``) dropped
  too and made again at the end from their own text, the new cases journaled once each, as
  that migration journals the cases it finds: the triggers would add a row per consent,
  incident, perpetrator, referral, status change… (about 20 a case, 931 bytes a case at
  100,000) and look each row's case up (a perpetrator's through its incident, a status
  change's through its referral: random reads of a growing database);
- the file synced once at the end, then WAL, a full sync and foreign keys back as the store
  always opens the database (``store/engine.py``).

The derived columns (``cases.stats_consent``, ``cases.number_key``, ``referrals.counted_on``)
are computed by the demo itself for each row, and :func:`index_names` writes the name index
rows directly, so no second pass over the data is needed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine

from desktop.core.store.engine import PRAGMAS
from desktop.core.store.models import name_search

GIB_AS_KIB = 1024 * 1024


def cache_kib() -> int:
    """``PRAGMA cache_size`` for a bulk load (negative: KiB): a quarter of the physical memory,
    at least 1 GiB, at most 8 GiB (1 GiB where the memory cannot be read). Pages are only
    allocated as they are used, so a small load takes no more than it needs."""
    try:
        memory_kib = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 1024
    except (AttributeError, OSError, ValueError):  # no sysconf (Windows) or no such name
        memory_kib = 0
    return -min(max(memory_kib // 4, GIB_AS_KIB), 8 * GIB_AS_KIB)

# Tables the demo fills (their secondary indexes are made again after the load).
TABLES = ("survivors", "cases", "safety_assessments", "case_steps", "incidents", "perpetrators",
          "consents", "consent_approvals", "assessment_needs", "case_notes", "referrals",
          "referral_status_changes", "follow_ups", "services_given", "sea_files",
          "sea_children", "sea_claims", "sea_informed", "sea_assistance",
          "survivor_name_keys")


JOURNAL_TRIGGERS = "sync_journal_%"


def _schema(conn: Connection, kind: str, where: str) -> list[tuple[str, str]]:
    """(name, CREATE text) of the ``kind`` objects (index, trigger) matching ``where``."""
    return [(str(name), str(sql)) for name, sql in conn.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = '{kind}' AND sql IS NOT NULL "
        f"AND {where} ORDER BY tbl_name, name").all()]


def _indexes(conn: Connection) -> list[tuple[str, str]]:
    """The droppable indexes of the demo's tables."""
    return _schema(conn, "index", f"tbl_name IN ({', '.join(repr(t) for t in TABLES)})")


def _triggers(conn: Connection) -> list[tuple[str, str]]:
    """The hub sync's journal triggers."""
    return _schema(conn, "trigger", f"name LIKE '{JOURNAL_TRIGGERS}'")


@contextmanager
def loading(engine: Engine) -> Iterator[Connection]:
    """A connection inside one transaction in which the demo's tables have no secondary index;
    the indexes are made again and the transaction committed when the block ends (rolled
    back, indexes included, if it raises). Needs the only connection to the database."""
    engine.dispose()  # a journal mode is changed by the only connection
    with engine.connect() as conn:
        old_cache = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
        mode = conn.exec_driver_sql("PRAGMA journal_mode = DELETE").scalar()
        if str(mode).lower() != "delete":
            raise RuntimeError("the database is in use: a bulk load needs it alone")
        for pragma in ("synchronous = OFF", "foreign_keys = OFF", f"cache_size = {cache_kib()}",
                       "threads = 2"):  # CREATE INDEX sorts on two threads
            conn.exec_driver_sql(f"PRAGMA {pragma}")
        conn.commit()
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            indexes, triggers = _indexes(conn), _triggers(conn)
            for name, _sql in indexes:
                conn.exec_driver_sql(f'DROP INDEX "{name}"')
            for name, _sql in triggers:
                conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
            last_case = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM cases").scalar()
            yield conn
            for _name, sql in indexes:
                conn.exec_driver_sql(sql)
            for _name, sql in triggers:
                conn.exec_driver_sql(sql)
            if triggers:  # each new case once, in the order written (a store with the journal)
                conn.exec_driver_sql("INSERT INTO sync_journal (case_id) SELECT id FROM cases "
                                     "WHERE rowid > ? ORDER BY rowid", (last_case,))
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size = {old_cache}")
            conn.exec_driver_sql("PRAGMA threads = 0")
            _sync(engine)
            for pragma in PRAGMAS:  # WAL, full sync, foreign keys: as every connection opens
                conn.exec_driver_sql(pragma)
            conn.commit()
    engine.dispose()


def _sync(engine: Engine) -> None:
    """fsync the database file once (the load ran with ``synchronous = OFF``)."""
    path = engine.url.database
    if path:
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


class NameIndex:
    """Rows of the survivor name index (``store/models/name_search.py``) written directly:
    a key for every survivor, the name's words for those who have one."""

    def __init__(self, conn: Connection) -> None:
        self.next_key = int(conn.exec_driver_sql(
            "SELECT coalesce(max(id), 0) FROM survivor_name_keys").scalar() or 0) + 1

    def add(self, conn: Connection, survivors: list[dict[str, Any]]) -> None:
        """Index the names of ``survivors`` (rows just inserted, with ``id`` and ``name``)."""
        keys, names = [], []
        for row in survivors:
            keys.append((self.next_key, row["id"]))
            name = row.get("name")
            if name and name.strip():
                names.append((self.next_key, name))
            self.next_key += 1
        if keys:
            conn.exec_driver_sql(
                "INSERT INTO survivor_name_keys (id, survivor_id) VALUES (?, ?)", keys)
        if names:
            conn.exec_driver_sql(
                f"INSERT INTO {name_search.FTS_TABLE} (rowid, name) VALUES (?, ?)", names)

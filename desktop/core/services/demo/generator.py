"""Fictional demo cases in bulk: ``relais demo`` and the benchmarks' 100,000-case database.

Rows go in with SQLAlchemy Core ``executemany`` in big transactions (not one ORM object at a
time), so 100,000 cases take well under a minute. Names carry the ``(fictif)`` mark.

Extension point: append a function to ``DEMO_HOOKS``; it is called once per batch, inside the
batch's transaction, with a ``DemoBatch`` (the connection, the random generator, the cases just
made with their needs and consents). The referrals work adds referrals and follow-ups this way.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date

from sqlalchemy import Connection, Engine, select

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit, settings
from desktop.core.services.accounts.permissions import Permission, require
from desktop.core.services.demo import bulk_load
from desktop.core.services.demo.batch import DemoBatch
from desktop.core.services.demo.case_maker import INSERT_ORDER, BatchMaker, interview_dates
from desktop.core.services.demo.demo_rows import insert_rows
from desktop.core.store.models import (
    Site,
    Staff,
    Survivor,
    stats_facts,
)
from desktop.core.store.vault import Vault

BATCH = 10000
CACHE_KIB = -524288  # 512 MiB while generating (random-key index pages stay in memory longer)
MAX_CASES = 1_000_000


DEMO_HOOKS: list[Callable[[DemoBatch], None]] = []


def _workers(conn: Connection, site_id: str, fallback: str) -> tuple[list[str], str]:
    rows = conn.execute(select(Staff.id, Staff.role).where(
        Staff.site_id == site_id, Staff.active.is_(True))).all()
    workers = [i for i, role in rows if role == "caseworker"] or [fallback]
    supervisors = [i for i, role in rows if role in ("supervisor", "admin_supervisor",
                                                   "administrator")]
    return workers, (supervisors[0] if supervisors else fallback)


def generate(vault: Vault, count: int, *, seed: int | None = None,
             progress: Callable[[int, int], None] | None = None,
             today: date | None = None, bulk: bool = False) -> int:
    """Add ``count`` fictional cases to the actor's site (administrators); returns ``count``.

    ``bulk``: the benchmarks' fast load (``bulk_load.py``): one transaction, indexes made at the
    end, the name index written directly; the same cases, consents and numbers. It needs the
    database to itself (no other connection open)."""
    actor = require(vault, Permission.MANAGE_SETTINGS)
    if not 0 < count <= MAX_CASES:
        raise ValidationError({"cases": translate(
            "Demo", "Give a number of cases from 1 to {high}.").format(high=MAX_CASES)})
    rng = random.Random(seed)
    today = today or date.today()
    engine = vault.require_engine()
    with engine.begin() as conn:
        site = conn.execute(select(Site.id, Site.code).where(Site.id == actor.site_id)).one()
        workers, supervisor = _workers(conn, site.id, actor.staff_id or "")
        codes = set(conn.scalars(select(Survivor.survivor_code)))
    with vault.session() as session:
        start = settings.next_number(session, "case_sequence") - 1
        settings.put_in_session(session, "case_sequence", start + count)

    # Cases in the order a centre opens them: numbers and interview days rise together (drawn
    # from their own stream, so that each case's other answers do not depend on the count).
    days = interview_dates(random.Random(rng.getrandbits(64)), today, count)

    def batches(conn: Connection) -> Iterator[tuple[BatchMaker, DemoBatch]]:
        done = 0
        while done < count:
            size = min(BATCH, count - done)
            maker = BatchMaker(rng, today, site.id, site.code, workers, supervisor, codes)
            batch = DemoBatch(conn=conn, rng=rng, today=today, site_id=site.id,
                              staff_ids=workers, supervisor_id=supervisor)
            batch.cases = [maker.case(start + done + i + 1, days[done + i])
                           for i in range(size)]
            yield maker, batch
            done += size
            if progress is not None:
                progress(done, count)

    if bulk:
        _bulk(engine, batches)
        with engine.begin() as conn:  # after the load, with the indexes it joins on
            stats_facts.rebuild(conn)
    else:
        _in_batches(engine, batches)
    with engine.connect() as conn:
        # Statistics for the query planner (sampled, a few seconds at 100k cases): without
        # them SQLite takes the site index for every search and tests each case.
        conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    audit.log(vault, "case_created", record_type="demo", details=f"demo:{count}")
    return count


Batches = Callable[[Connection], Iterator[tuple["BatchMaker", DemoBatch]]]


def _insert(conn: Connection, maker: BatchMaker, batch: DemoBatch,
            hooks: list[Callable[[DemoBatch], None]]) -> None:
    for model in INSERT_ORDER:
        if maker.rows.get(model):
            insert_rows(conn, model, maker.rows[model])
    for hook in hooks:
        hook(batch)


def _in_batches(engine: Engine, batches: Batches) -> None:
    """Each batch in its own transaction, into the live indexes (``relais demo``)."""
    with engine.connect() as conn:
        old_cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = {CACHE_KIB}")  # fewer page decryptions
        conn.commit()
        try:
            for maker, batch in batches(conn):
                with conn.begin():
                    _insert(conn, maker, batch, DEMO_HOOKS)
        finally:
            conn.rollback()
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(old_cache or -2000)}")
            conn.commit()


def _bulk(engine: Engine, batches: Batches) -> None:
    """Every batch in one bulk-load transaction (``bulk_load.py``): the derived columns are
    already in the rows, the name index is written directly instead of by ``fill_derived``."""
    hooks = [hook for hook in DEMO_HOOKS if hook is not fill_derived]
    with bulk_load.loading(engine) as conn:
        names = bulk_load.NameIndex(conn)
        for maker, batch in batches(conn):
            _insert(conn, maker, batch, hooks)
            names.add(conn, maker.rows[Survivor])


# Features adding demo records register here (so that every caller of ``generate`` gets them).
from desktop.core.services.demo.incident_demo import add_incidents_and_services  # noqa: E402
from desktop.core.services.demo.referral_demo import add_referrals  # noqa: E402
from desktop.core.services.demo.sea_demo import add_sea_files  # noqa: E402

DEMO_HOOKS.append(add_referrals)
DEMO_HOOKS.append(add_incidents_and_services)
DEMO_HOOKS.append(add_sea_files)
# The derived columns and the name index last, over every row the hooks above wrote.
from desktop.core.services.demo.demo_derived import fill_derived  # noqa: E402 (the last hook)

DEMO_HOOKS.append(fill_derived)

"""The hub sync's figures: a site's first upload of N cases over HTTP (loopback), an
incremental sync of 100 changes, against a raw ``COPY`` of the very same rows into PostgreSQL.

Builds a fresh site of ``RELAIS_BENCH_HUB_CASES`` demo cases (default 20,000) in a temporary
folder, starts its own PostgreSQL (with fsync, as in production) and ``relais hub serve`` on
127.0.0.1. The baseline ``COPY`` loads every row the upload stored (all ``hub_*`` record
tables, read back with ``COPY TO``) into an empty hub schema: what the database alone costs.

Run: ``.venv/bin/python -m bench.hub_sync`` (needs the ``hub`` extra and Debian's postgresql).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    from sqlalchemy import update

    from desktop.core.services import session as sessions
    from desktop.core.services.demo import generator as demo
    from desktop.core.services.sync import sync_service
    from desktop.core.store.models import Case
    from desktop.hub import db, enrolment, schema
    from desktop.hub.models import RECORD_TABLES
    from tests.helpers import folders, postgres
    from tests.hub.conftest import _wait_healthy, free_port

    cases = int(os.environ.get("RELAIS_BENCH_HUB_CASES", "20000"))
    root = Path(__file__).resolve().parents[1]
    with postgres.running(durable=True) as pg, tempfile.TemporaryDirectory() as tmp:
        for name in ("hub", "copy"):
            pg.admin_sql(f"CREATE DATABASE {name}")
            schema.init(pg.url(name))
        folder, _recovery = folders.new_folder(Path(tmp) / "site")
        vault = folders.login(folder)
        started = time.perf_counter()
        demo.generate(vault, cases, seed=1)
        print(f"site of {cases} demo cases built in {time.perf_counter() - started:.1f} s",
              flush=True)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "desktop", "hub", "serve", "--db", pg.url("hub"),
             "--listen", f"127.0.0.1:{port}"], cwd=root, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(root)))
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(url, server)
            sync_service.enrol(vault, url, enrolment.new_code(pg.url("hub"), "BENCH"))
            started = time.perf_counter()
            first = sync_service.sync(vault)
            upload = time.perf_counter() - started
            with vault.session() as s:
                ids = [row[0] for row in s.execute(
                    update(Case).where(Case.id.in_(
                        s.query(Case.id).filter(Case.stats_consent.is_(True)).limit(100)
                        .scalar_subquery())).values(step=6).returning(Case.id))]
            started = time.perf_counter()
            again = sync_service.sync(vault)
            incremental = time.perf_counter() - started
        finally:
            server.kill()
            sessions.lock(vault)
        dumps: dict[str, bytes] = {}
        rows = 0
        with db.engine(pg.url("hub")).connect() as conn:
            raw = conn.connection.driver_connection
            for kind, table in RECORD_TABLES.items():
                buffer = io.BytesIO()
                with raw.cursor().copy(f"COPY {table.name} TO STDOUT") as copy:  # type: ignore[union-attr]
                    for chunk in copy:
                        buffer.write(chunk)
                dumps[kind] = buffer.getvalue()
                rows += dumps[kind].count(b"\n")
        with db.engine(pg.url("copy")).begin() as conn:
            raw = conn.connection.driver_connection
            conn.exec_driver_sql("INSERT INTO hub_sites (name, last_batch, last_upto, "
                                 "created_at) VALUES ('BENCH', 0, 0, now())")
            started = time.perf_counter()
            for kind, table in RECORD_TABLES.items():
                with raw.cursor().copy(f"COPY {table.name} FROM STDIN") as copy:  # type: ignore[union-attr]
                    copy.write(dumps[kind])
        baseline = time.perf_counter() - started
        db.dispose_all()
    stored = dumps["cases"].count(b"\n")
    print(f"first upload: {stored} consented cases of {cases} ({rows} rows, {first.batches} "
          f"batches, {first.cases} cases sent with the removals) "
          f"in {upload:.2f} s; raw COPY of the same rows {baseline:.2f} s "
          f"(ratio {upload / baseline:.1f})")
    print(f"incremental sync of {len(ids)} changed cases: {incremental:.3f} s "
          f"({again.batches} batch)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

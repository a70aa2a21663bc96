"""The hub sync's figures: a site's first upload of N cases over HTTP (loopback), an
incremental sync of 100 changes, against a raw ``COPY`` of the very same rows into PostgreSQL.

The site (``RELAIS_BENCH_HUB_CASES`` demo cases, default 20,000) is built once into
``$RELAIS_BENCH_HUB_SITE`` (default ``/tmp/relais-bench/hub-site-<cases>``) and kept: building
100,000 cases takes long, so each run copies that folder (the sync writes its position into the
site's database) into a temporary folder. Starts its own PostgreSQL (with fsync, as in
production) and ``relais hub serve`` on 127.0.0.1. ``RELAIS_BENCH_HUB_RUNS`` runs (default 1),
each into a fresh hub database; the median is printed. The baseline ``COPY`` loads every row the
upload stored (all ``hub_*`` record tables, read back with ``COPY TO``) into an empty hub
schema: what the database alone costs.

Run: ``.venv/bin/python -m bench.hub_sync`` (needs the ``hub`` extra and Debian's postgresql);
``python -m bench.hub_sync --build`` only builds the site.
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def cases_wanted() -> int:
    """How many demo cases the benchmark site holds."""
    return int(os.environ.get("RELAIS_BENCH_HUB_CASES", "20000"))


def site_template() -> Path:
    """The benchmark site's folder, built now (seed 1) if it does not exist yet."""
    from desktop.core.services.demo import generator as demo
    from tests.helpers import folders

    env = os.environ.get("RELAIS_BENCH_HUB_SITE")
    path = Path(env) if env else Path("/tmp/relais-bench") / f"hub-site-{cases_wanted()}"
    if (path / "done").exists():
        return path
    shutil.rmtree(path, ignore_errors=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    folder, _recovery = folders.new_folder(path)
    vault = folders.login(folder)
    try:
        demo.generate(vault, cases_wanted(), seed=1)
    finally:
        vault.close()
    (path / "done").write_text("built\n")
    print(f"site of {cases_wanted()} demo cases built in {time.perf_counter() - started:.0f} s",
          flush=True)
    return path


def _one_run(pg: object, template: Path, tmp: Path, number: int) -> dict[str, float]:
    from sqlalchemy import update

    from desktop.core.services.sync import sync_service
    from desktop.core.store.datafolder import DataFolder
    from desktop.core.store.models import Case
    from desktop.hub import db, enrolment, schema
    from desktop.hub.models import RECORD_TABLES
    from tests.helpers import folders
    from tests.hub.conftest import _wait_healthy, free_port

    hub_name, copy_name = f"hub{number}", f"copy{number}"
    for name in (hub_name, copy_name):
        pg.admin_sql(f"CREATE DATABASE {name}")  # type: ignore[attr-defined]
        schema.init(pg.url(name))  # type: ignore[attr-defined]
    hub_url = pg.url(hub_name)  # type: ignore[attr-defined]
    site = tmp / f"site{number}"
    shutil.copytree(template, site)
    vault = folders.login(DataFolder(site))
    root = Path(__file__).resolve().parents[1]
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "desktop", "hub", "serve", "--db", hub_url,
         "--listen", f"127.0.0.1:{port}"], cwd=root, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(root)))
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, server)
        sync_service.enrol(vault, url, enrolment.new_code(hub_url, "BENCH"))
        load = os.getloadavg()[0]
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
        server.wait()
        vault.close()
    dumps: dict[str, bytes] = {}
    rows = 0
    with db.engine(hub_url).connect() as conn:
        raw = conn.connection.driver_connection
        for kind, table in RECORD_TABLES.items():
            buffer = io.BytesIO()
            with raw.cursor().copy(f"COPY {table.name} TO STDOUT") as copy:  # type: ignore[union-attr]
                for chunk in copy:
                    buffer.write(chunk)
            dumps[kind] = buffer.getvalue()
            rows += dumps[kind].count(b"\n")
    with db.engine(pg.url(copy_name)).begin() as conn:  # type: ignore[attr-defined]
        raw = conn.connection.driver_connection
        conn.exec_driver_sql("INSERT INTO hub_sites (name, last_batch, last_upto, "
                             "created_at) VALUES ('BENCH', 0, 0, now())")
        started = time.perf_counter()
        for kind, table in RECORD_TABLES.items():
            with raw.cursor().copy(f"COPY {table.name} FROM STDIN") as copy:  # type: ignore[union-attr]
                copy.write(dumps[kind])
    baseline = time.perf_counter() - started
    db.dispose_all()
    shutil.rmtree(site, ignore_errors=True)
    stored = dumps["cases"].count(b"\n")
    print(f"run {number}: first upload of {stored} consented cases ({rows} rows, "
          f"{first.batches} batches, {first.cases} cases sent) in {upload:.2f} s "
          f"({rows / upload:.0f} rows/s, load {load:.2f}); raw COPY {baseline:.2f} s "
          f"(ratio {upload / baseline:.1f}); incremental {len(ids)} changes "
          f"{incremental:.3f} s ({again.batches} batch)", flush=True)
    return {"upload": upload, "copy": baseline, "incremental": incremental,
            "rows": float(rows), "load": load}


def main() -> int:
    from tests.helpers import postgres

    template = site_template()
    if "--build" in sys.argv[1:]:
        return 0
    runs = int(os.environ.get("RELAIS_BENCH_HUB_RUNS", "1"))
    results = []
    with postgres.running(durable=True) as pg, tempfile.TemporaryDirectory() as tmp:
        for number in range(1, runs + 1):
            results.append(_one_run(pg, template, Path(tmp), number))
    upload = statistics.median(r["upload"] for r in results)
    baseline = statistics.median(r["copy"] for r in results)
    incremental = statistics.median(r["incremental"] for r in results)
    rows = results[0]["rows"]
    print(f"median of {runs} runs, {cases_wanted()} cases: first upload {upload:.2f} s "
          f"({rows / upload:.0f} rows/s), raw COPY {baseline:.2f} s (ratio "
          f"{upload / baseline:.1f}), incremental sync of 100 changes {incremental:.3f} s; "
          f"load average at start {statistics.median(r['load'] for r in results):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

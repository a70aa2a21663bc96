"""The national report's figures: how long the hub takes to build a year's national tables,
the combined Incident Recorder and the SEA tracking over one site's upload, against the site's
own report over the same cases (its SQLCipher database).

Builds a fresh site of ``RELAIS_BENCH_HUB_CASES`` demo cases (default 10,000), starts its own
PostgreSQL and ``relais hub serve`` on 127.0.0.1, syncs, then times each piece (best of 3).

Run: ``.venv/bin/python -m bench.hub_report`` (needs the ``hub`` extra and Debian's postgresql).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any


def _best(run: Callable[[], Any], times: int = 3) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(times):
        started = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> int:
    from desktop.core.services.demo import generator as demo
    from desktop.core.services.reports import statistics
    from desktop.core.services.reports.report_period import Period
    from desktop.core.services.sync import sync_service
    from desktop.hub import (
        enrolment,
        national_ir,
        report_files,
        report_queries,
        schema,
        sea_tracking,
    )
    from tests.helpers import folders, postgres
    from tests.hub.conftest import _wait_healthy, free_port

    cases = int(os.environ.get("RELAIS_BENCH_HUB_CASES", "10000"))
    root = Path(__file__).resolve().parents[1]
    year = Period.between(date.today() - timedelta(days=364), date.today())
    with postgres.running(durable=True) as pg, tempfile.TemporaryDirectory() as tmp:
        pg.admin_sql("CREATE DATABASE hub")
        url = pg.url("hub")
        schema.init(url)
        folder, _recovery = folders.new_folder(Path(tmp) / "site")
        vault = folders.login(folder)
        demo.generate(vault, cases, seed=1)
        port = free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "desktop", "hub", "serve", "--db", url,
             "--listen", f"127.0.0.1:{port}"], cwd=root, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(root)))
        hub = f"http://127.0.0.1:{port}"
        try:
            _wait_healthy(hub, server)
            sync_service.enrol(vault, hub, enrolment.new_code(url, "BENCH"))
            sync_service.sync(vault)
        finally:
            server.terminate()
            server.wait(timeout=30)

        def site_report() -> Any:
            with vault.reader() as session:
                return statistics.build_report(session, year, site_id=None, lang="fr")

        site_s, site = _best(site_report)
        hub_s, national = _best(lambda: report_queries.national_report(url, year, lang="fr"))
        assert [t.grid() for t in site.tables] == [t.grid() for t in national.tables]
        pdf_s, pdf = _best(lambda: report_files.render(national, "pdf"))
        ir_s, (workbook, _name) = _best(lambda: national_ir.workbook(url, year, None), 1)
        sea_s, victims = _best(lambda: sea_tracking.victims(url, date.today()))
        incidents = national.table("gbv_type").value("_total", 0)
        print(f"{cases} demo cases at the site, {national.table('cases').value('opened', 0)} "
              f"consented cases and {incidents} incidents in the year")
        print(f"site report (SQLCipher): {site_s * 1000:.0f} ms; national report (PostgreSQL): "
              f"{hub_s * 1000:.0f} ms; same raw tables: yes")
        print(f"national PDF rendered: {pdf_s * 1000:.0f} ms ({len(pdf) // 1024} KiB)")
        print(f"combined Incident Recorder: {ir_s:.2f} s ({len(workbook) // 1024} KiB)")
        print(f"SEA tracking: {sea_s * 1000:.0f} ms ({len(victims)} victims listed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The national report: the site's tables over every site's records at the hub, the sum of the
sites' own before suppression, hidden by the site's rule, from ``relais hub report``."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop.core.services.reports import suppression
from desktop.core.services.reports.report_tables import SMALL
from desktop.core.store.vault import Vault
from desktop.hub import report_queries
from tests.hub.conftest import HubProcess
from tests.hub.national_data import SITES, last_year, raw_cells, second_site, site_report, sync_both

ROOT = Path(__file__).resolve().parents[2]


def test_the_national_tables_are_the_sum_of_the_sites_own(
        admin: Vault, tmp_path: Path, hub_server: HubProcess, today: date) -> None:
    year = last_year(today)
    with second_site(tmp_path) as kayes:
        sync_both(admin, kayes, hub_server)
        mopti_cells = raw_cells(site_report(admin, year))
        kayes_cells = raw_cells(site_report(kayes, year))
    national = report_queries.national_report(hub_server.db, year, lang="en")
    expected = dict(mopti_cells)
    for key, count in kayes_cells.items():
        expected[key] = expected.get(key, 0) + count
    assert raw_cells(national) == expected
    assert national.table("cases").value("opened", 0) > 100  # real figures, not empty tables
    one = report_queries.national_report(hub_server.db, year, sites=["KAYES"], lang="en")
    assert raw_cells(one) == kayes_cells
    assert national.site_label == "All sites" and one.site_label == "KAYES"


def test_national_figures_are_suppressed_as_a_site_s(
        admin: Vault, tmp_path: Path, hub_server: HubProcess, today: date) -> None:
    year = last_year(today)
    with second_site(tmp_path) as kayes:
        sync_both(admin, kayes, hub_server, cases=40)
    report = report_queries.national_report(hub_server.db, year, lang="en")
    small_seen = 0
    for table in report.tables:
        decision = table.decision()
        shown = table.cells()
        for r, row in enumerate(table.rows):
            for c, count in enumerate(row.counts):
                if suppression.is_small(count):  # 1 to 4: never shown as a figure
                    small_seen += 1
                    assert shown[r][c + 1] in (SMALL, table.withheld_mark), (table.key, r, c)
        values = {(r, c): n for r, row in enumerate(table.rows) for c, n in enumerate(row.counts)}
        lines = suppression.grid_lines(len(table.rows), len(table.columns),
                                       total_row=table.total_row,
                                       total_column=table.total_column)
        assert suppression.recovered(values, lines, decision.hidden, decision.withheld) == {}
    assert small_seen > 0  # a period small enough that the rule had work to do


def _relais(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=300,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_relais_hub_report_writes_the_national_tables(
        admin: Vault, tmp_path: Path, hub_server: HubProcess, today: date) -> None:
    year = last_year(today)
    with second_site(tmp_path) as kayes:
        sync_both(admin, kayes, hub_server, cases=40)
    national = report_queries.national_report(hub_server.db, year, lang="fr")
    target = tmp_path / "national.csv"
    done = _relais("hub", "report", "--db", hub_server.db, "--from", str(year.start), "--to",
                   str(year.end), "--format", "csv", "--out", str(target))
    assert done.returncode == 0, done.stderr
    text = target.read_text(encoding="utf-8-sig")
    assert "Incidents par type de VBG" in text  # French first
    opened = national.table("cases").cells()[0]
    assert f"{opened[0]};{opened[1]}" in text
    for fmt in ("pdf", "xlsx"):
        out = tmp_path / f"national.{fmt}"
        done = _relais("--lang", "en", "hub", "report", "--db", hub_server.db, "--from",
                       str(year.start), "--to", str(year.end), "--site", SITES[0],
                       "--format", fmt, "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert out.read_bytes()[:4] == (b"%PDF" if fmt == "pdf" else b"PK\x03\x04")


@pytest.mark.parametrize("args, message", [
    (("--site", "NOWHERE"), "No such site at the hub: NOWHERE."),
    (("--to", "2026-13-01"), "not a date"),
])
def test_bad_report_requests_are_one_line(hub_db: str, tmp_path: Path, args: tuple[str, ...],
                                          message: str) -> None:
    base = {"--from": "2026-01-01", "--to": "2026-03-31"}
    extra = list(args)
    if extra[0] in base:
        base[extra[0]] = extra[1]
        extra = []
    flat = [v for k, val in base.items() for v in (k, val)]
    done = _relais("--lang", "en", "hub", "report", "--db", hub_db, *flat, *extra,
                   "--format", "csv", "--out", str(tmp_path / "x.csv"))
    assert done.returncode != 0 and message in done.stderr
    assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.csv").exists()

"""Two demo sites synced to a real hub (for the national report and web page tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from desktop.core.services import session as sessions
from desktop.core.services.demo import generator as demo
from desktop.core.services.reports import statistics
from desktop.core.services.reports.report_period import Period
from desktop.core.services.reports.report_tables import Report
from desktop.core.services.sync import sync_service
from desktop.core.store.vault import Vault
from desktop.hub import enrolment
from tests.helpers import folders
from tests.hub.conftest import HubProcess

SITES = ("MOPTI", "KAYES")


def last_year(today: date | None = None) -> Period:
    """The 365 days up to ``today`` (the day the test runs when not given; never read at
    import: a run may cross midnight)."""
    today = today or date.today()
    return Period.between(today - timedelta(days=364), today)


@contextmanager
def second_site(tmp_path: Path) -> Iterator[Vault]:
    """A second installation of its own (its own keys), its administrator logged in."""
    folder, _recovery = folders.new_folder(tmp_path / "kayes")
    vault = folders.login(folder, folders.ADMIN)
    try:
        yield vault
    finally:
        sessions.lock(vault)


def sync_both(first: Vault, second: Vault, hub: HubProcess, cases: int = 120) -> None:
    """Demo cases on both sites (different seeds), each enrolled and synced to the hub."""
    for vault, name, seed in ((first, SITES[0], 15), (second, SITES[1], 16)):
        demo.generate(vault, cases, seed=seed)
        assert sync_service.enrol(vault, hub.url, enrolment.new_code(hub.db, name)) == name
        assert sync_service.sync(vault).backlog == 0


def site_report(vault: Vault, period: Period | None = None) -> Report:
    """The site's own period report (its consented cases, over :func:`last_year` unless
    ``period`` is given), in English."""
    with vault.reader() as session:
        return statistics.build_report(session, period or last_year(), site_id=None,
                                       lang="en")


def raw_cells(report: Report) -> dict[tuple[str, str, str], int]:
    """Every non-zero raw count, by (table, row code, column label), before suppression."""
    cells: dict[tuple[str, str, str], int] = {}
    for table in report.tables:
        for row in table.rows:
            for column, count in zip(table.columns, row.counts, strict=True):
                if count:
                    cells[(table.key, row.code, column)] = count
    return cells

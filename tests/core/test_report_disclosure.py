"""No hidden count of a period report can be worked out, in the model, PDF, XLSX or CSV.

A demo database (400 cases over three years), many random periods: for each, an attacker
(``tests.helpers.disclosure``) reads every table as published, with its totals, and the grand
total shared between tables, and must recover nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.core.services.demo import generator as demo
from desktop.core.services.reports import exports, statistics
from desktop.core.services.reports.export_build import report_doc
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.services.reports.report_tables import Report
from desktop.core.store.vault import Vault
from tests.helpers import published_tables as pub
from tests.helpers.disclosure import attack, exhaustive
from tests.helpers.published_tables import random_periods

TODAY = date(2026, 6, 30)


@pytest.fixture
def demo_vault(admin: Vault) -> Vault:
    """The administrator (who may run reports) over 400 demo cases up to ``TODAY``."""
    demo.generate(admin, 400, seed=5, today=TODAY)
    return admin


def _report(vault: Vault, period: Period, lang: str = "en") -> Report:
    with vault.session() as session:
        return statistics.build_report(session, period, lang=lang, today=TODAY)


def test_no_hidden_count_can_be_recovered_over_many_periods(demo_vault: Vault) -> None:
    hidden_seen = complements_seen = withheld_seen = 0
    for period in random_periods(60, 11, TODAY):
        report = _report(demo_vault, period)
        tables = pub.from_report(report)
        assert attack(tables, pub.shared_places(report)) == {}, period
        cells = [v for t in tables for row in t.rows for v in row[1:]]
        hidden_seen += cells.count("<5")
        complements_seen += cells.count("hidden")
        for table in report.tables:
            if any("n.p." in row for row in table.cells()):
                withheld_seen += 1
                assert "n.p.: not published" in table.note  # the reader is told why
    assert hidden_seen > 100 and complements_seen > 50  # the periods did test something
    assert withheld_seen  # and lines that had to be withheld


def test_without_complements_the_attacker_recovers_small_counts(demo_vault: Vault) -> None:
    """The checker can fail: with "<5" alone (the old rule) it recovers hidden counts."""
    found = 0
    for period in random_periods(20, 3, TODAY):
        report = _report(demo_vault, period)
        naive = [pub.Published(t.key, t.header(), [
            [row.label, *("<5" if 1 <= n <= 4 else str(n) for n in row.counts)]
            for row in t.rows]) for t in report.tables]
        found += len(attack(naive, pub.shared_places(report)))
    assert found > 10


@pytest.mark.parametrize("seed", [1, 2])
def test_pdf_xlsx_and_csv_publish_the_same_protected_cells(demo_vault: Vault, tmp_path: Path,
                                                            seed: int) -> None:
    marks = 0
    for period in random_periods(3, seed, TODAY):
        report = _report(demo_vault, period, lang="fr")
        expected = [t.rows for t in pub.from_report(report)]
        shared = pub.shared_places(report)
        read: dict[str, list[pub.Published]] = {}
        for fmt in ("pdf", "xlsx", "csv"):
            target = tmp_path / f"{period.slug()}.{fmt}"
            exports.export(demo_vault, ExportRequest("stats", fmt, period, lang="fr"), target,
                           today=TODAY)
            if fmt == "pdf":
                read[fmt] = pub.from_pdf(target, report, report_doc(report).footer)
            else:
                read[fmt] = (pub.from_xlsx if fmt == "xlsx" else pub.from_csv)(target)
        for fmt, tables in read.items():
            assert [t.rows for t in tables] == expected, (fmt, period)
            assert attack(tables, shared) == {}, (fmt, period)
        marks += sum(row.count("masqué") for t in read["csv"] for row in t.rows)
    assert marks  # complements are there, in French


def test_an_exhaustive_search_finds_nothing_in_real_tables(demo_vault: Vault) -> None:
    """Every integer filling of each published table (one table at a time, each cell at most
    its table's total + 5): no hidden count takes a single value. Independent of any
    reasoning; tables too big for the step budget are left to ``attack``."""
    checked = 0
    for period in random_periods(20, 17, TODAY):
        report = _report(demo_vault, period)
        for shown, table in zip(pub.from_report(report), report.tables, strict=True):
            if not table.total_row:
                continue
            found = exhaustive(shown, cap=table.rows[-1].counts[-1] + 5, budget=50_000)
            if found is not None:
                checked += 1
                assert found == {}, (period, table.key)
    assert checked > 100

"""Row exports read in keyset batches of whole cases: an export read in many small batches
holds exactly the rows, in the same order, of one read in a single batch — on a real SQLCipher
database."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import incidents
from desktop.core.services.reports import export_batches, exports
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.store.vault import Vault
from tests.helpers.export_files import xlsx_rows
from tests.helpers.incident_data import new_incident
from tests.helpers.report_data import populate

QUARTER = Period.quarter(2026, 1)
TODAY = date(2026, 4, 20)


def _rows(vault: Vault, tmp_path: Path, kind: str, fmt: str, batch: int,
          monkeypatch: pytest.MonkeyPatch) -> list[list[object]] | str:
    monkeypatch.setattr(export_batches, "BATCH", batch)
    request = ExportRequest(kind, fmt, QUARTER, lang="fr")
    target = tmp_path / f"{batch}-{exports.suggested_name(request)}"
    exports.export(vault, request, target, today=TODAY)
    return xlsx_rows(target) if fmt == "xlsx" else target.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(("kind", "fmt"), [("cases", "xlsx"), ("cases", "csv"),
                                           ("incident-recorder", "xlsx")])
def test_an_export_in_small_batches_has_the_rows_of_one_batch(
        supervisor: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str,
        fmt: str) -> None:
    with supervisor.session() as session:
        populate(session, 40, start=date(2026, 1, 1), days=20)  # several cases a day
    rows = cases.case_rows(supervisor, cases.case_ids(supervisor))
    for n, row in enumerate([r for r in rows if r.status != "closed"][:8]):
        for extra in range(1 + n % 3):  # up to 4 incidents in a case
            incidents.add_incident(supervisor, row.id, new_incident(
                row.date_of_interview + timedelta(days=1 + extra)))
    whole = _rows(supervisor, tmp_path, kind, fmt, 100_000, monkeypatch)
    if (kind, fmt) == ("cases", "xlsx"):
        numbers = [row[0] for row in whole[1:]]
        assert len(numbers) > len(set(numbers)) >= 30  # cases with several incidents
    for batch in (1, 2, 7):  # 1 and 2: a case with more incidents than the batch
        assert _rows(supervisor, tmp_path, kind, fmt, batch, monkeypatch) == whole, batch

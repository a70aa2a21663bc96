"""The XLSX case export writes each row's XML from the database values (``CaseRows.xml_rows``);
its file holds exactly the cells the former way wrote (values turned into cells row by row,
``CaseRows.__iter__``, still what the CSV export writes) — for a random demo database with
every kind of case, de-identified and identifying (password-protected), on real SQLCipher."""

from __future__ import annotations

import random
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from desktop.core.exports import protect
from desktop.core.services.accounts import settings
from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import incidents
from desktop.core.services.demo import generator as demo
from desktop.core.services.reports import export_batches, export_cases, exports
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Case, Site
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.export_files import xlsx_rows
from tests.helpers.incident_data import new_incident
from tests.helpers.report_data import populate

TODAY = date(2026, 4, 20)
EVERYTHING = Period.between(date(2000, 1, 1), TODAY)
PASSWORD = "fast-path-password"


@pytest.fixture
def opened() -> Iterator[list[Vault]]:
    """Vaults a test logged in to, closed at its end."""
    vaults: list[Vault] = []
    yield vaults
    for vault in vaults:
        vault.close()


def _database(folder: DataFolder, opened: list[Vault], seed: int, *,
              share_ethnicity: bool = False) -> Vault:
    """The supervisor logged in to demo cases (children, SEA, closed, refused consent) and
    varied ones (withdrawn consent, needs with notes, several perpetrators), some at another
    site, some with up to four incidents."""
    rng = random.Random(seed)
    admin = folders.login(folder, folders.ADMIN)
    try:
        demo.generate(admin, 150, seed=seed, today=TODAY)
        if share_ethnicity:
            settings.set_value(admin, settings.SHARE_ETHNICITY, True)
    finally:
        admin.close()
    supervisor = folders.login(folder, folders.SUPERVISOR)
    opened.append(supervisor)
    with supervisor.session() as session:
        populate(session, 120, start=date(2026, 1, 1), days=100, seed=seed)
        other = Site(code="GAO", name="Gao", organisation="ONG Essai")
        session.add(other)
        session.flush()
        moved = rng.sample(list(session.query(Case).order_by(Case.case_number)), 30)
        for case in moved:
            case.site_id = other.id
    rows = cases.case_rows(supervisor, cases.case_ids(supervisor))
    for row in rng.sample([r for r in rows if r.status != "closed"], 15):
        for extra in range(rng.randrange(1, 4)):
            incidents.add_incident(supervisor, row.id, new_incident(
                row.date_of_interview + timedelta(days=1 + extra)))
    return supervisor


def _sheet_xml(data: Path | BytesIO) -> bytes:
    with zipfile.ZipFile(data) as book:
        return book.read("xl/worksheets/sheet1.xml")


def _export(vault: Vault, target: Path, request: ExportRequest, *, former: bool,
            monkeypatch: pytest.MonkeyPatch) -> Path | BytesIO:
    with monkeypatch.context() as patch:
        if former:  # the writer then asks the rows for their values, as it did
            patch.delattr(export_cases.CaseRows, "xml_rows")
        else:
            def refused(*_args: Any, **_kwargs: Any) -> Any:
                raise AssertionError("the fast path read the rows the former way")

            patch.setattr(export_batches, "case_records", refused)
        result = exports.export(vault, request, target, today=TODAY)
    assert result.rows > 0
    return protect.decrypt_xlsx(target, PASSWORD) if request.password else target


@pytest.mark.parametrize(("seed", "lang", "batch"), [(3, "fr", 5000), (11, "en", 7)])
def test_the_fast_case_export_writes_the_cells_the_former_way_wrote(
        folder: DataFolder, opened: list[Vault], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, seed: int, lang: str, batch: int) -> None:
    supervisor = _database(folder, opened, seed)
    monkeypatch.setattr(export_batches, "BATCH", batch)  # 7: cases cut between batches
    requests = [ExportRequest("cases", "xlsx", EVERYTHING, lang=lang),
                ExportRequest("cases", "xlsx", EVERYTHING, lang=lang, password=PASSWORD,
                              identifying=True, reason="Transfert du dossier au tribunal")]
    for n, request in enumerate(requests):
        fast = _export(supervisor, tmp_path / f"fast-{n}.xlsx", request, former=False,
                       monkeypatch=monkeypatch)
        former = _export(supervisor, tmp_path / f"former-{n}.xlsx", request, former=True,
                         monkeypatch=monkeypatch)
        fast_rows, former_rows = xlsx_rows(fast), xlsx_rows(former)
        assert len(former_rows) > 200
        for number, (mine, theirs) in enumerate(zip(fast_rows, former_rows, strict=True)):
            assert mine == theirs, (request.identifying, number)
        assert _sheet_xml(fast) == _sheet_xml(former)
        numbers = [r[0] for r in fast_rows[1:]]
        assert len(numbers) > len(set(numbers))  # cases with several incidents


def test_the_fast_case_export_has_the_ethnicity_when_shared(
        folder: DataFolder, opened: list[Vault], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    supervisor = _database(folder, opened, 5, share_ethnicity=True)
    request = ExportRequest("cases", "xlsx", EVERYTHING, lang="fr")
    fast = _export(supervisor, tmp_path / "fast.xlsx", request, former=False,
                   monkeypatch=monkeypatch)
    former = _export(supervisor, tmp_path / "former.xlsx", request, former=True,
                     monkeypatch=monkeypatch)
    header = xlsx_rows(fast)[0]
    assert any(str(h).startswith("Ethnie") for h in header), header
    assert _sheet_xml(fast) == _sheet_xml(former)


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_the_export_says_how_many_rows_its_file_has(
        folder: DataFolder, opened: list[Vault], tmp_path: Path, fmt: str) -> None:
    """The rows told (and audited) are the rows written, counted as they are written; the
    progress counted first from the cases and incidents alone reaches its end. An incident
    whose two primary perpetrators share a position (no constraint forbids it) is listed
    twice, and told twice."""
    from sqlalchemy import select

    from desktop.core.store.models import Incident, Perpetrator

    supervisor = _database(folder, opened, 7)
    request = ExportRequest("cases", fmt, EVERYTHING, lang="en")
    target = tmp_path / f"cases.{fmt}"

    def first_column() -> list[str]:
        if fmt == "xlsx":
            return [r[0] for r in xlsx_rows(target)[1:]]
        return [line.split(",")[0] for line in
                target.read_text(encoding="utf-8-sig").splitlines()[1:]]

    exports.export(supervisor, request, target, today=TODAY)
    twice = first_column()[0]  # a case the export lists (consented, of the period)
    with supervisor.session() as session:
        incident = session.scalar(select(Incident).join(Case, Incident.case_id == Case.id)
                                  .where(Case.case_number == twice).limit(1))
        assert incident is not None
        session.add(Perpetrator(incident_id=incident.id, site_id=incident.site_id,
                                position=0, is_primary=True, sex="male"))
    told: list[tuple[int, int]] = []
    result = exports.export(supervisor, request, target, today=TODAY,
                            progress=lambda done, total: told.append((done, total)))
    body = first_column()
    with supervisor.reader() as session:
        incidents_of_it = len(session.scalars(select(Incident.id).join(
            Case, Incident.case_id == Case.id).where(Case.case_number == twice)).all())
    assert result.rows == len(body) > 200
    assert body.count(twice) == incidents_of_it + 1  # her incident with two first primaries
    assert told[-1] == (len(body) - 1, len(body) - 1)  # the progress: cases and incidents

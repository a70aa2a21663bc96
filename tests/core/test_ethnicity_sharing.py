"""The survivor's ethnicity is optional, and stays out of shared files (the de-identified case
export, the Incident Recorder) unless an administrator turns its sharing on."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.services.accounts import settings
from desktop.core.services.cases import intake
from desktop.core.services.cases.intake_rules import validate
from desktop.core.services.reports import exports
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.intake_data import sample_intake

PASSWORD = "Accord inter-agences 2026"


def _everything() -> Period:
    """Every case, up to the day the export runs."""
    return Period.between(date(2020, 1, 1), date.today())


def _cases(vault: Vault, path: Path, **kw: object) -> list[dict[str, str]]:
    request = ExportRequest("cases", "csv", _everything(), lang="en", **kw)  # type: ignore[arg-type]
    exports.export(vault, request, path)
    if kw.get("password"):
        import pyzipper
        with pyzipper.AESZipFile(path) as archive:
            archive.setpassword(str(kw["password"]).encode())
            text = archive.read(archive.namelist()[0]).decode("utf-8-sig")
    else:
        text = path.read_text(encoding="utf-8-sig")
    return list(csv.DictReader(text.splitlines()))


def _ir_ethnicities(vault: Vault, path: Path) -> set[object]:
    exports.export(vault, ExportRequest("incident-recorder", "xlsx", _everything()), path)
    rows = list(openpyxl.load_workbook(path)["Incident Data"].iter_rows(values_only=True))
    column = rows[0].index("ETHNICITY")
    return {r[column] for r in rows[1:]}


def test_ethnicity_is_optional_in_the_intake() -> None:
    assert validate(sample_intake(**{"survivor.ethnicity": None})) == {}


def test_shared_files_leave_the_ethnicity_out_by_default(supervisor: Vault,
                                                         tmp_path: Path) -> None:
    intake.open_case(supervisor, sample_intake(**{"survivor.ethnicity": "peul"}))
    assert not settings.get(supervisor, settings.SHARE_ETHNICITY)
    [row] = _cases(supervisor, tmp_path / "cases.csv")
    assert not any("thnicity" in k for k in row) and "Fulani" not in row.values()
    assert _ir_ethnicities(supervisor, tmp_path / "ir.xlsx") <= {None, ""}
    # The identifying export (a reason, a password) is the whole file: it keeps it.
    [full] = _cases(supervisor, tmp_path / "full.zip", identifying=True, password=PASSWORD,
                    reason="Transfert du dossier au centre de Gao")
    assert full["Ethnicity"] == "Fulani"


def test_an_administrator_shares_the_ethnicity(folder: DataFolder, tmp_path: Path) -> None:
    admin = folders.login(folder, folders.ADMIN)
    try:
        settings.set_value(admin, settings.SHARE_ETHNICITY, True)
    finally:
        admin.close()
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        intake.open_case(supervisor, sample_intake(**{"survivor.ethnicity": "peul"}))
        [row] = _cases(supervisor, tmp_path / "cases.csv")
        assert (row["Ethnicity (code)"], row["Ethnicity"]) == ("peul", "Fulani")
        assert _ir_ethnicities(supervisor, tmp_path / "ir.xlsx") - {None, ""}
    finally:
        supervisor.close()


def test_only_an_administrator_changes_it(folder: DataFolder) -> None:
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        with pytest.raises(PermissionDenied):
            settings.set_value(supervisor, settings.SHARE_ETHNICITY, True)
    finally:
        supervisor.close()
    admin = folders.login(folder, folders.ADMIN)
    try:
        with pytest.raises(ValidationError):
            settings.set_value(admin, settings.SHARE_ETHNICITY, "yes")
        assert settings.get(admin, settings.SHARE_ETHNICITY) is False
    finally:
        admin.close()

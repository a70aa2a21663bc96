"""Password-protected exports, and the identifying export's rules (supervisor, reason, audit)."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import msoffcrypto
import openpyxl
import pytest
import pyzipper
from pypdf import PdfReader

from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.exports import protect
from desktop.core.services import audit, exports
from desktop.core.services.exports import ExportRequest
from desktop.core.services.report_period import Period
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from tests.helpers.export_files import pdf_text, xlsx_rows
from tests.helpers.folders import login
from tests.helpers.report_data import SECRET, populate

MARCH = Period.month(2026, 3)
PASSWORD = "Accord inter-agences ɛɔ 2026"


@pytest.fixture
def data(supervisor: Vault) -> Vault:
    with supervisor.session() as session:
        populate(session, 20, start=date(2026, 3, 1), days=28)
    return supervisor


def test_protected_xlsx_opens_only_with_the_password(data: Vault, tmp_path: Path) -> None:
    target = tmp_path / "stats.xlsx"
    exports.export(data, ExportRequest("cases", "xlsx", MARCH, password=PASSWORD), target)
    with pytest.raises(Exception):  # noqa: B017 - not a zip: openpyxl cannot read it
        openpyxl.load_workbook(target)
    with open(target, "rb") as f:
        office = msoffcrypto.OfficeFile(f)
        assert office.is_encrypted()
        office.load_key(password="wrong password")
        with pytest.raises(msoffcrypto.exceptions.InvalidKeyError):
            office.decrypt(open(tmp_path / "out.xlsx", "wb"))  # noqa: SIM115
    rows = xlsx_rows(protect.decrypt_xlsx(target, PASSWORD))
    assert len(rows) > 5


def test_protected_pdf_is_aes_256(data: Vault, tmp_path: Path) -> None:
    target = tmp_path / "stats.pdf"
    exports.export(data, ExportRequest("stats", "pdf", MARCH, password=PASSWORD, lang="en"),
                   target)
    reader = PdfReader(str(target))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6
    assert encrypt["/CF"]["/StdCF"]["/CFM"] == "/AESV3"
    assert b"/RC4" not in target.read_bytes() and b"/V2" not in target.read_bytes()
    assert reader.decrypt("wrong") == 0
    assert "Incidents by type of GBV" in pdf_text(target, PASSWORD)


def test_protected_csv_is_an_aes_zip(data: Vault, tmp_path: Path) -> None:
    request = ExportRequest("victim-assistance", "csv", MARCH, password=PASSWORD)
    target = tmp_path / exports.suggested_name(request)
    assert target.suffix == ".zip"
    exports.export(data, request, target)
    with pyzipper.AESZipFile(target) as archive:
        info = archive.infolist()[0]
        assert info.flag_bits & 0x1  # encrypted
        with pytest.raises(RuntimeError):
            archive.read(info.filename)
    with zipfile.ZipFile(target) as plain_zip, pytest.raises(NotImplementedError):
        plain_zip.read(plain_zip.namelist()[0], pwd=PASSWORD.encode())  # method 99: AES
    assert b"\x01\x99" in target.read_bytes()  # the WinZip AES extra field (0x9901)
    content = protect.unzip_aes(target, PASSWORD)
    (name, data_bytes), = content.items()
    assert name.endswith(".csv")
    lines = data_bytes.decode("utf-8-sig").splitlines()
    # The rows' section (its title, then the header), then the summary of counts.
    assert lines[1].startswith(("Victim code", "Code de la victime"))


def test_identifying_export_refuses_a_case_worker(folder: DataFolder, tmp_path: Path) -> None:
    worker = login(folder, "awa")
    try:
        request = ExportRequest("cases", "xlsx", MARCH, password=PASSWORD, identifying=True,
                                reason="Transfert du dossier au tribunal")
        with pytest.raises(PermissionDenied):
            exports.export(worker, request, tmp_path / "x.xlsx")
        with pytest.raises(PermissionDenied):
            exports.export(worker, ExportRequest("cases", "csv", MARCH), tmp_path / "x.csv")
    finally:
        worker.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # only the data folder


def test_identifying_export_needs_a_reason_and_a_password(data: Vault, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        exports.export(data, ExportRequest("cases", "xlsx", MARCH, identifying=True),
                       tmp_path / "x.xlsx")
    assert set(caught.value.errors) == {"reason", "password"}


def test_identifying_export_is_audited_for_a_supervisor(data: Vault, tmp_path: Path) -> None:
    request = ExportRequest("cases", "xlsx", MARCH, password=PASSWORD, identifying=True,
                            reason="Demande du tribunal de Mopti, dossier transféré")
    target = tmp_path / exports.suggested_name(request)
    result = exports.export(data, request, target)
    assert result.rows > 0 and result.protected
    assert SECRET not in target.name
    rows = xlsx_rows(protect.decrypt_xlsx(target, PASSWORD))
    assert any(SECRET in str(cell) for row in rows for cell in row)  # names are there
    assert any(len(str(c)) == 10 and str(c).startswith("2026-03") for c in rows[1])
    event = audit.events(data, action="export_identifying")[0]
    assert "tribunal" in (event.details or "") and SECRET not in (event.details or "")

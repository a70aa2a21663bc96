"""Password-protected exports, and the identifying export's rules (supervisor, reason, audit)."""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import msoffcrypto
import olefile
import openpyxl
import pytest
import pyzipper
from pypdf import PasswordType, PdfReader
from sqlalchemy.orm import Session

from desktop.core.errors import PermissionDenied, StorageError, ValidationError
from desktop.core.exports import protect
from desktop.core.services.accounts import audit
from desktop.core.services.reports import exports
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from tests.helpers.export_files import pdf_text, xlsx_rows
from tests.helpers.folders import login
from tests.helpers.report_data import SECRET, Perp, add_case, populate, random_spec

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
    # no RC4 anywhere: every crypt filter is AES-256 and streams and strings use it (the file's
    # bytes are not searched for "/V2": its ciphertext holds those three bytes about 1 run in 300)
    assert {f["/CFM"] for f in encrypt["/CF"].values()} == {"/AESV3"}
    assert encrypt["/StmF"] == encrypt["/StrF"] == "/StdCF"
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
    assert lines[1].startswith("Victim code")  # the language of the request (English)


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


# --- Every protected format opens with its password, whatever the number of rows -----------
# A workbook under 4 KiB (0, 1, a few rows) used to give an encrypted file nobody could open:
# msoffcrypto never puts a package shorter than the mini stream cutoff in the mini stream.

TODAY = date(2026, 4, 2)


def _sea_cases(session: Session, count: int) -> None:
    """``count`` consented SEA cases in March (statistics, and informing the UN): each
    appears in every kind of export."""
    rng = random.Random(count)
    for i in range(count):
        spec = replace(random_spec(rng, date(2026, 3, 1), 28), sea=True, consent=True,
                       un_consent=True,
                       perps=[Perp(relationship="un_humanitarian", affiliation="un_military",
                                   entity=f"Contingent {i % 9}")])
        add_case(session, spec, ("awa", "fanta")[i % 2])


def _book(source: Path | io.BytesIO) -> dict[str, list[list[object]]]:
    """Every cell of every sheet, opened with openpyxl."""
    book = openpyxl.load_workbook(source, read_only=True)
    cells = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)]
             for ws in book.worksheets}
    book.close()
    return cells


def _decrypted(path: Path, password: str) -> bytes:
    """The plain workbook, decrypted as any msoffcrypto user would, integrity checked."""
    with open(path, "rb") as source:
        office = msoffcrypto.OfficeFile(source)
        assert office.is_encrypted()
        office.load_key(password=password, verify_password=True)
        out = io.BytesIO()
        office.decrypt(out, verify_integrity=True)
    return out.getvalue()


def _wrong_password_fails(path: Path, fmt: str) -> None:
    if fmt == "xlsx":
        with open(path, "rb") as source, pytest.raises(msoffcrypto.exceptions.InvalidKeyError):
            office = msoffcrypto.OfficeFile(source)
            office.load_key(password="not the password", verify_password=True)
            office.decrypt(io.BytesIO())
    elif fmt == "pdf":
        assert PdfReader(str(path)).decrypt("not the password") == PasswordType.NOT_DECRYPTED
    else:
        with pyzipper.AESZipFile(path) as archive, pytest.raises(RuntimeError):
            archive.setpassword(b"not the password")
            archive.read(archive.namelist()[0])


def _contents(path: Path, fmt: str, password: str | None) -> object:
    """What the recipient sees once the file is open."""
    if fmt == "xlsx":
        if password is None:
            return _book(path)
        return _book(io.BytesIO(_decrypted(path, password)))
    if fmt == "pdf":
        if password is not None:
            encrypt = PdfReader(str(path)).trailer["/Encrypt"].get_object()
            assert (encrypt["/V"], encrypt["/R"], encrypt["/CF"]["/StdCF"]["/CFM"]) == \
                (5, 6, "/AESV3")  # AES-256, never RC4
        reader = PdfReader(str(path))
        if password is not None:
            assert reader.decrypt(password) != PasswordType.NOT_DECRYPTED
        return [page.extract_text() for page in reader.pages]
    if password is None:
        return path.read_bytes()
    with pyzipper.AESZipFile(path) as archive:
        info, = archive.infolist()
        assert info.flag_bits & 0x1 and info.wz_aes_strength == 3  # WinZip AES-256
        archive.setpassword(password.encode("utf-8"))
        return archive.read(info.filename)


@pytest.mark.parametrize("count", [0, 1, 4, 150])
def test_every_protected_export_opens_with_its_password_and_holds_the_plain_content(
        supervisor: Vault, tmp_path: Path, count: int) -> None:
    with supervisor.session() as session:
        _sea_cases(session, count)
    small_workbooks = []
    for kind, formats in exports.FORMATS.items():
        for fmt in formats:
            plain_request = ExportRequest(kind, fmt, MARCH, lang="en")
            plain = tmp_path / f"plain-{exports.suggested_name(plain_request)}"
            plain_result = exports.export(supervisor, plain_request, plain, today=TODAY)
            request = replace(plain_request, password=PASSWORD)
            target = tmp_path / exports.suggested_name(request)
            result = exports.export(supervisor, request, target, today=TODAY)
            what = f"{kind} {fmt}, {count} cases"
            assert result.protected and result.rows == plain_result.rows, what
            if kind in ("cases", "incident-recorder"):
                assert result.rows == count, what
            elif kind == "victim-assistance":  # one row per assistance, at least one a case
                assert result.rows >= count, what
            assert _contents(target, fmt, PASSWORD) == _contents(plain, fmt, None), what
            _wrong_password_fails(target, fmt)
            if fmt == "xlsx" and plain.stat().st_size < protect.SEGMENT:
                small_workbooks.append(kind)
    if count <= 1:  # the case that was broken is really exercised (a workbook under a segment)
        assert "cases" in small_workbooks and "incident-recorder" in small_workbooks


@pytest.mark.parametrize("size", [299, 1000, 4072, 4080, 4081, 4088, 4089, 4096, 4097, 9000])
def test_a_workbook_of_any_size_decrypts_back_byte_for_byte(tmp_path: Path, size: int) -> None:
    workbook = _package_of(size)
    target = tmp_path / "book.xlsx"
    protect.encrypt_xlsx(io.BytesIO(workbook), target, PASSWORD)
    assert _decrypted(target, PASSWORD) == workbook
    assert protect.decrypt_xlsx(target, PASSWORD).getvalue() == workbook
    with olefile.OleFileIO(str(target)) as ole:  # the package is a full segment at least
        assert ole.get_size("EncryptedPackage") >= 8 + protect.SEGMENT


def test_without_the_padding_the_file_would_not_open_and_nothing_is_written(
        supervisor: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The library's own layout of a small package: caught before any file is written."""
    monkeypatch.setattr(protect, "SEGMENT", 0)
    request = ExportRequest("cases", "xlsx", MARCH, password=PASSWORD)  # under a segment
    with pytest.raises(StorageError, match="could not be made"):
        exports.export(supervisor, request, tmp_path / "va.xlsx", today=TODAY)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # no file, no temp file


def _package_of(size: int) -> bytes:
    """An OOXML package (``[Content_Types].xml`` + stored filler) of exactly ``size`` bytes."""
    types = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="bin" ContentType="application/octet-stream"/></Types>')

    def build(filler: int) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
            archive.writestr("[Content_Types].xml", types)
            archive.writestr("filler.bin", bytes(random.Random(size).randbytes(filler)))
        return out.getvalue()

    empty = len(build(0))
    package = build(max(0, size - empty))
    assert len(package) == max(size, empty)
    return package

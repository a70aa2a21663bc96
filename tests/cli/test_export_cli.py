"""``relais export`` as a user runs it: passwords on standard input, clear errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.core.exports import protect
from desktop.core.services.accounts import audit
from desktop.core.store.datafolder import DataFolder
from tests.cli.conftest import Run
from tests.helpers.export_files import xlsx_rows
from tests.helpers.folders import PASSWORD, login
from tests.helpers.report_data import SECRET, populate

EXPORT_PASSWORD = "mot de passe partagé 2026"


@pytest.fixture
def data(folder: DataFolder) -> DataFolder:
    vault = login(folder, "sali")
    try:
        with vault.session() as session:
            populate(session, 30, start=date(2026, 3, 1), days=31)
    finally:
        vault.close()
    return folder


def _args(folder: DataFolder, out: Path, *extra: str, user: str = "sali",
          kind: str = "stats", fmt: str = "pdf") -> list[str]:
    return ["export", "--data", str(folder.path), "--as", user, "--kind", kind,
            "--from", "2026-03-01", "--to", "2026-03-31", "--format", fmt, "--out", str(out),
            *extra]


def test_statistics_pdf(relais: Run, data: DataFolder, tmp_path: Path) -> None:
    out = tmp_path / "stats.pdf"
    done = relais(*_args(data, out), stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    assert "stats.pdf" in done.stdout
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages)
    assert "March 2026" in text and SECRET not in text


def test_protected_case_export(relais: Run, data: DataFolder, tmp_path: Path) -> None:
    out = tmp_path / "cases.xlsx"
    done = relais(*_args(data, out, "--password-protect", kind="cases", fmt="xlsx"),
                  stdin=f"{PASSWORD}\n{EXPORT_PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    assert "password-protected" in done.stdout
    rows = xlsx_rows(protect.decrypt_xlsx(out, EXPORT_PASSWORD))
    assert len(rows) > 10
    assert not any(SECRET in str(c) for r in rows for c in r)


def test_identifying_export_by_a_supervisor_is_audited(relais: Run, data: DataFolder,
                                                       tmp_path: Path) -> None:
    out = tmp_path / "ident.csv"
    done = relais(*_args(data, out, "--identifying", "--reason", "Transfert au tribunal de Mopti",
                         "--password-protect", kind="cases", fmt="csv"),
                  stdin=f"{PASSWORD}\n{EXPORT_PASSWORD}\n")
    assert done.returncode == 0, done.stderr
    zipped = out.with_suffix(".zip")  # the name of what it is
    assert not out.exists() and "ident.zip" in done.stdout
    (content,) = protect.unzip_aes(zipped, EXPORT_PASSWORD).values()
    assert SECRET in content.decode("utf-8-sig")
    vault = login(data, "sali")
    try:
        assert "tribunal" in (audit.events(vault, action="export_identifying")[0].details or "")
    finally:
        vault.close()


def test_case_worker_is_refused(relais: Run, data: DataFolder, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    done = relais(*_args(data, out, "--identifying", "--reason", "Je veux la liste complète",
                         "--password-protect", user="awa", kind="cases", fmt="csv"),
                  stdin=f"{PASSWORD}\n{EXPORT_PASSWORD}\n")
    assert done.returncode == 1
    assert "role does not allow" in done.stderr
    assert "Traceback" not in done.stderr and not out.exists()


@pytest.mark.parametrize(("change", "status", "words"), [
    (("--from", "2026-13-01"), 2, "not a date"),
    (("--kind", "everything"), 2, "invalid choice"),
    (("--to", "2026-02-01"), 1, "before its start"),
    (("--format", "pdf", "--kind", "cases"), 1, "xlsx, csv"),
    (("--identifying",), 1, "why identifying data"),
])
def test_bad_arguments_get_one_clear_line(relais: Run, folder: DataFolder, tmp_path: Path,
                                          change: tuple[str, ...], status: int,
                                          words: str) -> None:
    args = _args(folder, tmp_path / "x.pdf", kind="cases" if "--identifying" in change
                 else "stats", fmt="csv" if "--identifying" in change else "pdf")
    for flag, value in zip(change[::2], [*change[1::2], None], strict=False):
        if value is None:
            args.append(flag)
        elif flag in args:
            args[args.index(flag) + 1] = value
    done = relais(*args, stdin=PASSWORD + "\n")
    assert done.returncode == status, done.stderr
    assert words in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists()

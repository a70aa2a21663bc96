"""Read export files back the way a person (or a script) would, to check what they hold."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
from pypdf import PdfReader


def xlsx_xml_text(path: Path | io.BytesIO) -> str:
    """Every XML part of an .xlsx, concatenated (strings, sheets, properties)."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(n).decode("utf-8") for n in archive.namelist()
                         if n.endswith((".xml", ".rels")))


def xlsx_rows(path: Path | io.BytesIO, sheet: str | int = 0) -> list[list[object]]:
    """The rows of one sheet (by name or position; the first by default)."""
    book = openpyxl.load_workbook(path, read_only=True)
    ws = book[sheet] if isinstance(sheet, str) else book.worksheets[sheet]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    book.close()
    return rows


def pdf_text(path: Path, password: str | None = None) -> str:
    """All text of a PDF, and its metadata values."""
    reader = PdfReader(str(path))
    if password is not None:
        reader.decrypt(password)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return meta + "\n" + "\n".join(page.extract_text() or "" for page in reader.pages)


def leftovers(folder: Path) -> list[str]:
    """Temporary files an export might have left in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".relais-"))

"""Password protection: XLSX with Office Agile encryption, CSV inside an AES-256 zip.

Both work from memory, so no unprotected copy is written beside the protected file. PDFs are
encrypted by ``desktop.core.documents.pdfkit.encrypt`` (AES-256).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

import pyzipper
from msoffcrypto.format.ooxml import OOXMLFile


def encrypt_xlsx(plain: BinaryIO, target: Path, password: str) -> None:
    """Write the workbook in ``plain`` to ``target`` encrypted so that Excel and LibreOffice
    ask for ``password`` (ECMA-376 Agile encryption, AES-256)."""
    plain.seek(0)
    with open(target, "wb") as out:
        OOXMLFile(plain).encrypt(password, out)


def zip_aes(data: bytes, target: Path, inner_name: str, password: str) -> None:
    """Write ``data`` into an AES-256 zip ``target`` as ``inner_name``."""
    with pyzipper.AESZipFile(target, "w", compression=pyzipper.ZIP_DEFLATED,
                             encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(password.encode("utf-8"))
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
        archive.writestr(inner_name, data)


def unzip_aes(path: Path, password: str) -> dict[str, bytes]:
    """The members of an AES zip (used to check an export)."""
    with pyzipper.AESZipFile(path) as archive:
        archive.setpassword(password.encode("utf-8"))
        return {name: archive.read(name) for name in archive.namelist()}


def decrypt_xlsx(path: Path, password: str) -> io.BytesIO:
    """The plain workbook of an encrypted XLSX (used to check an export)."""
    out = io.BytesIO()
    with open(path, "rb") as source:
        office = OOXMLFile(source)
        office.load_key(password=password)
        office.decrypt(out)
    out.seek(0)
    return out

"""Password protection: XLSX with Office Agile encryption, CSV inside an AES-256 zip.

Both work from memory, so no unprotected copy is written beside the protected file. PDFs are
encrypted by ``desktop.core.documents.pdfkit.encrypt`` (AES-256).

Why ``encrypt_xlsx`` does not call ``OOXMLFile.encrypt``: an encrypted workbook is an OLE
compound file whose ``EncryptedPackage`` stream holds an 8-byte size and the encrypted
workbook. In a compound file, a stream shorter than 4,096 bytes (the mini stream cutoff) must
live in the mini stream, and every reader (olefile, Excel, LibreOffice) looks for it there.
msoffcrypto-tool 6.1 (like the herumi/msoffice code it was ported from) always lays the
package out in ordinary 512-byte sectors and never records it in the mini FAT: a workbook
under about 4 KiB (an export of a few rows) gives a file that nobody can decrypt. We encrypt
through the same library functions but give the stream at least one full 4,096-byte segment:
the workbook is padded with zero bytes up to 4,096 bytes *before* encryption, while the size
field keeps the workbook's real length. MS-OFFCRYPTO (2.3.4.4, 2.3.4.15) allows a stream
longer than that size — the last segment is padded anyway — and readers decrypt up to the
size and drop the rest, so the workbook comes back byte for byte. The padding is encrypted
with the file's key and covered by the integrity HMAC; it reveals nothing the plain size
field does not already say.
"""

from __future__ import annotations

import io
import struct
from pathlib import Path
from typing import BinaryIO

import olefile
import pyzipper
from msoffcrypto.format.ooxml import OOXMLFile
from msoffcrypto.method.container.ecma376_encrypted import ECMA376Encrypted
from msoffcrypto.method.ecma376_agile import ECMA376Agile

from desktop.core.errors import StorageError
from desktop.core.i18n import translate

SEGMENT = 4096  # Agile encryption segment, and the compound file's mini stream cutoff


def encrypt_xlsx(plain: BinaryIO, target: Path, password: str) -> None:
    """Write the workbook in ``plain`` to ``target`` encrypted so that Excel and LibreOffice
    ask for ``password`` (ECMA-376 Agile encryption, AES-256, SHA-512, 100,000 spins).

    The result is decrypted again in memory (with the key, not the password: no second key
    derivation) and compared with the workbook; a file that would not open raises
    ``StorageError`` and nothing is written."""
    plain.seek(0)
    workbook = plain.read()
    protected = encrypted_workbook(workbook, password)
    with open(target, "wb") as out:
        out.write(protected)


def encrypted_workbook(workbook: bytes, password: str) -> bytes:
    """The encrypted compound file for ``workbook`` (see the module docstring)."""
    info, secret_key = ECMA376Agile.generate_encryption_parameters(password)
    padded = workbook + b"\0" * max(0, SEGMENT - len(workbook))
    package = ECMA376Agile.encrypt_payload(io.BytesIO(padded), info.encryptedKey, secret_key,
                                           info.keyData.saltValue)
    package = struct.pack("<Q", len(workbook)) + package[8:]  # the real size, not the padded
    encryption_info = ECMA376Agile.get_encryption_information(info, package, secret_key)
    out = io.BytesIO()
    ECMA376Encrypted(package, encryption_info).write_to(out)
    protected = out.getvalue()
    if not _opens(protected, secret_key, workbook):
        raise StorageError(translate(
            "Exports", "The protected workbook could not be made; no file was written."))
    return protected


def _opens(protected: bytes, secret_key: bytes, workbook: bytes) -> bool:
    """Whether ``protected`` decrypts back to ``workbook``, integrity checked, as a reader
    would read it (olefile finds the package stream through the compound file's tables)."""
    if not olefile.isOleFile(io.BytesIO(protected)):
        return False
    try:
        office = OOXMLFile(io.BytesIO(protected))
        office.load_key(secret_key=secret_key)
        out = io.BytesIO()
        office.decrypt(out, verify_integrity=True)
    except Exception:
        return False
    return out.getvalue() == workbook


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

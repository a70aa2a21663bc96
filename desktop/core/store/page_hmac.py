"""Every page's HMAC checked on bytes in memory: ``PRAGMA cipher_integrity_check`` on the copy.

SQLCipher (4.x, as Relais opens its databases: a raw 32-byte key, HMAC-SHA512, page numbers
little-endian) ends each page with a 16-byte IV and an HMAC-SHA512 of the encrypted page, its IV
and its page number, under a key derived from the database key and the file's salt (the first
16 bytes of page 1, which the HMAC of page 1 leaves out). A page whose HMAC verifies is one
SQLCipher wrote under this key, unchanged, at this page number; the HMAC does not say *when*:
a page from an earlier moment of the same database verifies too (the structure check is for
that, see ``verified_copy``).

This is the check SQLCipher's ``cipher_integrity_check`` makes, done on the bytes of a copy as
they are written (a backup then never reads its copy back to check it). Only the settings above
are understood: for any other, :meth:`PageVerifier.for_database` gives None and the caller uses
SQLCipher's own check. The lock-byte page (the page at 1 GiB, which SQLite never writes) is
skipped, as SQLCipher skips it.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from typing import Any

SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64  # SHA-512
FAST_KDF_ITER = 2  # SQLCipher's derivation of the HMAC key from the encryption key
LOCK_BYTE_OFFSET = 0x40000000  # SQLite's PENDING_BYTE: the page holding it is never written
# What Relais' databases use (SQLCipher 4's defaults); anything else: SQLCipher's own check.
EXPECTED = {
    "cipher_use_hmac": "1",
    "cipher_hmac_algorithm": "HMAC_SHA512",
    "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
    "cipher_hmac_pgno": "le",
    "cipher_hmac_salt_mask": "3a",
    "cipher_plaintext_header_size": "0",
}
_PGNO = struct.Struct("<I")


def _pragma(cursor: Any, name: str) -> str:
    row = cursor.execute(f"PRAGMA {name}").fetchone()
    return "" if row is None else str(row[0]).strip().lower()


class PageVerifier:
    """Checks the HMAC of SQLCipher pages under one database key (see the module's doc)."""

    def __init__(self, key: bytes, salt: bytes, page_size: int, salt_mask: int = 0x3A) -> None:
        hmac_salt = bytes(b ^ salt_mask for b in salt)
        hmac_key = hashlib.pbkdf2_hmac("sha512", key, hmac_salt, FAST_KDF_ITER, len(key))
        self._base = hmac.new(hmac_key, digestmod="sha512")
        self.page_size = page_size
        reserve = -(-(IV_SIZE + HMAC_SIZE) // IV_SIZE) * IV_SIZE  # rounded up to AES blocks
        self._mac_at = page_size - reserve + IV_SIZE  # the HMAC follows the page and its IV
        self._lock_page = LOCK_BYTE_OFFSET // page_size + 1

    @classmethod
    def for_database(cls, cursor: Any, key: bytes, first_page: bytes) -> PageVerifier | None:
        """A verifier for the database open on ``cursor`` (whose page 1, as read from its
        file, is ``first_page``), or None when its settings are not the ones understood here
        or page 1 — which SQLCipher has just read and accepted — does not verify (so this
        code and that SQLCipher disagree: the caller then uses SQLCipher's own check)."""
        for name, wanted in EXPECTED.items():
            if _pragma(cursor, name) != wanted.lower():
                return None
        try:
            page_size = int(_pragma(cursor, "cipher_page_size"))
        except ValueError:
            return None
        if len(key) != 32 or page_size < 1024 or page_size & (page_size - 1) \
                or len(first_page) < page_size:
            return None
        verifier = cls(key, first_page[:SALT_SIZE], page_size)
        if verifier.bad_pages(memoryview(first_page)[:page_size], 1):
            return None
        return verifier

    def page_ok(self, page: memoryview | bytes, number: int) -> bool:
        """Whether ``page`` (one whole page) is authentic as page ``number`` (from 1)."""
        view = memoryview(page)
        if len(view) != self.page_size:
            return False
        if number == self._lock_page:
            return True
        mac = self._base.copy()
        mac.update(view[SALT_SIZE if number == 1 else 0:self._mac_at])
        mac.update(_PGNO.pack(number))
        return hmac.compare_digest(mac.digest(), view[self._mac_at:self._mac_at + HMAC_SIZE])

    def bad_pages(self, view: memoryview, first: int) -> list[int]:
        """The numbers of the pages in ``view`` (consecutive pages, the first being page
        ``first``) that fail their HMAC; a partial page at the end counts as failing."""
        size, bad = self.page_size, []
        whole = len(view) - len(view) % size
        for offset in range(0, whole, size):
            number = first + offset // size
            if not self.page_ok(view[offset:offset + size], number):
                bad.append(number)
        if whole != len(view):
            bad.append(first + whole // size)
        return bad

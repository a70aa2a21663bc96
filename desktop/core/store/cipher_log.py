"""SQLCipher's own log lines kept off stderr (a light module: no SQLAlchemy, for the start)."""

from __future__ import annotations

# SQLCipher (4.x, as in sqlcipher3 0.6.4) prints its own log lines to stderr by default, e.g.
# ``ERROR CORE sqlcipher_page_cipher: hmac check failed for pgno=...``: a person must see our one
# clear sentence, not those. ``cipher_log_level`` is process-wide; it is set on every
# connection anyway (cheap) and by ``silence_sqlcipher_log`` before any connection.
QUIET = "PRAGMA cipher_log_level = NONE"


def silence_sqlcipher_log() -> None:
    """Stop SQLCipher writing its log lines to stderr in this process (before any database is
    opened: the command line calls it first)."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        conn.execute(QUIET)
    finally:
        conn.close()

"""Where the database's bytes go: bytes per case by table and by index (issue 13, point 3).

The bundled SQLCipher has no ``dbstat`` table, so the database is exported (``sqlcipher_export``,
demo data only) to a plain SQLite file in a private temporary folder, which Python's own SQLite
measures with ``dbstat``; the file is deleted at once. An export is packed (no free pages, full
pages, and 80 bytes a page more room, as SQLCipher keeps that for its IV and HMAC): the line
``file`` gives the real file's bytes per case, and the difference is the slack of pages filled
in random key order (UUID indexes) and of free pages.

Run: ``.venv/bin/python -m bench.db_bytes [FOLDER]`` (the benchmark database by default), or
through ``bench/run.py`` (one row: bytes per case, against the 4 KB goal).
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

Row = tuple[str, float, float | None, str]


def measure(folder: Path, username: str, password: str) -> tuple[int, int, list[tuple]]:
    """(cases, file bytes, rows of (btree, table, bytes, payload bytes)) for a data folder."""
    import sqlcipher3

    from desktop.core.atomic import private_dir
    from desktop.core.store.datafolder import DataFolder

    data = DataFolder(folder)
    _slot, unlocked = data.unlock(username, password)
    work = Path(tempfile.mkdtemp(prefix="relais-bytes-"))
    private_dir(work)
    try:
        plain = work / "plain.db"
        source = sqlcipher3.connect(str(data.db_path))
        try:
            source.execute(f"PRAGMA key = \"x'{unlocked.db_key.hex()}'\"")
            cases = int(source.execute("SELECT count(*) FROM cases").fetchone()[0])
            pages, size = (int(source.execute(f"PRAGMA {p}").fetchone()[0])
                           for p in ("page_count", "page_size"))
            source.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
            source.execute("SELECT sqlcipher_export('plain')")
            source.execute("DETACH DATABASE plain")
        finally:
            source.close()
        with sqlite3.connect(plain) as db:
            owner = dict(db.execute("SELECT name, tbl_name FROM sqlite_master"))
            rows = [(name, owner.get(name, name), int(total), int(payload)) for name, total, payload
                    in db.execute("SELECT name, sum(pgsize), sum(payload) FROM dbstat "
                                  "GROUP BY name ORDER BY 2 DESC")]
        return cases, pages * size, rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


def table_text(cases: int, file_bytes: int, rows: list[tuple]) -> str:
    """Bytes per case: per table (rows and indexes), then the largest b-trees."""
    n = max(1, cases)
    per_table: dict[str, list[int]] = {}
    for name, table, total, _payload in rows:
        entry = per_table.setdefault(table, [0, 0])
        entry[0 if name == table else 1] += total
    lines = [f"{cases} cases; file {file_bytes / n:,.0f} B/case; packed "
             f"{sum(r[2] for r in rows) / n:,.0f} B/case",
             f"{'table':28} {'rows':>8} {'indexes':>8}   (bytes per case)"]
    for table, (data, indexes) in sorted(per_table.items(), key=lambda kv: -sum(kv[1])):
        if data + indexes >= n:  # at least one byte per case
            lines.append(f"{table:28} {data / n:8,.0f} {indexes / n:8,.0f}")
    lines.append(f"{'b-tree':44} {'bytes/case':>10}")
    for name, _table, total, _payload in rows[:25]:
        lines.append(f"{name:44} {total / n:10,.0f}")
    return "\n".join(lines)


def run(folder: Path | None = None, username: str | None = None,
        password: str | None = None) -> list[Row]:
    """One row for the table: the file's bytes per case (shown in the 'median' column as KB)."""
    from bench import data

    folder = folder or data.demo_folder()
    cases, file_bytes, rows = measure(folder, username or data.ADMIN, password or data.PASSWORD)
    print(table_text(cases, file_bytes, rows), file=sys.stderr)
    packed = sum(r[2] for r in rows)
    # Figures are printed as "ms" of seconds by report(); give KB as seconds / 1000.
    return [("database size, KB per case", file_bytes / max(1, cases) / 1e6,
             packed / max(1, cases) / 1e6, "<= 4 KB (shown as ms = KB)")]


if __name__ == "__main__":
    from bench import data

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else data.demo_folder()
    user = sys.argv[2] if len(sys.argv) > 2 else data.ADMIN
    secret = sys.argv[3] if len(sys.argv) > 3 else data.PASSWORD
    count, size, found = measure(target, user, secret)
    print(table_text(count, size, found))

"""Backup and restore times over the 100,000-case demo database.

Figures: one backup (``make_backup``: the file's pages streamed from one snapshot straight into
the archive, each page's HMAC checked on the bytes written while ``quick_check`` runs over the
same snapshot on the other core, fsync, rename) and one restore into an empty folder (zip CRC
check, extract, open with the backup's own slot, both integrity checks, audit, atomic swap).
The baseline measured in the same run is a plain copy of the database file with an fsync (what
the disk alone costs). Each is a median of ``RELAIS_BENCH_BACKUP_RUNS`` runs (default 3, after
no warm-up: the first run is as a user meets it). The CPU row gives the backup's CPU time (all
its threads) against the file copy's: on a shared machine the wall times follow the load, the
CPU times do not. Goal (issue 13): a backup within 3 times a file copy, still verified.

Run alone: ``.venv/bin/python -m bench.backups`` (or through ``bench/run.py``).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

Row = tuple[str, float, float | None, str]


def _copy_file(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def run(folder: Path | None = None, username: str | None = None,
        password: str | None = None) -> list[Row]:
    """Median seconds of a backup (wall and CPU) and of a restore, with the plain copy as
    baseline."""
    from bench import data
    from desktop.core.services import session
    from desktop.core.services.safety import backups, restore
    from desktop.core.store.datafolder import DataFolder

    folder = folder or data.demo_folder()
    username, password = username or data.ADMIN, password or data.PASSWORD
    runs = int(os.environ.get("RELAIS_BENCH_BACKUP_RUNS", "3"))
    scratch = Path(tempfile.mkdtemp(prefix="relais-bench-backups-", dir=folder.parent))
    copies, made, restored = [], [], []
    copy_cpu, made_cpu = [], []
    try:
        source = DataFolder(folder)
        for i in range(runs):
            started, cpu = time.perf_counter(), time.process_time()
            _copy_file(source.db_path, scratch / "plain.db")
            copies.append(time.perf_counter() - started)
            copy_cpu.append(time.process_time() - cpu)
            (scratch / "plain.db").unlink()

            vault = session.login(source, username, password)
            try:
                cpu = time.process_time()
                result = backups.make_backup(vault, scratch / f"b{i}.relaisbak")
                made_cpu.append(time.process_time() - cpu)
            finally:
                session.lock(vault, reason="logout")
            made.append(result.seconds)

            target = DataFolder(scratch / f"restored{i}")
            started = time.perf_counter()
            restore.restore_backup(target, result.path, username=username, password=password)
            restored.append(time.perf_counter() - started)
            shutil.rmtree(target.path)
            result.path.unlink()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    size = source.db_path.stat().st_size / 1e6
    baseline = statistics.median(copies)
    return [
        (f"backup ({size:.0f} MB database)", statistics.median(made), baseline, "<= 3x"),
        ("backup, CPU time (vs the copy's)", statistics.median(made_cpu),
         statistics.median(copy_cpu), "-"),
        ("restore into an empty folder", statistics.median(restored), baseline, "-"),
    ]


if __name__ == "__main__":
    from bench.startup import report

    print(report(run()))

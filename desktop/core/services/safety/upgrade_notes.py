"""What a schema upgrade at login tells the person while it runs.

An upgrade of a large database takes minutes (a national consolidation of 1,000,000 cases:
4 minutes for the backup, 35 for the statistics summaries): silent, it looks hung and gets
killed. ``session.login`` hands a :data:`Progress` (one sentence at a time, in the person's
language, never any identifying data) to these functions: one line before the backup, one
before each revision applied, one when it is done. Nothing is said when no upgrade is needed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from desktop.core.i18n import decimal, translate
from desktop.core.store import migrate
from desktop.core.store.vault import Vault

Progress = Callable[[str], None]

# The revisions worth naming (the long ones); the others are only "step n of m".
_NAMES: dict[str, Callable[[], str]] = {
    "1a2b3c4d5e05": lambda: translate("Upgrade", "statistics and name search"),
    "1a2b3c4d5e06": lambda: translate("Upgrade", "indexes"),
    "607fb9b474a5": lambda: translate("Upgrade", "case list indexes"),
    "1a2b3c4d5e22": lambda: translate("Upgrade", "statistics summaries"),
    "1a2b3c4d5e24": lambda: translate("Upgrade", "indexes"),
}


def file_size(size: int) -> str:
    """``15.3 GB``, ``820 MB``, ``12 kB`` (decimal units, as file managers show; ``15,3 Go``
    in French)."""
    units = ((10**9, lambda: translate("Upgrade", "{n} GB")),
             (10**6, lambda: translate("Upgrade", "{n} MB")))
    for factor, unit in units:
        if size >= factor:
            amount = size / factor
            return unit().format(n=decimal(amount, 1 if amount < 100 else 0))
    return translate("Upgrade", "{n} kB").format(n=max(1, round(size / 1000)))


def backing_up(vault: Vault, progress: Progress | None) -> float:
    """Say that the backup before the upgrade starts, with the database's size; returns the
    time it started (for :func:`done`)."""
    if progress is not None:
        try:
            size = file_size(vault.folder.db_path.stat().st_size)
        except OSError:
            size = "?"
        progress(translate("Upgrade", "Backing up the database before the upgrade ({size})…")
                 .format(size=size))
    return time.monotonic()


def step_text(number: int, total: int, revision: str) -> str:
    """``Upgrading the database: step 2 of 3 (statistics summaries)…``."""
    name = _NAMES.get(revision)
    if name is None:
        return translate("Upgrade", "Upgrading the database: step {n} of {total}…").format(
            n=number, total=total)
    return translate("Upgrade", "Upgrading the database: step {n} of {total} ({what})…").format(
        n=number, total=total, what=name())


def steps(progress: Progress | None) -> migrate.Step | None:
    """The ``on_step`` of ``migrate.upgrade`` that tells ``progress`` of each revision."""
    if progress is None:
        return None
    return lambda number, total, revision: progress(step_text(number, total, revision))


def done(progress: Progress | None, started: float) -> None:
    """The last line: the upgrade is finished, and how long it took."""
    if progress is not None:
        seconds = time.monotonic() - started
        took = (translate("Upgrade", "{n} min").format(n=round(seconds / 60)) if seconds >= 120
                else translate("Upgrade", "{n} s").format(n=decimal(seconds)))
        progress(translate("Upgrade", "The database is upgraded (in {took}).").format(took=took))

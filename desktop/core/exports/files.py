"""Writing export files safely: a temporary file beside the target, renamed when complete.

A cancelled or failed export leaves nothing behind. ``progress(done, total)`` is called as rows
are written; ``cancelled()`` is polled in the same loops and stops the export when it says so.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from desktop.core.atomic import atomic_path
from desktop.core.errors import StorageError, UserError
from desktop.core.i18n import translate

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class ExportCancelled(UserError):
    """The person stopped the export; no file was written."""

    def __init__(self) -> None:
        super().__init__(translate("Exports", "The export was cancelled; no file was written."))


def no_progress(done: int, total: int) -> None:
    """A progress callback that does nothing."""


def never() -> bool:
    """A cancel check that never cancels."""
    return False


class Ticker:
    """Calls ``progress`` every ``every`` rows and raises ``ExportCancelled`` when asked."""

    def __init__(self, total: int, progress: Progress | None, cancelled: CancelCheck | None,
                 every: int = 500) -> None:
        self.total = total
        self.done = 0
        self.every = every
        self._progress = progress or no_progress
        self._cancelled = cancelled or never

    def check(self) -> None:
        """Raise ``ExportCancelled`` if the person asked to stop."""
        if self._cancelled():
            raise ExportCancelled()

    def step(self, count: int = 1) -> None:
        """Count rows written; report and poll for cancellation now and then."""
        before = self.done
        self.done += count
        if self.done // self.every != before // self.every or self.done >= self.total:
            self.check()
            self._progress(min(self.done, self.total), self.total)

    def finish(self) -> None:
        """Report completion."""
        self.check()
        self._progress(self.total, self.total)


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """A temporary path in ``target``'s folder; renamed to ``target`` if the block succeeds,
    removed otherwise (error or cancellation)."""
    target = Path(target)
    if not target.parent.is_dir():
        raise UserError(translate("Exports", "The folder for the export does not exist."))
    try:
        with atomic_path(target) as temp:
            yield temp
    except OSError as exc:
        raise StorageError(translate("Exports", "The export file could not be written."),
                           hint=translate("Exports", "Check the disk and the folder.")) from exc


@contextlib.contextmanager
def scratch(folder: Path) -> Iterator[Path]:
    """A temporary file in ``folder``, always removed at the end."""
    handle, name = tempfile.mkstemp(prefix=".relais-", suffix=".tmp", dir=folder)
    os.close(handle)
    try:
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)

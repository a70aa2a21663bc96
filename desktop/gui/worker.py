"""Run slow work off the GUI thread: exports, backups, big reports.

Usage::

    from desktop.gui import worker

    def work(task: worker.Task) -> Path:          # runs in a pool thread
        for i, chunk in enumerate(chunks):
            if task.cancelled:                     # poll the cancel flag often
                raise worker.Cancelled()
            ...                                    # call core services only, never widgets
            task.report(100 * i // len(chunks))    # -> progress(int) in the GUI thread
        return path                                # -> finished(result)

    task = worker.start(work, saves=True)          # saves=True: the lock waits for it
    task.progress.connect(bar.setValue)
    task.finished.connect(self._done)              # slots run in the GUI thread
    task.failed.connect(lambda exc: dialogs.show_error(self, exc))
    cancel_button.clicked.connect(task.cancel)

``failed`` carries a ``UserError``: the error itself, ``Cancelled`` after a cancel, or a
generic "unexpected problem" for a bug (whose traceback goes to stderr, never to the user).
Widgets are touched only in the connected slots, which run in the GUI thread. Tests wait with
``qtbot.waitSignal(task.finished)``.

The lock sequence calls ``cancel_all()`` and waits until ``running()`` is empty, so a save in
progress always completes (or fails cleanly) before the key is dropped.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from desktop.core.errors import UserError

_running: set[Task] = set()
# Tasks that ended, kept until later tasks push them out: their last reference is then always
# dropped in the GUI thread. (Dropped by the pool thread's runnable instead, the Task QObject was
# destroyed in the wrong thread while the GUI thread still delivered its queued signals: a rare
# segmentation fault seen under load.)
_ended: list[Task] = []
KEEP_ENDED = 16
_guard = threading.Lock()


class Cancelled(UserError):
    """The person cancelled the work."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate("Worker", "Cancelled."))


class Task(QObject):
    """One piece of background work and its signals (emitted in the GUI thread)."""

    progress = Signal(int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[Task], Any], *, saves: bool = False) -> None:
        super().__init__()
        self._fn = fn
        self.saves = saves
        self._cancel = threading.Event()
        self.done = False
        self.finished.connect(self._forget)
        self.failed.connect(self._forget)

    @property
    def cancelled(self) -> bool:
        """True once ``cancel()`` was called; the work function should stop soon."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the work to stop (it polls ``cancelled``)."""
        self._cancel.set()

    def report(self, percent: int) -> None:
        """Called by the work function: emit ``progress`` (0-100)."""
        self.progress.emit(max(0, min(100, int(percent))))

    def _run(self) -> None:
        try:
            result = self._fn(self)
        except UserError as exc:
            self.failed.emit(exc)
        except Exception:
            traceback.print_exc()
            self.failed.emit(
                UserError(
                    QCoreApplication.translate(
                        "Worker", "An unexpected problem stopped this work. Nothing was half-saved."
                    ),
                    hint=QCoreApplication.translate(
                        "Worker", "Try again; if it happens again, tell your administrator."
                    ),
                )
            )
        else:
            if self.cancelled:
                self.failed.emit(Cancelled())
            else:
                self.finished.emit(result)

    def _forget(self, _: object = None) -> None:
        self.done = True
        with _guard:
            if self in _running:
                _running.discard(self)
                _ended.append(self)
                del _ended[:-KEEP_ENDED]


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task: Task | None = task

    def run(self) -> None:
        task, self.task = self.task, None  # the GUI thread holds the task (``_running``)
        if task is not None:
            task._run()


def start(
    fn: Callable[[Task], Any], *, saves: bool = False, pool: QThreadPool | None = None
) -> Task:
    """Run ``fn(task)`` in a pool thread and return the task.

    The work starts when control returns to the event loop, so signals connected right after
    this call are never missed.
    """
    task = Task(fn, saves=saves)
    with _guard:
        _running.add(task)
    target = pool or QThreadPool.globalInstance()
    # Start from the event loop, so that the caller connects the signals first.
    QTimer.singleShot(0, task, lambda: target.start(_Runnable(task)))
    return task


def running() -> list[Task]:
    """Tasks started and not yet finished or failed (as seen by the GUI thread)."""
    with _guard:
        return list(_running)


def saves_in_progress() -> bool:
    """True while a task started with ``saves=True`` is running."""
    return any(task.saves for task in running())


def cancel_all() -> None:
    """Ask every running task to stop (used by the lock sequence)."""
    for task in running():
        task.cancel()

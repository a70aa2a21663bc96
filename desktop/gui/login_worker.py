"""The login's work off the GUI thread, so that a long schema upgrade does not freeze the
login window.

The login (key derivation, opening the database and, after a new version is installed, the
backup and the schema upgrade: minutes for a large database) runs in a thread of its own. The
GUI thread meanwhile runs a local event loop: the window repaints, and the stage sentences the
core sends (``session.login(progress=…)``) are shown as they come, through a signal delivered
in the GUI thread. :func:`run` returns once the login is done (or raises its error), so the
login window keeps its simple order of events: a wrong password is told at once, as before,
and the ordinary login (no upgrade) costs only the start of a thread.

Widgets are touched only in the GUI thread; the login's thread calls core services only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Signal

T = TypeVar("T")


class Relay(QObject):
    """Signals emitted by the login's thread, delivered to slots in the GUI thread."""

    stage = Signal(str)  # one sentence of what the login is doing (an upgrade's stage)
    ended = Signal()


def run(work: Callable[[Callable[[str], None]], T], on_stage: Callable[[str], None]) -> T:
    """Run ``work(progress)`` in a thread while the GUI thread keeps handling its events;
    ``on_stage`` receives, in the GUI thread, each sentence ``work`` gives ``progress``.
    Returns what ``work`` returned, or raises what it raised."""
    relay = Relay()
    relay.stage.connect(on_stage)
    loop = QEventLoop()
    relay.ended.connect(loop.quit)
    outcome: dict[str, Any] = {}

    def in_thread() -> None:
        try:
            outcome["value"] = work(relay.stage.emit)
        except BaseException as exc:  # handed to the GUI thread, raised there
            outcome["error"] = exc
        finally:
            relay.ended.emit()  # queued: quits the loop once it runs

    thread = threading.Thread(target=in_thread, name="relais-login", daemon=True)
    thread.start()
    loop.exec()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]

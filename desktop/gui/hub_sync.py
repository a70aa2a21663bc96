"""Synchronising with the national hub from the GUI: one sync at a time, whoever starts it
(the automatic one after a login, or *Synchronise* in the Administration page), and one
discreet line in the main window's status bar that says how the last one went.

After each login (``Shell.unlocked``), when ``at_login.wanted`` says so (enrolled over a line,
the administrator's setting on, a person logged in), the sync runs in the background
(``desktop.gui.worker``): the login and the main window never wait for it. A hub that does not
answer is one line, "Hub unreachable — last synchronisation 3 days ago"; a sync that went
through says what went up and what came down. Locking or closing the window asks the sync to
stop after the batch in flight (the lock waits for it): everything the hub acknowledged is
kept, and the next sync resumes from there.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QWidget

from desktop.core.errors import UserError
from desktop.gui import worker

translate = QCoreApplication.translate
LABEL = "status_hub"


class _Notifier(QObject):
    """``changed``: a sync started or ended (the Hub section reads its standing again);
    ``sent``: the cases the running sync brought up to date so far (emitted from its thread,
    received in the GUI thread)."""

    changed = Signal()
    sent = Signal(int)


_state: dict[str, Any] = {"task": None, "automatic": False, "notifier": None, "shell": None}


def notifier() -> _Notifier:
    """The object whose ``changed`` signal tells that a sync started or ended."""
    made: _Notifier | None = _state["notifier"]
    if made is None:
        made = _state["notifier"] = _Notifier()
        made.sent.connect(lambda n: _say(sending(n), "") if current() is not None else None)
    return made


def report(_batches: int, cases: int) -> None:
    """The sync's ``progress`` callback (in the sync's thread): tell the GUI how far it is."""
    notifier().sent.emit(cases)


def sending(cases: int) -> str:
    """"Synchronising with the hub… 1,500 cases brought up to date"."""
    return _count(translate("HubStatus", "Synchronising with the hub… %n case(s) brought up to "
                                         "date", "", cases), cases, "case(s)", "case", "cases")


def current() -> worker.Task | None:
    """The sync running now, if any (until its outcome is said)."""
    task: worker.Task | None = _state["task"]
    return task


def automatic_running() -> bool:
    """True while the automatic sync of a login runs."""
    return current() is not None and bool(_state["automatic"])


def start(work: Any, *, automatic: bool = False) -> worker.Task | None:
    """Run ``work(task)`` (a sync) in the background, unless a sync already runs (then
    ``None``). Its outcome is said in the status line."""
    if current() is not None:
        return None
    task = worker.start(work, saves=True)
    _state["task"], _state["automatic"] = task, automatic
    task.finished.connect(lambda result: _ended(task, summary(result), problems(result)))
    task.failed.connect(lambda error: _ended(task, *_failure(error)))
    _say(translate("HubStatus", "Synchronising with the hub…"), "")
    notifier().changed.emit()
    return task


def _ended(task: worker.Task, text: str, tip: str) -> None:
    if _state["task"] is task:
        _state["task"] = None
    _say(text, tip)
    notifier().changed.emit()


def install(shell: Any) -> None:
    """Start the automatic sync after each login; empty the status line at each lock."""
    _state["shell"] = shell
    shell.unlocked.connect(lambda: at_login(shell))
    shell.locked.connect(lambda: _say("", ""))


def at_login(shell: Any) -> worker.Task | None:
    """The automatic sync of this login, when it is wanted and none runs (else ``None``)."""
    from desktop.core.services.sync import at_login as service

    vault = shell.vault
    _say("", "")
    try:
        if vault is None or not service.wanted(vault):
            return None
    except UserError:
        return None

    def work(task: worker.Task) -> Any:
        if task.cancelled:  # locked before it began: not even the probe
            raise worker.Cancelled()
        return service.run(vault, progress=report, stop=lambda: task.cancelled)

    return start(work, automatic=True)


# -- the status line ------------------------------------------------------------------------
class StatusLine(QLabel):
    """One line that never widens the window: cut with "…" when too long (all of it in the
    tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.whole = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setContentsMargins(6, 0, 6, 0)  # off the window's edge, like the right side

    def set_line(self, text: str) -> None:
        """Show ``text`` (elided to the width there is)."""
        self.whole = text
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self.whole, Qt.TextElideMode.ElideRight,
                                                   width) if width > 0 else self.whole)


def status_label(main: QMainWindow) -> StatusLine:
    """The status line on the left of ``main``'s status bar (made the first time)."""
    label = main.findChild(StatusLine, LABEL)
    if label is None:
        label = StatusLine(main)
        label.setObjectName(LABEL)
        main.statusBar().addWidget(label, 1)
    return label


def last_line() -> str:
    """What the status line says now ("" when nothing), for the Hub section to repeat."""
    return str(_state.get("line", ""))


def _say(text: str, tip: str) -> None:
    _state["line"] = text
    shell = _state["shell"]
    main = getattr(shell, "main", None)
    if main is None or not shiboken6.isValid(main):
        return
    label = status_label(main)
    label.set_line(text)
    label.setToolTip(tip or text)


def summary(result: Any) -> str:
    """What a sync that went through did, in one line."""
    done: list[str] = []
    if result.cases:
        done.append(_count(translate("HubStatus", "%n case(s) brought up to date", "",
                                     result.cases),
                           result.cases, "case(s)", "case", "cases"))
    directory = result.directory
    if directory is not None and not isinstance(directory, str) and directory.version:
        done.append(translate("HubStatus", "national directory updated"))
    lists = getattr(result, "reference", None)
    if lists is not None and not isinstance(lists, str) and lists.version is not None:
        done.append(translate("HubStatus", "reference lists updated to version {version}")
                    .format(version=lists.version))
    packages = result.packages
    if packages is not None and packages.fetched:
        done.append(_count(translate("HubStatus", "%n package(s) received", "", packages.fetched),
                           packages.fetched, "package(s)", "package", "packages"))
    if packages is not None and packages.sent:
        done.append(_count(translate("HubStatus", "%n package(s) sent", "", packages.sent),
                           packages.sent, "package(s)", "package", "packages"))
    if problems(result):
        done.append(translate("HubStatus", "something was refused (details on hover)"))
    when = datetime.now().strftime("%H:%M")
    if not done:
        return translate("HubStatus", "Synchronised with the hub at {time} — nothing new") \
            .format(time=when)
    return translate("HubStatus", "Synchronised with the hub at {time} — {done}").format(
        time=when, done=", ".join(done))


def problems(result: Any) -> str:
    """The one-line refusals of a sync that went through (the hub's directory, packages), one a
    line; "" when none."""
    lines = [result.directory] if isinstance(result.directory, str) else []
    if isinstance(getattr(result, "reference", None), str):
        lines.append(result.reference)
    if result.packages is not None:
        lines += list(result.packages.problems)
    return "\n".join(lines)


def _failure(error: UserError) -> tuple[str, str]:
    """The status line and its tooltip for a sync that did not go through."""
    from desktop.core.services.sync import at_login as service
    from desktop.core.services.sync import client

    if isinstance(error, worker.Cancelled):
        return "", ""
    if not isinstance(error, client.LineDown):
        line = translate("HubStatus", "Synchronisation with the hub did not go through: {why}")
        return line.format(why=error.message), error.message
    shell = _state["shell"]
    last = None
    if shell is not None and shell.vault is not None:
        try:
            last = service.last_sync_at(shell.vault)
        except UserError:
            last = None
    if last is None:
        return translate("HubStatus", "Hub unreachable — never synchronised"), error.message
    return translate("HubStatus", "Hub unreachable — last synchronisation {ago}").format(
        ago=ago(last)), error.message


def ago(when: datetime, now: datetime | None = None) -> str:
    """"3 days ago", "5 hours ago", "12 minutes ago" (singular and plural right)."""
    now = now or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    minutes = max(0, int((now - when).total_seconds() // 60))
    if minutes < 1:
        return translate("HubStatus", "just now")
    if minutes < 60:
        return _count(translate("HubStatus", "%n minute(s) ago", "", minutes), minutes,
                      "minute(s)", "minute", "minutes")
    if minutes < 24 * 60:
        hours = minutes // 60
        return _count(translate("HubStatus", "%n hour(s) ago", "", hours), hours, "hour(s)", "hour",
                      "hours")
    days = minutes // (24 * 60)
    return _count(translate("HubStatus", "%n day(s) ago", "", days), days, "day(s)", "day", "days")


def _count(text: str, n: int, marked: str, one: str, many: str) -> str:
    """English without a translator says "(s)": the right form instead."""
    return text.replace(marked, one if n == 1 else many) if marked in text else text

"""Failed logins: a growing delay per username that holds across processes, and events kept
for the audit log.

A wrong password changes neither the database nor the key-slot file: failures are kept in a
small attempts file in the data folder (``attempts.json``: the username as typed, truncated, and
the wall-clock time; nothing else). The delay is computed from it, so a new ``relais`` process
(or a restarted PC) still has to wait. At the next successful login the failures are written to
the encrypted audit log and cleared from the file.

Each try is recorded *before* the password is checked (``reserve``, under a lock), as a try
under way that becomes a failure (``failed``), disappears (``cancel``: the folder was damaged,
not the password wrong) or is cleared with the others at a success. So tries started in
parallel processes count against each other, and a try whose process was killed mid-check
counts as a failure.

The file is a bounded input: it is read only up to ``MAX_BYTES``, holds at most ``MAX_ENTRIES``
failures, and an unreadable, edited or oversized file is treated as empty and replaced at the
next write. A time in the future (the clock went backwards, or an edited file) counts as now,
so the wait is never longer than ``MAX_DELAY``. When the file cannot be written (read-only
folder), the failures are kept in this process only.
"""

from __future__ import annotations

import contextlib
import json
import math
import time
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.atomic import write_atomically

FREE_TRIES = 3
FIRST_DELAY = 5.0
MAX_DELAY = 300.0
WINDOW = 24 * 3600.0  # failures older than this no longer slow anyone down
MAX_ENTRIES = 500
MAX_BYTES = 256 * 1024  # what MAX_ENTRIES entries of the longest names take, with room
MAX_NAME = 64
VERSION = 1
STALE_TRY = 600.0  # a try under way for longer than this was killed: it counts as a failure


@dataclass
class FailedLogin:
    """One failed attempt, to be audited."""

    username: str
    at: datetime


@dataclass
class _Attempt:
    username: str
    at: float  # wall-clock seconds (UTC epoch)
    audited: bool = False
    trying: bool = False  # the password is being checked right now (or the process died)


@dataclass
class _State:
    attempts: list[_Attempt] = field(default_factory=list)
    dropped: int = 0  # failures pushed out by the cap before they could be audited


def _parse(raw: bytes, now: float) -> _State:
    """The state in ``raw``; anything malformed gives an empty state (never raises)."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return _State()
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return _State()
    items = data.get("attempts")
    dropped = data.get("dropped", 0)
    state = _State(dropped=dropped if type(dropped) is int and 0 <= dropped < 10**9 else 0)
    if not isinstance(items, list):
        return state
    for item in items[-MAX_ENTRIES:]:
        if not isinstance(item, dict):
            continue
        name, at = item.get("user"), item.get("at")
        if not isinstance(name, str) or not name or not isinstance(at, int | float):
            continue
        try:
            seconds = float(at)
        except OverflowError:  # an integer of hundreds of digits
            continue
        if isinstance(at, bool) or not math.isfinite(seconds):
            continue
        state.attempts.append(_Attempt(_clean(name), min(seconds, now),
                                       item.get("audited") is True, item.get("trying") is True))
    return state


def _clean(name: str) -> str:
    """The name as typed, cut to ``MAX_NAME``, control characters and lone surrogates as "?"."""
    cut = name[:MAX_NAME].encode("utf-8", "replace").decode("utf-8")
    return "".join("?" if unicodedata.category(c) == "Cc" else c for c in cut)


def _dump(state: _State) -> bytes:
    return json.dumps({
        "version": VERSION,
        "dropped": state.dropped,
        "attempts": [{"user": a.username, "at": round(a.at, 3), "audited": a.audited,
                      "trying": a.trying} for a in state.attempts],
    }, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def delay_after(failures: int) -> float:
    """The wait after ``failures`` recent failures: 5 s after the third, doubling to 5 min."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY, FIRST_DELAY * 2 ** min(failures - FREE_TRIES, 32))


@dataclass
class LoginThrottle:
    """Counts failures per username and says how long the next try must wait.

    With a ``path`` the record is the attempts file (shared by every process using the data
    folder); without one (or when the file cannot be written) it lives in this object.
    """

    path: Path | None = None
    clock: Callable[[], float] = time.time
    _memory: _State | None = None

    def _load(self) -> _State:
        if self._memory is not None:
            return self._memory
        if self.path is None:
            self._memory = _State()
            return self._memory
        try:
            with open(self.path, "rb") as file:
                raw = file.read(MAX_BYTES + 1)
        except OSError:
            return _State()
        if len(raw) > MAX_BYTES:
            return _State()
        return _parse(raw, self.clock())

    def _save(self, state: _State) -> None:
        excess = len(state.attempts) - MAX_ENTRIES
        if excess > 0:
            state.dropped += sum(1 for a in state.attempts[:excess] if not a.audited)
            del state.attempts[:excess]
        if self.path is None or self._memory is not None:
            self._memory = state
            return
        try:
            write_atomically(self.path, _dump(state))
        except OSError:
            self._memory = state  # a read-only folder: this process still slows down

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the attempts file between reading and writing it (other processes wait)."""
        if self.path is None or self._memory is not None:
            yield
            return
        from filelock import FileLock, Timeout  # 60 ms of imports: not before the login window

        lock = FileLock(str(self.path.with_suffix(".lock")), timeout=10, mode=0o600,
                        thread_local=False)
        try:
            lock.acquire()
        except (Timeout, OSError):  # a read-only folder, or a stuck lock: go on unlocked
            yield
            return
        try:
            yield
        finally:
            lock.release()

    def _mine(self, state: _State, username: str, *, trying: bool) -> _Attempt | None:
        name = username.casefold()[:MAX_NAME]
        return next((a for a in state.attempts
                     if a.trying == trying and a.username.casefold() == name), None)

    def reserve(self, username: str) -> float:
        """Before a try: the seconds to wait if a wait is due (nothing recorded); otherwise
        the try is recorded as under way (it counts for tries started meanwhile) and 0."""
        with self._locked():
            wait = self.wait_seconds(username)
            if wait > 0:
                return wait
            state = self._load()
            state.attempts.append(_Attempt(_clean(username), self.clock(), trying=True))
            self._save(state)
            return 0.0

    def cancel(self, username: str) -> None:
        """The try under way ended without saying anything about the password (a damaged
        or busy folder): forget it."""
        with self._locked():
            state = self._load()
            mine = self._mine(state, username, trying=True)
            if mine is not None:
                state.attempts.remove(mine)
                self._save(state)

    def wait_seconds(self, username: str) -> float:
        """Seconds before ``username`` may try again (0 when allowed now, never more than
        ``MAX_DELAY``)."""
        now = self.clock()
        name = username.casefold()[:MAX_NAME]
        recent = [a.at for a in self._load().attempts
                  if a.username.casefold() == name and a.at > now - WINDOW]
        if not recent:
            return 0.0
        delay = delay_after(len(recent))
        return max(0.0, min(delay, max(recent) + delay - now))

    def failed(self, username: str) -> None:
        """Record a failure (the try under way, if reserved); from the third on, each doubles
        the delay (up to 5 minutes)."""
        with self._locked():
            state = self._load()
            mine = self._mine(state, username, trying=True)
            if mine is None:
                state.attempts.append(_Attempt(_clean(username), self.clock()))
            else:
                mine.trying, mine.at = False, self.clock()
            self._save(state)

    def pending(self) -> tuple[list[FailedLogin], int]:
        """Failures not yet in the audit log (oldest first), and how many were dropped by
        the cap before they could be."""
        state = self._load()
        return ([FailedLogin(a.username, datetime.fromtimestamp(a.at, UTC))
                 for a in state.attempts if not a.audited and not self._fresh_try(a)],
                state.dropped)

    def _fresh_try(self, attempt: _Attempt) -> bool:
        return attempt.trying and attempt.at > self.clock() - STALE_TRY

    def succeeded(self, username: str) -> list[FailedLogin]:
        """Clear ``username``'s failures and mark every pending one as audited (call once
        they are committed to the audit log); returns those pending failures.

        Other people's recent failures stay in the file, marked audited, so that a guesser
        of one account is not let off by a colleague's login.
        """
        with self._locked():
            failures, _ = self.pending()
            state = self._load()
            now = self.clock()
            name = username.casefold()[:MAX_NAME]
            # Tries under way elsewhere are kept as they are (audited when they fail).
            state.attempts = [
                a if self._fresh_try(a) else _Attempt(a.username, a.at, True)
                for a in state.attempts
                if a.username.casefold() != name and a.at > now - WINDOW]
            state.dropped = 0
            if self.path is not None and self._memory is None and not state.attempts:
                try:
                    self.path.unlink(missing_ok=True)
                except OSError:
                    self._memory = state
            else:
                self._save(state)
            return failures

"""Coordinators' sessions on the hub's web page, kept in the server's memory.

A session is a random id (the cookie) with its own CSRF token; it ends after ``IDLE`` seconds
without a request, after ``LONGEST`` seconds whatever, or at logout. The login form gets an
anonymous session first (its token guards the login POST), replaced by a new id at login (no
session fixation). A restart of the hub logs everyone out — nothing of a session is on disk.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

IDLE = 30 * 60
LONGEST = 12 * 3600
COOKIE = "relais_hub"


@dataclass
class WebSession:
    """One browser's session: who (None before login), its CSRF token, when it was used."""

    sid: str
    user: str | None
    csrf: str
    started: float
    seen: float


class SessionStore:
    """Sessions by id; expired ones are forgotten when met and swept now and then."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, idle: float = IDLE,
                 longest: float = LONGEST) -> None:
        self._clock, self.idle, self.longest = clock, idle, longest
        self._sessions: dict[str, WebSession] = {}
        self._lock = threading.Lock()

    def new(self, user: str | None = None) -> WebSession:
        """A fresh session (anonymous, or logged in as ``user``)."""
        now = self._clock()
        made = WebSession(secrets.token_urlsafe(32), user, secrets.token_urlsafe(32), now, now)
        with self._lock:
            self._sweep(now)
            self._sessions[made.sid] = made
        return made

    def get(self, sid: str | None) -> WebSession | None:
        """The live session of ``sid`` (its idle time starts again), or None."""
        if not sid:
            return None
        now = self._clock()
        with self._lock:
            found = self._sessions.get(sid)
            if found is None:
                return None
            if now - found.seen > self.idle or now - found.started > self.longest:
                del self._sessions[sid]
                return None
            found.seen = now
            return found

    def drop(self, sid: str | None) -> None:
        """End the session ``sid`` (logout)."""
        with self._lock:
            self._sessions.pop(sid or "", None)

    def _sweep(self, now: float) -> None:
        gone = [k for k, s in self._sessions.items()
                if now - s.seen > self.idle or now - s.started > self.longest]
        for key in gone:
            del self._sessions[key]


def token_ok(session: WebSession | None, given: str | None) -> bool:
    """The form's CSRF token is the session's (compared in constant time)."""
    return bool(session and given) and hmac.compare_digest(session.csrf, given or "")  # type: ignore[union-attr]

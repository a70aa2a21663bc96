"""Coordinators' sessions on the hub's web page, kept in the hub's PostgreSQL
(``hub_web_sessions``, revision ``h0202``).

A session is a random token (the cookie's value); the table holds only its SHA-256, never the
token itself, so a copy of the database (a ``pg_dump``) opens no session. Its CSRF token is
derived from the session's token (an HMAC keyed by it): tied to that session, stored nowhere,
worth nothing in another browser. A session ends after ``IDLE`` seconds without a request,
after ``LONGEST`` seconds whatever, or at logout: its row is then deleted (when met, and swept at
each new session). The login form gets an anonymous session first (its token guards the login
POST), replaced by a new one at login (no session fixation). Since nothing of a session is in
the process, a restart of ``relais hub serve`` (or a second process over the same database)
keeps coordinators logged in until their idle expiry.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, func, select, update

from desktop.hub import db
from desktop.hub.models import HubWebSession

IDLE = 30 * 60
LONGEST = 12 * 3600
COOKIE = "relais_hub"
MAX_ANONYMOUS = 10_000  # login forms opened and never posted: the oldest are forgotten first


@dataclass
class WebSession:
    """One browser's session: its token (the cookie), who (None before login), its CSRF
    token."""

    sid: str
    user: str | None
    csrf: str


def token_hash(sid: str) -> str:
    """What the table keeps of a session's token."""
    return hashlib.sha256(sid.encode("utf-8")).hexdigest()


def csrf_of(sid: str) -> str:
    """The CSRF token of the session ``sid`` (the same for the session's whole life)."""
    return hmac.new(sid.encode("utf-8"), b"relais-hub-csrf", hashlib.sha256).hexdigest()


class SessionStore:
    """Sessions in the hub database at ``url``; ``clock`` gives seconds since the epoch."""

    def __init__(self, url: str, clock: Callable[[], float] = time.time, idle: float = IDLE,
                 longest: float = LONGEST) -> None:
        self.url = url
        self._clock, self.idle, self.longest = clock, idle, longest

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self._clock(), UTC)

    def _expired(self, now: datetime):  # type: ignore[no-untyped-def]
        return (HubWebSession.seen_at < now - timedelta(seconds=self.idle)) | \
            (HubWebSession.started_at < now - timedelta(seconds=self.longest))

    def new(self, user: str | None = None) -> WebSession:
        """A fresh session (anonymous, or logged in as ``user``); expired ones are swept."""
        now = self._now()
        sid = secrets.token_urlsafe(32)
        with db.session(self.url) as session:
            session.execute(delete(HubWebSession).where(self._expired(now)))
            if user is None:
                anonymous = session.scalar(select(func.count()).select_from(HubWebSession)
                                           .where(HubWebSession.user_name.is_(None)))
                if anonymous and anonymous >= MAX_ANONYMOUS:
                    oldest = select(HubWebSession.token_hash).where(
                        HubWebSession.user_name.is_(None)).order_by(
                        HubWebSession.seen_at).limit(anonymous - MAX_ANONYMOUS + 1)
                    session.execute(delete(HubWebSession).where(
                        HubWebSession.token_hash.in_(oldest.scalar_subquery())))
            session.add(HubWebSession(token_hash=token_hash(sid), user_name=user,
                                      started_at=now, seen_at=now))
        return WebSession(sid, user, csrf_of(sid))

    def get(self, sid: str | None) -> WebSession | None:
        """The live session of ``sid`` (its idle time starts again), or None; an expired one
        is deleted."""
        if not sid or len(sid) > 100:
            return None
        now = self._now()
        key = token_hash(sid)
        with db.session(self.url) as session:
            found = session.execute(
                update(HubWebSession).where(HubWebSession.token_hash == key,
                                            ~self._expired(now))
                .values(seen_at=now).returning(HubWebSession.user_name)).first()
            if found is None:
                session.execute(delete(HubWebSession).where(HubWebSession.token_hash == key))
                return None
        return WebSession(sid, found[0], csrf_of(sid))

    def drop(self, sid: str | None) -> None:
        """End the session ``sid`` (logout): its row is deleted."""
        if not sid:
            return
        with db.session(self.url) as session:
            session.execute(delete(HubWebSession).where(
                HubWebSession.token_hash == token_hash(sid)))


def token_ok(session: WebSession | None, given: str | None) -> bool:
    """The form's CSRF token is the session's (compared in constant time)."""
    return bool(session and given) and hmac.compare_digest(session.csrf, given or "")  # type: ignore[union-attr]

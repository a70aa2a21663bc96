"""The hub's coordinators: accounts for its web page, passwords hashed with Argon2
(``argon2-cffi``'s ``PasswordHasher``, the salt and parameters inside the hash), and the
throttle on login attempts."""

from __future__ import annotations

import re
import threading
import time
from datetime import UTC, datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from desktop.core.errors import UserError
from desktop.core.i18n import translate
from desktop.hub import db
from desktop.hub.models import HubUser

MIN_PASSWORD = 12
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$")
_HASHER = PasswordHasher()
# Verified against when the name is unknown, so that an unknown name costs the same time.
_DUMMY = _HASHER.hash("relais-hub-no-such-user")


def add_user(url: str, name: str, password: str) -> None:
    """Add a coordinator (a name already taken, a bad name or a short password is refused)."""
    name = name.strip()
    if not NAME.match(name):
        raise UserError(translate("Hub", "A coordinator's name is 2 to 64 letters, digits, "
                                         "dots, dashes or underscores."))
    if len(password) < MIN_PASSWORD:
        raise UserError(translate("Hub", "The password must have at least {n} characters.")
                        .format(n=MIN_PASSWORD))
    with db.session(url) as session:
        if session.get(HubUser, name) is not None:
            raise UserError(translate("Hub", "A coordinator named {name} already exists.")
                            .format(name=name))
        session.add(HubUser(name=name, password_hash=_HASHER.hash(password)))


def check_password(url: str, name: str, password: str) -> bool:
    """True when ``name`` is a coordinator and ``password`` hers (her last login noted)."""
    with db.session(url) as session:
        user = session.scalar(select(HubUser).where(HubUser.name == name.strip()))
        try:
            _HASHER.verify(user.password_hash if user else _DUMMY, password)
        except (VerificationError, InvalidHashError):
            return False
        if user is None:
            return False
        user.last_login_at = datetime.now(UTC)
        return True


class Throttle:
    """Failed logins per name and per client address: after ``free`` failures within
    ``window`` seconds, each further attempt waits until ``delay`` doubles since the last
    failure (1 s, 2 s, 4 s … up to ``cap``); a success clears the name's count."""

    MAX_KEYS = 10_000

    def __init__(self, free: int = 5, window: float = 900.0, cap: float = 300.0,
                 clock: object = time.monotonic) -> None:
        self.free, self.window, self.cap = free, window, cap
        self._clock = clock
        self._failures: dict[str, list[float]] = {}
        self._lock = threading.Lock()

    def _now(self) -> float:
        return float(self._clock())  # type: ignore[operator]

    def wait(self, *keys: str) -> float:
        """Seconds still to wait before another attempt for any of ``keys`` (0: go ahead)."""
        now = self._now()
        longest = 0.0
        with self._lock:
            for key in keys:
                recent = [t for t in self._failures.get(key, []) if now - t < self.window]
                self._failures[key] = recent
                over = len(recent) - self.free
                if over >= 0 and recent:
                    delay = min(self.cap, 2.0 ** over)
                    longest = max(longest, recent[-1] + delay - now)
        return max(0.0, longest)

    def failed(self, *keys: str) -> None:
        """Count a failed attempt for each of ``keys``."""
        now = self._now()
        with self._lock:
            if len(self._failures) > self.MAX_KEYS:  # names made up by the thousand
                self._failures = {k: v for k, v in self._failures.items()
                                  if v and now - v[-1] < self.window}
            for key in keys:
                self._failures.setdefault(key, []).append(now)

    def succeeded(self, key: str) -> None:
        """Forget ``key``'s failures."""
        with self._lock:
            self._failures.pop(key, None)

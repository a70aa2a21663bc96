"""Failed logins: a growing delay per username, and events kept for the audit log.

Nothing is written to disk on a failed login (a wrong password must change nothing). The
failures are kept in this process and written to the encrypted audit log at the next successful
unlock; the Argon2id cost (about 0.3 s per try) slows guessing across processes too.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

FREE_TRIES = 3
FIRST_DELAY = 5.0
MAX_DELAY = 300.0


@dataclass
class FailedLogin:
    """One failed attempt, to be audited."""

    username: str
    at: datetime


@dataclass
class LoginThrottle:
    """Counts failures per username and says how long the next try must wait."""

    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, int] = field(default_factory=dict)
    _not_before: dict[str, float] = field(default_factory=dict)
    pending: list[FailedLogin] = field(default_factory=list)

    def wait_seconds(self, username: str) -> float:
        """Seconds before ``username`` may try again (0 when allowed now)."""
        until = self._not_before.get(username.casefold(), 0.0)
        return max(0.0, until - self.clock())

    def failed(self, username: str) -> None:
        """Record a failure; from the fourth on, each doubles the delay (up to 5 minutes)."""
        name = username.casefold()
        count = self._failures.get(name, 0) + 1
        self._failures[name] = count
        self.pending.append(FailedLogin(username[:64], datetime.now(UTC)))
        if count >= FREE_TRIES:
            delay = min(MAX_DELAY, FIRST_DELAY * 2 ** (count - FREE_TRIES))
            self._not_before[name] = self.clock() + delay

    def succeeded(self, username: str) -> list[FailedLogin]:
        """Reset ``username`` and hand over every pending failure for the audit log."""
        name = username.casefold()
        self._failures.pop(name, None)
        self._not_before.pop(name, None)
        pending, self.pending = self.pending, []
        return pending

"""Failed logins slow down and are audited at the next successful login."""

from __future__ import annotations

import pytest

from desktop.core.errors import WrongPassword
from desktop.core.services import audit, session
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.logins import LoginThrottle
from tests.helpers import folders


def test_delay_grows_after_three_failures() -> None:
    now = [1000.0]
    throttle = LoginThrottle(clock=lambda: now[0])
    for _ in range(2):
        throttle.failed("awa")
    assert throttle.wait_seconds("awa") == 0
    throttle.failed("awa")
    assert throttle.wait_seconds("awa") == 5
    throttle.failed("awa")
    assert throttle.wait_seconds("AWA") == 10
    now[0] += 10
    assert throttle.wait_seconds("awa") == 0
    assert len(throttle.succeeded("awa")) == 4
    assert throttle.wait_seconds("awa") == 0


def test_repeated_failures_are_refused_then_audited(folder: DataFolder) -> None:
    for _ in range(3):
        with pytest.raises(WrongPassword):
            session.login(folder, folders.CASEWORKER, "bad password")
    with pytest.raises(WrongPassword) as info:  # even the right password must wait now
        session.login(folder, folders.CASEWORKER, folders.PASSWORD)
    assert "Wait" in str(info.value)
    vault = folders.login(folder, folders.ADMIN)
    failed = audit.events(vault, action="login_failed")
    assert len(failed) == 3 and {e.actor for e in failed} == {folders.CASEWORKER}
    assert audit.events(vault, action="login")[0].actor == folders.ADMIN
    vault.close()
    folder.throttle.succeeded(folders.CASEWORKER)

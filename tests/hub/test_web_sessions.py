"""The hub page's sessions live in PostgreSQL: a restart of ``relais hub serve`` (killed with
SIGKILL) keeps a coordinator logged in; a logout or an expiry deletes the row; the table holds
only a hash of the cookie; a CSRF token works only with its own session."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select, text

from desktop.hub import accounts, db
from desktop.hub.models import HubWebSession
from desktop.hub.web.sessions import IDLE, LONGEST, SessionStore, token_ok
from tests.hub.conftest import HubProcess
from tests.hub.test_web_browser import COORDINATOR, add_coordinator
from tests.hub.test_web_security import Browser


def _rows(url: str) -> list[tuple[str, str | None]]:
    with db.session(url) as s:
        return [(h, u) for h, u in s.execute(select(HubWebSession.token_hash,
                                                    HubWebSession.user_name))]


def test_a_restart_of_the_hub_keeps_her_logged_in_until_she_logs_out(
        hub_process: HubProcess) -> None:
    add_coordinator(hub_process.db)
    coordinator = Browser(hub_process.url)
    assert coordinator.log_in() == 303
    token = coordinator.csrf("/sites")  # the logout form's token, read before the restart
    cookie = coordinator.cookies["relais_hub"]
    hub_process.kill()  # SIGKILL: nothing of the process survives
    hub_process.start()
    status, _headers, text_, _ = coordinator.request("GET", "/sites")
    assert status == 200 and COORDINATOR in text_  # still logged in, same cookie
    assert coordinator.cookies["relais_hub"] == cookie
    assert coordinator.request("POST", "/logout", {"csrf": token})[0] == 303
    assert [u for _h, u in _rows(hub_process.db)] == []  # her row is gone
    thief = Browser(hub_process.url)
    thief.cookies["relais_hub"] = cookie
    assert thief.request("GET", "/sites")[1]["location"] == "/login"


def test_the_database_holds_only_a_hash_of_the_cookie(hub_process: HubProcess) -> None:
    add_coordinator(hub_process.db)
    coordinator = Browser(hub_process.url)
    assert coordinator.log_in() == 303
    cookie = coordinator.cookies["relais_hub"]
    token = coordinator.csrf("/sites")
    [(stored, user)] = [(h, u) for h, u in _rows(hub_process.db) if u is not None]
    assert user == COORDINATOR
    assert stored == hashlib.sha256(cookie.encode()).hexdigest()
    with db.session(hub_process.db) as s:
        dump = " ".join(str(row) for row in s.execute(text(
            "SELECT t::text FROM hub_web_sessions t")))
    assert cookie not in dump and token not in dump  # a pg_dump opens no session
    thief = Browser(hub_process.url)
    thief.cookies["relais_hub"] = stored  # the hash, presented as a cookie
    assert thief.request("GET", "/sites")[1]["location"] == "/login"


def test_a_csrf_token_works_only_with_its_own_session(hub_process: HubProcess) -> None:
    add_coordinator(hub_process.db)
    first, second = Browser(hub_process.url), Browser(hub_process.url)
    assert first.log_in() == 303 and second.log_in() == 303
    first_token, second_token = first.csrf("/sites"), second.csrf("/sites")
    assert first_token != second_token
    assert first.request("POST", "/logout", {"csrf": second_token})[0] == 403
    assert first.request("GET", "/sites")[0] == 200  # nothing ended
    assert first.request("POST", "/logout", {"csrf": first_token})[0] == 303
    assert second.request("GET", "/sites")[0] == 200  # the other session lives on


def test_an_idle_or_too_old_session_ends_and_its_row_is_deleted(hub_db: str) -> None:
    accounts.add_user(hub_db, "awa.coord", "un long mot de passe")
    now = [1_800_000_000.0]
    store = SessionStore(hub_db, clock=lambda: now[0])
    again = SessionStore(hub_db, clock=lambda: now[0])  # another process, the same database
    made = store.new("awa.coord")
    assert token_ok(made, made.csrf) and not token_ok(made, "") and not token_ok(None, "x")
    now[0] += IDLE - 1
    found = again.get(made.sid)
    assert found is not None and (found.user, found.csrf) == ("awa.coord", made.csrf)
    now[0] += IDLE - 1  # used within the half hour: its idle time started again
    assert store.get(made.sid) is not None
    now[0] += IDLE + 1
    assert store.get(made.sid) is None and _rows(hub_db) == []
    # Used every 20 minutes, a session still ends 12 hours after the login.
    long_one = store.new("awa.coord")
    started = now[0]
    while now[0] + 1200 < started + LONGEST:
        now[0] += 1200
        assert store.get(long_one.sid) is not None
    now[0] = started + LONGEST + 1
    assert store.get(long_one.sid) is None and _rows(hub_db) == []


def test_expired_sessions_are_swept_and_anonymous_ones_are_bounded(hub_db: str) -> None:
    from desktop.hub.web import sessions

    now = [1_800_000_000.0]
    store = SessionStore(hub_db, clock=lambda: now[0])
    for _ in range(5):
        store.new()  # login forms opened and left
    now[0] += IDLE + 1
    store.new()  # the next one sweeps them
    assert len(_rows(hub_db)) == 1
    kept = sessions.MAX_ANONYMOUS
    try:
        sessions.MAX_ANONYMOUS = 3
        for _ in range(6):
            now[0] += 1
            store.new()
        with db.session(hub_db) as s:
            assert s.scalar(select(func.count()).select_from(HubWebSession)) == 3
    finally:
        sessions.MAX_ANONYMOUS = kept

"""A real PostgreSQL for the hub's tests, started by the tests themselves.

One server per test session: ``initdb`` and ``pg_ctl start`` in a temporary folder, listening
only on a unix socket in that folder (no TCP port, nothing shared with the machine), stopped at
the end. PostgreSQL refuses to run as root, so when the tests run as root (CI) the server runs
as Debian's ``postgres`` system user (``runuser -u postgres --``), its folder chowned to it.
Each test gets a fresh database copied from a template that already holds the hub's schema
(``CREATE DATABASE … TEMPLATE``: a few milliseconds). Without the binaries (``initdb``,
``pg_ctl``; Debian's ``postgresql``, which ``.ci/run`` installs) every hub test skips, saying
so. Never SQLite in its place.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers import postgres
from tests.helpers.postgres import PgServer


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL for the whole session (the hub tests skip, saying why, without one)."""
    try:
        with postgres.running() as server:
            yield server
    except postgres.Unavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def hub_template(pg_server: PgServer) -> str:
    """A database holding the hub's schema (``relais hub init``'s migrations), copied per test."""
    from desktop.hub import schema

    name = "hub_template"
    pg_server.admin_sql(f"CREATE DATABASE {name}")
    schema.init(pg_server.url(name))
    from desktop.hub.db import dispose_all

    dispose_all()  # a template must have no open connection when it is copied
    return name


@pytest.fixture
def hub_db(pg_server: PgServer, hub_template: str) -> Iterator[str]:
    """A fresh hub database for this test (its URL), dropped afterwards."""
    name = "hub_" + uuid.uuid4().hex[:12]
    pg_server.admin_sql(f"CREATE DATABASE {name} TEMPLATE {hub_template}")
    yield pg_server.url(name)
    from desktop.hub.db import dispose_all

    dispose_all()
    pg_server.admin_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class HubProcess:
    """``relais hub serve`` running in its own process (killed with SIGKILL by some tests)."""

    db: str
    url: str
    proc: subprocess.Popen[bytes]
    port: int

    def start(self) -> None:
        """(Re)start the server on the same port and wait until it answers."""
        self.proc = _spawn_hub(self.db, self.port)
        _wait_healthy(self.url, self.proc)

    def kill(self) -> None:
        """SIGKILL, as a power cut would."""
        self.proc.kill()
        self.proc.wait(timeout=30)


def _spawn_hub(db: str, port: int) -> subprocess.Popen[bytes]:
    import sys

    root = Path(__file__).resolve().parents[2]
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "--lang", "en", "hub", "serve", "--db", db,
         "--listen", f"127.0.0.1:{port}"], cwd=root, stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(root)))


def _wait_healthy(url: str, proc: subprocess.Popen[bytes]) -> None:
    import time
    import urllib.request

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise AssertionError(f"relais hub serve stopped: {err}")
        try:
            with urllib.request.urlopen(url + "/v1/health", timeout=2):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("relais hub serve did not answer within 60 s")


class HubThread:
    """The hub's app under uvicorn in a thread of the test process (starts in a fraction of
    the time a process takes); ``kill`` stops it at once, as a cut line would look to the
    site. The kill tests use a real process (``hub_process``)."""

    def __init__(self, db: str) -> None:
        self.db = db
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: object | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Serve until :meth:`kill`, and wait until it answers."""
        import uvicorn

        from desktop.hub.app import make_app

        server = uvicorn.Server(uvicorn.Config(make_app(self.db), host="127.0.0.1",
                                               port=self.port, log_level="warning"))
        self._server = server
        self._thread = threading.Thread(target=server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise AssertionError("the hub's app did not start")
            time.sleep(0.02)

    def kill(self) -> None:
        """Stop serving (open connections are dropped)."""
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True  # type: ignore[attr-defined]
            self._server.force_exit = True  # type: ignore[attr-defined]
            self._thread.join(timeout=30)
            self._server = self._thread = None


@pytest.fixture
def hub_server(hub_db: str) -> Iterator[HubThread]:
    """The hub serving ``hub_db`` on a free loopback port (plain HTTP: the tests' line)."""
    hub = HubThread(hub_db)
    hub.start()
    yield hub
    hub.kill()


@pytest.fixture
def hub_process(hub_db: str) -> Iterator[HubProcess]:
    """``relais hub serve`` in a process of its own, on a free loopback port."""
    port = free_port()
    hub = HubProcess(db=hub_db, url=f"http://127.0.0.1:{port}", proc=_spawn_hub(hub_db, port),
                     port=port)
    _wait_healthy(hub.url, hub.proc)
    yield hub
    if hub.proc.poll() is None:
        hub.proc.terminate()
        try:
            hub.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            hub.kill()

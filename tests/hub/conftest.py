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

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_USER = "postgres"  # the system user that runs the server when the tests run as root


def _binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``: Debian's newest version, else PATH."""
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True,
                            key=lambda p: int(Path(p).parent.name) if Path(p).parent.name
                            .isdigit() else 0):
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb and pg_ctl:
        return Path(initdb).resolve().parent
    return None


@dataclass(frozen=True)
class PgServer:
    """A running PostgreSQL: its socket folder and the user to connect as."""

    socket_dir: Path
    user: str
    port: int = 5432

    def url(self, database: str = "postgres") -> str:
        """A SQLAlchemy URL for ``database`` over the unix socket."""
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.socket_dir}&port={self.port}"

    def admin_sql(self, sql: str) -> None:
        """Run ``sql`` (CREATE/DROP DATABASE) outside a transaction on the server."""
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), port=self.port, user=self.user,
                             dbname="postgres", autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]


def _as_server_user(argv: list[str]) -> list[str]:
    return ["runuser", "-u", PG_USER, "--", *argv] if os.geteuid() == 0 else argv


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """Start PostgreSQL in a temporary folder for the whole session (skips without it)."""
    bindir = _binaries()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (initdb/pg_ctl not found; Debian: "
                    "apt-get install postgresql): the hub tests need a real server")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed: pip install -e '.[dev,hub]'")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(PG_USER)
        except KeyError:
            pytest.skip("running as root and no 'postgres' system user to run PostgreSQL as")
    root = Path(tempfile.mkdtemp(prefix="relais-pg-"))
    data, sockets = root / "data", root / "run"
    sockets.mkdir()
    user = PG_USER if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    if os.geteuid() == 0:
        entry = pwd.getpwnam(PG_USER)
        for path in (root, sockets):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    quiet = {"stdout": subprocess.PIPE, "stderr": subprocess.STDOUT, "text": True}
    made = subprocess.run(_as_server_user(
        [str(bindir / "initdb"), "-D", str(data), "-U", user, "-A", "trust", "-E", "UTF8",
         "--no-locale", "--no-sync"]), **quiet, check=False)  # type: ignore[call-overload]
    if made.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"initdb failed:\n{made.stdout}")
    options = (f"-c listen_addresses='' -c unix_socket_directories='{sockets}' "
               "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
               "-c max_connections=200")
    started = subprocess.run(_as_server_user(
        [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-w",
         "-o", options, "start"]), **quiet, check=False)  # type: ignore[call-overload]
    if started.returncode != 0:
        log = (root / "server.log").read_text(errors="replace") if (
            root / "server.log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"pg_ctl start failed:\n{started.stdout}\n{log}")
    try:
        yield PgServer(socket_dir=sockets, user=user)
    finally:
        subprocess.run(_as_server_user(
            [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            **quiet, check=False)  # type: ignore[call-overload]
        shutil.rmtree(root, ignore_errors=True)


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


@pytest.fixture
def hub_server(hub_db: str) -> Iterator[HubProcess]:
    """The hub serving ``hub_db`` on a free loopback port (plain HTTP: the tests' line)."""
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

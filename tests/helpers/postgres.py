"""A real PostgreSQL started in a temporary folder (for the hub's tests and benchmarks).

``initdb`` and ``pg_ctl start`` in a temporary folder, listening only on a unix socket in that
folder (no TCP port, nothing shared with the machine). PostgreSQL refuses to run as root, so as
root (CI) the server runs as Debian's ``postgres`` system user (``runuser -u postgres --``), its
folder chowned to it. Binaries: Debian's newest ``/usr/lib/postgresql/*/bin``, else PATH.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


class Unavailable(Exception):
    """PostgreSQL cannot be started here (the reason says why)."""


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


@contextmanager
def running(durable: bool = False) -> Iterator[PgServer]:
    """Start a server for the block, stop it and remove its folder after (``durable``: with
    fsync, as in production; the tests go without it)."""
    bindir = _binaries()
    if bindir is None:
        raise Unavailable("PostgreSQL is not installed (initdb/pg_ctl not found; Debian: "
                          "apt-get install postgresql): the hub tests need a real server")
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise Unavailable("psycopg is not installed: pip install -e '.[dev,hub]'") from exc
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(PG_USER)
        except KeyError as exc:
            raise Unavailable("running as root and no 'postgres' system user to run "
                              "PostgreSQL as") from exc
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
        raise RuntimeError(f"initdb failed:\n{made.stdout}")
    options = (f"-c listen_addresses='' -c unix_socket_directories='{sockets}' "
               "-c max_connections=200")
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    started = subprocess.run(_as_server_user(
        [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"), "-w",
         "-o", options, "start"]), **quiet, check=False)  # type: ignore[call-overload]
    if started.returncode != 0:
        log = (root / "server.log").read_text(errors="replace") if (
            root / "server.log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"pg_ctl start failed:\n{started.stdout}\n{log}")
    try:
        yield PgServer(socket_dir=sockets, user=user)
    finally:
        subprocess.run(_as_server_user(
            [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            **quiet, check=False)  # type: ignore[call-overload]
        shutil.rmtree(root, ignore_errors=True)



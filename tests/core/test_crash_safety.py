"""Crash and fault safety (bars 4 and 5): kills during saves, a full disk, a cut migration.

The kill test runs a real writer process (``tests/helpers/crash_writer.py``) that saves whole
cases through the intake service and prints each id only after the save returned. The test
kills it with SIGKILL at random moments, many times, and after each kill checks that every
confirmed case is there and that ``integrity_check`` and ``cipher_integrity_check`` pass.
SIGKILL keeps what the process handed to the OS; a real power cut is also covered by
``synchronous=FULL`` (each commit waits for the disk), which this test cannot pull the plug on.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from desktop.core.errors import StorageError, UserError
from desktop.core.services import session
from desktop.core.store import migrate
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Case
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.safety import counts, open_case, raw_problems

ROOT = Path(__file__).resolve().parents[2]
# A fixed number of cycles, whatever the machine's speed; each one is bounded by its waits
# (30 s each) and by CYCLE_SECONDS, so that a hung writer fails instead of stalling the suite.
KILL_CYCLES = int(os.environ.get("RELAIS_KILL_CYCLES", "30"))
CYCLE_SECONDS = 120.0


_CASE_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _spawn(*args: str, key: bytes) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.crash_writer", *args], cwd=ROOT,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdin is not None
    proc.stdin.write(key.hex() + "\n")
    proc.stdin.flush()
    return proc


def _read_lines(proc: subprocess.Popen[str], lines: list[str]) -> threading.Thread:
    def pump() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.endswith("\n"):  # a line cut by the kill was never confirmed
                lines.append(line.strip())

    thread = threading.Thread(target=pump, daemon=True)
    thread.start()
    return thread


def _wait_for(lines: list[str], word: str, proc: subprocess.Popen[str], seconds: float) -> None:
    # A line the kill cut short has no newline, so the next line ("dead") is glued to it:
    # match the end of the line.
    deadline = time.monotonic() + seconds
    while not any(line.endswith(word) for line in list(lines)):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()  # before reading stderr, which stays open while the writer lives
            proc.wait()
            err = proc.stderr.read() if proc.stderr else ""
            raise AssertionError(f"the writer did not reach {word!r}: {err[-2000:]}")
        time.sleep(0.005)


def _wait_for_a_save(lines: list[str], proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 30
    while len(lines) < 3:  # "child N", "ready", then the first confirmed id
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError("the writer saved nothing")
        time.sleep(0.002)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer forks (POSIX)")
def test_killing_the_writer_loses_no_confirmed_save(folder: DataFolder) -> None:
    vault = folders.login(folder)
    key = vault.key
    vault.close()
    rng = random.Random(int(os.environ.get("RELAIS_KILL_SEED", "20260601")))
    confirmed: set[str] = set()
    cycles = 0
    lines: list[str] = []
    proc = _spawn(str(folder.path), folders.CASEWORKER, key=key)
    pump = _read_lines(proc, lines)
    assert proc.stdin is not None
    try:
        while cycles < KILL_CYCLES:
            started = time.monotonic()
            lines.clear()
            proc.stdin.write("go\n")
            proc.stdin.flush()
            _wait_for(lines, "ready", proc, 30)
            child = int(next(x for x in lines if x.startswith("child ")).split()[1])
            _wait_for_a_save(lines, proc)  # then a random moment inside the save loop
            time.sleep(rng.uniform(0.0, 0.3))
            os.kill(child, signal.SIGKILL)
            _wait_for(lines, "dead", proc, 30)
            confirmed.update(x for x in lines if _CASE_ID.fullmatch(x))
            cycles += 1

            assert raw_problems(folder.db_path, key) == [], f"damaged after kill {cycles}"
            vault = Vault.open(folder, key)
            try:
                with vault.reader() as s:
                    present = set(s.scalars(select(Case.id)))
            finally:
                vault.close()
            missing = confirmed - present
            assert not missing, f"kill {cycles}: {len(missing)} confirmed case(s) lost"
            assert time.monotonic() - started < CYCLE_SECONDS, f"kill {cycles} took too long"
    finally:
        proc.kill()
        proc.wait()
        pump.join(5)
    print(f"\n{cycles} kill cycles, {len(confirmed)} confirmed cases, none lost")
    assert cycles == KILL_CYCLES and len(confirmed) >= cycles


# -- a full disk --------------------------------------------------------------------------------

def _limit_pages(vault: Vault, extra: int) -> object:
    engine = vault.require_engine()
    with engine.connect() as conn:
        pages = int(conn.execute(text("PRAGMA page_count")).scalar_one())

    def limit(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + extra}")

    event.listen(engine, "connect", limit)
    engine.dispose()  # every new connection now sees a nearly full disk
    return limit


@pytest.mark.parametrize("extra", [1, 3, 8])
def test_a_full_disk_gives_an_error_and_no_half_saved_case(admin: Vault, extra: int) -> None:
    for _ in range(3):
        open_case(admin)
    limit = _limit_pages(admin, extra)
    saved, failures = 0, 0
    for _ in range(200):
        before = counts(admin)
        try:
            open_case(admin)
            saved += 1
        except StorageError as exc:
            failures += 1
            assert exc.message == "The disk is full: nothing was saved."
            assert counts(admin) == before  # not one row of the failed case anywhere
            break
    assert failures == 1, "the disk never filled"
    assert admin.integrity_problems(full=True) == []
    event.remove(admin.require_engine(), "connect", limit)
    admin.require_engine().dispose()
    open_case(admin)  # space again: saving works
    assert counts(admin)["cases"] == 3 + saved + 1


# -- a migration cut halfway ---------------------------------------------------------------------

PROBE = '''
"""A test revision: changes the schema, then fails or pauses halfway."""
import os
import time

import sqlalchemy as sa
from alembic import op

revision = "feedc0de0001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("crash_probe", sa.Column("id", sa.Integer, primary_key=True),
                    sa.Column("v", sa.Text))
    op.execute("INSERT INTO crash_probe (v) SELECT id FROM cases")
    op.add_column("cases", sa.Column("probe", sa.Text))
    op.execute("UPDATE cases SET probe = 'x'")
    if os.environ.get("PROBE_MODE") == "raise":
        raise RuntimeError("the test migration fails halfway")
    print("migrating", flush=True)
    time.sleep(120)


def downgrade() -> None:
    pass
'''


@pytest.fixture
def probe_migrations(tmp_path: Path) -> Path:
    """A copy of the migrations with one more revision that stops halfway."""
    target = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), target,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (target / "versions" / "feedc0de0001_probe.py").write_text(
        textwrap.dedent(PROBE).replace("{head}", migrate.head_revision()))
    return target


def _still_opens_at_the_old_revision(folder: DataFolder, key: bytes, cases: int) -> None:
    assert raw_problems(folder.db_path, key) == []
    vault = folders.login(folder)  # the previous version opens it, no upgrade needed
    try:
        assert not vault.migrated
        with vault.require_engine().connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
            columns = {r[1] for r in conn.execute(text("PRAGMA table_info(cases)"))}
        assert "crash_probe" not in tables and "probe" not in columns
        assert counts(vault)["cases"] == cases
    finally:
        vault.close()


@pytest.mark.slow
def test_power_cut_during_a_migration_leaves_the_previous_version_working(
        folder: DataFolder, probe_migrations: Path) -> None:
    vault = folders.login(folder)
    for _ in range(5):
        open_case(vault)
    key = vault.key
    vault.close()
    lines: list[str] = []
    proc = _spawn("--migrate", str(folder.path), str(probe_migrations), key=key)
    pump = _read_lines(proc, lines)
    _wait_for(lines, "migrating", proc, 60)  # the schema is half changed, not committed
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    pump.join(5)
    _still_opens_at_the_old_revision(folder, key, 5)


def test_a_migration_failing_halfway_at_login_changes_nothing(
        folder: DataFolder, probe_migrations: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = folders.login(folder)
    open_case(vault)
    key = vault.key
    vault.close()
    monkeypatch.setenv("PROBE_MODE", "raise")
    monkeypatch.setattr(migrate, "migrations_dir", lambda: probe_migrations)
    with pytest.raises(UserError, match="could not be upgraded") as caught:
        session.login(folder, folders.ADMIN, folders.ADMIN_PASSWORD)
    assert "nothing was changed" in caught.value.message
    assert list(folder.backups_dir.glob("*before-upgrade*"))  # taken before trying
    monkeypatch.undo()
    _still_opens_at_the_old_revision(folder, key, 1)

"""The same batches as files, for a site without a line: ``relais sync --out`` on the site,
``relais hub import`` at the hub, ``relais sync --ack`` back on the site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop.core.errors import UserError
from desktop.core.services import session as sessions
from desktop.core.services.demo import generator as demo
from desktop.core.services.sync import sync_service, wire
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Case
from desktop.hub import files
from desktop.hub.ingest import Refused
from desktop.hub.models import RECORD_TABLES
from tests.helpers import folders
from tests.helpers.cli_process import run_relais
from tests.hub.conftest import HubThread
from tests.hub.test_sync import enrol


def _relais(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run_relais(["--lang", "en", *args], input=stdin, timeout=180,
                      env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def _hub_cases(url: str) -> int:
    from desktop.hub import db

    with db.session(url) as session:
        return int(session.scalar(select(func.count()).select_from(RECORD_TABLES["cases"]))
                   or 0)


def test_a_stick_round_trip_by_the_command_line(folder: DataFolder, hub_server: HubThread,
                                                tmp_path: Path) -> None:
    vault = folders.login(folder)
    try:
        demo.generate(vault, 120, seed=2)
        enrol(vault, hub_server)  # once, when a line was there
        with vault.reader() as s:
            consented = s.scalar(select(func.count()).select_from(Case)
                                 .where(Case.stats_consent.is_(True)))
    finally:
        sessions.lock(vault)
    hub_server.kill()  # from now on, no line
    stick = tmp_path / "stick"
    stick.mkdir()
    password = folders.ADMIN_PASSWORD + "\n"
    out = _relais("sync", "--data", str(folder.path), "--as", folders.ADMIN, "--out",
                  str(stick / "mopti.relaisbatches"), stdin=password)
    assert out.returncode == 0, out.stderr
    assert "written to" in out.stdout
    raw = (stick / "mopti.relaisbatches").read_bytes()
    assert raw.startswith(wire.FILE_MAGIC) and b"age-encryption.org" in raw[:60]
    url = hub_server.db.replace("postgresql+psycopg://", "postgresql://")
    imported = _relais("hub", "import", "--db", url, str(stick / "mopti.relaisbatches"),
                       "--reply", str(stick / "ack.relaisack"))
    assert imported.returncode == 0, imported.stderr
    assert f"({consented} cases)" in imported.stdout
    assert _hub_cases(hub_server.db) == consented
    again = _relais("hub", "import", "--db", url, str(stick / "mopti.relaisbatches"))
    assert again.returncode == 1 and "already stored" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1 and "Traceback" not in again.stderr
    back = _relais("sync", "--data", str(folder.path), "--as", folders.ADMIN, "--ack",
                   str(stick / "ack.relaisack"), stdin=password)
    assert back.returncode == 0, back.stderr
    assert "up to 1" in back.stdout
    nothing = _relais("sync", "--data", str(folder.path), "--as", folders.ADMIN, "--out",
                      str(stick / "empty.relaisbatches"), stdin=password)
    assert nothing.returncode == 1 and "Nothing waits" in nothing.stderr


def test_a_file_written_again_before_the_answer_carries_the_same_batches(
        admin, hub_server: HubThread, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.services.sync import journal

    monkeypatch.setattr(journal, "CASES_PER_BATCH", 20)
    demo.generate(admin, 60, seed=5)
    enrol(admin, hub_server)
    sync_service.write_file(admin, tmp_path / "first")
    with admin.session() as s:  # a change after the first file; its answer not back yet
        s.execute(update(Case).where(Case.stats_consent.is_(True)).values(step=4))
    sync_service.write_file(admin, tmp_path / "second")  # the same first batches, and more
    done = files.import_file(hub_server.db, (tmp_path / "first").read_bytes())
    assert len(done.stored) >= 2 and done.stored == list(range(1, len(done.stored) + 1))
    both = files.import_file(hub_server.db, (tmp_path / "second").read_bytes())
    assert both.skipped == done.stored and both.stored[0] == done.stored[-1] + 1
    with pytest.raises(Refused, match="already stored"):
        files.import_file(hub_server.db, (tmp_path / "first").read_bytes())
    (tmp_path / "ack").write_bytes(both.ack)
    assert sync_service.read_ack_file(admin, tmp_path / "ack").batch == both.stored[-1]
    assert sync_service.sync(admin).batches == 0  # over the line later: nothing left to send
    with admin.reader() as s:
        assert s.scalar(select(func.min(Case.step)).where(Case.stats_consent.is_(True))) == 4
    cases = RECORD_TABLES["cases"]
    from desktop.hub import db

    with db.session(hub_server.db) as s:
        assert s.scalar(select(func.min(cases.c.step))) == 4


def _flipped(data: bytes, at: int) -> bytes:
    """``data`` with one bit of byte ``at`` changed: always a different file (writing a fixed
    letter there left it unchanged whenever that letter was already there)."""
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def test_damaged_or_foreign_files_are_refused_in_one_line(admin, hub_server: HubThread,  # type: ignore[no-untyped-def]
                                                          tmp_path: Path) -> None:
    demo.generate(admin, 10, seed=6)
    enrol(admin, hub_server)
    sync_service.write_file(admin, tmp_path / "batches")
    data = (tmp_path / "batches").read_bytes()
    damaged = "not encrypted to this hub, or it is damaged"
    for bad, says in ((b"not a file", "not a Relais batch file"), (data[:-10], damaged),
                      (_flipped(data, len(wire.FILE_MAGIC) + 40), damaged),
                      (_flipped(data, len(data) // 2), damaged)):
        with pytest.raises(UserError, match=says):
            files.import_file(hub_server.db, bad)
    assert _hub_cases(hub_server.db) == 0
    for bad_ack in (b"", b"RELAIS-ACK-1\n", data[:200]):
        (tmp_path / "ack").write_bytes(bad_ack)
        with pytest.raises(UserError, match="not a hub acknowledgement"):
            sync_service.read_ack_file(admin, tmp_path / "ack")
    forged = wire.seal_ack("MOPTI", 5, 10**9, lambda b: b"\0" * 64)
    (tmp_path / "ack").write_bytes(forged)
    with pytest.raises(UserError, match="not signed by the hub"):
        sync_service.read_ack_file(admin, tmp_path / "ack")


def test_a_site_that_never_has_a_line_enrols_and_syncs_by_stick(
        folder: DataFolder, hub_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from desktop.cli.main import main
    from desktop.hub import enrolment, status

    def relais(*args: str, stdin: str = "") -> tuple[int, str, str]:
        """The command line in this process (the stick round trip above runs real ones)."""
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main(["--lang", "en", *args])
        got = capsys.readouterr()
        return code, got.out, got.err

    vault = folders.login(folder)
    try:
        demo.generate(vault, 30, seed=7)
    finally:
        sessions.lock(vault)
    code = enrolment.new_code(hub_db, "TOMBOUCTOU")
    password = folders.ADMIN_PASSWORD + "\n"
    url = hub_db.replace("postgresql+psycopg://", "postgresql://")
    site = ["sync", "--data", str(folder.path), "--as", folders.ADMIN]
    asked = relais(*site, "--enrol", code, "--out", str(tmp_path / "enrol"), stdin=password)
    assert asked[0] == 0, asked[2]
    answered = relais("hub", "import", "--db", url, str(tmp_path / "enrol"), "--reply",
                      str(tmp_path / "answer"))
    assert answered[0] == 0 and "TOMBOUCTOU is enrolled" in answered[1]
    again = relais("hub", "import", "--db", url, str(tmp_path / "enrol"))
    assert again[0] == 1 and "already used" in again[2]  # the code is spent
    kept = relais(*site, "--ack", str(tmp_path / "answer"), stdin=password)
    assert kept[0] == 0, kept[2]
    assert "Enrolled at the hub as site TOMBOUCTOU" in kept[1] and "fingerprint" in kept[1]
    assert relais(*site, "--out", str(tmp_path / "batches"), stdin=password)[0] == 0
    stored = relais("hub", "import", "--db", url, str(tmp_path / "batches"), "--reply",
                    str(tmp_path / "ack"))
    assert stored[0] == 0, stored[2]
    assert relais(*site, "--ack", str(tmp_path / "ack"), stdin=password)[0] == 0
    [line] = status.sites(hub_db)
    assert (line.name, line.last_batch, line.backlog) == ("TOMBOUCTOU", 1, 0)
    assert line.cases > 0

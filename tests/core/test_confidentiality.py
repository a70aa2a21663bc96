"""Quality bars 1, 2, 3: nothing readable on disk; wrong passwords change nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.errors import WrongPassword
from desktop.core.services import session
from desktop.core.services.accounts import staff as accounts
from desktop.core.store.datafolder import ATTEMPTS_NAME, DataFolder
from desktop.core.store.models import Survivor
from tests.helpers import folders


def _snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_marker_name_is_in_no_file_of_the_data_folder(folder: DataFolder) -> None:
    vault = folders.login(folder, folders.ADMIN)
    with vault.session() as s:
        s.add(Survivor(survivor_code="S-MARK-1", name=folders.MARKER, phone="+223 70 00 00 01",
                       site_id=vault.actor.site_id))  # type: ignore[union-attr]
    with vault.reader() as s:  # the name is really stored, and readable with the key
        assert s.execute(text("SELECT name FROM survivors")).scalar_one() == folders.MARKER
    vault.close()
    needles = [folders.MARKER.encode("utf-8"), folders.MARKER.encode("utf-16-le"),
               b"Zzmarkerkadiatou", "Zzmarkerkadiatou".encode("utf-16-le")]
    files = [p for p in folder.path.rglob("*") if p.is_file()]
    assert any(p.name == "relais.db" for p in files)
    for path in files:
        content = path.read_bytes()
        for needle in needles:
            assert needle not in content, f"marker found in {path.name}"


def test_database_header_is_not_plain_sqlite(folder: DataFolder) -> None:
    assert folder.db_path.read_bytes()[:16] != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(folder.db_path).execute("SELECT * FROM sqlite_master").fetchall()


def test_wrong_password_gives_a_message_and_changes_nothing(folder: DataFolder) -> None:
    before = _snapshot(folder.path)
    with pytest.raises(WrongPassword) as info:
        session.login(folder, folders.ADMIN, "not the password")
    assert "password" in str(info.value).lower()
    with pytest.raises(WrongPassword):
        session.login(folder, "nobody", "whatever")
    after = _snapshot(folder.path)
    # Only the attempts file records a failure (for the delay and the audit log): the
    # usernames as typed and the times, nothing else.
    assert after.pop(ATTEMPTS_NAME, None) is not None
    after.pop("attempts.lock", None)  # empty: held while the attempts file is updated
    assert after == before
    attempts = json.loads((folder.path / ATTEMPTS_NAME).read_text())["attempts"]
    assert [a["user"] for a in attempts] == [folders.ADMIN, "nobody"]
    assert "not the password" not in (folder.path / ATTEMPTS_NAME).read_text()


@pytest.mark.parametrize("password", [
    "with 'single' and \"double\" quotes",
    "back\\slash\\\\ and spaces   ",
    "accents éèàçôïü",
    "bambara ɛ ɔ ɲ ŋ Ɛ Ɔ Ɲ Ŋ",
    "x'00ff'; PRAGMA key = '",
])
def test_odd_passwords_work(folder: DataFolder, password: str) -> None:
    vault = folders.login(folder, folders.ADMIN)
    accounts.add_person(vault, "odd", "caseworker", password)
    vault.close()
    again = session.login(folder, "odd", password)
    assert again.actor is not None and again.actor.username == "odd"
    again.close()
    with pytest.raises(WrongPassword):
        session.login(folder, "odd", password.strip() + "x")

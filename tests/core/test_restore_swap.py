"""The restore's swap keeps every replaced file: a second restore in the same second keeps
the first one's files beside its own, and a restore interrupted with an unreadable marker is
still finished (``restore_files``; written from its mutation run, issue 19).

The swap runs in a thread given 30 s: a restore that picks the replaced folder's name in an
endless loop (a mutant of ``_unique``) fails the test in 30 s, not at the mutation run's
timeout."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

import pytest

from desktop.core.store import restore_files
from desktop.core.store.datafolder import DataFolder

T = TypeVar("T")
HANG = 30.0  # seconds: the swap renames a few files in milliseconds; 30 s is a hang


def _finished(run: Callable[[], T]) -> T:
    """What ``run`` returns, failing the test when it has not returned after ``HANG`` s."""
    result: list[T] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            result.append(run())
        except BaseException as exc:  # handed back to the test
            errors.append(exc)

    worker = threading.Thread(target=target, daemon=True)  # abandoned if it never ends
    worker.start()
    worker.join(HANG)
    if errors:
        raise errors[0]
    assert result, f"the restore's swap had not finished after {HANG:.0f} s"
    return result[0]


def _folder(tmp_path: Path, old: bytes = b"old") -> Path:
    """A data folder with a current database and slot file, and a restore staged."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "relais.db").write_bytes(old + b" database")
    (folder / "keyslots.json").write_bytes(old + b" slots")
    staged = restore_files.staging_dir(folder)
    (staged / "relais.db").write_bytes(b"restored database")
    (staged / "keyslots.json").write_bytes(b"restored slots")
    return folder


def _taken(folder: Path, suffixes: tuple[str, ...]) -> list[Path]:
    """Folders named as replaced folders of this second and the next two (a restore run now
    takes one of these names), each with one of ``suffixes``, made in advance."""
    made = []
    now = datetime.now()
    for seconds in range(3):
        name = restore_files.replaced_dir_name(now + timedelta(seconds=seconds))
        for suffix in suffixes:
            path = folder / f"{name}{suffix}"
            path.mkdir(exist_ok=True)
            (path / "relais.db").write_bytes(b"earlier restore")
            made.append(path)
    return made


@pytest.mark.parametrize(("taken", "expected"), [
    (("",), "-2"), (("", "-2"), "-3"), (("", "-2", "-3"), "-4")])
def test_a_second_restore_in_the_same_second_keeps_both_replaced_sets(
        tmp_path: Path, taken: tuple[str, ...], expected: str) -> None:
    folder = _folder(tmp_path)
    earlier = _taken(folder, taken)
    replaced = _finished(lambda: restore_files.swap_in(folder))
    assert replaced is not None and replaced.name.endswith(expected)
    assert replaced.name[: -len(expected)] in {path.name for path in earlier}
    assert (replaced / "relais.db").read_bytes() == b"old database"
    assert (replaced / "keyslots.json").read_bytes() == b"old slots"
    assert all((path / "relais.db").read_bytes() == b"earlier restore" for path in earlier)
    assert (folder / "relais.db").read_bytes() == b"restored database"
    assert not (folder / restore_files.STAGING).exists()


@pytest.mark.parametrize("marker", ["a folder", "[]", "{not json"])
def test_a_restore_cut_off_with_an_unreadable_marker_is_still_finished(
        tmp_path: Path, marker: str) -> None:
    folder = _folder(tmp_path)
    ready = folder / restore_files.STAGING / restore_files.READY
    if marker == "a folder":
        ready.mkdir()  # exists, but reading it fails with an OSError
    else:
        ready.write_text(marker)  # not JSON, or JSON without the name
    _finished(lambda: restore_files.settle(folder))
    assert (folder / "relais.db").read_bytes() == b"restored database"
    assert (folder / "keyslots.json").read_bytes() == b"restored slots"
    [kept] = [path for path in folder.iterdir() if path.name.startswith("replaced-")]
    assert (kept / "relais.db").read_bytes() == b"old database"
    assert not (folder / restore_files.STAGING).exists()


def _cannot_be_removed(folder: Path) -> Path:
    """The staging folder made one that ``shutil.rmtree`` cannot remove: a link to a folder
    elsewhere (rmtree refuses links, as it fails on Windows on a file that another program,
    an antivirus, holds open). Returns the folder the link points to."""
    staged = folder / restore_files.STAGING
    elsewhere = folder.parent / "staging-elsewhere"
    staged.rename(elsewhere)
    staged.symlink_to(elsewhere, target_is_directory=True)
    return elsewhere


def test_a_finished_restore_whose_staging_folder_stays_keeps_the_changes_made_since(
        tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    _cannot_be_removed(folder)
    replaced = _finished(lambda: restore_files.swap_in(folder))  # no error: it is finished
    assert replaced is not None and (replaced / "relais.db").read_bytes() == b"old database"
    assert (folder / "relais.db").read_bytes() == b"restored database"
    assert (folder / "keyslots.json").read_bytes() == b"restored slots"
    # Relais then works on the restored database, its write-ahead log holding the latest
    # changes, and is cut off; the next start looks at the staging folder left behind.
    (folder / "relais.db-wal").write_bytes(b"changes made since the restore")
    assert _finished(lambda: DataFolder(folder).exists())
    assert (folder / "relais.db-wal").read_bytes() == b"changes made since the restore"
    assert (folder / "relais.db").read_bytes() == b"restored database"
    assert (folder / "keyslots.json").read_bytes() == b"restored slots"
    assert sorted(path.name for path in replaced.iterdir()) == ["keyslots.json", "relais.db"]


def test_an_unfinished_restore_whose_staging_folder_cannot_be_removed_still_opens(
        tmp_path: Path) -> None:
    folder = _folder(tmp_path)  # staged, cut off before READY: the current files stay
    elsewhere = _cannot_be_removed(folder)
    assert _finished(lambda: DataFolder(folder).exists())
    assert (folder / "relais.db").read_bytes() == b"old database"
    assert (folder / "keyslots.json").read_bytes() == b"old slots"
    assert not [path for path in folder.iterdir() if path.name.startswith("replaced-")]
    assert (elsewhere / "relais.db").read_bytes() == b"restored database"  # never moved in


def test_a_restore_into_an_empty_folder_cut_off_after_its_marker_is_finished(
        tmp_path: Path) -> None:
    folder = tmp_path / "data"  # a new computer: no database yet, a backup restored into it
    folder.mkdir()
    staged = restore_files.staging_dir(folder)
    (staged / "relais.db").write_bytes(b"restored database")
    (staged / "keyslots.json").write_bytes(b"restored slots")
    (staged / restore_files.READY).write_text('{"replaced": null}')  # then the power went
    assert _finished(lambda: DataFolder(folder).exists())
    assert (folder / "relais.db").read_bytes() == b"restored database"
    assert (folder / "keyslots.json").read_bytes() == b"restored slots"
    assert sorted(path.name for path in folder.iterdir()
                  if not path.name.endswith(".lock")) == ["keyslots.json", "relais.db"]

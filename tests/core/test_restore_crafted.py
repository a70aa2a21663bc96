"""Crafted backups (issue 10, point 4): each is refused with one clear line in well under a
second, and the data folder is byte-identical afterwards, with no staging folder left."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.core.errors import UserError
from desktop.core.services.safety import backups, restore
from desktop.core.store import restore_files
from desktop.core.store.datafolder import DataFolder
from tests.helpers import crafted_backups, folders
from tests.helpers.safety import open_case


@pytest.fixture(scope="module")
def real_backup(_template: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    data = tmp_path_factory.mktemp("crafted") / "data"
    shutil.copytree(_template[0], data, ignore=shutil.ignore_patterns("*.lock"))
    vault = folders.login(DataFolder(data))
    open_case(vault)
    path = backups.make_backup(vault, data.parent / "real.relaisbak").path
    vault.close()
    return path


def _tree(folder: DataFolder) -> dict[str, bytes | None]:
    return {str(p.relative_to(folder.path)): (p.read_bytes() if p.is_file() else None)
            for p in sorted(folder.path.rglob("*")) if p.name != "relais.lock"}


def _refused_quickly(folder: DataFolder, crafted: Path, limit: float) -> UserError:
    before = _tree(folder)
    started = time.perf_counter()
    with pytest.raises(UserError) as refused:
        restore.restore_backup(folder, crafted, username=folders.ADMIN,
                               password=folders.ADMIN_PASSWORD)
    elapsed = time.perf_counter() - started
    assert elapsed < limit, f"{crafted.name}: {elapsed:.2f} s"
    assert "\n" not in str(refused.value)
    assert _tree(folder) == before
    assert not (folder.path / restore_files.STAGING).exists()
    return refused.value


@pytest.mark.parametrize("name", sorted(crafted_backups.BEFORE_ANY_KDF))
def test_a_crafted_file_is_refused_before_any_password_is_tried(
        folder: DataFolder, real_backup: Path, tmp_path: Path, name: str) -> None:
    crafted = crafted_backups.BEFORE_ANY_KDF[name](real_backup, tmp_path / "crafted.relaisbak")
    error = _refused_quickly(folder, crafted, limit=0.25)  # no Argon2 (about 0.3 s) was run
    assert "backup" in str(error)


@pytest.mark.parametrize("name", sorted(crafted_backups.AFTER_THE_KDF))
def test_a_crafted_database_is_refused_after_the_password(
        folder: DataFolder, real_backup: Path, tmp_path: Path, name: str) -> None:
    crafted = crafted_backups.AFTER_THE_KDF[name](real_backup, tmp_path / "crafted.relaisbak")
    error = _refused_quickly(folder, crafted, limit=1.0)
    assert "backup is damaged" in str(error)

"""Crafted backups (issue 10, point 4): each is refused with one clear line, before any password
is tried where the file itself gives it away (no Argon2 run: the cost an attacker could impose),
and the data folder is byte-identical afterwards, with no staging folder left. Wall-clock speed is
the benchmarks' business, not these tests'."""

from __future__ import annotations

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


def _refused(folder: DataFolder, crafted: Path, runs: list[object], expected: int) -> UserError:
    before = _tree(folder)
    with pytest.raises(UserError) as refused:
        restore.restore_backup(folder, crafted, username=folders.ADMIN,
                               password=folders.ADMIN_PASSWORD)
    assert len(runs) == expected, f"{len(runs)} Argon2 runs before the refusal"
    assert "\n" not in str(refused.value)
    assert _tree(folder) == before
    assert not (folder.path / restore_files.STAGING).exists()
    return refused.value


@pytest.mark.parametrize("name", sorted(crafted_backups.BEFORE_ANY_KDF))
def test_a_crafted_file_is_refused_before_any_password_is_tried(
        folder: DataFolder, real_backup: Path, tmp_path: Path, name: str,
        argon2_runs: list[object]) -> None:
    crafted = crafted_backups.BEFORE_ANY_KDF[name](real_backup, tmp_path / "crafted.relaisbak")
    error = _refused(folder, crafted, argon2_runs, expected=0)
    assert "backup" in str(error)


@pytest.mark.parametrize("name", sorted(crafted_backups.AFTER_THE_KDF))
def test_a_crafted_database_is_refused_after_the_password(
        folder: DataFolder, real_backup: Path, tmp_path: Path, name: str,
        argon2_runs: list[object]) -> None:
    crafted = crafted_backups.AFTER_THE_KDF[name](real_backup, tmp_path / "crafted.relaisbak")
    error = _refused(folder, crafted, argon2_runs, expected=1)  # the password's one run, no more
    assert "backup is damaged" in str(error)

"""Fixtures: a real encrypted data folder per test, built once per session and copied."""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.core.i18n import set_language
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from tests.helpers import folders


@pytest.fixture(autouse=True)
def _english_messages() -> Iterator[None]:
    """Core messages in English by default in tests (GUI tests choose French themselves)."""
    set_language("en")
    yield
    set_language("fr")


@pytest.fixture
def today() -> date:
    """The day this test runs, read when it starts.

    Never read "today" at import: pytest imports every module at collection, and a run that
    crosses midnight would then test yesterday against services already in the new day
    (``tests/test_no_today_at_import.py`` keeps it so).
    """
    return date.today()


@pytest.fixture(autouse=True, scope="session")
def _argon2_once_per_input() -> Iterator[None]:
    """The real Argon2 runs once per distinct (password, salt, cost) in a test process.

    Argon2id is a pure function: the same inputs always give the same key, so remembering it
    changes no byte the tests read or write (every database is still opened with the key the
    real Argon2 derived). Every test copies one template folder, hence the same slots and salts,
    and each login would otherwise pay 0.2 s for a key already known. A wrong password, a new
    salt or a raised cost is a new input: Argon2 runs for it, as in the application. The
    ``argon2_runs`` fixture still sees every derivation asked for.
    """
    from desktop.core.store import keyslots

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyslots, "derive_key", functools.cache(keyslots.derive_key))
        yield


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    # Mutation testing runs the tests once per mutant: the folder is then built once, by the
    # unmutated code of the baseline run, and kept in RELAIS_MUTATION_TEMPLATE (tests/mutation).
    kept = os.environ.get("RELAIS_MUTATION_TEMPLATE")
    if kept and (Path(kept) / "recovery").exists():
        return Path(kept) / "data", (Path(kept) / "recovery").read_text()
    path = tmp_path_factory.mktemp("template") / "data"
    folder, recovery = folders.new_folder(path)
    folders.with_staff(folder)
    if kept:
        shutil.copytree(path, Path(kept) / "data", ignore=shutil.ignore_patterns("*.lock"))
        (Path(kept) / "recovery").write_text(recovery)
    return path, recovery


@pytest.fixture
def folder(_template: tuple[Path, str], tmp_path: Path) -> DataFolder:
    """A data folder with admin, supervisor and two case workers (a fresh copy per test)."""
    target = tmp_path / "data"
    shutil.copytree(_template[0], target, ignore=shutil.ignore_patterns("*.lock"))
    return DataFolder(target)


@pytest.fixture
def recovery_key(_template: tuple[Path, str]) -> str:
    """The recovery key of the ``folder`` fixture."""
    return _template[1]


@pytest.fixture
def admin(folder: DataFolder) -> Iterator[Vault]:
    """The administrator logged in."""
    vault = folders.login(folder, folders.ADMIN)
    yield vault
    vault.close()


@pytest.fixture
def supervisor(folder: DataFolder) -> Iterator[Vault]:
    """The supervisor logged in."""
    vault = folders.login(folder, folders.SUPERVISOR)
    yield vault
    vault.close()


@pytest.fixture
def caseworker(folder: DataFolder) -> Iterator[Vault]:
    """Case worker ``awa`` logged in."""
    vault = folders.login(folder, folders.CASEWORKER)
    yield vault
    vault.close()


@pytest.fixture
def argon2_runs(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The Argon2 parameters of every key derivation from now on (the real function runs)."""
    from desktop.core.store import keyslots

    runs: list[object] = []
    real = keyslots.derive_key

    def counting(secret: str, salt: bytes, params: keyslots.KdfParams) -> bytes:
        runs.append(params)
        return real(secret, salt, params)

    monkeypatch.setattr(keyslots, "derive_key", counting)
    return runs

"""GUI fixtures: isolated QSettings and translation cache, a shell over a data folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs, translations
from desktop.gui.shell import Shell


@pytest.fixture(scope="session")
def _qm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("qm")


@pytest.fixture(autouse=True)
def _isolated_gui(tmp_path: Path, _qm_cache: Path, monkeypatch: pytest.MonkeyPatch,
                  qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Settings in a temporary folder, compiled translations cached per session, no dialog
    left scripted, and back to English (no translator) after each test."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    monkeypatch.setattr(translations, "cache_dir", lambda: _qm_cache)
    dialogs.reset()
    yield
    dialogs.reset()
    translations.install("en")


@pytest.fixture
def make_shell(qtbot) -> Iterator[Callable[..., Shell]]:  # type: ignore[no-untyped-def]
    """Build a started shell over a folder; locks and closes everything afterwards."""
    shells: list[Shell] = []

    def make(folder: DataFolder, **kwargs: object) -> Shell:
        shell = Shell(folder, **kwargs)  # type: ignore[arg-type]
        shells.append(shell)
        shell.start()
        for window in shell.windows():
            qtbot.addWidget(window)
        return shell

    yield make
    for shell in shells:
        if shell.vault is not None:
            shell.vault.close()
            shell.vault = None
        shell.idle.uninstall()
        for window in shell.windows():
            window.close()
            window.deleteLater()

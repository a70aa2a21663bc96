"""First run in the language a person chooses (issue 11, point 7): ``relais --lang en`` and
the language list of the setup wizard."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.core import i18n
from desktop.core.store.datafolder import DataFolder
from desktop.gui import prefs
from desktop.gui.setup_wizard import SetupWizard
from tests.gui.util import type_into


def _start(tmp_path: Path, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", RELAIS_SMOKE_QUIT_MS="300",
               HOME=str(tmp_path / "home"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-m", "desktop", *args, "--data",
                             str(tmp_path / "data")], capture_output=True, text=True,
                            env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_relais_lang_en_starts_in_english_and_remembers_it(tmp_path: Path) -> None:
    assert _start(tmp_path) == "setup wizard shown: Relais — première installation"
    assert _start(tmp_path, "--lang", "en") == "setup wizard shown: Relais — first setup"
    assert _start(tmp_path) == "setup wizard shown: Relais — first setup"  # remembered


def test_the_wizard_offers_the_language_and_keeps_what_was_typed(qtbot, make_shell,
                                                                 tmp_path: Path) -> None:
    shell = make_shell(DataFolder(tmp_path / "new"), language="fr")
    wizard = shell.wizard
    assert isinstance(wizard, SetupWizard)
    assert wizard.windowTitle() == "Relais — première installation"
    assert wizard.language.currentData() == "fr" and wizard.language.count() == 2
    type_into(qtbot, wizard, "organisation", "ONG Essai")
    type_into(qtbot, wizard, "password", "un long mot de passe")
    wizard.language.setCurrentIndex(wizard.language.findData("en"))
    english = shell.wizard
    assert isinstance(english, SetupWizard) and english is not wizard
    qtbot.addWidget(english)
    assert english.isVisible() and english.windowTitle() == "Relais — first setup"
    assert english.language.currentData() == "en"
    assert english.organisation.text() == "ONG Essai"  # type: ignore[attr-defined]
    assert english.password.text() == ""  # type: ignore[attr-defined]  # never carried
    assert i18n.current_language() == "en" and prefs.language() == "en"

"""The login window comes before the heavy imports (issue 13, point 4).

Each check runs in a fresh Python process (the test process has long imported everything):
it starts the GUI's way to the login window, then lists which heavy modules are loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli.main import gui_arguments

HEAVY = ("sqlalchemy", "alembic", "desktop.core.store.models", "desktop.core.services.session",
         "desktop.gui.main_window", "reportlab", "openpyxl",
         # the key slots' Argon2 and cryptography, and the file lock: about 90 ms together
         "desktop.core.store.keyslots", "argon2", "cryptography", "filelock")

SHOW_LOGIN = """
import json, sys
from pathlib import Path
from desktop.gui.app import make_application
from desktop.gui.shell import Shell
from desktop.core.store.datafolder import DataFolder
app = make_application()
shell = Shell(DataFolder(Path(sys.argv[1])))
shell.start()
heavy = [m for m in json.loads(sys.argv[2]) if m in sys.modules]
print(json.dumps({"shown": shell.login is not None and shell.login.isVisible(), "heavy": heavy}))
"""

LOGIN_MODULES = """
import json, sys
import desktop.cli.main, desktop.gui.app, desktop.gui.shell, desktop.gui.login_window
print(json.dumps([m for m in json.loads(sys.argv[1]) if m in sys.modules]))
"""


def _python(code: str, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=120, check=True)
    return done.stdout.strip().splitlines()[-1]


def test_the_login_window_modules_import_none_of_the_heavy_ones() -> None:
    assert json.loads(_python(LOGIN_MODULES, json.dumps(HEAVY))) == []


def test_the_login_window_is_shown_before_sqlalchemy_the_models_and_the_main_window(
        folder) -> None:  # type: ignore[no-untyped-def]
    result = json.loads(_python(SHOW_LOGIN, str(folder.path), json.dumps(HEAVY)))
    assert result == {"shown": True, "heavy": []}


@pytest.mark.parametrize(("argv", "expected"), [
    ([], (None,)),
    (["--data", "D"], ("D",)),
    (["--lang", "en", "--data=D"], ("D",)),
    (["--lang=fr"], (None,)),
    (["--lang", "xx"], None),  # argparse answers it (usage error)
    (["--data"], None),
    (["--version"], None),
    (["backup", "--data", "D"], None),
])
def test_only_a_bare_gui_command_line_skips_the_subcommands(argv, expected) -> None:  # type: ignore[no-untyped-def]
    assert gui_arguments(argv) == expected


def test_a_login_typed_before_the_background_load_ends_finishes_the_start_first(
        qtbot, folder) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from desktop.core.services.safety import backups
    from desktop.gui import app
    from desktop.gui.shell import Shell
    from tests.helpers import folders

    shell = Shell(folder)
    seen: list[object] = []
    shell.before_login = lambda: (seen.append(shell.vault), app._finish_start(shell))
    shell.start()
    login = shell.login
    assert login is not None and shell.restore_handler is None
    try:
        login.findChild(QLineEdit, "username").setText(folders.CASEWORKER)
        login.findChild(QLineEdit, "password").setText(folders.PASSWORD)
        login.findChild(QPushButton, "login").click()
        qtbot.waitUntil(lambda: shell.main is not None and shell.main.isVisible())
        assert seen == [None]  # before the database was opened
        assert shell.restore_handler is not None  # the restore offer is installed
        assert backups._deferred["on"]  # the daily backup runs off the GUI thread
    finally:
        backups.defer_daily_backups(False)
        if shell.vault is not None:
            shell.vault.close()
        shell.idle.uninstall()
        for window in shell.windows():
            window.close()

"""Start the GUI: ``relais`` with no subcommand."""

from __future__ import annotations

import importlib
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__
from desktop.core.errors import UserError
from desktop.core.paths import default_data_dir
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs, look, prefs
from desktop.gui.shell import Shell


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Known errors become their message; bugs a plain sentence (traceback to stderr only)."""
    if isinstance(value, UserError):
        dialogs.show_error(QApplication.activeWindow(), value)
        return
    traceback.print_exception(kind, value, tb, file=sys.stderr)
    if QApplication.instance() is not None:
        dialogs.show_bug(QApplication.activeWindow())


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists, as in tests)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setQuitOnLastWindowClosed(False)
    look.apply_style(app)
    app.setWindowIcon(look.icon("home"))
    return app


SMOKE_QUIT_ENV = "RELAIS_SMOKE_QUIT_MS"


def _smoke_quit(app: QApplication, shell: Shell) -> None:
    """For the installer's smoke test: ``RELAIS_SMOKE_QUIT_MS=N`` prints which window is shown
    (``login window shown: <title>``) N ms after start, then quits."""
    delay = os.environ.get(SMOKE_QUIT_ENV, "")
    if not delay.isdigit():
        return

    def report() -> None:
        shown = [w for w in shell.windows() if w.isVisible()]
        kind = "login window" if shell.login in shown else "setup wizard" if shown else "nothing"
        title = shown[0].windowTitle() if shown else ""
        print(f"{kind} shown: {title}", flush=True)
        app.quit()

    QTimer.singleShot(int(delay), report)


# Loaded in the background once the login window is shown (SQLAlchemy, the models, Alembic,
# and through them the key slots and filelock):
# the window itself needs none of them (tests/gui/test_startup_imports.py).
PRELOAD = ("desktop.core.services.session", "desktop.core.services.safety.backups",
           "desktop.core.services.safety.restore", "desktop.core.services.safety.db_upkeep",
           "desktop.core.store.migrate")


def _preload() -> None:
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except Exception:  # the login imports it again and reports the problem
            return


def _finish_start(shell: Shell) -> None:
    """The part of the start that needs the services: the restore offer and the daily backup
    off the GUI thread (``restore_flow.install``). Once; before any login."""
    if getattr(shell, "_started", False):
        return
    shell._started = True  # type: ignore[attr-defined]
    from desktop.gui import hub_sync, restore_flow

    restore_flow.install(shell)
    hub_sync.install(shell)  # the automatic sync with the hub after each login


def _when_loaded(shell: Shell, loader: threading.Thread) -> None:
    if loader.is_alive():
        QTimer.singleShot(50, lambda: _when_loaded(shell, loader))
    else:
        _finish_start(shell)


def run_gui(data_dir: str | None, language: str | None = None) -> int:
    """Show the setup wizard or the login window for ``data_dir``, in ``language`` (``relais
    --lang en``: remembered for the next start) or the one chosen last; returns the exit
    status.

    The login window comes first; the heavy modules load on a thread meanwhile, then the
    restore offer is installed. A login before that (a very quick typist) finishes the start
    itself first (``Shell.before_login``)."""
    app = make_application()
    sys.excepthook = excepthook
    folder = DataFolder(Path(data_dir) if data_dir else default_data_dir())
    if language is not None:
        prefs.set_language(language)
    shell = Shell(folder, language=language)
    shell.before_login = lambda: _finish_start(shell)
    try:
        if folder.exists():
            shell.start()
        else:  # the wizard needs the services at once
            _finish_start(shell)
            shell.start()
    except UserError as exc:
        dialogs.show_error(None, exc)
        return 1
    loader = threading.Thread(target=_preload, name="relais-preload", daemon=True)
    loader.start()
    QTimer.singleShot(0, lambda: _when_loaded(shell, loader))
    app.aboutToQuit.connect(lambda: shell.lock("logout"))
    _smoke_quit(app, shell)
    return int(app.exec())

"""Start the GUI: ``relais`` with no subcommand."""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import APP_NAME, __version__
from desktop.core.errors import UserError
from desktop.core.paths import default_data_dir
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs, look, prefs, restore_flow
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


def run_gui(data_dir: str | None, language: str | None = None) -> int:
    """Show the setup wizard or the login window for ``data_dir``, in ``language`` (``relais
    --lang en``: remembered for the next start) or the one chosen last; returns the exit
    status."""
    app = make_application()
    sys.excepthook = excepthook
    folder = DataFolder(Path(data_dir) if data_dir else default_data_dir())
    if language is not None:
        prefs.set_language(language)
    shell = Shell(folder, language=language)
    restore_flow.install(shell)
    try:
        shell.start()
    except UserError as exc:
        dialogs.show_error(None, exc)
        return 1
    app.aboutToQuit.connect(lambda: shell.lock("logout"))
    _smoke_quit(app, shell)
    return int(app.exec())

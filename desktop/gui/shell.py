"""Which window is shown when: setup wizard, login, main window; and the lock sequence.

The lock sequence follows KeePassXC's ``DatabaseWidget::lock``: wait for a save in progress,
let pages keep unsaved input as drafts, close every dialog, clear the clipboard, clear every
widget showing case data, then audit the lock, dispose of the engine and drop the key
(``session.lock``), and show the login window pre-filled with the same username.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.core.errors import UserError
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs, prefs, translations, worker
from desktop.gui.idle import IdleWatcher
from desktop.gui.login_window import LoginWindow

if TYPE_CHECKING:  # the main window, the wizard and the services (SQLAlchemy, the models,
    # Alembic) are imported when first needed, so that the login window shows at once
    from desktop.gui.main_window import MainWindow
    from desktop.gui.setup_wizard import SetupWizard

RETRY_MS = 50


def close_dialogs() -> None:
    """Close popups and every dialog (modal or not), innermost first."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for _ in range(50):
        popup = app.activePopupWidget() or app.activeModalWidget()
        if popup is None:
            break
        if isinstance(popup, QDialog):
            popup.reject()
        popup.close()
    for widget in app.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
            widget.close()


class Shell(QObject):
    """The application's windows over one data folder."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        folder: DataFolder,
        *,
        idle_ms: int | None = None,
        language: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.vault: Any = None
        self.language = language or prefs.language()
        self.idle_override = idle_ms
        self.idle = IdleWatcher(idle_ms or 5 * 60_000, self)
        self.idle.idle.connect(self.lock)
        self.wizard: SetupWizard | None = None
        self.login: LoginWindow | None = None
        self.main: MainWindow | None = None
        self.restore_handler: Any = None
        self.before_login: Callable[[], None] | None = None  # run by the login window first
        translations.install(self.language)

    # -- windows ----------------------------------------------------------------------------
    def start(self) -> None:
        """The wizard on first run, else the login window."""
        if self.folder.exists():
            self.show_login(prefs.last_username())
        else:
            self.show_setup()

    def show_setup(self) -> None:
        """The first-run wizard."""
        from desktop.gui.setup_wizard import SetupWizard

        self.wizard = SetupWizard(self.folder)
        self.wizard.completed.connect(self._setup_done)
        self.wizard.language_changed.connect(self.set_language)
        self.wizard.show()

    def _setup_done(self, vault: Any) -> None:
        if self.wizard is not None:
            self.wizard.close()
            self.wizard.deleteLater()
            self.wizard = None
        self._enter(vault)

    def show_login(self, username: str = "") -> None:
        """The login window (replacing an earlier one)."""
        if self.login is not None:
            self.login.close()
            self.login.deleteLater()
        self.login = LoginWindow(self.folder, username, self.language)
        self.login.before_submit = self.before_login
        self.login.logged_in.connect(self._enter)
        self.login.language_changed.connect(self.set_language)
        if self.restore_handler is not None:
            self.login.restore_requested.connect(self.restore_handler)
        self.login.show()
        self.login.raise_()
        self.login.activateWindow()

    def _enter(self, vault: Any) -> None:
        self.vault = vault
        if vault.actor is not None and not vault.actor.is_recovery:
            prefs.set_last_username(vault.actor.username)
        if self.login is not None:
            self.login.close()
            self.login.deleteLater()
            self.login = None
        if self.main is None:
            self._make_main()
        assert self.main is not None
        try:
            self.main.set_vault(vault)
        except UserError as exc:
            dialogs.show_error(self.main, exc)
        self.main.show()
        self.main.activateWindow()
        self.apply_idle_setting()
        self.idle.start()
        self.unlocked.emit()

    def _make_main(self, key: str | None = None) -> None:
        from desktop.gui.main_window import MainWindow

        self.main = MainWindow(self.language)
        self.main.lock_requested.connect(self.lock)
        self.main.logout_requested.connect(self.logout)
        self.main.quit_requested.connect(self.quit)
        self.main.language_requested.connect(self.set_language)
        self.main.idle_minutes_changed.connect(lambda _: self.apply_idle_setting())
        if key is not None:
            self.main.show_page(key)

    def apply_idle_setting(self) -> None:
        """Read the idle limit (minutes) set by the administrator, unless a test set one."""
        if self.idle_override is not None or self.vault is None:
            return
        from desktop.core.services.accounts import settings

        try:
            minutes = int(settings.get(self.vault, "idle_lock_minutes"))
        except UserError:
            minutes = 5
        self.idle.set_interval(minutes * 60_000)

    # -- language -------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch the GUI and core language, remember it, and rebuild the windows."""
        if lang == self.language:
            return
        self.language = lang
        prefs.set_language(lang)
        translations.install(lang)
        if self.wizard is not None and self.wizard.key_view is None:
            old_wizard, typed = self.wizard, self.wizard.typed()
            self.show_setup()
            assert self.wizard is not None
            self.wizard.fill(typed)
            old_wizard.close()
            old_wizard.deleteLater()
        if self.login is not None:
            self.show_login(self.login.username.text())
        if self.main is not None and self.vault is not None:
            old, key = self.main, self.main.current_key()
            geometry = old.saveGeometry()
            old.prepare_lock()
            old.clear()
            self._make_main(key)
            assert self.main is not None
            self.main.restoreGeometry(geometry)
            self.main.set_vault(self.vault)
            self.main.show()
            old.hide()
            old.deleteLater()

    # -- lock -------------------------------------------------------------------------------
    def lock(self, reason: str = "lock") -> bool:
        """Run the lock sequence; False (and retried shortly) while work is still running."""
        if self.vault is None:
            return True
        worker.cancel_all()
        if worker.running():
            QTimer.singleShot(RETRY_MS, lambda: self.lock(reason))
            return False
        self.idle.stop()
        username = (
            ""
            if self.vault.actor is None or self.vault.actor.is_recovery
            else self.vault.actor.username
        )
        if self.main is not None:
            self.main.prepare_lock()
        close_dialogs()
        QGuiApplication.clipboard().clear()
        where = None
        if self.main is not None:
            self.main.clear()
            where = (self.main.geometry(), self.main.windowState())
            self.main.hide()
        vault, self.vault = self.vault, None
        from desktop.core.services import session

        session.lock(vault, reason=reason)
        self.locked.emit()
        self.show_login(username if reason == "lock" else "")
        if where is not None and self.login is not None:
            # The lock screen takes the main window's place and size (not a small window
            # beside an empty one).
            self.login.setGeometry(where[0])
            self.login.setWindowState(where[1])
            self.login.show_locked(reason == "lock")
        return True

    def logout(self) -> None:
        """Lock, and show an empty login window."""
        self.lock("logout")

    def quit(self) -> None:
        """Log out (if needed) and end the application."""
        if self.vault is not None and not self.lock("logout"):
            QTimer.singleShot(RETRY_MS, self.quit)
            return
        for window in (self.login, self.main, self.wizard):
            if window is not None:
                window.close()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def windows(self) -> list[QWidget]:
        """The shell's windows that exist now (for tests and screenshots)."""
        return [w for w in (self.wizard, self.login, self.main) if w is not None]

"""The login window: username and password (or the recovery key), and the language."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import DamagedData, UserError, WrongPassword
from desktop.core.store.datafolder import DataFolder
from desktop.gui import login_worker, look

translate = QCoreApplication.translate

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}
W = TypeVar("W", bound=QObject)


class LoginWindow(QWidget):
    """Emits ``logged_in(vault)``; ``stage_shown(text)`` as a long login (a schema upgrade)
    shows what it does; ``restore_requested`` when the database is damaged and the
    person asks to restore a backup; ``language_changed(code)`` when another language is
    chosen."""

    logged_in = Signal(object)
    stage_shown = Signal(str)  # a stage of a long login (an upgrade), once on the screen
    restore_requested = Signal()
    language_changed = Signal(str)

    def __init__(
        self,
        folder: DataFolder,
        username: str = "",
        language: str = "fr",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self.recovery_mode = False
        self.before_submit: Callable[[], None] | None = None  # e.g. finish the start-up
        self.setWindowTitle(translate("LoginWindow", "Relais — log in"))
        form = look.load_form("login", self)  # ui/login.ui: a card in the middle
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.locked_note = self._child(QLabel, "locked_note")
        self.locked_note.hide()
        self.intro = self._child(QLabel, "intro")
        self.username = self._child(QLineEdit, "username")
        self.username.setText(username)
        self.password = self._child(QLineEdit, "password")
        self.recovery_key = self._child(QLineEdit, "recovery_key")
        self.language = self._child(QComboBox, "language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(
            lambda _: self.language_changed.emit(self.language.currentData())
        )
        self.form = self._child(QFormLayout, "form")
        self.form.setRowVisible(self.recovery_key, False)
        self.message = self._child(QLabel, "message")
        self.message.hide()
        self._add_stage_line()
        self.restore_button = self._child(QPushButton, "restore")
        self.restore_button.setIcon(look.icon("restore"))
        self.restore_button.hide()
        self.restore_button.clicked.connect(self.restore_requested)
        self.login_button = self._child(QPushButton, "login")
        self.login_button.setIcon(look.icon("login"))
        self.login_button.clicked.connect(self.submit)
        self.switch_link = self._child(QPushButton, "use_recovery")
        self.switch_link.setStyleSheet("color: #1a5fb4; text-decoration: underline;")
        self.switch_link.clicked.connect(self.toggle_recovery)
        for field in (self.username, self.password, self.recovery_key):
            field.returnPressed.connect(self.submit)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.username.textChanged.connect(lambda _: self._tick())
        self.resize(560, 420)
        (self.password if username else self.username).setFocus()

    def _child(self, kind: type[W], name: str) -> W:
        child = self.findChild(kind, name)
        assert child is not None, f"ui/login.ui has no {kind.__name__} {name}"
        return child

    def _add_stage_line(self) -> None:
        """Below the message: what a long login (a schema upgrade) is doing, and a busy bar;
        both hidden until the core tells a stage."""
        self.busy = False
        self.stage = QLabel(self)
        self.stage.setObjectName("stage")
        self.stage.setWordWrap(True)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busy_bar")
        self.busy_bar.setRange(0, 0)  # no end known: a moving bar
        self.busy_bar.setTextVisible(False)
        card = self._child(QVBoxLayout, "card")
        at = card.indexOf(self.message) + 1
        card.insertWidget(at, self.stage)
        card.insertWidget(at + 1, self.busy_bar)
        self.stage.hide()
        self.busy_bar.hide()

    def _show_stage(self, text: str) -> None:
        """Called in the GUI thread with each stage of the upgrade (see ``login_worker``)."""
        self.stage.setText(text)
        self.stage.show()
        self.busy_bar.show()
        self.stage_shown.emit(text)

    def _set_busy(self, busy: bool) -> None:
        """While the login runs off the GUI thread, nothing can be typed, clicked or closed."""
        self.busy = busy
        for widget in (self.username, self.password, self.recovery_key, self.language,
                       self.switch_link, self.restore_button):
            widget.setEnabled(not busy)
        if busy:
            self.login_button.setEnabled(False)
        else:
            self.stage.hide()
            self.busy_bar.hide()
            self._tick()  # the button, as the countdown of wrong tries allows

    def closeEvent(self, event: QCloseEvent) -> None:
        """Not while the login (perhaps an upgrade) runs: it finishes, or rolls back, first."""
        if self.busy:
            event.ignore()
            return
        super().closeEvent(event)

    def show_locked(self, locked: bool = True) -> None:
        """Say that the session is locked (the window then covers the main window), in place
        of the greeting."""
        self.locked_note.setVisible(locked)
        self.intro.setVisible(not locked)

    # -- modes ------------------------------------------------------------------------------
    def toggle_recovery(self) -> None:
        """Switch between password and recovery-key login."""
        self.recovery_mode = not self.recovery_mode
        self.form.setRowVisible(self.username, not self.recovery_mode)
        self.form.setRowVisible(self.password, not self.recovery_mode)
        self.form.setRowVisible(self.recovery_key, self.recovery_mode)
        self.intro.setText(
            translate("LoginWindow", "Type the recovery key written down at setup.")
            if self.recovery_mode
            else translate("LoginWindow", "Log in with your username and password.")
        )
        self.switch_link.setText(
            translate("LoginWindow", "Use a password")
            if self.recovery_mode
            else translate("LoginWindow", "Use the recovery key")
        )
        self._show_message("")
        self._tick()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- logging in ---------------------------------------------------------------------------
    def submit(self) -> None:
        """Try to unlock; on success emit ``logged_in``."""
        if not self.login_button.isEnabled():
            return
        if not self.recovery_mode and not self.username.text().strip():
            self._show_message(translate("LoginWindow", "Type your username."))
            self.username.setFocus()
            return
        self.restore_button.hide()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.before_submit is not None:
                self.before_submit()
            # Imported here: the window is shown before SQLAlchemy, the models and Alembic
            # are loaded (app.run_gui loads them in the background meanwhile).
            from desktop.core.services import session

            folder, key = self.folder, self.recovery_key.text()
            username, password = self.username.text(), self.password.text()
            self._set_busy(True)
            try:  # off the GUI thread: an upgrade after a new version can take minutes
                vault = login_worker.run(
                    (lambda progress: session.login_with_recovery(folder, key, progress))
                    if self.recovery_mode
                    else (lambda progress: session.login(folder, username, password, progress)),
                    self._show_stage)
            finally:
                self._set_busy(False)
        except WrongPassword as exc:
            text = str(exc)
            if self.wait_seconds():
                text += "\n" + translate(
                    "LoginWindow",
                    "Too many tries: wait for the countdown on the button, then try again.",
                )
            self._show_message(text)
            (self.recovery_key if self.recovery_mode else self.password).clear()
            (self.recovery_key if self.recovery_mode else self.password).setFocus()
            self._tick()
            return
        except DamagedData as exc:
            self._show_message(str(exc))
            self.restore_button.show()
            return
        except UserError as exc:
            self._show_message(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password.clear()
        self.recovery_key.clear()
        self._show_message("")
        self.logged_in.emit(vault)

    def _who(self) -> str:
        from desktop.core.store import keyslots  # Argon2 and cryptography: after the window

        return keyslots.RECOVERY if self.recovery_mode else self.username.text().strip()

    def wait_seconds(self) -> int:
        """Seconds before the next try is allowed (after repeated wrong passwords)."""
        who = self._who()
        return int(self.folder.throttle.wait_seconds(who) + 0.999) if who else 0

    def _tick(self) -> None:
        wait = self.wait_seconds()
        self.login_button.setEnabled(wait == 0)
        if wait:
            self.login_button.setText(translate("LoginWindow", "Wait {n} s").format(n=wait))
            self._countdown.start()
        else:
            self.login_button.setText(translate("LoginWindow", "Log in"))
            self._countdown.stop()

"""First run: create the organisation, the site and the first administrator, then show the
recovery key once."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import i18n
from desktop.core.errors import UserError, ValidationError
from desktop.core.services import session
from desktop.core.services.accounts.permissions import Role
from desktop.core.store.datafolder import DataFolder
from desktop.gui import dialogs, look
from desktop.gui.forms import FieldErrors
from desktop.gui.login_window import LANGUAGE_NAMES
from desktop.gui.recovery_view import RecoveryKeyView

translate = QCoreApplication.translate
# The text fields of ui/setup_wizard.ui, keyed like the service's ValidationError.errors.
FIELDS = ("organisation", "site", "region", "address", "phone", "email", "username",
          "full_name", "password", "password2")


class SetupWizard(QWidget):
    """Two steps: the form (``ui/setup_wizard.ui``), then the recovery key. Emits
    ``completed(vault)`` at the end, and ``language_changed(code)`` when another language is
    chosen on the form (the shell then builds the wizard again in that language, with what
    was typed)."""

    completed = Signal(object)
    language_changed = Signal(str)

    def __init__(self, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.vault: Any = None
        self.key_view: RecoveryKeyView | None = None
        form = look.load_form("setup_wizard", self)  # ui/setup_wizard.ui: a card in the middle
        self.setWindowTitle(form.windowTitle())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.stack = look.child(form, QStackedWidget, "stack")
        look.child(form, QLabel, "data_folder").setText(str(self.folder.path))
        self.language = look.child(form, QComboBox, "language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(
            lambda _: self.language_changed.emit(self.language.currentData()))
        self.errors = FieldErrors()
        grid = look.child(form, QFormLayout, "form")
        self.fields = {key: self.errors.attach(grid, key, look.child(form, QLineEdit, key))
                       for key in FIELDS}  # each with its (hidden) message right under it
        self.organisation, self.site, self.region = (self.fields[key] for key in
                                                     ("organisation", "site", "region"))
        self.username, self.full_name = self.fields["username"], self.fields["full_name"]
        self.password, self.password2 = self.fields["password"], self.fields["password2"]
        # Checked in the form: in a small centre one person does both.
        self.supervises = look.child(form, QCheckBox, "admin_supervises")
        self.create_button = look.child(form, QPushButton, "create")
        self.create_button.clicked.connect(self.create_database)
        self.password2.returnPressed.connect(self.create_database)
        self.resize(680, 600)

    def typed(self) -> dict[str, str]:
        """What is typed in the form's text fields but the passwords (to carry it over)."""
        return {key: field.text() for key, field in self.fields.items()
                if key not in ("password", "password2")}

    def fill(self, values: dict[str, str]) -> None:
        """Put back what :meth:`typed` gave."""
        for key, text in values.items():
            if key in self.fields:
                self.fields[key].setText(text)

    def _text(self, key: str) -> str:
        return self.fields[key].text()

    def create_database(self) -> None:
        """Validate, create the encrypted database, then show the recovery key."""
        if (unicodedata.normalize("NFC", self._text("password"))
                != unicodedata.normalize("NFC", self._text("password2"))):
            self.errors.show({"password2": translate("SetupWizard", "The two passwords differ.")})
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.vault, key = session.initialise(
                self.folder,
                organisation=self._text("organisation"),
                site=self._text("site"),
                region=self._text("region").strip() or None,
                admin_username=self._text("username"),
                admin_password=self._text("password"),
                admin_full_name=self._text("full_name"),
                contacts={key: self._text(key) for key in ("address", "phone", "email")},
                language=i18n.current_language(),
                admin_role=Role.ADMIN_SUPERVISOR if self.supervises.isChecked()
                else Role.ADMINISTRATOR,
            )
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.errors.clear()
        self.password.clear()
        self.password2.clear()
        self.key_view = RecoveryKeyView(key, self._text("organisation"))
        self.key_view.confirmed.connect(self._finish)
        self.stack.addWidget(self.key_view)
        self.stack.setCurrentWidget(self.key_view)

    def _finish(self) -> None:
        vault, self.vault = self.vault, None
        if self.key_view is not None:
            self.key_view.key_label.clear()
            self.key_view.key = ""
        self.completed.emit(vault)

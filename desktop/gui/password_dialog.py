"""*Change my password* (session menu): the form of ``ui/change_password.ui`` over
``password_change.change_my_password``."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, ValidationError
from desktop.core.services.accounts import password_change
from desktop.gui import dialogs, look

translate = QCoreApplication.translate
FIELDS = ("current_password", "new_password", "confirm_password")


class ChangePasswordDialog(QDialog):
    """Current password, new one twice; *OK* changes it (the dialog stays open on a mistake,
    with the message under the form and the cursor in the field to correct)."""

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.form = look.load_form("change_password", self)
        self.setObjectName("change_password")
        self.setWindowTitle(self.form.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.fields = {name: cast(QLineEdit, self.findChild(QLineEdit, name)) for name in FIELDS}
        self.message = cast(QLabel, self.findChild(QLabel, "message"))
        self.message.hide()
        buttons = cast(QDialogButtonBox, self.findChild(QDialogButtonBox, "buttons"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.fields["current_password"].setFocus()

    def submit(self) -> None:
        """Change the password, or say what to correct."""
        texts = {name: field.text() for name, field in self.fields.items()}
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            password_change.change_my_password(self.vault, texts["current_password"],
                                               texts["new_password"], texts["confirm_password"])
        except ValidationError as exc:
            self._problem(exc.errors)
            return
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        for field in self.fields.values():
            field.clear()
        self.accept()
        dialogs.inform(self.parentWidget(), translate(
            "ChangePasswordDialog", "Your password is changed. Use the new one from now on."),
            translate("ChangePasswordDialog", "Change my password"))

    def _problem(self, errors: dict[str, str]) -> None:
        name = next((key for key in FIELDS if key in errors), "current_password")
        self.message.setText(errors.get(name) or next(iter(errors.values()), ""))
        self.message.show()
        self.fields[name].clear()
        if name == "new_password":
            self.fields["confirm_password"].clear()
        self.fields[name].setFocus()

    def reject(self) -> None:
        """Close; nothing typed is kept."""
        for field in self.fields.values():
            field.clear()
        super().reject()

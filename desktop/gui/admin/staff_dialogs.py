"""Dialogs of the administration page: add a person, set a new password."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, ValidationError
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.accounts.permissions import Role, role_label
from desktop.gui import dialogs
from desktop.gui.forms import FieldErrors, line_field, password_field

translate = QCoreApplication.translate


class _FormDialog(QDialog):
    """A form with errors beside fields; ``save()`` calls the service, OK only on success."""

    password: QLineEdit
    password2: QLineEdit

    def __init__(self, vault: Any, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(440)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._try_save)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.buttons)

    def _passwords_differ(self) -> bool:
        if (unicodedata.normalize("NFC", self.password.text())
                != unicodedata.normalize("NFC", self.password2.text())):
            self.errors.show({"password2": translate("StaffDialogs", "The two passwords differ.")})
            return True
        return False

    def save(self) -> None:
        """Call the service (raise ``UserError`` to stay open)."""
        raise NotImplementedError

    def _try_save(self) -> None:
        if self._passwords_differ():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.save()
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


class AddPersonDialog(_FormDialog):
    """Username, full name, role and password (twice) of a new staff account."""

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(vault, translate("StaffDialogs", "Add a person"), parent)
        self.username = self.errors.add_row(
            self.form, "username", translate("StaffDialogs", "Username"), line_field("username")
        )
        self.full_name = self.errors.add_row(
            self.form, "full_name", translate("StaffDialogs", "Full name"), line_field("full_name")
        )
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_label(role), role.value)
        self.errors.add_row(self.form, "role", translate("StaffDialogs", "Role"), self.role)
        self.password = self.errors.add_row(
            self.form, "password", translate("StaffDialogs", "Password"), password_field("password")
        )
        self.password2 = self.errors.add_row(
            self.form,
            "password2",
            translate("StaffDialogs", "Password again"),
            password_field("password2"),
        )
        hint = QLabel(
            translate(
                "StaffDialogs",
                "Give the password to the person in private; they can change it later.",
            )
        )
        hint.setWordWrap(True)
        self.layout_.insertWidget(1, hint)

    def save(self) -> None:
        accounts.add_person(
            self.vault,
            self.username.text(),
            self.role.currentData(),
            self.password.text(),
            self.full_name.text(),
        )


class ResetPasswordDialog(_FormDialog):
    """A new password (twice) for someone who forgot theirs."""

    def __init__(self, vault: Any, username: str, parent: QWidget | None = None) -> None:
        super().__init__(
            vault,
            translate("StaffDialogs", "New password for {name}").format(name=username),
            parent,
        )
        self.target = username
        self.password = self.errors.add_row(
            self.form,
            "password",
            translate("StaffDialogs", "New password"),
            password_field("password"),
        )
        self.password2 = self.errors.add_row(
            self.form,
            "password2",
            translate("StaffDialogs", "Password again"),
            password_field("password2"),
        )

    def save(self) -> None:
        accounts.reset_password(self.vault, self.target, self.password.text())

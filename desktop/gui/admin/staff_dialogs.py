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
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, ValidationError
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.accounts.permissions import Role, role_label
from desktop.gui import dialogs, look
from desktop.gui.forms import FieldErrors, password_field

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
        # The fields come from ui/person.ui; the base dialog's empty form is replaced by it.
        person = look.load_form("person", self)
        self.layout_.removeItem(self.form)
        self.layout_.insertWidget(0, person)
        form = person.findChild(QFormLayout, "form")
        assert form is not None
        self.form = form
        self.username = self.errors.attach(form, "username", self._line(person, "username"))
        self.full_name = self.errors.attach(form, "full_name", self._line(person, "full_name"))
        role = person.findChild(QComboBox, "role")
        assert role is not None
        self.role = role
        for value in Role:
            self.role.addItem(role_label(value), value.value)
        self.errors.attach(form, "role", self.role)
        self.password = self.errors.attach(form, "password", self._line(person, "password"))
        self.password2 = self.errors.attach(form, "password2", self._line(person, "password2"))

    @staticmethod
    def _line(form: QWidget, name: str) -> QLineEdit:
        field = form.findChild(QLineEdit, name)
        assert field is not None, f"ui/person.ui has no field {name}"
        return field

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

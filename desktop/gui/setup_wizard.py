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
    QHBoxLayout,
    QLabel,
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
from desktop.gui import dialogs
from desktop.gui.forms import FieldErrors, line_field, password_field
from desktop.gui.login_window import LANGUAGE_NAMES
from desktop.gui.recovery_view import RecoveryKeyView

translate = QCoreApplication.translate


class SetupWizard(QWidget):
    """Two steps: the form, then the recovery key. Emits ``completed(vault)`` at the end, and
    ``language_changed(code)`` when another language is chosen on the form (the shell then
    builds the wizard again in that language, with what was typed)."""

    completed = Signal(object)
    language_changed = Signal(str)

    def __init__(self, folder: DataFolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.vault: Any = None
        self.key_view: RecoveryKeyView | None = None
        self.setWindowTitle(translate("SetupWizard", "Relais — first setup"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._form_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.resize(620, 560)

    def _form_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            translate(
                "SetupWizard",
                "<h2>Welcome to Relais</h2><p>Set up this computer: your "
                "organisation, your site and the first administrator. The data will "
                "be kept encrypted in:</p>",
            )
        )
        intro.setWordWrap(True)
        where = QLabel(str(self.folder.path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        self.errors = FieldErrors()
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(
            lambda _: self.language_changed.emit(self.language.currentData()))
        form.addRow(translate("SetupWizard", "Language"), self.language)
        self.organisation = self.errors.add_row(
            form,
            "organisation",
            translate("SetupWizard", "Organisation"),
            line_field("organisation"),
        )
        self.site = self.errors.add_row(
            form, "site", translate("SetupWizard", "Site"), line_field("site")
        )
        self.region = self.errors.add_row(
            form, "region", translate("SetupWizard", "Region (optional)"), line_field("region")
        )
        # The letterhead of referral letters: how a provider answers (optional, Administration).
        for key, label in (("address", translate("SetupWizard", "Address (optional)")),
                           ("phone", translate("SetupWizard", "Phone (optional)")),
                           ("email", translate("SetupWizard", "E-mail (optional)"))):
            self.errors.add_row(form, key, label, line_field(key))
        self.username = self.errors.add_row(
            form,
            "username",
            translate("SetupWizard", "Administrator's username"),
            line_field("username"),
        )
        self.full_name = self.errors.add_row(
            form, "full_name", translate("SetupWizard", "Full name"), line_field("full_name")
        )
        self.password = self.errors.add_row(
            form, "password", translate("SetupWizard", "Password"), password_field("password")
        )
        self.password2 = self.errors.add_row(
            form,
            "password2",
            translate("SetupWizard", "Password again"),
            password_field("password2"),
        )
        self.supervises = QCheckBox(translate(
            "SetupWizard", "The administrator also supervises the cases (sees survivors' "
                           "cases, reports and exports)"))
        self.supervises.setObjectName("admin_supervises")
        self.supervises.setChecked(True)  # a small centre: one person does both
        form.addRow("", self.supervises)
        self.create_button = QPushButton(translate("SetupWizard", "Create the database"))
        self.create_button.setObjectName("create")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_database)
        self.password2.returnPressed.connect(self.create_database)  # type: ignore[attr-defined]
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(row)
        return page

    def typed(self) -> dict[str, str]:
        """What is typed in the form's text fields but the passwords (to carry it over)."""
        return {key: self._text(key) for key in self.errors.fields
                if key not in ("password", "password2")}

    def fill(self, values: dict[str, str]) -> None:
        """Put back what :meth:`typed` gave."""
        for key, text in values.items():
            if key in self.errors.fields:
                self.errors.fields[key].setText(text)  # type: ignore[attr-defined]

    def _text(self, key: str) -> str:
        return self.errors.fields[key].text()  # type: ignore[attr-defined,no-any-return]

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
        for key_field in ("password", "password2"):
            self.errors.fields[key_field].clear()  # type: ignore[attr-defined]
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

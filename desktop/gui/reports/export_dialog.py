"""Options of one export: password protection (typed twice), for a CSV its separator (the one
Excel expects in the interface language by default) and, for supervisors, an audited
identifying export with a written reason.

The dialog checks its own fields, then asks the service (``exports.vet``, which audits a
refusal) about the whole request, and shows what is wrong inside the dialog; it is accepted
only with a request the service will take.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, ValidationError
from desktop.core.i18n import current_language
from desktop.core.services.reports import exports

MakeRequest = Callable[[str | None, bool, str], exports.ExportRequest]


class ExportOptionsDialog(QDialog):
    """Asks how to protect the export; ``request`` holds the checked request once accepted."""

    def __init__(self, make_request: MakeRequest, *, kind_label: str, may_identify: bool,
                 parent: QWidget | None = None, csv: bool = False,
                 vet: Callable[[exports.ExportRequest], object] = exports.check) -> None:
        super().__init__(parent)
        self.setObjectName("export_options")
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(480)
        self.make_request = make_request
        self.vet = vet  # the service's check (``exports.vet`` audits a refusal)
        self.request: exports.ExportRequest | None = None
        intro = QLabel(self.tr("Export: {kind}. By default the file is de-identified: no names, "
                               "telephone numbers, addresses or incident accounts.")
                       .format(kind=kind_label), self)
        intro.setWordWrap(True)
        self.protect = QCheckBox(self.tr("Protect the file with a password"), self)
        self.protect.setObjectName("protect")
        self.password = self._secret("export_password")
        self.repeat = self._secret("export_password_again")
        form = QFormLayout()
        form.addRow(self.protect)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.repeat)
        hint = QLabel(self.tr("At least {n} characters. Give the password to the recipient by "
                              "another way than the file (for example by telephone).")
                      .format(n=exports.MIN_PASSWORD), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.separator = QComboBox(self)
        self.separator.setObjectName("csv_separator")
        self.separator.addItem(self.tr("Semicolon ; (Excel in French)"), ";")
        self.separator.addItem(self.tr("Comma , (Excel in English)"), ",")
        default = exports.CSV_SEPARATORS.get(current_language(), ",")
        self.separator.setCurrentIndex(self.separator.findData(default))
        if csv:
            form.addRow(self.tr("CSV separator"), self.separator)
        else:
            self.separator.hide()
        self.csv = csv
        self.identifying = QCheckBox(self.tr("Include identifying data (names, contacts)"), self)
        self.identifying.setObjectName("identifying")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why must identifying data leave Relais, and "
                                               "for whom?"))
        self.reason.setFixedHeight(70)
        warning = QLabel(self.tr("An identifying export is recorded in the audit log with your "
                                 "name and this reason. It must be protected by a password."),
                         self)
        warning.setWordWrap(True)
        self.identifying_box = QGroupBox(self.tr("Identifying export (supervisors only)"), self)
        box_layout = QVBoxLayout(self.identifying_box)
        box_layout.addWidget(self.identifying)
        box_layout.addWidget(warning)
        box_layout.addWidget(self.reason)
        self.identifying_box.setVisible(may_identify)
        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Choose where to save…"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("export_ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.identifying_box)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.protect.toggled.connect(self._update)
        self.identifying.toggled.connect(self._update)
        self._update()

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def _update(self) -> None:
        if self.identifying.isChecked() and not self.protect.isChecked():
            self.protect.setChecked(True)
        self.protect.setEnabled(not self.identifying.isChecked())
        for edit in (self.password, self.repeat):
            edit.setEnabled(self.protect.isChecked())
        self.reason.setEnabled(self.identifying.isChecked())

    def accept(self) -> None:
        """Accept only a request the export service will take; otherwise say why."""
        password: str | None = None
        if self.protect.isChecked():
            password = self.password.text()
            if (unicodedata.normalize("NFC", password)
                    != unicodedata.normalize("NFC", self.repeat.text())):
                self.problems.setText(self.tr("The two passwords are not the same."))
                return
        identifying = self.identifying.isChecked() and self.identifying_box.isVisible()
        request = self.make_request(password, identifying, self.reason.toPlainText())
        if self.csv:
            request = dataclasses.replace(request, csv_separator=self.separator.currentData())
        try:
            self.vet(request)
        except ValidationError as exc:
            self.problems.setText("\n".join(exc.errors.values()) or str(exc))
            return
        except UserError as exc:  # the role may not (the refusal is audited)
            self.problems.setText(str(exc))
            return
        self.request = request
        super().accept()

    def reject(self) -> None:
        """Close and forget the passwords typed."""
        self.password.clear()
        self.repeat.clear()
        super().reject()

"""Options of one export: password protection (typed twice), for a CSV its separator (the one
Excel expects in the interface language by default) and, for supervisors, an audited
identifying export with a written reason (the form is ``ui/export_options.ui``).

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
    QWidget,
)

from desktop.core.errors import UserError, ValidationError
from desktop.core.i18n import current_language
from desktop.core.services.reports import exports
from desktop.gui import look

MakeRequest = Callable[[str | None, bool, str], exports.ExportRequest]


class ExportOptionsDialog(QDialog):
    """Asks how to protect the export; ``request`` holds the checked request once accepted."""

    def __init__(self, make_request: MakeRequest, *, kind_label: str, may_identify: bool,
                 parent: QWidget | None = None, csv: bool = False,
                 vet: Callable[[exports.ExportRequest], object] = exports.check) -> None:
        super().__init__(parent)
        look.load_into("export_options", self)  # ui/export_options.ui
        self.make_request = make_request
        self.vet = vet  # the service's check (``exports.vet`` audits a refusal)
        self.request: exports.ExportRequest | None = None
        intro = look.child(self, QLabel, "intro")
        intro.setText(intro.text().format(kind=kind_label))
        hint = look.child(self, QLabel, "hint")
        hint.setText(hint.text().format(n=exports.MIN_PASSWORD))
        self.protect = look.child(self, QCheckBox, "protect")
        self.password = look.child(self, QLineEdit, "export_password")
        self.repeat = look.child(self, QLineEdit, "export_password_again")
        self.separator = look.child(self, QComboBox, "csv_separator")
        self.separator.addItem(self.tr("Semicolon ; (Excel in French)"), ";")
        self.separator.addItem(self.tr("Comma , (Excel in English)"), ",")
        default = exports.CSV_SEPARATORS.get(current_language(), ",")
        self.separator.setCurrentIndex(self.separator.findData(default))
        look.child(self, QFormLayout, "form").setRowVisible(self.separator, csv)
        self.csv = csv
        self.identifying = look.child(self, QCheckBox, "identifying")
        self.reason = look.child(self, QPlainTextEdit, "reason")
        self.identifying_box = look.child(self, QGroupBox, "identifying_box")
        self.identifying_box.setVisible(may_identify)
        self.problems = look.child(self, QLabel, "problems")
        self.problems.hide()
        self.buttons = look.child(self, QDialogButtonBox, "buttons")
        self.ok = self.buttons.addButton(self.tr("Choose where to save…"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("export_ok")
        self.ok.setIcon(look.icon("export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.protect.toggled.connect(self._update)
        self.identifying.toggled.connect(self._update)
        self._update()

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
                self._say(self.tr("The two passwords are not the same."))
                return
        identifying = self.identifying.isChecked() and self.identifying_box.isVisible()
        request = self.make_request(password, identifying, self.reason.toPlainText())
        if self.csv:
            request = dataclasses.replace(request, csv_separator=self.separator.currentData())
        try:
            self.vet(request)
        except ValidationError as exc:
            self._say("\n".join(exc.errors.values()) or str(exc))
            return
        except UserError as exc:  # the role may not (the refusal is audited)
            self._say(str(exc))
            return
        self.request = request
        super().accept()

    def _say(self, text: str) -> None:
        """Show what is wrong under the form, the dialog growing to show all of it."""
        self.problems.setText(text)
        self.problems.show()
        self.adjustSize()

    def reject(self) -> None:
        """Close and forget the passwords typed."""
        self.password.clear()
        self.repeat.clear()
        super().reject()

"""Small pieces the package dialogs share: the red problem line and the OK/Cancel row."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from desktop.gui.forms import ERROR_STYLE


def problem_label(name: str, dialog: QDialog) -> QLabel:
    """A red, wrapped, hidden label that says why the dialog came back."""
    label = QLabel(dialog)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def ok_cancel(dialog: QDialog, text: str, name: str) -> tuple[QDialogButtonBox, QPushButton]:
    """An accept button called ``text`` (object name ``name``) and Cancel, wired to the
    dialog's ``accept`` and ``reject``."""
    buttons = QDialogButtonBox(dialog)
    ok = QPushButton(text, dialog)
    ok.setObjectName(name)
    buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setObjectName(f"{name.partition(':')[0]}:cancel")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok

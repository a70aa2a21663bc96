"""Add or edit one service provider (administrators); read-only for everyone else."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.referrals import labels
from desktop.gui.referrals.tables import service_boxes

TEXT_FIELDS = ("name", "town", "address", "contact_person", "phone", "email", "languages",
               "hours", "notes")


class ProviderDialog(QDialog):
    """The provider's fields; ``values()`` gives what the service expects."""

    def __init__(self, lang: str, provider: Any = None, *, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provider:dialog")
        self.lang = lang
        self.setWindowTitle(self.tr("Service provider") if provider is not None
                            else self.tr("New service provider"))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        captions = self._captions()
        for key in TEXT_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"provider:{key}")
            edit.setReadOnly(read_only)
            self.edits[key] = edit
        self.kind = self._combo("provider:kind", labels.PROVIDER_KINDS, read_only)
        self.region = self._combo("provider:region", labels.REGIONS, read_only, empty=True)
        form.addRow(captions["name"], self.edits["name"])
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Region"), self.region)
        for key in TEXT_FIELDS[1:]:
            form.addRow(captions[key], self.edits[key])
        self.services_box = QGroupBox(self.tr("Services offered"), self)
        self.services = service_boxes(self.services_box, lang, "provider:service")
        for box in self.services.values():
            box.setEnabled(not read_only)
        self.takes_sea = QCheckBox(self.tr("Takes cases of sexual exploitation and abuse (SEA)"),
                                   self)
        self.takes_sea.setObjectName("provider:takes_sea")
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setObjectName("provider:active")
        self.active.setChecked(True)
        for box in (self.takes_sea, self.active):
            box.setEnabled(not read_only)
        self.error = QLabel(self)
        self.error.setObjectName("provider:error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close if read_only else
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("provider:buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.services_box)
        layout.addWidget(self.takes_sea)
        layout.addWidget(self.active)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        if provider is not None:
            self._fill(provider)

    def _captions(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"), "town": self.tr("Town"), "address": self.tr("Address"),
            "contact_person": self.tr("Contact person"), "phone": self.tr("Phone"),
            "email": self.tr("Email"), "languages": self.tr("Languages"),
            "hours": self.tr("Opening hours"), "notes": self.tr("Notes"),
        }

    def _combo(self, name: str, list_name: str, read_only: bool,
               empty: bool = False) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        if empty:
            combo.addItem("", None)
        for code, text in labels.choices(list_name, self.lang):
            combo.addItem(text, code)
        combo.setEnabled(not read_only)
        return combo

    def _fill(self, provider: Any) -> None:
        for key, edit in self.edits.items():
            edit.setText(getattr(provider, key, None) or "")
        for combo, value in ((self.kind, provider.kind), (self.region, provider.region)):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        offered = set(provider.services)
        for code, box in self.services.items():
            box.setChecked(code in offered)
        self.takes_sea.setChecked(bool(provider.takes_sea))
        self.active.setChecked(bool(provider.active))

    def values(self) -> dict[str, Any]:
        """The fields as the directory service takes them."""
        values: dict[str, Any] = {key: edit.text().strip() or None
                                  for key, edit in self.edits.items()}
        values["kind"] = self.kind.currentData()
        values["region"] = self.region.currentData()
        values["services"] = [code for code, box in self.services.items() if box.isChecked()]
        values["takes_sea"] = self.takes_sea.isChecked()
        values["active"] = self.active.isChecked()
        return values

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show a validation error per field (from ``ValidationError.errors``)."""
        self.error.setText("\n".join(errors.values()))

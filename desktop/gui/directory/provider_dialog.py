"""Add or edit one service provider (administrators); read-only for everyone else."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.gui import look
from desktop.gui.referrals import labels
from desktop.gui.referrals.tables import service_boxes

W = TypeVar("W", bound=QWidget)
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
        form = look.load_form("provider", self)  # ui/provider.ui
        self.edits: dict[str, QLineEdit] = {}
        for key in TEXT_FIELDS:
            edit = self._named(form, QLineEdit, key)
            edit.setReadOnly(read_only)
            self.edits[key] = edit
        self.kind = self._fill_combo(self._named(form, QComboBox, "kind"),
                                     labels.PROVIDER_KINDS, read_only)
        self.region = self._fill_combo(self._named(form, QComboBox, "region"), labels.REGIONS,
                                       read_only, empty=True)
        self.services_box = self._named(form, QGroupBox, "services_box")
        self.services = service_boxes(self.services_box, lang, "provider:service")
        for box in self.services.values():
            box.setEnabled(not read_only)
        self.takes_sea = self._named(form, QCheckBox, "takes_sea")
        self.active = self._named(form, QCheckBox, "active")
        for box in (self.takes_sea, self.active):
            box.setEnabled(not read_only)
        self.error = self._named(form, QLabel, "error")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close if read_only else
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("provider:buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)
        if provider is not None:
            self._fill(provider)

    @staticmethod
    def _named(form: QWidget, kind: type[W], key: str) -> W:
        """The widget ``key`` of ui/provider.ui, renamed ``provider:<key>`` (as the directory
        page and its tests know it)."""
        widget = form.findChild(kind, key)
        assert widget is not None, f"ui/provider.ui has no {kind.__name__} {key}"
        widget.setObjectName(f"provider:{key}")
        return widget

    def _fill_combo(self, combo: QComboBox, list_name: str, read_only: bool,
                    empty: bool = False) -> QComboBox:
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

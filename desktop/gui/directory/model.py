"""The table model of the service directory (a few hundred providers at most)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.gui.referrals import labels
from desktop.gui.referrals.tables import RowsModel

COLUMNS = ("name", "kind", "place", "services", "takes_sea", "active", "packages")


class ProviderModel(RowsModel):
    """Providers as rows; inactive ones in grey."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(lang, COLUMNS, parent)
        self.electronic: set[str] = set()  # providers with a contact card (packages)

    def headers(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"), "kind": self.tr("Kind"),
            "place": self.tr("Town, region"), "services": self.tr("Services"),
            "takes_sea": self.tr("Takes SEA cases"), "active": self.tr("Active"),
            "packages": self.tr("Receives packages"),
        }

    def cell(self, item: Any, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return QColor("#777777")
        if role == Qt.ItemDataRole.ForegroundRole and column == "packages":
            return QColor("#1b5e20")
        if role == Qt.ItemDataRole.ToolTipRole and column == "services":
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "packages" \
                and item.id in self.electronic:
            return self.tr("Its contact card is attached: referrals to it can be sent as "
                           "encrypted packages.")
        return None

    def _text(self, provider: Any, column: str) -> str:
        if column == "name":
            return str(provider.name)
        if column == "kind":
            return labels.kind_label(provider.kind, self.lang)
        if column == "place":
            return labels.place_text(provider.region, provider.town, self.lang)
        if column == "services":
            return labels.services_text(list(provider.services), self.lang)
        if column == "takes_sea":
            return self.tr("Yes") if provider.takes_sea else self.tr("No")
        if column == "packages":
            return self.tr("✉ Yes") if provider.id in self.electronic else ""
        return self.tr("Active") if provider.active else self.tr("Inactive")

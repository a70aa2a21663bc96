"""The row of badges in the case file's header (high risk, n days late, consent missing, SEA),
each with its tooltip saying why; the badges come from ``cases.case_badges``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.core.errors import UserError
from desktop.core.services.cases import case_badges
from desktop.gui import badges


class CaseBadgesRow(QWidget):
    """Badges in a row, in the app's badge colours; empty (and hidden) for a plain case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case:badges")
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.row.addStretch(1)
        self.shown: list[case_badges.Badge] = []
        self.setVisible(False)

    def show_case(self, vault: Any, case_id: str | None, lang: str) -> None:
        """Read and show the badges of ``case_id`` (``None`` or no vault: none)."""
        found: list[case_badges.Badge] = []
        if vault is not None and case_id is not None:
            try:
                found = case_badges.case_badges(vault, case_id, lang=lang)
            except UserError:
                found = []  # the case file itself reports a case it cannot read
        self.show_badges(found)

    def show_badges(self, found: list[case_badges.Badge]) -> None:
        """Replace the badges shown."""
        while self.row.count() > 1:
            item = self.row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for number, badge in enumerate(found):
            label = badges.badge_label(badge.text, badge.code, badges.CASE_FLAG_COLOURS, self)
            label.setObjectName(f"badge:{badge.code}")
            label.setToolTip(badge.why)
            label.setAccessibleDescription(badge.why)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            self.row.insertWidget(number, label)
        self.shown = list(found)
        self.setVisible(bool(found))

    def codes(self) -> list[str]:
        """The codes of the badges shown, in order (for tests)."""
        return [badge.code for badge in self.shown]

    def labels(self) -> list[QLabel]:
        """The badge labels shown, in order."""
        return [w for w in self.findChildren(QLabel) if w.objectName().startswith("badge:")
                and not w.isHidden()]

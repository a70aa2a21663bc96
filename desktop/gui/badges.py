"""Statuses shown as coloured badges, their legend, and "n days late" in words.

A model gives the status code in ``BADGE_ROLE`` and its words in ``DisplayRole``; the
``BadgeDelegate`` paints the words on a rounded badge of the status's colour. The colours are
light backgrounds with dark text (readable on a worn office screen, and never the only
signal: the words are always there). ``Legend`` shows the same badges under a list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

BADGE_ROLE = int(Qt.ItemDataRole.UserRole) + 7
Index = QModelIndex | QPersistentModelIndex

# code → (background, text)
CASE_COLOURS: dict[str, tuple[str, str]] = {
    "open": ("#d8efdc", "#1b5e20"),
    "closure_requested": ("#ffe3bf", "#8a4b00"),
    "closed": ("#e3e3e3", "#424242"),
}
REFERRAL_COLOURS: dict[str, tuple[str, str]] = {
    "draft": ("#e3e3e3", "#424242"),
    "sent": ("#dbe8fb", "#0d47a1"),
    "no_response": ("#ffe3bf", "#8a4b00"),
    "accepted": ("#d3f0ee", "#00534d"),
    "declined": ("#fbdada", "#8e1b1b"),
    "service_provided": ("#d8efdc", "#1b5e20"),
    "service_not_provided": ("#f3dcef", "#6a1b5a"),
    "closed": ("#ececec", "#555555"),
}
# The case file's header (``cases.case_badges``): what needs attention on a case.
CASE_FLAG_COLOURS: dict[str, tuple[str, str]] = {
    "high_risk": ("#fbdada", "#8e1b1b"),
    "overdue": ("#ffe3bf", "#8a4b00"),
    "consent_missing": ("#f3dcef", "#6a1b5a"),
    "sea": ("#dbe8fb", "#0d47a1"),
}
LATE_COLOUR = "#b00020"


def days_late(days: int) -> str:
    """"3 days late" / "3 jours de retard" (singular and plural right); "" when not late."""
    if days <= 0:
        return ""
    text = QCoreApplication.translate("Badges", "%n day(s) late", "", days)
    if "(s)" in text:  # no translator: English, the source language
        text = text.replace("day(s)", "day" if days == 1 else "days")
    return text


def due_text(days_until: int) -> str:
    """How a due date stands: "n days late", "Due today", or "" for a later date."""
    if days_until < 0:
        return days_late(-days_until)
    if days_until == 0:
        return QCoreApplication.translate("Badges", "Due today")
    return ""


class BadgeDelegate(QStyledItemDelegate):
    """Paints a cell's words on a badge coloured by its status code (``BADGE_ROLE``)."""

    def __init__(self, colours: dict[str, tuple[str, str]], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.colours = colours

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        code = index.data(BADGE_ROLE)
        colours = self.colours.get(str(code)) if code else None
        if colours is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:  # selection and focus as any cell
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 16, opt.rect.width() - 6)
        height = min(metrics.height() + 4, opt.rect.height() - 2)
        rect = QRect(opt.rect.left() + 3, opt.rect.center().y() - height // 2 + 1,
                     max(width, 0), height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours[0]))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(colours[1]))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 12)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 22, size.height())


def badge_label(text: str, code: str, colours: dict[str, tuple[str, str]],
                parent: QWidget | None = None) -> QLabel:
    """A small label looking like the badge of ``code``."""
    label = QLabel(text, parent)
    background, foreground = colours.get(code, ("#e3e3e3", "#424242"))
    label.setStyleSheet(f"QLabel {{ background: {background}; color: {foreground}; "
                        "border-radius: 8px; padding: 1px 8px; }")
    label.setObjectName(f"legend:{code}")
    return label


class Legend(QWidget):
    """"Status:" then one badge per status, in a row (shown under a list)."""

    def __init__(self, items: list[tuple[str, str]], colours: dict[str, tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        caption = QLabel(QCoreApplication.translate("Badges", "Status:"), self)
        caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(caption)
        for code, text in items:
            layout.addWidget(badge_label(text, code, colours, self))
        layout.addStretch(1)

    def codes(self) -> list[str]:
        """The status codes shown (for tests)."""
        return [w.objectName().partition(":")[2] for w in self.findChildren(QLabel)
                if w.objectName().startswith("legend:")]

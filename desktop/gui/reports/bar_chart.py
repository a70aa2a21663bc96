"""A small horizontal bar chart drawn with QPainter (no chart library needed).

Each bar is one row of a report table. A hidden count has no bar (never a bar of 0): its place
shows its mark, "<5" or "hidden", so the chart never reveals what the table hides.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR = QColor("#3a6ea5")
TEXT = QColor("#222222")
MUTED = QColor("#777777")
GRID = QColor("#d8d8d8")
ROW_HEIGHT = 20
PAD = 6


class BarChart(QWidget):
    """Bars for ``(label, count or mark)`` values; a mark (a hidden count) has no bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[tuple[str, int | str]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(260)

    def set_values(self, values: list[tuple[str, int | str]]) -> None:
        """Show these values (an empty list clears the chart)."""
        self.values = list(values)
        self.setFixedHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        """Forget every value."""
        self.set_values([])

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self.values)) * ROW_HEIGHT + 2 * PAD)

    def _label_width(self, metrics: QFontMetrics) -> int:
        widest = max((metrics.horizontalAdvance(label) for label, _ in self.values), default=0)
        return min(widest + PAD, max(80, self.width() * 3 // 5))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.values:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_w = self._label_width(metrics)
        marks = [n for _, n in self.values if isinstance(n, str)]
        number_w = max(metrics.horizontalAdvance(t) for t in ["00000", *marks]) + PAD
        left = PAD + label_w
        room = max(10, self.width() - left - number_w - PAD)
        top_count = max((n for _, n in self.values if isinstance(n, int)), default=0)
        scale = room / top_count if top_count else 0.0
        painter.setPen(GRID)
        painter.drawLine(left, PAD, left, PAD + len(self.values) * ROW_HEIGHT)
        for i, (label, count) in enumerate(self.values):
            y = PAD + i * ROW_HEIGHT
            text_rect = QRectF(PAD, y, label_w - PAD, ROW_HEIGHT)
            painter.setPen(TEXT)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - PAD)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             elided)
            hidden = isinstance(count, str)
            width = 0.0 if isinstance(count, str) else count * scale
            if width > 0:
                painter.fillRect(QRectF(left + 1, y + 4, width, ROW_HEIGHT - 8), BAR)
            painter.setPen(MUTED if hidden else TEXT)
            number = count if isinstance(count, str) else str(count)
            painter.drawText(QRectF(left + 4 + width, y, number_w, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, number)
        painter.end()

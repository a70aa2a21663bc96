"""How a fingerprint is shown (large groups) and read back from what a person typed."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

GROUP = 4
_SEPARATORS = re.compile(r"[\s\-‐‑–—_.]+")


def spaced(fingerprint: str) -> str:
    """``K7QM-4TXR-…`` as ``K7QM 4TXR …``: the groups two people read to each other."""
    return "  ".join(part for part in fingerprint.split("-") if part)


def normalised(typed: str) -> str:
    """What a person typed (any case, spaces, dashes) in the fingerprint's own form
    (``K7QM-4TXR-…``); text that is not groups of four comes back upper-cased and trimmed."""
    compact = _SEPARATORS.sub("", typed).upper()
    if not compact or len(compact) % GROUP:
        return typed.strip().upper()
    return "-".join(compact[i:i + GROUP] for i in range(0, len(compact), GROUP))


def big_label(name: str, parent: QWidget | None = None) -> QLabel:
    """A label for a fingerprint: large, fixed-width, selectable (to copy it)."""
    label = QLabel(parent)
    label.setObjectName(name)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(17)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("padding: 6px 10px; background: #f3f6fa; border: 1px solid #c9d3df;"
                        " border-radius: 4px; color: #102a43;")
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return label

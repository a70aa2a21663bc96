"""Table model of referrals (the page's list and the case file's list).

The page's list comes in pages (:meth:`ReferralModel.set_pages`): the first page at once, the
next one when the view is scrolled to the end (Qt's ``fetchMore``), each read after the last
row shown (keyset paging, ``referrals.page_key``), so that neither the first screen nor memory
grows with the number of referrals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.gui.badges import BADGE_ROLE, LATE_COLOUR, days_late
from desktop.gui.referrals import labels
from desktop.gui.referrals.tables import Index, RowsModel

ALL_COLUMNS = ("reference", "case_number", "status", "due_on", "service", "provider")
FLEXIBLE = ("service", "provider")  # long texts, narrowed so that status and due stay in view


def shown_status(referral: Any) -> str:
    """The status to show: ``no_response`` once the due date passed while sent."""
    return str(getattr(referral, "shown_status", None) or referral.status)


def is_overdue(referral: Any) -> bool:
    """True when the provider's answer is late (the service says so, or no response)."""
    return bool(getattr(referral, "overdue", False)) or shown_status(referral) == "no_response"


class ReferralModel(RowsModel):
    """Referrals as rows; late ones are highlighted."""

    def __init__(self, lang: str, columns: tuple[str, ...] = ALL_COLUMNS,
                 parent: Any = None) -> None:
        super().__init__(lang, columns, parent)
        self._next: Callable[[Any], list[Any]] | None = None  # the page after a row
        self._capped = False  # rows given by a bounded read that left some out
        self.page_size = 0

    def set_pages(self, first: list[Any], next_page: Callable[[Any], list[Any]],
                  page_size: int) -> None:
        """Show ``first`` (a page of at most ``page_size``); ``next_page(last_row)`` gives
        the page after the last row shown, asked for when the view reaches the end."""
        self.page_size = page_size
        self._capped = False
        super().set_rows(first)
        self._next = next_page if len(first) >= page_size else None

    def set_rows(self, rows: list[Any], complete: bool = True) -> None:
        """Replace every row, with no further page; ``complete=False``: more referrals
        exist than the rows given (a bounded read)."""
        self._next = None
        self._capped = not complete
        super().set_rows(rows)

    @property
    def complete(self) -> bool:
        """Every referral of the list is shown (no further page, nothing left out)."""
        return self._next is None and not self._capped

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._next is not None and bool(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._next is None:
            return
        rows = self._next(self._rows[-1])
        if len(rows) < self.page_size:
            self._next = None
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def referral(self, row: int) -> Any:
        """The referral shown on ``row``."""
        return self.item(row)

    def headers(self) -> dict[str, str]:
        return {
            "reference": self.tr("Reference"), "case_number": self.tr("Case"),
            "service": self.tr("Service"), "provider": self.tr("Provider"),
            "status": self.tr("Status"), "due_on": self.tr("Due"),
        }

    def flexible(self) -> list[int]:
        """The columns that may be narrowed to fit."""
        return [i for i, c in enumerate(self.columns) if c in FLEXIBLE]

    def column_keys(self) -> list[str]:
        """The column keys, in order."""
        return list(self.columns)

    def cell(self, item: Any, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == BADGE_ROLE:
            return shown_status(item) if column == "status" else None
        if role == Qt.ItemDataRole.ForegroundRole and column == "due_on" and is_overdue(item):
            return QColor(LATE_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole:
            if shown_status(item) == "no_response":
                return labels.NO_RESPONSE_COLOUR
            if is_overdue(item):
                return labels.OVERDUE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and is_overdue(item):
            return self.tr("The provider's answer is late.")
        return None

    def _text(self, referral: Any, column: str) -> str:
        if column == "reference":
            return str(referral.reference)
        if column == "case_number":
            return str(getattr(referral, "case_number", "") or "")
        if column == "service":
            return labels.service_label(referral.service_type, self.lang)
        if column == "provider":
            return str(getattr(referral, "provider_name", "") or "")
        if column == "status":
            return labels.status_label(shown_status(referral), self.lang)
        due = referral.due_on
        if not isinstance(due, date):
            return ""
        late = days_late((date.today() - due).days) if is_overdue(referral) else ""
        return f"{due.strftime('%d/%m/%Y')} — {late}" if late else due.strftime("%d/%m/%Y")

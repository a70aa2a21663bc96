"""The lists of the SEA tab: children born of SEA, claims, the days she was informed, the
Protocol's assistance — each a small table with its buttons (add, remove; a claim is also
changed as its steps happen). The tables only show; ``SeaPanel`` calls the services."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import reference
from desktop.core.services.casework import sea_file
from desktop.gui.cases.case_file_parts import show_date
from desktop.gui.empty_state import EmptyState

# list → (entry dialog kind, service kind)
LISTS = {"children": ("sea_child", "child"), "claims": ("sea_claim", "claim"),
         "informed": ("sea_informed", "informed"), "assistance": ("sea_assistance",
                                                                   "assistance")}
ROWS_SHOWN = 4  # each table shows this many rows before it scrolls


def _label(list_name: str, code: str | None, lang: str) -> str:
    if not code:
        return ""
    try:
        return reference.label(list_name, code, lang)
    except LookupError:
        return code


class SeaTables(QWidget):
    """The four lists; ``add(kind)``, ``remove(kind, id)`` and ``edit_claim(id)`` ask the
    panel to act."""

    add = Signal(str)
    remove = Signal(str, str)
    edit_claim = Signal(str)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.tables: dict[str, QTableWidget] = {}
        self.buttons: dict[str, list[QPushButton]] = {}
        self.ids: dict[str, list[str]] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        titles = {
            "children": (self.tr("Children born of SEA"), [
                self.tr("Child"), self.tr("Date of birth"), self.tr("Sex")]),
            "claims": (self.tr("Paternity and child-support claims"), [
                self.tr("Child"), self.tr("Claim made"), self.tr("DNA sample"),
                self.tr("Paternity established"), self.tr("Support ordered"),
                self.tr("Support paid")]),
            "informed": (self.tr("Victim informed of the investigation"), [
                self.tr("Date"), self.tr("Informed of"), self.tr("Recorded by")]),
            "assistance": (self.tr("Assistance (UN Protocol)"), [
                self.tr("Type"), self.tr("For"), self.tr("From"), self.tr("Until"),
                self.tr("Provider or staff")]),
        }
        for name, (title, header) in titles.items():
            layout.addWidget(self._group(name, title, header))

    def _group(self, name: str, title: str, header: list[str]) -> QGroupBox:
        box = QGroupBox(title, self)
        box.setObjectName(f"sea:{name}")
        layout = QVBoxLayout(box)
        table = QTableWidget(0, len(header), box)
        table.setObjectName(f"sea:{name}:table")
        table.setHorizontalHeaderLabels(header)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        head = table.horizontalHeader()  # every title readable, the last column fills
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setStretchLastSection(True)
        rows_height = table.verticalHeader().defaultSectionSize() * ROWS_SHOWN
        table.setMinimumHeight(rows_height + table.horizontalHeader().sizeHint().height() + 4)
        table.setMaximumHeight(table.minimumHeight())
        layout.addWidget(EmptyState(table, self.tr("None recorded yet."), parent=box,
                                    compact=True))
        buttons = QHBoxLayout()
        kind, short = LISTS[name]
        add = QPushButton(self.tr("Add…"), box)
        add.setObjectName(f"sea:{name}:add")
        add.clicked.connect(lambda: self.add.emit(kind))
        remove = QPushButton(self.tr("Remove"), box)
        remove.setObjectName(f"sea:{name}:remove")
        remove.clicked.connect(lambda: self._emit_remove(name, short))
        found = [add, remove]
        if name == "claims":
            change = QPushButton(self.tr("Record a step…"), box)
            change.setObjectName("sea:claims:edit")
            change.clicked.connect(self._emit_edit)
            found.append(change)
            buttons.addWidget(change)
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout.addLayout(buttons)
        self.tables[name], self.buttons[name], self.ids[name] = table, found, []
        return box

    def _selected(self, name: str) -> str | None:
        row = self.tables[name].currentRow()
        ids = self.ids[name]
        return ids[row] if 0 <= row < len(ids) else None

    def _emit_remove(self, name: str, short: str) -> None:
        selected = self._selected(name)
        if selected is not None:
            self.remove.emit(short, selected)

    def _emit_edit(self) -> None:
        selected = self._selected("claims")
        if selected is not None:
            self.edit_claim.emit(selected)

    def show_file(self, shown: sea_file.SeaFileView | None) -> None:
        """Fill the tables (``None`` empties them)."""
        lang = self.lang
        rows: dict[str, list[tuple[str, list[str]]]] = {name: [] for name in LISTS}
        if shown is not None:
            def child(number: int | None) -> str:
                return self.tr("Child {n}").format(n=number) if number else ""

            rows["children"] = [(c.id, [child(c.number), show_date(c.date_of_birth),
                                        _label("sex", c.sex, lang)]) for c in shown.children]
            rows["claims"] = [(c.id, [child(c.child_number), *(show_date(d) for d in (
                c.filed_on, c.dna_sample_on, c.paternity_established_on, c.support_ordered_on,
                c.support_paid_on))]) for c in shown.claims]
            rows["informed"] = [(i.id, [show_date(i.on), _label(
                "sea_informed_about", i.about, lang), i.recorded_by]) for i in shown.informed]
            rows["assistance"] = [(a.id, [
                _label("sea_assistance_types", a.assistance_type, lang),
                child(a.child_number) or self.tr("The victim"), show_date(a.provided_on),
                show_date(a.until_on), " / ".join(n for n in (a.provider, a.provided_by) if n)])
                for a in shown.assistance]
        editable = bool(shown and shown.editable)
        for name, entries in rows.items():
            self._fill(name, entries)
            for button in self.buttons[name]:
                button.setEnabled(editable)

    def _fill(self, name: str, entries: list[tuple[str, list[Any]]]) -> None:
        table = self.tables[name]
        table.setRowCount(len(entries))
        self.ids[name] = [item_id for item_id, _ in entries]
        for row, (_, cells) in enumerate(entries):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(text))
                table.setItem(row, column, item)

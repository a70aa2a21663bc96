"""The Referrals page's package buttons: *Import a package…* (referrals or feedback from a
partner) and *Received from partners…* (the referrals partners sent here)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from desktop.gui.packages.import_flow import PackageImporter
from desktop.gui.packages.incoming_list import IncomingListDialog
from desktop.gui.packages.incoming_section import refresh_counts
from desktop.gui.referrals import modal

translate = QCoreApplication.translate


class PackageButtons:
    """``page`` has ``vault``, ``lang``, ``refresh()`` and ``open_requested(kind, target)``."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.importer = PackageImporter(page)
        self.importer.imported.connect(lambda _result: self._changed())
        self.import_button = QPushButton(translate("PackageButtons", "Import a package…"), page)
        self.import_button.setObjectName("referrals:import_package")
        self.import_button.setToolTip(translate(
            "PackageButtons", "A referral or feedback package a partner sent you"))
        self.import_button.clicked.connect(lambda: self.importer.choose_and_import(page.vault))
        self.received_button = QPushButton(translate("PackageButtons",
                                                     "Received from partners…"), page)
        self.received_button.setObjectName("referrals:received")
        self.received_button.clicked.connect(self.show_received)
        self.dialog: IncomingListDialog | None = None

    def buttons(self) -> list[QPushButton]:
        """The two buttons, for the page's top bar."""
        return [self.import_button, self.received_button]

    def show_received(self) -> None:
        """The list of incoming referrals; an accepted one opens its case file."""
        if self.page.vault is None:
            return
        dialog = self.dialog = IncomingListDialog(self.page.vault, self.page.lang, self.page)
        dialog.case_requested.connect(lambda case: self.page.open_requested.emit("case", case))
        modal.run(dialog)
        self._changed()

    def _changed(self) -> None:
        self.page.refresh()
        refresh_counts(self.page)

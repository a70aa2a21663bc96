"""The Administration page's "Privacy of shared files" section: whether the survivor's
ethnicity goes into shared files (the de-identified case export, the Incident Recorder), and
whether the alleged perpetrator's name is collected at all."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.services.accounts import settings
from desktop.gui import dialogs

translate = QCoreApplication.translate


class PrivacyBox(QGroupBox):
    """The sharing settings of an administrator (``set_vault``; ``None`` clears)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("AdminPage", "Privacy of shared files"), parent)
        self.vault: Any = None
        row = QHBoxLayout(self)
        self.share_ethnicity = QCheckBox(translate(
            "AdminPage", "Include the survivor's ethnicity in shared files (case export, "
            "Incident Recorder)"), self)
        self.share_ethnicity.setObjectName("share_ethnicity")
        self.share_ethnicity.setToolTip(translate(
            "AdminPage", "Off by default: ethnicity can single a person out in a small "
            "community. Statistics are not affected."))
        self.perpetrator_name = QCheckBox(translate(
            "AdminPage", "Collect the alleged perpetrator's name (intake and case file)"), self)
        self.perpetrator_name.setObjectName("collect_perpetrator_name")
        self.perpetrator_name.setToolTip(translate(
            "AdminPage", "Off by default, as the GBV guidelines advise: the name is not "
            "needed to help her and puts her at risk if the file is seen. Names recorded "
            "earlier stay stored, hidden until this is turned on again."))
        boxes = QVBoxLayout()
        boxes.addWidget(self.share_ethnicity)
        boxes.addWidget(self.perpetrator_name)
        row.addLayout(boxes)
        row.addStretch(1)
        self.save = QPushButton(translate("AdminPage", "Save"), self)
        self.save.setObjectName("save_privacy")
        self.save.clicked.connect(self.save_settings)
        row.addWidget(self.save)

    def set_vault(self, vault: Any) -> None:
        """Show the settings of ``vault`` (an administrator's), or clear them."""
        self.vault = vault
        self.share_ethnicity.setChecked(
            vault is not None and bool(settings.get(vault, settings.SHARE_ETHNICITY)))
        self.perpetrator_name.setChecked(vault is not None and bool(
            settings.get(vault, settings.COLLECT_PERPETRATOR_NAME)))

    def save_settings(self) -> None:
        """Save whether the ethnicity is shared and the perpetrator's name collected
        (audited by the settings service)."""
        if self.vault is None:
            return
        try:
            settings.set_value(self.vault, settings.SHARE_ETHNICITY,
                               self.share_ethnicity.isChecked())
            settings.set_value(self.vault, settings.COLLECT_PERPETRATOR_NAME,
                               self.perpetrator_name.isChecked())
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        dialogs.inform(self, translate("AdminPage", "Saved."))

"""The Letterhead section of the Administration page: the organisation's address, phone and
e-mail printed at the top of every referral letter, and the selected person's work phone,
printed under their name on the letters they write."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QPushButton, QWidget

from desktop.core.errors import UserError
from desktop.core.services.accounts import settings
from desktop.core.services.accounts import staff as accounts
from desktop.gui import dialogs
from desktop.gui.forms import line_field

translate = QCoreApplication.translate
KEYS = ("organisation_address", "organisation_phone", "organisation_email")


class LetterheadBox(QGroupBox):
    """Letterhead contacts (settings) and a person's phone (``accounts.set_phone``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("AdminPage", "Letterhead of referral letters"), parent)
        self.vault: Any = None
        form = QFormLayout(self)
        self.fields = {key: line_field(key) for key in KEYS}
        self.fields["organisation_address"].setPlaceholderText(
            translate("AdminPage", "e.g. Rue 12, porte 40, Sévaré"))
        self.fields["organisation_phone"].setPlaceholderText("+223 21 42 00 00")
        self.fields["organisation_email"].setPlaceholderText("contact@example.org")
        for key, label in zip(KEYS, (translate("AdminPage", "Address"),
                                     translate("AdminPage", "Phone"),
                                     translate("AdminPage", "E-mail")), strict=True):
            form.addRow(label, self.fields[key])
        row = QHBoxLayout()
        save = QPushButton(translate("AdminPage", "Save the letterhead"))
        save.setObjectName("save_letterhead")
        save.clicked.connect(self.save)
        row.addWidget(save)
        row.addStretch(1)
        form.addRow("", row)

    def set_vault(self, vault: Any) -> None:
        """Show the stored contacts (empty without an administrator's vault)."""
        self.vault = vault
        for key, edit in self.fields.items():
            edit.setText(str(settings.get(vault, key)) if vault is not None else "")

    def save(self) -> None:
        """Save the three contacts; a wrong one is said and nothing is saved."""
        values = {key: edit.text() for key, edit in self.fields.items()}
        try:
            for key, value in values.items():
                settings.checked(key, value)  # all checked before any is written
            for key, value in values.items():
                settings.set_value(self.vault, key, value)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.set_vault(self.vault)
        dialogs.inform(self, translate("AdminPage", "Saved."))


def ask_phone(parent: QWidget, vault: Any, username: str, current: str) -> bool:
    """Ask for ``username``'s work phone and save it; ``True`` when saved."""
    phone = dialogs.ask_text(parent, translate("AdminPage", "Work phone"), translate(
        "AdminPage", "Work phone of {user}, printed on the referral letters they write "
                     "(empty: none):").format(user=username), current)
    if phone is None:
        return False
    try:
        accounts.set_phone(vault, username, phone)
    except UserError as exc:
        dialogs.show_error(parent, exc)
        return False
    return True

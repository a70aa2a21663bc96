"""The directory's side of packages: which providers receive them (a column), and, for those
who manage the directory, *Import a partner's card…* and *Detach the card* on a provider."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.errors import UserError
from desktop.core.services.packages import cards
from desktop.gui import dialogs
from desktop.gui.packages.card_dialog import CardDialog
from desktop.gui.packages.fingerprint import spaced
from desktop.gui.referrals import modal

translate = QCoreApplication.translate
CARD_FILTER = f"Relais (*{cards.CARD_SUFFIX})"


class CardActions:
    """Buttons of the directory page (``page.selected()`` gives the provider)."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.import_button = self._button(page, "directory:import_card", translate(
            "DirectoryCards", "Import a partner's card…"), self.import_card)
        self.detach_button = self._button(page, "directory:detach_card", translate(
            "DirectoryCards", "Detach the card…"), self.detach)
        self.last_dialog: CardDialog | None = None

    @staticmethod
    def _button(parent: QWidget, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def buttons(self) -> list[QPushButton]:
        """The buttons, for the page's button bar."""
        return [self.import_button, self.detach_button]

    def electronic_ids(self, vault: Any) -> set[str]:
        """The providers that receive packages (none when locked or on error)."""
        if vault is None:
            return set()
        try:
            return set(cards.electronic_provider_ids(vault))
        except UserError:
            return set()

    def update(self, manager: bool) -> None:
        """Only directory managers attach and detach cards."""
        for button in self.buttons():
            button.setVisible(manager)

    def _provider(self) -> Any:
        provider = self.page.selected()
        if provider is None:
            dialogs.inform(self.page, translate("DirectoryCards",
                                                "Select a provider in the list first."))
        return provider

    def import_card(self) -> None:
        """Read a ``.relaiscard``, show it, and attach it once its fingerprint is confirmed."""
        vault = self.page.vault
        provider = self._provider()
        if provider is None or vault is None:
            return
        path = dialogs.open_file(self.page, translate(
            "DirectoryCards", "The contact card of {provider}").format(provider=provider.name),
            CARD_FILTER)
        if not path:
            return
        try:
            card = cards.read_card(Path(path))
        except UserError as exc:
            dialogs.show_error(self.page, exc)
            return
        dialog = self.last_dialog = CardDialog(card, provider.name, self.page)
        while modal.run(dialog):
            try:
                cards.attach_card(vault, provider.id, card, dialog.confirmed())
            except UserError as exc:
                dialog.show_problem(exc.message)
                continue
            self.page.refresh()
            dialogs.inform(self.page, translate(
                "DirectoryCards", "{provider} can now receive referral packages (card of "
                "{organisation}, {site}; fingerprint {fingerprint}).").format(
                    provider=provider.name, organisation=card.organisation, site=card.site,
                    fingerprint=spaced(card.fingerprint())))
            return

    def detach(self) -> None:
        """Forget the selected provider's card, after confirmation."""
        vault = self.page.vault
        provider = self._provider()
        if provider is None or vault is None:
            return
        if provider.id not in self.electronic_ids(vault):
            dialogs.inform(self.page, translate(
                "DirectoryCards", "{provider} has no contact card.").format(
                    provider=provider.name))
            return
        if not dialogs.ask(self.page, translate(
                "DirectoryCards", "Detach the contact card of {provider}? No package can be "
                "sent to them, or imported from them, until a card is imported again.").format(
                    provider=provider.name),
                translate("DirectoryCards", "Detach the card"),
                yes=translate("DirectoryCards", "Detach"),
                no=translate("DirectoryCards", "Cancel")):
            return
        try:
            cards.detach_card(vault, provider.id)
        except UserError as exc:
            dialogs.show_error(self.page, exc)
        self.page.refresh()

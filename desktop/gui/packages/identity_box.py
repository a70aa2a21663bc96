"""The Identity section of the Administration page: who this installation is to partners
(organisation, site, fingerprint in large groups), *Export the contact card…* and *Renew the
keys…*."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.errors import UserError
from desktop.core.services.identity import site_identity
from desktop.core.services.packages import cards
from desktop.gui import dialogs
from desktop.gui.packages.fingerprint import big_label, spaced

translate = QCoreApplication.translate
CARD_SUFFIX = cards.CARD_SUFFIX
CARD_FILTER = f"Relais (*{CARD_SUFFIX})"


def card_file_name(organisation: str, site: str) -> str:
    """A suggested file name: the organisation and site in plain letters."""
    words = re.sub(r"[^A-Za-z0-9]+", "-", f"{organisation} {site}").strip("-")
    return f"{words or 'relais'}{CARD_SUFFIX}"


def with_suffix(path: str) -> Path:
    """``path``, ending with ``.relaiscard`` (added when the person left it out)."""
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == CARD_SUFFIX else Path(f"{path}{CARD_SUFFIX}")


class IdentityBox(QGroupBox):
    """This installation's identity (``site_identity.own_public``) and its card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("IdentityBox", "Identity for referral packages"), parent)
        self.setObjectName("identity_box")
        self.vault: Any = None
        self.public: site_identity.PublicIdentity | None = None
        form = QFormLayout(self)
        self.organisation = QLabel(self)
        self.organisation.setObjectName("identity:organisation")
        self.site = QLabel(self)
        self.site.setObjectName("identity:site")
        self.created = QLabel(self)
        self.created.setObjectName("identity:created")
        self.fingerprint = big_label("identity:fingerprint", self)
        explain = QLabel(translate(
            "IdentityBox", "Partners who use Relais send you referral packages with your "
            "contact card. Before trusting it, they read this fingerprint back to you over "
            "the phone."), self)
        explain.setWordWrap(True)
        explain.setStyleSheet("color: #555555;")
        form.addRow(translate("IdentityBox", "Organisation"), self.organisation)
        form.addRow(translate("IdentityBox", "Site"), self.site)
        form.addRow(translate("IdentityBox", "Fingerprint"), self.fingerprint)
        form.addRow(translate("IdentityBox", "Keys made on"), self.created)
        form.addRow(explain)
        row = QHBoxLayout()
        self.export_button = QPushButton(translate("IdentityBox", "Export the contact card…"))
        self.export_button.setObjectName("identity:export_card")
        self.export_button.clicked.connect(self.export_card)
        self.rotate_button = QPushButton(translate("IdentityBox", "Renew the keys…"))
        self.rotate_button.setObjectName("identity:rotate")
        self.rotate_button.clicked.connect(self.rotate)
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(self.rotate_button)
        form.addRow(row)

    def set_vault(self, vault: Any) -> None:
        """Show the identity (an administrator's vault), or nothing."""
        self.vault = vault
        self.public = None
        if vault is not None:
            try:
                self.public = site_identity.own_public(vault)
            except UserError as exc:
                dialogs.show_error(self, exc)
        public = self.public
        self.organisation.setText(public.organisation if public else "")
        self.site.setText(public.site if public else "")
        self.fingerprint.setText(spaced(public.fingerprint()) if public else "")
        self.created.setText(public.created.strftime("%d/%m/%Y") if public else "")
        for button in (self.export_button, self.rotate_button):
            button.setEnabled(public is not None)

    def export_card(self) -> None:
        """Write the contact card where the administrator chooses (``cards.export_card``)."""
        if self.vault is None or self.public is None:
            return
        path = dialogs.save_file(
            self, translate("IdentityBox", "Export the contact card"),
            card_file_name(self.public.organisation, self.public.site), CARD_FILTER)
        if not path:
            return
        target = with_suffix(path)
        try:
            card = cards.export_card(self.vault, target)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        dialogs.inform(self, translate(
            "IdentityBox", "Contact card written to {path}.\n\nGive it to your partner (USB "
            "stick, e-mail), then call them: they read you its fingerprint and you check it "
            "is {fingerprint}.").format(path=target, fingerprint=spaced(card.fingerprint())))

    def rotate(self) -> None:
        """Make new key pairs after confirmation (``site_identity.rotate``)."""
        if self.vault is None:
            return
        if not dialogs.ask(self, translate(
                "IdentityBox", "Renew this installation's keys?\n\nEvery partner will need "
                "your new contact card (and to check its new fingerprint with you) before "
                "their next package: packages made with your old card still open here, but "
                "partners should stop using it."),
                translate("IdentityBox", "Renew the keys"),
                yes=translate("IdentityBox", "Renew the keys"),
                no=translate("IdentityBox", "Cancel")):
            return
        try:
            public = site_identity.rotate(self.vault)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.set_vault(self.vault)
        dialogs.inform(self, translate(
            "IdentityBox", "New keys made. The new fingerprint is {fingerprint}. Export the "
            "contact card again and send it to every partner.").format(
                fingerprint=spaced(public.fingerprint())))

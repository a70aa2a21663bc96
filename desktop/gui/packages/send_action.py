"""*Send the package…* on a referral: enabled only for a referral to a provider whose contact
card is attached (the tooltip says why otherwise); writes the encrypted, signed package where
the person chooses and says what was sent, and to whom."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.core.errors import UserError
from desktop.core.services.packages import cards, sending
from desktop.core.services.packages.package_files import PACKAGE_SUFFIX
from desktop.core.services.referrals import workflow
from desktop.gui import dialogs
from desktop.gui.packages.fingerprint import spaced

translate = QCoreApplication.translate
PACKAGE_FILTER = f"Relais (*{PACKAGE_SUFFIX})"


def package_path(path: str) -> Path:
    """``path``, ending with ``.relais`` (added when the person left it out)."""
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == PACKAGE_SUFFIX else Path(f"{path}{PACKAGE_SUFFIX}")


def safe_name(text: str) -> str:
    """Plain letters, digits and dashes for a suggested file name."""
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-") or "relais"


class SendButton(QPushButton):
    """The button, placed beside the letter's buttons of a referral's detail; emits
    ``package_sent(referral_id)`` once the file is written."""

    package_sent = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("PackageSend", "Send the package…"), parent)
        self.setObjectName("referral:send_package")
        self.vault: Any = None
        self.detail: Any = None
        self.sent: Any = None  # the last ``SentPackage`` (tests, messages)
        self.clicked.connect(self.send)
        self.show_for(None, None)

    def show_for(self, vault: Any, detail: Any) -> None:
        """Enable for a referral that can travel; say why in the tooltip when it cannot."""
        self.vault, self.detail = vault, detail
        if vault is None or detail is None:
            self.setEnabled(False)
            self.setToolTip("")
            return
        why = self._why_not(vault, detail)
        self.setEnabled(not why)
        self.setToolTip(why or translate(
            "PackageSend", "Write this referral as an encrypted package that only {provider} "
            "can open.").format(provider=detail.provider_name))

    @staticmethod
    def _why_not(vault: Any, detail: Any) -> str:
        try:
            if sending.can_send(vault, detail.id):
                return ""
            has_card = cards.provider_card(vault, detail.provider_id) is not None
        except UserError as exc:
            return exc.message
        if not has_card:
            return translate(
                "PackageSend", "{provider} does not use Relais, or its contact card is not in "
                "the directory yet: import its card in the Directory (a directory manager "
                "does it), or print the letter.").format(provider=detail.provider_name)
        return translate("PackageSend", "This referral can no longer be sent as a package "
                                        "(it is closed or was answered).")

    def _with_siblings(self, vault: Any, detail: Any) -> list[str]:
        """This referral, and the case's other drafts to the same provider if the person wants
        them in the same package (one file for a legal and a psychosocial referral)."""
        others = [r for r in workflow.list_referrals(vault, case_id=detail.case_id)
                  if r.id != detail.id and r.provider_id == detail.provider_id
                  and r.status == "draft"]
        if others and dialogs.ask(self.window(), translate(
                "PackageSend", "This case has {count} other draft referrals to {provider} "
                "({references}). Put them in the same package?").format(
                    count=len(others), provider=detail.provider_name,
                    references=", ".join(r.reference for r in others)),
                translate("PackageSend", "Send the package"),
                yes=translate("PackageSend", "Yes, all in one package"),
                no=translate("PackageSend", "No, only this one")):
            return [detail.id, *(r.id for r in others)]
        return [detail.id]

    def send(self) -> None:
        """Ask where to write the package, write it, and say what was sent to whom."""
        vault, detail = self.vault, self.detail
        if vault is None or detail is None:
            return
        ids = self._with_siblings(vault, detail)
        path = dialogs.save_file(self.window(), translate("PackageSend", "Send the package"),
                                 f"{safe_name(detail.reference)}{PACKAGE_SUFFIX}",
                                 PACKAGE_FILTER)
        if not path:
            return
        target = package_path(path)
        try:
            sent = sending.send_referrals(vault, ids, target)
        except UserError as exc:
            dialogs.show_error(self.window(), exc)
            return
        self.sent = sent
        self.package_sent.emit(detail.id)
        dialogs.inform(self.window(), translate(
            "PackageSend", "Package written to {path}: referral {reference} ({count} in "
            "all), encrypted for {organisation} (fingerprint {fingerprint}). Only they can "
            "open it: send them the file (USB stick, e-mail).").format(
                path=sent.path, reference=detail.reference, count=sent.count,
                organisation=sent.organisation, fingerprint=spaced(sent.fingerprint)))

"""*Import a partner's card…*: what the card says (organisation, site, fingerprint) and the
person's confirmation that the fingerprint is the one the partner read over the phone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.packages.fingerprint import big_label, normalised, spaced
from desktop.gui.packages.parts import ok_cancel, problem_label

translate = QCoreApplication.translate


class CardDialog(QDialog):
    """Shows ``card`` for ``provider_name``; ``confirmed()`` is what the person confirmed:
    the fingerprint typed (in the card's form), the card's own when the box is ticked,
    otherwise nothing (the button stays disabled)."""

    def __init__(self, card: Any, provider_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card:dialog")
        self.card = card
        self.setWindowTitle(translate("CardDialog", "A partner's contact card"))
        intro = QLabel(translate(
            "CardDialog", "This card will let Relais send referral packages to <b>{provider}"
            "</b> and accept theirs. Call the partner on a number you already know (not one "
            "written in the file) and ask them to read their fingerprint, group by group."
        ).format(provider=provider_name), self)
        intro.setWordWrap(True)
        form = QFormLayout()
        self.organisation = QLabel(card.organisation, self)
        self.organisation.setObjectName("card:organisation")
        self.site = QLabel(card.site, self)
        self.site.setObjectName("card:site")
        created = getattr(card, "created", None)
        self.created = QLabel(created.strftime("%d/%m/%Y") if created else "", self)
        self.fingerprint = big_label("card:fingerprint", self)
        self.fingerprint.setText(spaced(card.fingerprint()))
        form.addRow(translate("CardDialog", "Organisation"), self.organisation)
        form.addRow(translate("CardDialog", "Site"), self.site)
        form.addRow(translate("CardDialog", "Keys made on"), self.created)
        form.addRow(translate("CardDialog", "Fingerprint on the card"), self.fingerprint)
        self.typed = QLineEdit(self)
        self.typed.setObjectName("card:typed")
        self.typed.setPlaceholderText(translate("CardDialog", "e.g. K7QM 4TXR …"))
        self.typed.textChanged.connect(self._update)
        form.addRow(translate("CardDialog", "Fingerprint the partner read to you"), self.typed)
        self.matches = QCheckBox(translate(
            "CardDialog", "Or: I compared every group with the partner over the phone, and "
            "they are the same."), self)
        self.matches.setObjectName("card:matches")
        self.matches.toggled.connect(self._update)
        self.error = problem_label("card:error", self)
        self.buttons, self.attach_button = ok_cancel(
            self, translate("CardDialog", "Attach the card"), "card:attach")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.matches)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self._update()

    def confirmed(self) -> str:
        """The fingerprint the person vouches for ("" when none)."""
        if self.typed.text().strip():
            return normalised(self.typed.text())
        return str(self.card.fingerprint()) if self.matches.isChecked() else ""

    def show_problem(self, text: str) -> None:
        """Say why the card was not attached (the dialog stays open)."""
        self.error.setText(text)
        self.error.show()

    def _update(self) -> None:
        self.error.hide()
        self.attach_button.setEnabled(bool(self.confirmed()))

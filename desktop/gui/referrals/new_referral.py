"""The dialog that refers a case to a provider: services, provider, priority, reason, consent.

Every rule (which providers match, the due date, whether consent allows the referral, who may
override) is the referrals service's; the dialog shows what the service says and collects
input. Without consent for a chosen service type the dialog says so in red; a supervisor may
override with a written reason, a case worker cannot.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError, ValidationError
from desktop.core.services.accounts.permissions import Permission, can
from desktop.core.services.casework import safety_queries
from desktop.core.services.referrals import directory
from desktop.core.services.referrals import workflow as referrals
from desktop.gui import dialogs
from desktop.gui.referrals import labels
from desktop.gui.referrals.tables import service_boxes

WARNING_STYLE = ("background: #fdecea; color: #8a1c12; border: 1px solid #e6a39c; "
                 "padding: 6px; border-radius: 3px;")


def show_day(value: date | None) -> str:
    """A date as the screens show it (dd/mm/yyyy)."""
    return value.strftime("%d/%m/%Y") if value else ""


class NewReferralDialog(QDialog):
    """Refer case ``case_id``; ``created`` holds the referrals made once accepted."""

    def __init__(self, vault: Any, case_id: str, lang: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referral:new")
        self.setWindowTitle(self.tr("New referral"))
        self.resize(640, 720)
        self.vault, self.case_id, self.lang = vault, case_id, lang
        self.created: list[Any] = []
        self.context = referrals.referral_context(vault, case_id)
        self.supervisor = can(vault.actor, Permission.OVERRIDE_CONSENT)
        intro = QLabel(self.tr("Case {number} — survivor {code}").format(
            number=self.context.case_number, code=self.context.survivor_code), self)
        intro.setObjectName("referral:case")
        self.services_box = QGroupBox(self.tr("Services requested"), self)
        self.services = service_boxes(self.services_box, lang, "referral:service")
        for box in self.services.values():
            box.toggled.connect(self._update)
        self.providers = QListWidget(self)
        self.providers.setObjectName("referral:providers")
        self.providers.setMinimumHeight(110)
        self.providers.currentItemChanged.connect(lambda *_: self._update_ok())
        self.no_provider = QLabel(self)
        self.no_provider.setObjectName("referral:no_provider")
        self.no_provider.setWordWrap(True)
        self.priority = QComboBox(self)
        self.priority.setObjectName("referral:priority")
        for code, text in labels.choices(labels.PRIORITIES_LIST, lang):
            self.priority.addItem(text, code)
        # A high-risk case starts at the highest priority; the worker may lower it.
        start = safety_queries.referral_priority(vault, case_id)
        self.priority.setCurrentIndex(max(self.priority.findData(start), 0))
        self.high_risk = QLabel(self.tr("High safety risk: the priority starts at the highest "
                                        "one (you may lower it)."), self)
        self.high_risk.setObjectName("referral:high_risk")
        self.high_risk.setWordWrap(True)
        self.high_risk.setStyleSheet("color: #b00020;")
        self.high_risk.setVisible(start != safety_queries.DEFAULT_PRIORITY)
        self.priority.currentIndexChanged.connect(self._show_due)
        self.due = QLabel(self)
        self.due.setObjectName("referral:due")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("referral:reason")
        self.reason.setPlaceholderText(self.tr("Why this referral, what the survivor needs…"))
        self.reason.setMaximumHeight(80)
        self.reason.textChanged.connect(self._update_ok)
        form = QFormLayout()
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.high_risk)
        form.addRow(self.tr("Response due by"), self.due)
        form.addRow(self.tr("Reason"), self.reason)
        self._build_consent()
        self.error = QLabel(self)
        self.error.setObjectName("referral:error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Create the referral"),
                                         QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("referral:create")
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.services_box)
        layout.addWidget(QLabel(self.tr("Matching providers") + (
            self.tr(" (taking SEA cases)") if self.context.sea else ""), self))
        layout.addWidget(self.providers, 1)
        layout.addWidget(self.no_provider)
        layout.addLayout(form)
        layout.addWidget(self.consent)
        layout.addWidget(self.override_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_due()
        self._update()

    def _build_consent(self) -> None:
        self.consent = QLabel(self)
        self.consent.setObjectName("referral:consent_warning")
        self.consent.setWordWrap(True)
        self.consent.setTextFormat(Qt.TextFormat.PlainText)
        self.consent.setStyleSheet(WARNING_STYLE)
        self.override_box = QGroupBox(self.tr("Supervisor override"), self)
        box = QVBoxLayout(self.override_box)
        self.override = QCheckBox(self.tr("Override the missing consent (recorded and "
                                          "audited)"), self.override_box)
        self.override.setObjectName("referral:override")
        self.override.toggled.connect(self._update_ok)
        self.override_reason = QPlainTextEdit(self.override_box)
        self.override_reason.setObjectName("referral:override_reason")
        self.override_reason.setPlaceholderText(self.tr("Written reason for the override "
                                                        "(required)"))
        self.override_reason.setMaximumHeight(60)
        self.override_reason.textChanged.connect(self._update_ok)
        box.addWidget(self.override)
        box.addWidget(self.override_reason)

    # -- state ------------------------------------------------------------------------------
    def chosen_services(self) -> list[str]:
        """The service types ticked, in list order."""
        return [code for code, box in self.services.items() if box.isChecked()]

    def missing_consent(self) -> list[str]:
        """Ticked service types the survivor has not consented to release information for."""
        consented = set(self.context.release_consent)
        return [code for code in self.chosen_services() if code not in consented]

    def _show_due(self) -> None:
        due = referrals.due_date(self.priority.currentData(), date.today())
        self.due.setText(show_day(due))

    def _update(self) -> None:
        self._fill_providers()
        missing = self.missing_consent()
        self.consent.setVisible(bool(missing))
        if missing:
            text = self.tr("The survivor has not consented to release information for: "
                           "{services}.").format(services=labels.services_text(missing,
                                                                                self.lang))
            if self.supervisor:
                text += " " + self.tr("A referral is refused without consent, unless you "
                                      "override it as a supervisor with a written reason.")
            else:
                text += " " + self.tr("This referral cannot be made. Only a supervisor can "
                                      "override the missing consent, with a written reason.")
            self.consent.setText(text)
        self.override_box.setVisible(bool(missing) and self.supervisor)
        self._update_ok()

    def _fill_providers(self) -> None:
        chosen = self.chosen_services()
        current = self.providers.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.providers.clear()
        if not chosen:
            self.no_provider.setText(self.tr("Tick the services needed to see the providers."))
            return
        matching = directory.matching_providers(self.vault, chosen, sea=self.context.sea)
        for provider in matching:
            place = labels.place_text(provider.region, provider.town, self.lang)
            item = QListWidgetItem(f"{provider.name} — {place}" if place else provider.name)
            item.setData(Qt.ItemDataRole.UserRole, provider.id)
            item.setToolTip(labels.services_text(list(provider.services), self.lang))
            self.providers.addItem(item)
            if provider.id == keep:
                self.providers.setCurrentItem(item)
        self.no_provider.setText("" if matching else self.tr(
            "No active provider in the directory offers all these services. Choose fewer "
            "services, or ask the administrator to complete the directory."))

    def _update_ok(self) -> None:
        missing = self.missing_consent()
        allowed = not missing or (self.supervisor and self.override.isChecked()
                                  and bool(self.override_reason.toPlainText().strip()))
        self.ok.setEnabled(bool(self.chosen_services()) and self.provider_id() is not None
                           and allowed)

    def provider_id(self) -> str | None:
        """The provider picked, or ``None``."""
        item = self.providers.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _create(self) -> None:
        override = None
        if self.missing_consent() and self.override.isChecked():
            override = self.override_reason.toPlainText().strip()
        try:
            self.created = referrals.create_referrals(
                self.vault, self.case_id, provider_id=self.provider_id(),
                service_types=self.chosen_services(), priority=self.priority.currentData(),
                reason=self.reason.toPlainText().strip(), override_reason=override)
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()) or exc.message)
            return
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        self.accept()

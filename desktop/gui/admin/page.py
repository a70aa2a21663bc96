"""Administration: staff accounts (add, role, password, work phone, remove), recovery key,
idle lock, privacy of shared files, the letterhead of referral letters, backups."""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.services.accounts import settings
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.accounts.permissions import Permission, Role, can, role_label
from desktop.gui import dialogs
from desktop.gui.admin.backups_box import BackupsBox
from desktop.gui.admin.hub_box import HubBox
from desktop.gui.admin.letterhead_box import LetterheadBox, ask_phone
from desktop.gui.admin.privacy_box import PrivacyBox
from desktop.gui.admin.staff_dialogs import AddPersonDialog, ResetPasswordDialog
from desktop.gui.packages.identity_box import IdentityBox
from desktop.gui.page import Page
from desktop.gui.recovery_view import RecoveryKeyDialog

translate = QCoreApplication.translate


def fold(text: str) -> str:
    """``text`` without accents or case, to compare what is typed with a name."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch)).casefold()


class AdminPage(Page):
    """Staff and settings, for administrators; a sentence for everyone else."""

    idle_minutes_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dialog: Any = None
        self.rows: list[accounts.StaffRow] = []
        self.not_allowed = QLabel(
            translate("AdminPage", "Only administrators manage staff accounts and settings.")
        )
        self.not_allowed.setObjectName("not_allowed")
        self.not_allowed.setWordWrap(True)
        self.content = QWidget()
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("staff_table")
        self.table.setHorizontalHeaderLabels(
            [
                translate("AdminPage", "Username"),
                translate("AdminPage", "Full name"),
                translate("AdminPage", "Role"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        self.add_button = self._button(
            buttons, "add_person", translate("AdminPage", "Add a person…"), self.add
        )
        self.role_button = self._button(
            buttons, "change_role", translate("AdminPage", "Change role…"), self.change_role
        )
        self.password_button = self._button(
            buttons,
            "reset_password",
            translate("AdminPage", "Reset password…"),
            self.reset_password,
        )
        self.phone_button = self._button(
            buttons, "change_phone", translate("AdminPage", "Work phone…"), self.change_phone
        )
        self.remove_button = self._button(
            buttons, "remove_person", translate("AdminPage", "Remove…"), self.remove
        )
        buttons.addStretch(1)
        staff_box = QGroupBox(translate("AdminPage", "Staff accounts"))
        staff_layout = QVBoxLayout(staff_box)
        self.search = QLineEdit()
        self.search.setObjectName("staff_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("AdminPage", "Username, name or role"))
        self.search.textChanged.connect(self._filter)
        self.no_match = QLabel()
        self.no_match.setObjectName("staff_no_match")
        self.no_match.setVisible(False)
        staff_layout.addWidget(self.search)
        staff_layout.addWidget(self.table)
        staff_layout.addWidget(self.no_match)
        staff_layout.addLayout(buttons)
        settings_box = QGroupBox(translate("AdminPage", "Security"))
        row = QHBoxLayout(settings_box)
        row.addWidget(QLabel(translate("AdminPage", "Lock the session after")))
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setSuffix(translate("AdminPage", " min of inactivity"))
        row.addWidget(self.idle_minutes)
        self._button(row, "save_settings", translate("AdminPage", "Save"), self.save_settings)
        row.addStretch(1)
        self.recovery_button = self._button(
            row,
            "reset_recovery",
            translate("AdminPage", "New recovery key…"),
            self.reset_recovery_key,
        )
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(staff_box, 1)
        content_layout.addWidget(settings_box)
        self.privacy = PrivacyBox(self)  # what shared files carry (privacy_box.py)
        content_layout.addWidget(self.privacy)
        self.letterhead = LetterheadBox(self)  # desktop/gui/admin/letterhead_box.py
        content_layout.addWidget(self.letterhead)
        self.identity = IdentityBox(self)  # packages' identity (desktop/gui/packages)
        content_layout.addWidget(self.identity)
        self.hub = HubBox(self)  # the national hub: enrol, synchronise (admin/hub_box.py)
        content_layout.addWidget(self.hub)
        self.backups = BackupsBox(self)  # the Backups section (desktop/gui/admin/backups_box.py)
        content_layout.addWidget(self.backups)
        # Six staff rows stay in view; on a 1366×768 screen the sections below scroll.
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + 6 * self.table.verticalHeader().defaultSectionSize())
        scroll = QScrollArea(self)
        scroll.setObjectName("admin_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        layout.addWidget(self.not_allowed)
        layout.addWidget(scroll, 1)
        self.set_vault(None)

    @staticmethod
    def _button(layout: QHBoxLayout, name: str, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def title(self) -> str:
        return translate("AdminPage", "Administration")

    # -- Page -------------------------------------------------------------------------------
    def set_vault(self, vault: Any) -> None:
        super().set_vault(vault)
        allowed = vault is not None and can(vault.actor, Permission.MANAGE_STAFF)
        self.content.setVisible(allowed)
        self.not_allowed.setVisible(vault is not None and not allowed)
        self.backups.set_vault(vault if allowed else None)
        self.privacy.set_vault(vault if allowed else None)
        self.letterhead.set_vault(vault if allowed else None)
        self.identity.set_vault(vault if allowed else None)
        self.hub.set_vault(vault if allowed else None)
        if not allowed:
            self.rows = []
            self.search.clear()
            self.table.setRowCount(0)
            self.idle_minutes.setValue(self.idle_minutes.minimum())
        else:
            self.refresh()

    def refresh(self) -> None:
        if self.vault is None or not self.content.isVisibleTo(self):
            return
        self.rows = accounts.list_staff(self.vault)
        self.table.setRowCount(len(self.rows))
        for i, staff in enumerate(self.rows):
            for j, text in enumerate((staff.username, staff.full_name, role_label(staff.role))):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self._filter()
        self.idle_minutes.setValue(int(settings.get(self.vault, "idle_lock_minutes")))

    def _filter(self) -> None:
        """Show the people whose username, name or role holds every word typed (accents and
        case ignored); the selection leaves a hidden row."""
        words = fold(self.search.text()).split()
        shown = 0
        for row, staff in enumerate(self.rows):
            text = fold(" ".join((staff.username, staff.full_name or "",
                                  role_label(staff.role))))
            hidden = not all(word in text for word in words)
            self.table.setRowHidden(row, hidden)
            shown += not hidden
            if hidden and self.table.currentRow() == row:
                self.table.clearSelection()
                self.table.setCurrentCell(-1, -1)
        self.no_match.setText(translate("AdminPage", "Nobody matches “{text}”.").format(
            text=self.search.text().strip()) if self.rows and not shown else "")
        self.no_match.setVisible(bool(self.rows) and not shown)

    # -- actions ----------------------------------------------------------------------------
    def selected(self) -> accounts.StaffRow | None:
        """The staff row selected in the table, or ``None`` (after saying to pick one)."""
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            return self.rows[row]
        dialogs.inform(self, translate("AdminPage", "Select a person in the list first."))
        return None

    def _run(self, action: Any) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            action()
        except UserError as exc:
            QGuiApplication.restoreOverrideCursor()
            dialogs.show_error(self, exc)
            return False
        QGuiApplication.restoreOverrideCursor()
        self.refresh()
        return True

    def add(self) -> None:
        """Open the "add a person" dialog."""
        self._open(AddPersonDialog(self.vault, self))

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def change_role(self) -> None:
        """Ask for a new role for the selected person."""
        staff = self.selected()
        if staff is None:
            return
        roles = list(Role)
        choice = dialogs.choose_item(
            self,
            translate("AdminPage", "Change role"),
            translate("AdminPage", "New role for {name}:").format(name=staff.username),
            [role_label(r) for r in roles],
            roles.index(Role(staff.role)),
        )
        if choice is not None and self.vault is not None:
            role = roles[[role_label(r) for r in roles].index(choice)]
            self._run(lambda: accounts.change_role(self.vault, staff.username, role))

    def reset_password(self) -> None:
        """Open the "new password" dialog for the selected person."""
        staff = self.selected()
        if staff is not None:
            self._open(ResetPasswordDialog(self.vault, staff.username, self))

    def change_phone(self) -> None:
        """Set the selected person's work phone, printed on the letters they write."""
        staff = self.selected()
        if staff is not None and ask_phone(self, self.vault, staff.username, staff.phone):
            self.refresh()

    def remove(self) -> None:
        """Close the selected person's account after confirmation (rekeys the database)."""
        staff = self.selected()
        if staff is None:
            return
        question = translate(
            "AdminPage",
            "Remove {name}? They will no longer be able to log in. Their past work stays in "
            "the history.\n\nThe database is then re-encrypted with a new key (it can take a "
            "moment), so that an old copy of the key file no longer opens it.",
        ).format(name=staff.full_name or staff.username)
        if (
            dialogs.ask(
                self,
                question,
                translate("AdminPage", "Remove a person"),
                yes=translate("AdminPage", "Remove"),
                no=translate("AdminPage", "Cancel"),
            )
            and self.vault is not None
        ):
            self._run(lambda: accounts.remove_person(self.vault, staff.username))

    def reset_recovery_key(self) -> None:
        """Replace the recovery key and show the new one once."""
        question = translate(
            "AdminPage",
            "Make a new recovery key? The old one will stop working: destroy the "
            "paper it is written on once the new one is put away.",
        )
        if (
            not dialogs.ask(
                self,
                question,
                translate("AdminPage", "New recovery key"),
                yes=translate("AdminPage", "Make a new key"),
                no=translate("AdminPage", "Cancel"),
            )
            or self.vault is None
        ):
            return
        keys: list[str] = []
        if self._run(lambda: keys.append(accounts.reset_recovery_key(self.vault))):
            organisation = str(settings.get(self.vault, "organisation"))
            self._open(RecoveryKeyDialog(keys[0], organisation, self))

    def save_settings(self) -> None:
        """Save the idle-lock delay."""
        minutes = self.idle_minutes.value()
        if self._run(lambda: settings.set_value(self.vault, "idle_lock_minutes", minutes)):
            self.idle_minutes_changed.emit(minutes)
            dialogs.inform(self, translate("AdminPage", "Saved."))

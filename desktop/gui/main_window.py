"""The main window: navigation on the left, the pages, the status bar and the menus (the
frame is ``ui/main_window.ui``).

Pages are created when first opened (see ``pages.py``); the shell (``shell.py``) owns the
login/lock sequence and calls ``prepare_lock`` and ``clear`` here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from desktop import __version__
from desktop.core.errors import UserError
from desktop.core.services import session
from desktop.core.services.accounts.permissions import role_label
from desktop.gui import dialogs, look, pages
from desktop.gui.login_window import LANGUAGE_NAMES
from desktop.gui.page import Page
from desktop.gui.password_dialog import ChangePasswordDialog
from desktop.gui.shortcuts import Shortcuts, with_shortcut
from desktop.gui.today import navigate

translate = QCoreApplication.translate


class MainWindow(QMainWindow):
    """The window shown while someone is logged in."""

    lock_requested = Signal()
    logout_requested = Signal()
    quit_requested = Signal()
    language_requested = Signal(str)
    idle_minutes_changed = Signal(int)

    def __init__(self, language: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Any = None
        self.pages: dict[str, Page] = {}
        self.came_from: dict[str, str] = {}  # page → the page a link opened it from (Esc)
        look.load_into("main_window", self)  # ui/main_window.ui: menus, navigation, stack
        self.nav = look.child(self, QListWidget, "navigation")
        for key in pages.page_keys():
            item = QListWidgetItem(pages.nav_label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.stack = look.child(self, QStackedWidget, "stack")
        splitter = look.child(self, QSplitter, "splitter")
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 900])
        self.nav.currentItemChanged.connect(self._nav_changed)
        self._status_labels()
        self._menus(language)

    # -- chrome -----------------------------------------------------------------------------
    def _status_labels(self) -> None:
        """Who is logged in, with what role, at which site: on the right of the status bar
        (``relais.qss`` draws the separators)."""
        self.person_label = QLabel()
        self.person_label.setObjectName("status_person")
        self.role_label = QLabel()
        self.role_label.setObjectName("status_role")
        self.site_label = QLabel()
        self.site_label.setObjectName("status_site")
        for label in (self.person_label, self.role_label, self.site_label):
            self.statusBar().addPermanentWidget(label)

    def _menus(self, language: str) -> None:
        """Connect the menus of the form; the language menu lists the languages."""
        self.password_action = self._named_action("action_password", "password",
                                                  self.change_password)
        self.lock_action = self._named_action("action_lock", "lock", self.lock_requested.emit)
        self.lock_action.setToolTip(with_shortcut(translate("MainWindow", "Lock"),
                                                  self.lock_action))
        self.logout_action = self._named_action("action_logout", "logout",
                                                self.logout_requested.emit)
        self.quit_action = self._named_action("action_quit", "quit", self.quit_requested.emit)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.shortcuts = Shortcuts(self)
        lang_menu = look.child(self, QMenu, "menu_language")
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == language)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            lang_menu.addAction(action)
        self._named_action("action_about", "about", self.about)

    def _named_action(self, name: str, icon: str, slot: Callable[[], object]) -> QAction:
        action = look.child(self, QAction, name)
        action.setIcon(look.icon(icon))
        action.triggered.connect(lambda _=False: slot())
        return action

    def change_password(self) -> None:
        """*Change my password*: the dialog over the person's own key slot."""
        if self.vault is None:
            return
        self.password_dialog = ChangePasswordDialog(self.vault, self)
        self.password_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.password_dialog.open()  # window-modal; the lock sequence closes it

    def about(self) -> None:
        """A short "about" message."""
        dialogs.inform(
            self,
            translate(
                "MainWindow",
                "Relais {version}\nEncrypted case management for the "
                "assistance of survivors of gender-based violence and of "
                "sexual exploitation and abuse.",
            ).format(version=__version__),
            translate("MainWindow", "About Relais"),
        )

    # -- pages ------------------------------------------------------------------------------
    def _nav_changed(self, item: QListWidgetItem | None, _: object = None) -> None:
        if item is not None:
            key = item.data(Qt.ItemDataRole.UserRole)
            self.came_from.pop(key, None)  # chosen in the navigation, not by a link
            self.show_page(key)

    def page(self, key: str) -> Page:
        """Page ``key``, created (and given the vault) on first use."""
        if key not in self.pages:
            page = pages.page_class(pages.spec_of(key))(self.stack)
            self.pages[key] = page
            self.stack.addWidget(page)
            signal = getattr(page, "idle_minutes_changed", None)
            if signal is not None:
                signal.connect(self.idle_minutes_changed)
            opener = getattr(page, "open_requested", None)  # the home page's rows
            if opener is not None:
                opener.connect(lambda kind, target: navigate.open_item(self, kind, target))
            if self.vault is not None:
                page.set_vault(self._vault_for(key))
        return self.pages[key]

    def _vault_for(self, key: str) -> Any:
        """The vault for page ``key``, or ``None`` when the role may not see that page."""
        if self.vault is None or not pages.allowed(key, self.vault.actor):
            return None
        return self.vault

    def show_page(self, key: str) -> Page:
        """Open page ``key`` and refresh it."""
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        row = pages.page_keys().index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)
        if self._vault_for(key) is not None:
            try:
                page.refresh()
            except UserError as exc:
                dialogs.show_error(self, exc)
        navigate.update_counts(self)
        return page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc that no page took (a list page, or a page opened by a link) goes back."""
        if event.key() == Qt.Key.Key_Escape and self.vault is not None:
            self.go_back()
            event.accept()
            return
        super().keyPressEvent(event)

    def go_back(self) -> None:
        """To the page this one was opened from by a link, else to the home page."""
        key = self.current_key()
        target = self.came_from.pop(key, pages.page_keys()[0])
        if target == key or self._vault_for(target) is None:
            return
        self.show_page(target)

    def current_key(self) -> str:
        """The key of the page shown."""
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else pages.page_keys()[0]

    # -- session ----------------------------------------------------------------------------
    def set_vault(self, vault: Any) -> None:
        """Show the person logged in and give the vault to every page created so far."""
        self.vault = vault
        actor = vault.actor
        self.person_label.setText(actor.full_name or actor.username)
        self.role_label.setText(role_label(actor.role))
        self.site_label.setText(session.site_name(vault))
        shown = [key for key in pages.page_keys() if pages.allowed(key, actor)]
        self.shortcuts.update()
        self.password_action.setEnabled(not actor.is_recovery)
        for row, key in enumerate(pages.page_keys()):
            self.nav.item(row).setHidden(key not in shown)
        for key, page in self.pages.items():
            page.set_vault(self._vault_for(key))
        if not self.pages or self.current_key() not in shown:
            self.show_page(shown[0])
        else:
            self.show_page(self.current_key())

    def prepare_lock(self) -> None:
        """Let every page keep unsaved input as a draft."""
        for page in self.pages.values():
            try:
                page.before_lock()
            except UserError as exc:
                dialogs.show_error(self, exc)

    def clear(self) -> None:
        """Take the vault from every page (they clear their data) and empty the status bar."""
        self.vault = None
        self.came_from.clear()
        self.shortcuts.update()
        for page in self.pages.values():
            page.set_vault(None)
        for label in (self.person_label, self.role_label, self.site_label):
            label.clear()
        navigate.update_counts(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window quits Relais (after the lock sequence)."""
        if self.vault is not None:
            event.ignore()
            self.quit_requested.emit()
        else:
            event.accept()

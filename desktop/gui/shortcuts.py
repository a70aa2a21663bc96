"""The keyboard of the main window and the menus that show it: *Edit* (new intake Ctrl+N,
search Ctrl+F, print Ctrl+P) and *View* (one item per page, Ctrl+1, Ctrl+2… in navigation
order, and refresh F5). Each shortcut is shown in its menu item and in a tooltip. The menus
and the fixed actions are in ``ui/main_window.ui``; the page items are made here.

The actions work on whatever page is shown, by convention rather than by knowing the pages:
Ctrl+F puts the cursor in the page's visible search box (a ``QLineEdit`` whose object name
ends with ``:search``), Ctrl+P clicks its visible, enabled print button (object name ending
with ``:print`` or ``:summary_pdf``); when there is none, the status bar says so.
"""

from __future__ import annotations

from typing import Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QLineEdit,
    QListWidget,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QStatusBar,
    QWidget,
)

from desktop.core.services.accounts.permissions import Permission, can
from desktop.gui import look, pages


class ShortcutWindow(Protocol):
    """What the shortcuts need of the main window (``main_window.MainWindow``)."""

    nav: QListWidget
    stack: QStackedWidget
    vault: Any

    def menuBar(self) -> QMenuBar: ...
    def statusBar(self) -> QStatusBar: ...
    def addAction(self, action: QAction) -> None: ...
    def show_page(self, key: str) -> Any: ...
    def current_key(self) -> str: ...

translate = QCoreApplication.translate
MESSAGE_MS = 4000
SEARCH_SUFFIXES = (":search",)
PRINT_SUFFIXES = (":print", ":summary_pdf")


def with_shortcut(text: str, action: QAction) -> str:
    """``text (Ctrl+N)``: a tooltip that teaches the shortcut, in the platform's words."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({keys})" if keys else text


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


class Shortcuts:
    """The *Edit* and *View* menus of ``window`` and their actions."""

    def __init__(self, window: ShortcutWindow) -> None:
        self.window = window
        frame = cast(QObject, window)  # the form's actions and menus (ui/main_window.ui)
        self.new_intake = self._setup(look.child(frame, QAction, "action_new_intake"),
                                      "new_intake", self._new_intake)
        self.search = self._setup(look.child(frame, QAction, "action_search"), "search",
                                  self._search)
        self.print = self._setup(look.child(frame, QAction, "action_print"), "print",
                                 self._print)
        view = look.child(frame, QMenu, "menu_view")
        self.pages: dict[str, QAction] = {}
        for number, key in enumerate(pages.page_keys(), start=1):
            action = QAction(pages.nav_label(key), frame)  # the window owns its actions
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            self.pages[key] = self._setup(action, _page_icon(key),
                                          lambda _=False, k=key: self._go(k))
            view.addAction(action)
        view.addSeparator()
        self.refresh = self._setup(look.child(frame, QAction, "action_refresh"), "refresh",
                                   self._refresh)
        view.addAction(self.refresh)
        for row, key in enumerate(pages.page_keys()):
            item = window.nav.item(row)
            item.setToolTip(with_shortcut(pages.nav_label(key), self.pages[key]))
            if _page_icon(key):
                item.setIcon(look.icon(_page_icon(key)))

    def _setup(self, action: QAction, icon: str, slot: object) -> QAction:
        """Give ``action`` its icon, its tooltip with the shortcut and its slot, and make its
        shortcut work anywhere in the window."""
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        if icon:
            action.setIcon(look.icon(icon))
        action.setToolTip(with_shortcut(action.text().replace("&", "").rstrip("…"), action))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.window.addAction(action)  # works with the menu bar hidden too
        return action

    def update(self) -> None:
        """Enable what the person logged in may use (called after login and on lock)."""
        actor = self.window.vault.actor if self.window.vault is not None else None
        for key, action in self.pages.items():
            action.setEnabled(actor is not None and pages.allowed(key, actor))
        self.new_intake.setEnabled(actor is not None and can(actor, Permission.WORK_ON_CASES)
                                   and "cases" in self.pages)
        for action in (self.search, self.print, self.refresh):
            action.setEnabled(actor is not None)

    # -- what the actions do ----------------------------------------------------------------
    def _go(self, key: str) -> None:
        if self.pages[key].isEnabled():
            self.window.show_page(key)

    def _new_intake(self) -> None:
        page = self.window.show_page("cases")
        new_intake = getattr(page, "new_intake", None)
        if callable(new_intake):
            new_intake()

    def _current(self) -> QWidget:
        return self.window.stack.currentWidget() or self.window.stack

    def _search(self) -> None:
        boxes = [box for box in self._current().findChildren(QLineEdit)
                 if box.objectName().endswith(SEARCH_SUFFIXES) and _visible(box)]
        if not boxes:
            self._say(translate("Shortcuts", "This page has no search box."))
            return
        boxes[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        boxes[0].selectAll()

    def _print(self) -> None:
        buttons = [button for button in self._current().findChildren(QAbstractButton)
                   if button.objectName().endswith(PRINT_SUFFIXES) and _visible(button)]
        if not buttons:
            self._say(translate("Shortcuts", "Nothing to print on this page: open a case "
                                             "file or a referral first."))
            return
        buttons[0].click()

    def _refresh(self) -> None:
        self.window.show_page(self.window.current_key())
        self._say(translate("Shortcuts", "Refreshed."))

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, MESSAGE_MS)


PAGE_ICONS = {"today": "today", "cases": "cases", "referrals": "referrals",
              "followups": "followups", "directory": "directory", "reports": "reports",
              "admin": "admin"}


def _page_icon(key: str) -> str:
    return PAGE_ICONS.get(key, "")

"""The interface every page of the main window follows.

A page is created lazily the first time the person opens it (see ``pages.py``). The shell
calls, in this order over a session:

* ``set_vault(vault)`` right after login (and after unlocking again);
* ``refresh()`` each time the page is shown, or after a change elsewhere;
* ``before_lock()`` just before locking or logging out: keep unsaved input as a draft
  (through a core service), nothing else;
* ``set_vault(None)`` on lock/logout: **clear every widget showing case data** (tables,
  fields, labels, models) and forget any cached rows. The idle-lock test checks it.

Slow work goes through ``desktop.gui.worker``; messages and questions go through
``desktop.gui.dialogs``. A page never runs SQL: it calls ``desktop.core.services``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """Base class of the pages listed in ``desktop.gui.pages.PAGES``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Any = None

    def title(self) -> str:
        """The translated label shown in the navigation list."""
        return type(self).__name__

    def set_vault(self, vault: Any) -> None:
        """Receive the open vault after login; ``None`` on lock: clear all case data."""
        self.vault = vault

    def before_lock(self) -> None:
        """Save unsaved input as a draft before the session locks (default: nothing)."""

    def refresh(self) -> None:
        """Reload what the page shows from the services (default: nothing)."""

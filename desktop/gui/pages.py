"""The pages of the main window, in navigation order.

Each entry is ``(key, "module:Class")``; the module is imported only when the page is first
opened. To add your page, replace its placeholder line with your class (one line), e.g.
``("cases", "desktop.gui.cases.page:CasesPage")``. The class must subclass
``desktop.gui.page.Page`` and take an optional ``parent`` argument. The navigation shows
``nav_label(key)`` (add yours there for a new key).
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core.services.accounts.permissions import Permission, can
from desktop.gui.page import Page

PAGES: list[tuple[str, str]] = [
    ("today", "desktop.gui.today.page:TodayPage"),
    ("cases", "desktop.gui.cases.page:CasesPage"),
    ("referrals", "desktop.gui.referrals.page:ReferralsPage"),
    ("followups", "desktop.gui.followups.page:FollowUpsPage"),
    ("directory", "desktop.gui.directory.page:DirectoryPage"),
    ("reports", "desktop.gui.reports.page:ReportsPage"),
    ("admin", "desktop.gui.admin.page:AdminPage"),
]


# Pages that show survivors or case content: only for roles that work on cases (a plain
# administrator sees Directory and Administration only).
CASE_PAGES = frozenset({"today", "cases", "referrals", "followups", "reports"})


def allowed(key: str, actor: Any) -> bool:
    """True when page ``key`` is shown to ``actor``."""
    return key not in CASE_PAGES or can(actor, Permission.WORK_ON_CASES)


def page_class(spec: str) -> type[Page]:
    """Import ``"module:Class"`` and return the class."""
    module_name, _, class_name = spec.partition(":")
    cls = getattr(importlib.import_module(module_name), class_name)
    if not (isinstance(cls, type) and issubclass(cls, Page)):
        raise TypeError(f"{spec} is not a Page")
    return cls


def nav_label(key: str) -> str:
    """The translated navigation label of page ``key`` (without importing the page)."""
    labels = {
        "today": QCoreApplication.translate("Navigation", "Today"),
        "cases": QCoreApplication.translate("Navigation", "Cases"),
        "referrals": QCoreApplication.translate("Navigation", "Referrals"),
        "followups": QCoreApplication.translate("Navigation", "Follow-ups"),
        "directory": QCoreApplication.translate("Navigation", "Directory"),
        "reports": QCoreApplication.translate("Navigation", "Reports"),
        "admin": QCoreApplication.translate("Navigation", "Administration"),
    }
    return labels.get(key, key)


def page_keys() -> list[str]:
    """The page keys in navigation order."""
    return [key for key, _ in PAGES]


def spec_of(key: str) -> str:
    """The ``"module:Class"`` of page ``key``."""
    return dict(PAGES)[key]

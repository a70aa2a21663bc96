"""Every page at 1366×768 and 1280×720 (office PCs), in French: the window stays that size,
every button is whole and on screen, and every list shows its key columns (status, due date,
how late, next follow-up) whole inside the list; the case list ends on a whole column; every
tab of the case file (and a referral opened in it) fits too."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QScrollArea,
    QTableView,
    QTreeView,
    QWidget,
)

from desktop.core.services.demo import generator as demo
from desktop.core.services.referrals import workflow as referrals
from desktop.core.store.datafolder import DataFolder
from desktop.gui import pages
from desktop.gui.main_window import MainWindow
from tests.gui.test_lock import log_in
from tests.helpers import folders

SIZES = [(1366, 768), (1280, 720)]
# Columns that must be whole in view (by header, in French); other columns may be narrowed.
KEY_HEADERS = {"Statut", "Échéance", "Prochain suivi", "Prévu le", "Retard", "N° du cas",
               "Numéro du cas", "N° de référence", "Suivis en retard",
               "Références en retard", "Le plus ancien", "Nom", "Rôle", "Actif", "Quoi",
               "Demandée par"}
# Lists whose last column must be whole (header and all) inside the list.
WHOLE_LAST_COLUMN = {"cases:table"}


@pytest.fixture
def busy(folder: DataFolder) -> DataFolder:
    """The test folder with 60 demo cases (long GBV types, referrals, late follow-ups)."""
    vault = folders.login(folder, folders.ADMIN)
    try:
        demo.generate(vault, 60, seed=11)
    finally:
        vault.close()
    return folder


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def problems(main: MainWindow, where: str) -> list[str]:
    """What lies outside the window or is cut, on the page shown."""
    found: list[str] = []
    page = main.stack.currentWidget()
    area = _rect_in(main.stack, main)
    for button in page.findChildren(QAbstractButton):
        if not button.isVisibleTo(main) or _in_scroll_area(button):
            continue
        rect = _rect_in(button, main)
        if not area.contains(rect):
            found.append(f"{where}: button {button.text()!r} outside the window ({rect})")
        elif button.width() < button.minimumSizeHint().width():
            found.append(f"{where}: button {button.text()!r} cut ({button.width()} < "
                         f"{button.minimumSizeHint().width()})")
    for scroll in page.findChildren(QScrollArea):
        if scroll.isVisibleTo(main) and scroll.horizontalScrollBar().maximum() > 0:
            found.append(f"{where}: {scroll.objectName() or 'a panel'} needs a horizontal "
                         "scroll bar")
    for view in page.findChildren(QAbstractItemView):
        if not view.isVisibleTo(main) or not isinstance(view, QTableView | QTreeView):
            continue
        if view.model() is None or view.model().rowCount() == 0:
            continue
        if not _in_scroll_area(view) and not area.contains(_rect_in(view, main)):
            found.append(f"{where}: list {view.objectName()} outside the window")
        header: QHeaderView = (view.horizontalHeader() if isinstance(view, QTableView)
                               else view.header())
        width = view.viewport().width()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(view.model().headerData(section, header.orientation()) or "")
            if text not in KEY_HEADERS:
                continue
            left = header.sectionViewportPosition(section)
            right = left + header.sectionSize(section)
            if left < 0 or right > width + 1:
                found.append(f"{where}: column {text!r} of {view.objectName()} off screen "
                             f"({left}–{right} of {width})")
            elif header.sectionSize(section) < header.sectionSizeHint(section) - 2:
                found.append(f"{where}: column {text!r} of {view.objectName()} cut")
        if view.objectName() in WHOLE_LAST_COLUMN:
            found += _last_column_problems(view, header, width, where)
    return found


def _last_column_problems(view: QAbstractItemView, header: QHeaderView, width: int,
                          where: str) -> list[str]:
    """The last column shown lies inside the list, its title whole."""
    shown = [s for s in range(header.count()) if not header.isSectionHidden(s)]
    if not shown:
        return []
    last = shown[-1]
    text = str(view.model().headerData(last, header.orientation()) or "")
    left = header.sectionViewportPosition(last)
    size = header.sectionSize(last)
    if left < 0 or left + min(size, header.sectionSizeHint(last)) > width + 1:
        return [f"{where}: last column {text!r} of {view.objectName()} off screen "
                f"({left}–{left + size} of {width})"]
    if size < header.sectionSizeHint(last) - 2:
        return [f"{where}: last column {text!r} of {view.objectName()} cut "
                f"({size} < {header.sectionSizeHint(last)})"]
    return []


def _settle(qtbot: Any, main: MainWindow) -> None:
    """Let the layouts run (a loaded machine lays out later) before reading geometry."""
    for _ in range(3):
        QApplication.processEvents()
        main.stack.currentWidget().layout().activate()
    qtbot.wait(50)


def _every_page(qtbot: Any, main: MainWindow, size: tuple[int, int], who: str) -> list[str]:
    found: list[str] = []
    main.resize(*size)
    for key in pages.page_keys():
        if not pages.allowed(key, main.vault.actor):
            continue
        page = main.show_page(key)
        _settle(qtbot, main)
        where = f"{who} {size[0]}×{size[1]} {key}"
        if main.width() > size[0] or main.height() > size[1]:
            found.append(f"{where}: the window grew to {main.width()}×{main.height()}")
        found += problems(main, where)
        if key == "referrals" and page.model.rowCount():
            page.select(page.model.referral(0).id)
            _settle(qtbot, main)
            found += problems(main, where + " (detail)")
            page.show_list()
        if key == "cases" and page.list.model.rowCount():
            found += _every_tab(qtbot, main, page, where)
    return found


def _every_tab(qtbot: Any, main: MainWindow, page: Any, where: str) -> list[str]:
    """Each tab of the case file of a case with referrals, and one referral opened in it."""
    found: list[str] = []
    with_referrals = {r.case_id for r in referrals.list_referrals(main.vault)}
    rows = range(page.list.model.rowCount())
    case_id = next((page.list.model.case_id(r) for r in rows
                    if page.list.model.case_id(r) in with_referrals),
                   page.list.model.case_id(0))
    page.show_file(case_id)
    view = page.file
    for index in range(view.tabs.count()):
        if not view.tabs.isTabVisible(index):
            continue
        view.tabs.setCurrentIndex(index)
        _settle(qtbot, main)
        found += problems(main, f"{where} (case file, tab {view.tabs.tabText(index)})")
    panel = view.referrals
    if panel.model.rowCount():
        view.tabs.setCurrentWidget(view.referrals_area)
        panel.open_referral(panel.model.item(0).id)
        _settle(qtbot, main)
        found += problems(main, f"{where} (case file, a referral)")
        panel.show_lists()
    page.show_list()
    return found


@pytest.mark.parametrize("size", SIZES, ids=["1366x768", "1280x720"])
def test_every_page_fits_an_office_screen(qtbot, make_shell, busy: DataFolder,
                                          size: tuple[int, int]) -> None:
    found: list[str] = []
    shell = make_shell(busy, idle_ms=600_000, language="fr")
    for username, password in ((folders.SUPERVISOR, folders.PASSWORD),
                               (folders.CASEWORKER, folders.PASSWORD),
                               (folders.ADMIN, folders.ADMIN_PASSWORD)):
        log_in(qtbot, shell, username, password)
        main = shell.main
        assert main is not None
        if username == folders.SUPERVISOR:  # the lists hold late rows to show
            assert referrals.overdue_referrals(main.vault)
        found += _every_page(qtbot, main, size, username)
        shell.logout()
    assert not found, "\n".join(found)


def test_the_check_sees_a_column_pushed_off_screen(qtbot, make_shell, busy: DataFolder) -> None:
    """The check itself fails when a key column lies beyond the list's right edge, and passes
    when the same list fits. (A page of the main window's stack holding a plain list: the real
    pages re-fit their columns on their own, which is what the other tests check.)"""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

    shell = make_shell(busy, idle_ms=600_000, language="fr")
    log_in(qtbot, shell, folders.SUPERVISOR, folders.PASSWORD)
    main = shell.main
    main.resize(1366, 768)
    page = QWidget()
    table = QTableView(page)
    table.setObjectName("probe")
    model = QStandardItemModel(1, 2, table)
    model.setHorizontalHeaderLabels(["N° de dossier", "Statut"])
    model.setItem(0, 0, QStandardItem("MOP-000001"))
    model.setItem(0, 1, QStandardItem("Envoyée"))
    table.setModel(model)
    QVBoxLayout(page).addWidget(table)
    main.stack.addWidget(page)
    main.stack.setCurrentWidget(page)
    _settle(qtbot, main)
    table.horizontalHeader().resizeSection(0, 200)
    _settle(qtbot, main)
    assert problems(main, "before") == []
    table.horizontalHeader().resizeSection(0, 2000)  # the first column as wide as a wall
    _settle(qtbot, main)
    after = problems(main, "after")
    assert any("'Statut'" in p and "off screen" in p for p in after), after

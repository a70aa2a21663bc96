"""The Hub section and the status line as an administrator sees them on a 1366×768 office
screen, in French: after the automatic sync of her login and one of her own (with figures),
then with the hub down. Nothing cut, nothing in English. ``RELAIS_SHOTS=DIR`` saves the
screens there to look at them."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from sqlalchemy import select

from desktop.core.services.sync import journal
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Case
from desktop.gui import hub_sync
from tests.gui.conftest import _isolated_gui, _qm_cache, make_shell
from tests.gui.test_lock import log_in
from tests.gui.util import click
from tests.helpers import folders
from tests.hub.conftest import HubThread
from tests.hub.test_sync_at_login import _wait_for_the_sync, site

GUI_FIXTURES = (_isolated_gui, _qm_cache, make_shell, site)  # fixtures used here too
SHOTS = os.environ.get("RELAIS_SHOTS")
SIZE = (1366, 768)


def _shoot(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def cut(root: QWidget) -> list[str]:
    """Labels and buttons shown in ``root`` narrower than their text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() \
                and widget.width() < widget.sizeHint().width():
            found.append(f"label {widget.text()!r}: {widget.width()} < "
                         f"{widget.sizeHint().width()}")
        elif isinstance(widget, QAbstractButton) and \
                widget.width() < widget.minimumSizeHint().width():
            found.append(f"button {widget.text()!r} cut")
    return found


def test_the_hub_section_and_the_status_line_read_whole_in_french(
        qtbot: Any, make_shell: Any, site: DataFolder, hub_server: HubThread) -> None:
    shell = make_shell(site, idle_ms=600_000)
    hub_sync.install(shell)
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    main = shell.main
    main.resize(*SIZE)
    _wait_for_the_sync(qtbot)
    line = hub_sync.status_label(main)
    assert line.text().startswith("Synchronisé avec le hub à ")
    _shoot(main, "status_hub_up")
    assert line.text() == line.whole  # whole, not cut with "…"

    with shell.vault.session() as session:  # a supervisor changed a few cases since
        for case in session.scalars(select(Case).where(
                Case.stats_consent.is_(True), Case.safety_risk != "high").limit(3)):
            case.safety_risk = "high"
    page = shell.main.show_page("admin")
    box = page.hub
    scroll = page.findChild(QScrollArea, "admin_scroll")
    scroll.ensureWidgetVisible(box)
    assert box.backlog.text() != "0"
    click(qtbot, box, "hub:sync")
    qtbot.waitUntil(lambda: box.task is None, timeout=60_000)
    assert box.progress.text().startswith("Synchronisé avec le hub à "), box.progress.text()
    assert box.progress.text().endswith(" — 3 dossiers mis à jour")
    assert box.backlog.text() == "0" and box.last_sync.text() != "jamais"
    assert box.automatic.text() == "Synchroniser à chaque connexion quand le hub répond"
    scroll.ensureWidgetVisible(box)
    _shoot(main, "admin_hub_enrolled")
    _shoot(box, "admin_hub_box")
    assert cut(box) == []

    hub_server.kill()  # and three days without a line
    with shell.vault.session() as session:
        journal.state(session).last_sync_at -= timedelta(days=3)
    shell.lock()
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    main.resize(*SIZE)
    _wait_for_the_sync(qtbot)
    line = hub_sync.status_label(main)
    assert line.text() == "Hub injoignable — dernière synchronisation il y a 3 jours"
    _shoot(main, "status_hub_down")
    assert line.text() == line.whole

    narrowest = main.minimumSizeHint().width()
    line.set_line("Synchronisation " * 120)  # a long line: cut with "…", never wider
    QApplication.processEvents()
    assert main.minimumSizeHint().width() == narrowest and main.width() == SIZE[0]
    assert line.text().endswith("…")
    assert line.toolTip()  # the whole line on hover

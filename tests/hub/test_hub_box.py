"""Issue 15, point 4: *Synchronise* in the Administration page — an administrator sees where
her site stands with the hub, presses the button, and the site's consented cases reach the hub
in the background (a real hub on loopback, a real PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.core.services.demo import generator as demo
from desktop.core.store.models import Case
from desktop.core.store.vault import Vault
from desktop.gui.admin.hub_box import HubBox
from desktop.hub import status
from tests.helpers import translation_calls
from tests.hub.conftest import HubThread
from tests.hub.test_sync import enrol


def test_an_administrator_synchronises_from_the_administration_page(
        qtbot, admin: Vault, hub_server: HubThread) -> None:
    demo.generate(admin, 40, seed=21)
    box = HubBox()
    qtbot.addWidget(box)
    box.set_vault(admin)
    assert box.state.text().startswith("Not enrolled")
    assert not box.sync_button.isEnabled()

    enrol(admin, hub_server)
    box.refresh()
    assert box.state.text() == f"MOPTI at {hub_server.url}"
    assert box.last_sync.text() == "never" and int(box.backlog.text()) > 0
    assert len(box.fingerprint.text().split("-")) == 5
    with admin.reader() as session:
        consented = session.scalar(select(func.count()).select_from(Case)
                                   .where(Case.stats_consent.is_(True)))
    assert 0 < consented < 40  # some survivors did not consent: they never go up

    qtbot.mouseClick(box.sync_button, Qt.MouseButton.LeftButton)
    assert box.task is not None and not box.sync_button.isEnabled()  # one sync at a time
    qtbot.waitUntil(lambda: box.task is None, timeout=60_000)
    assert box.progress.text().startswith("Synchronised with the hub at "), box.progress.text()
    assert box.progress.text().endswith(" — 40 cases brought up to date")  # her removal too
    assert box.backlog.text() == "0" and box.last_sync.text() != "never"
    assert box.sync_button.isEnabled()
    [line] = status.sites(hub_server.db)
    assert (line.name, line.cases, line.backlog) == ("MOPTI", consented, 0)


def test_a_hub_that_does_not_answer_is_said_in_one_line(
        qtbot, admin: Vault, hub_server: HubThread) -> None:
    enrol(admin, hub_server)
    box = HubBox()
    qtbot.addWidget(box)
    box.set_vault(admin)
    hub_server.kill()  # the line is down
    qtbot.mouseClick(box.sync_button, Qt.MouseButton.LeftButton)
    assert box.task is not None
    qtbot.waitUntil(lambda: box.task is None, timeout=60_000)
    assert box.progress.text() and "\n" not in box.progress.text()
    assert "Traceback" not in box.progress.text()
    assert box.sync_button.isEnabled()  # try again later


def test_every_message_of_the_hub_section_and_status_line_is_in_french(
        qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from desktop.gui import hub_sync, translations
    from desktop.gui.admin import hub_box
    from tests.core.test_french_typography import typography_problems

    found = translation_calls.messages([Path(hub_box.__file__), Path(hub_sync.__file__)])
    assert len(found) >= 35  # the scan reads the calls of both modules
    monkeypatch.setattr(translations, "cache_dir", lambda: tmp_path)
    translations.install("fr")
    try:
        french = [QCoreApplication.translate(context, text, "", 2) if "%n" in text
                  else QCoreApplication.translate(context, text) for context, text in found]
        untranslated = [text for (_, text), shown in zip(found, french, strict=True)
                        if shown == text and text != "Hub"]
        button = QCoreApplication.translate("HubBox", "Synchronise")
        three_days = hub_sync.ago(datetime.now(UTC) - timedelta(days=3, hours=2))
        one_day = hub_sync.ago(datetime.now(UTC) - timedelta(hours=25))
    finally:
        translations.install("en")
    assert untranslated == []
    assert [t for t in french if typography_problems(t)] == []
    assert button == "Synchroniser"
    assert (three_days, one_day) == ("il y a 3 jours", "il y a 1 jour")

"""Issue 15, point 4: the site synchronises by itself after a login when the hub answers — a
person logs in as she would, the main window comes at once, and the status bar says how the
sync went (a real hub on loopback, a real PostgreSQL, a real encrypted data folder)."""

from __future__ import annotations

import dataclasses
import socket
import time
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from desktop.core.errors import PermissionDenied, UserError
from desktop.core.services import session as session_service
from desktop.core.services.accounts import settings
from desktop.core.services.demo import generator as demo
from desktop.core.services.sync import at_login, journal
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import AuditEvent, Case, ServiceProvider, SyncState
from desktop.core.store.models.base import utcnow
from desktop.gui import dialogs, hub_sync
from desktop.gui.admin.hub_box import HubBox
from desktop.hub import db, status
from desktop.hub import directory as hub_directory
from desktop.hub.models import RECORD_TABLES, HubBatch
from tests.gui.conftest import _isolated_gui, _qm_cache, make_shell
from tests.gui.test_lock import log_in
from tests.gui.util import click
from tests.helpers import folders
from tests.hub.conftest import HubThread
from tests.hub.test_directory import CLINIC, SHELTER
from tests.hub.test_directory import _file as national_file
from tests.hub.test_sync import enrol
from tests.hub.test_sync_kills import _site_truth as consented_cases

GUI_FIXTURES = (_isolated_gui, _qm_cache, make_shell)  # the GUI tests' own, used here too


@pytest.fixture
def site(qtbot: Any, folder: DataFolder, hub_server: HubThread) -> Iterator[DataFolder]:
    """A data folder with 60 demo cases, enrolled at the hub (never synchronised yet), and
    today's automatic backup already made (so that it does not slow the logins down)."""
    vault = folders.login(folder)
    try:
        demo.generate(vault, 60, seed=31)
        enrol(vault, hub_server)
        with vault.session() as session:
            settings.put_in_session(session, "last_auto_backup", date.today().isoformat())
    finally:
        vault.close()
    yield folder
    task = hub_sync.current()  # a sync left running ends before the folder goes
    if task is not None:
        task.cancel()
        qtbot.waitUntil(lambda: hub_sync.current() is None, timeout=60_000)


def _on_hub(hub: HubThread) -> dict[str, int]:
    cases = RECORD_TABLES["cases"]
    with db.session(hub.db) as session:
        return {case_id: step for case_id, step in session.execute(
            select(cases.c.id, cases.c.step))}


def _status(shell: Any) -> str:
    return str(hub_sync.status_label(shell.main).text())


def _wait_for_the_sync(qtbot: Any) -> None:
    assert hub_sync.current() is not None, "no sync started"
    qtbot.waitUntil(lambda: hub_sync.current() is None, timeout=60_000)  # and said how it went


def _set_last_sync(folder: DataFolder, **ago: float) -> None:
    vault = folders.login(folder)
    try:
        with vault.session() as session:
            journal.state(session).last_sync_at = utcnow() - timedelta(**ago)
    finally:
        vault.close()


def test_a_case_workers_login_synchronises_the_site_in_the_background(
        qtbot: Any, make_shell: Any, site: DataFolder, hub_server: HubThread) -> None:
    consented = consented_cases(site)
    assert 0 < len(consented) < 60
    hub_directory.publish(hub_server.db, national_file(CLINIC, SHELTER))  # waits to come down
    shell = make_shell(site, idle_ms=60_000)
    hub_sync.install(shell)
    started = time.monotonic()
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    assert time.monotonic() - started < 10  # the main window did not wait for the hub
    assert hub_sync.current() is not None  # the sync runs behind it
    _wait_for_the_sync(qtbot)
    line = _status(shell)
    assert line.startswith("Synchronisé avec le hub à "), line  # French, as the centre reads it
    assert line.endswith("— 60 dossiers mis à jour, annuaire national mis à jour"), line
    assert "\n" not in line  # the 60 cases: her absence too, when she did not consent
    assert _on_hub(hub_server) == consented
    with shell.vault.reader() as session:  # the hub's directory, applied by the site
        from_hub = set(session.scalars(select(ServiceProvider.name)
                                       .where(ServiceProvider.hub_key.is_not(None))))
    assert from_hub == {CLINIC[0], SHELTER[0]}
    [hub_line] = status.sites(hub_server.db)
    assert (hub_line.cases, hub_line.backlog) == (len(consented), 0)
    with shell.vault.reader() as session:  # the site's authority, audited under her name
        who = session.execute(select(AuditEvent.actor, AuditEvent.details)
                              .where(AuditEvent.action == "hub_sync")).all()
    assert [(u, d.split(":")[0]) for u, d in who] == [(folders.CASEWORKER, "at login")]

    shell.lock()  # the next login syncs again: only what changed, said so
    assert _status(shell) == ""
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    _wait_for_the_sync(qtbot)
    assert _status(shell).endswith("— rien de nouveau"), _status(shell)


def test_a_hub_that_does_not_answer_is_one_discreet_line_in_french(
        qtbot: Any, make_shell: Any, site: DataFolder, hub_server: HubThread) -> None:
    _set_last_sync(site, days=3, hours=1)
    hub_server.kill()  # the line is down
    dialogs.script()
    shell = make_shell(site, idle_ms=60_000)  # in French, the default
    hub_sync.install(shell)
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    _wait_for_the_sync(qtbot)
    assert _status(shell) == "Hub injoignable — dernière synchronisation il y a 3 jours"
    assert "injoignable" in hub_sync.status_label(shell.main).toolTip()  # the reason, on hover
    assert dialogs.shown == []  # nothing pops up
    page = shell.main.show_page("admin")
    assert page.hub.progress.text() == _status(shell)  # said in the Hub section too
    assert page.hub.sync_button.isEnabled()  # she may try again by hand
    assert page.hub.backlog.text() != "0"  # nothing was lost


def test_a_hub_that_accepts_and_never_answers_costs_a_few_seconds_in_the_background(
        qtbot: Any, make_shell: Any, site: DataFolder) -> None:
    silent = socket.socket()  # accepts connections (the kernel's backlog), answers nothing
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)
    try:
        vault = folders.login(site)
        try:
            with vault.session() as session:
                journal.state(session).hub_url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        finally:
            vault.close()
        shell = make_shell(site, idle_ms=60_000)
        hub_sync.install(shell)
        started = time.monotonic()
        log_in(qtbot, shell, folders.SUPERVISOR, folders.PASSWORD)
        assert time.monotonic() - started < 5
        _wait_for_the_sync(qtbot)
        waited = time.monotonic() - started
        assert waited < at_login.PROBE_TIMEOUT + 5, waited
        assert _status(shell) == "Hub injoignable — jamais synchronisé"
    finally:
        silent.close()


def test_an_administrator_turns_it_off_and_one_sync_runs_at_a_time(
        qtbot: Any, make_shell: Any, site: DataFolder, hub_server: HubThread) -> None:
    shell = make_shell(site, idle_ms=60_000)
    hub_sync.install(shell)
    log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
    page = shell.main.show_page("admin")
    box: HubBox = page.hub
    assert hub_sync.automatic_running()
    assert not box.sync_button.isEnabled()  # not a second one beside it
    assert box.progress.text() == "Synchronisation automatique en cours…"
    assert hub_sync.at_login(shell) is None  # nor a second automatic one
    _wait_for_the_sync(qtbot)
    assert box.sync_button.isEnabled() and box.backlog.text() == "0"
    assert box.last_sync.text() != "jamais"
    assert box.progress.text().startswith("Synchronisé avec le hub à ")  # how it went

    assert box.automatic.isVisible() and box.automatic.isChecked()  # on by default
    box.automatic.setFocus()
    qtbot.keyClick(box.automatic, Qt.Key.Key_Space)  # she unticks it
    assert settings.get(shell.vault, at_login.SETTING) is False
    with shell.vault.session() as session:  # a change waits to go up
        changed = session.scalar(select(Case).where(Case.stats_consent.is_(True)).limit(1))
        changed.safety_risk = "low" if changed.safety_risk == "high" else "high"
    shell.lock()
    log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    qtbot.wait(200)
    assert hub_sync.current() is None and _status(shell) == ""  # off: nothing runs
    with shell.vault.reader() as session:
        current = journal.state(session)
        acked = current.acked_batch
        assert journal.waiting(session, current.acked_seq) > 0
    with db.session(hub_server.db) as session:  # the hub got nothing more
        assert session.scalar(select(func.count()).select_from(HubBatch)) == acked


def _start_a_sync(qtbot: Any, shell: Any, how: str) -> Any:
    """Log in and let the sync start: by itself after the case worker's login, or by the
    administrator's *Synchronise* (the automatic one off)."""
    if how == "login":
        log_in(qtbot, shell, folders.CASEWORKER, folders.PASSWORD)
    else:
        log_in(qtbot, shell, folders.ADMIN, folders.ADMIN_PASSWORD)
        click(qtbot, shell.main.show_page("admin").hub, "hub:sync")
    task = hub_sync.current()
    assert task is not None
    return task


@pytest.mark.parametrize("how", ["login", "button"])
def test_closing_the_window_mid_sync_loses_and_duplicates_nothing(
        qtbot: Any, make_shell: Any, site: DataFolder, hub_server: HubThread,
        monkeypatch: Any, how: str) -> None:
    monkeypatch.setattr(journal, "CASES_PER_BATCH", 2)  # many small batches: a long upload
    monkeypatch.setattr(QApplication, "quit", lambda *_: None)
    consented = consented_cases(site)
    if how == "button":
        vault = folders.login(site)
        settings.set_value(vault, at_login.SETTING, False)
        vault.close()
    shell = make_shell(site, idle_ms=60_000)
    hub_sync.install(shell)
    with qtbot.waitSignal(hub_sync.notifier().sent, timeout=60_000):
        task = _start_a_sync(qtbot, shell, how)  # the first batch acknowledged: under way
    qtbot.waitUntil(lambda: "dossiers mis à jour" in _status(shell))
    assert _status(shell).startswith("Synchronisation avec le hub… ")  # how far it is
    shell.main.close()  # the window's close button: lock and quit
    qtbot.waitUntil(lambda: shell.vault is None, timeout=60_000)
    assert task.done
    partly = _on_hub(hub_server)
    assert 0 < len(partly) < len(consented)  # it stopped in the middle
    vault = folders.login(site)
    try:
        with vault.reader() as session:
            acked = journal.state(session).acked_batch
    finally:
        vault.close()
    with db.session(hub_server.db) as session:
        assert session.scalar(select(func.max(HubBatch.number))) == acked  # kept both sides

    shell = make_shell(site, idle_ms=60_000)  # Relais started again
    hub_sync.install(shell)
    _start_a_sync(qtbot, shell, how)  # the next sync resumes
    _wait_for_the_sync(qtbot)
    assert _status(shell).startswith("Synchronisé avec le hub à ")
    assert _on_hub(hub_server) == consented  # every consented case, once
    with db.session(hub_server.db) as session:
        numbers = list(session.scalars(select(HubBatch.number).order_by(HubBatch.number)))
    assert numbers == list(range(1, len(numbers) + 1))  # every batch once, none missing
    with shell.vault.reader() as session:
        assert session.scalar(select(SyncState.acked_batch)) == numbers[-1]


def test_neither_the_recovery_key_nor_a_site_enrolled_by_file_syncs_at_login(
        site: DataFolder, recovery_key: str) -> None:
    vault = folders.login(site, folders.CASEWORKER)
    try:
        assert at_login.wanted(vault)  # a person, enrolled over a line, the setting on
    finally:
        vault.close()
    vault = session_service.login_with_recovery(site, recovery_key)
    try:
        assert not at_login.wanted(vault)  # not a person
        with pytest.raises(UserError):
            at_login.run(vault)
        with vault.session() as session:
            journal.state(session).hub_url = None  # as an enrolment by file leaves it
    finally:
        vault.close()
    vault = folders.login(site, folders.CASEWORKER)
    try:
        assert not at_login.wanted(vault)  # by file: nothing to try at login
        with pytest.raises(PermissionDenied):  # and she may not turn it back on
            settings.set_value(vault, at_login.SETTING, True)
    finally:
        vault.close()


def test_what_a_sync_did_is_said_in_one_line_and_a_refusal_is_not_hidden() -> None:
    from desktop.core.services.sync import hub_directory as site_directory
    from desktop.core.services.sync import relay_client, sync_service

    relayed = relay_client.Relayed(sent=1, fetched=2, waiting=2)
    done = sync_service.Result(batches=1, cases=1, acked_batch=4, backlog=0,
                               directory=site_directory.Applied(version=3, added=2),
                               packages=relayed)
    assert hub_sync.summary(done).endswith(
        " — 1 case brought up to date, national directory updated, 2 packages received, "
        "1 package sent")
    assert hub_sync.problems(done) == ""
    refused = relay_client.Relayed(problems=["This package is not for this installation."])
    odd = dataclasses.replace(done, cases=0, directory="Refused: not signed by the hub.",
                              packages=refused)
    assert hub_sync.summary(odd).endswith(" — something was refused (details on hover)")
    assert hub_sync.problems(odd).splitlines() == [
        "Refused: not signed by the hub.", "This package is not for this installation."]

"""A site syncs with the hub over the line (a real ``relais hub serve`` on loopback, a real
PostgreSQL, a real encrypted data folder with demo cases)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import func, select, text, update

from desktop.core.services.demo import generator as demo
from desktop.core.services.sync import client, sync_service
from desktop.core.store.models import Case, SyncJournal
from desktop.core.store.vault import Vault
from desktop.hub import db, enrolment, status
from desktop.hub.models import RECORD_TABLES
from tests.hub.conftest import HubProcess, HubThread

DEMO_CASES = 300


@pytest.fixture
def site(admin: Vault) -> Iterator[Vault]:
    """The administrator of a site with 300 demo cases."""
    demo.generate(admin, DEMO_CASES, seed=15)
    yield admin


def _consented(vault: Vault) -> int:
    with vault.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Case)
                                  .where(Case.stats_consent.is_(True))) or 0)


def _hub_count(url: str, kind: str, site: str = "MOPTI") -> int:
    table = RECORD_TABLES[kind]
    with db.session(url) as session:
        return int(session.scalar(select(func.count()).select_from(table)
                                  .where(table.c.site == site)) or 0)


def enrol(vault: Vault, hub: HubThread | HubProcess, name: str = "MOPTI") -> None:
    """Enrol the site at the hub as its coordinator and administrator would."""
    assert sync_service.enrol(vault, hub.url, enrolment.new_code(hub.db, name)) == name


def test_enrol_then_sync_sends_every_consented_case_once(site: Vault,
                                                         hub_server: HubThread) -> None:
    enrol(site, hub_server)
    consented = _consented(site)
    assert 0 < consented < DEMO_CASES  # the demo has survivors who did not consent
    done = sync_service.sync(site)
    assert done.backlog == 0 and done.batches >= 1
    assert _hub_count(hub_server.db, "cases") == consented
    [line] = status.sites(hub_server.db)
    assert (line.name, line.enrolled, line.cases, line.backlog) == ("MOPTI", True, consented, 0)
    assert line.last_batch == done.acked_batch and line.last_sync_at is not None
    with site.reader() as session:
        assert session.scalar(select(func.count()).select_from(SyncJournal)) == 0
        incidents = session.scalar(text(
            "SELECT count(*) FROM incidents JOIN cases ON cases.id = incidents.case_id "
            "WHERE cases.stats_consent"))
    assert _hub_count(hub_server.db, "incidents") == incidents


def test_a_second_sync_sends_only_what_changed(site: Vault, hub_server: HubThread) -> None:
    enrol(site, hub_server)
    first = sync_service.sync(site)
    again = sync_service.sync(site)
    assert (again.batches, again.cases, again.acked_batch) == (0, 0, first.acked_batch)
    with site.session() as session:
        changed = session.scalar(select(Case.id).where(Case.stats_consent.is_(True)).limit(1))
        session.execute(update(Case).where(Case.id == changed).values(safety_risk="high"))
    third = sync_service.sync(site)
    assert (third.batches, third.cases, third.acked_batch) == (1, 1, first.acked_batch + 1)
    table = RECORD_TABLES["cases"]
    with db.session(hub_server.db) as session:
        assert session.scalar(select(table.c.safety_risk).where(table.c.id == changed)) == "high"


def test_a_withdrawn_consent_takes_her_records_off_the_hub(site: Vault,
                                                           hub_server: HubThread) -> None:
    enrol(site, hub_server)
    sync_service.sync(site)
    with site.session() as session:
        gone = session.scalar(select(Case.id).where(Case.stats_consent.is_(True)).limit(1))
        session.execute(text("UPDATE consents SET withdrawn_on = date('now') "
                             "WHERE case_id = :id AND scope = 'statistics'"), {"id": gone})
        session.execute(update(Case).where(Case.id == gone).values(stats_consent=False))
    sync_service.sync(site)
    for kind in ("cases", "incidents", "consents"):
        table = RECORD_TABLES[kind]
        column = table.c.id if kind == "cases" else table.c.case_id
        with db.session(hub_server.db) as session:
            assert session.scalar(select(func.count()).select_from(table)
                                  .where(column == gone)) == 0, kind


def test_without_a_line_nothing_is_lost(site: Vault, hub_server: HubThread) -> None:
    enrol(site, hub_server)
    hub_server.kill()
    with pytest.raises(client.LineDown, match="cannot be reached"):
        sync_service.sync(site)
    hub_server.start()
    done = sync_service.sync(site)
    assert _hub_count(hub_server.db, "cases") == _consented(site) and done.backlog == 0


def test_only_an_administrator_enrols_and_syncs(caseworker: Vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.errors import PermissionDenied

    for attempt in (lambda: sync_service.enrol(caseworker, "https://hub.example:8443", "CODE"),
                    lambda: sync_service.sync(caseworker),
                    lambda: sync_service.write_file(caseworker, tmp_path / "out")):
        with pytest.raises(PermissionDenied):
            attempt()
    assert not (tmp_path / "out").exists()


def test_a_site_not_enrolled_is_told_how(admin: Vault) -> None:
    from desktop.core.errors import UserError

    with pytest.raises(UserError, match="not enrolled at a hub"):
        sync_service.sync(admin, "https://hub.example:8443")

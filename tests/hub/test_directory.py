"""The national service directory the hub publishes, signed, reaching the sites: over the line
at ``relais sync``, or in the acknowledgement file of a stick; a site's own providers are never
touched, a provider gone upstream is kept inactive when a referral points to it."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from desktop.core.errors import DamagedData
from desktop.core.services.referrals import directory as site_directory
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.sync import hub_directory, published, sync_service
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import ServiceProvider
from desktop.core.store.vault import Vault
from desktop.hub import db as hub_db_module
from desktop.hub import directory, hub_keys
from tests.helpers import folders
from tests.helpers.directory_files import csv_bytes
from tests.helpers.referral_data import add_case
from tests.hub.conftest import HubThread
from tests.hub.test_sync import enrol

HEADER = ["Nom de l'organisation", "Type de structure", "Région", "Ville", "Services offerts",
          "Téléphone", "Prise en charge EAS"]
CLINIC = ["Clinique Juridique Nationale", "ONG", "Mopti", "Mopti", "Juridique", "+223 70 11 11 11",
          "Oui"]
SHELTER = ["Maison d'accueil Espoir", "ONG", "Mopti", "Sévaré", "Hébergement", "", "non"]
NETWORK = ["Réseau National VBG", "Réseau", "Bamako", "Bamako", "Psychosocial", "+223 20 00 00",
           "non"]
# The same name, region and town as a provider each site keeps of its own.
SAME_AS_LOCAL = ["Centre de Santé Local", "Service public", "Mopti", "Mopti", "Santé", "", "non"]


def _file(*rows: list[str]) -> bytes:
    return csv_bytes("utf-8", ";", [HEADER, *rows])


def _providers(vault: Vault) -> dict[str, SimpleNamespace]:
    """The directory's providers by name (their values read now)."""
    with vault.reader() as session:
        return {p.name: SimpleNamespace(id=p.id, hub_key=p.hub_key, phone=p.phone,
                                        active=p.active, takes_sea=p.takes_sea)
                for p in session.scalars(select(ServiceProvider))}


def _local(vault: Vault) -> str:
    return site_directory.create_provider(vault, {
        "name": "Centre de Santé Local", "kind": "government", "region": "mopti",
        "town": "Mopti", "phone": "+223 76 00 00 00", "services": ["health"]}).id


@pytest.fixture
def second_site(tmp_path: Path) -> DataFolder:
    """Another site's data folder, with its own keys and staff."""
    folder, _ = folders.new_folder(tmp_path / "segou")
    folders.with_staff(folder)
    return folder


def test_a_directory_update_reaches_two_sites_and_keeps_their_local_providers(
        folder: DataFolder, second_site: DataFolder, hub_server: HubThread) -> None:
    first = directory.publish(hub_server.db, _file(CLINIC, SHELTER, NETWORK, SAME_AS_LOCAL))
    assert (first.version, first.providers) == (1, 4)
    sites = [(folder, "MOPTI"), (second_site, "SEGOU")]
    for data, name in sites:
        with folders.as_user(data) as admin:
            local = _local(admin)
            enrol(admin, hub_server, name)
            done = sync_service.sync(admin).directory
            assert (done.version, done.added, done.kept_local) == (1, 3, 1)
            got = _providers(admin)
            assert got["Clinique Juridique Nationale"].hub_key
            assert got["Clinique Juridique Nationale"].takes_sea is True
            assert got["Centre de Santé Local"].id == local
            assert got["Centre de Santé Local"].hub_key is None
            assert got["Centre de Santé Local"].phone == "+223 76 00 00 00"
    # Site A refers a survivor to the shelter; the hub then drops the shelter and the network
    # and gives the clinic a new number.
    with folders.as_user(folder, folders.CASEWORKER) as worker:
        shelter = _providers(worker)["Maison d'accueil Espoir"].id
        referrals.create_referral(worker, add_case(worker, release=("shelter",)),
                                  service_type="shelter", provider_id=shelter,
                                  priority="urgent", reason="Hébergement d'urgence")
    clinic = [*CLINIC[:5], "+223 70 22 22 22", "Oui"]
    assert directory.publish(hub_server.db, _file(clinic, SAME_AS_LOCAL)).version == 2
    with folders.as_user(folder) as admin:
        done = sync_service.sync(admin).directory
        assert (done.version, done.updated, done.deactivated, done.removed) == (2, 1, 1, 1)
        got = _providers(admin)
        assert got["Maison d'accueil Espoir"].active is False  # a referral points to it
        assert "Réseau National VBG" not in got
        assert got["Clinique Juridique Nationale"].phone == "+223 70 22 22 22"
        assert got["Centre de Santé Local"].phone == "+223 76 00 00 00"
        again = sync_service.sync(admin).directory
        assert again.version is None  # nothing newer: nothing changed
    with folders.as_user(second_site) as admin:
        done = sync_service.sync(admin).directory
        assert (done.version, done.deactivated, done.removed) == (2, 0, 2)
        assert set(_providers(admin)) >= {"Clinique Juridique Nationale",
                                          "Centre de Santé Local"}
        assert "Maison d'accueil Espoir" not in _providers(admin)


def test_a_tampered_or_foreign_or_older_directory_changes_nothing(
        admin: Vault, hub_server: HubThread) -> None:
    enrol(admin, hub_server)
    directory.publish(hub_server.db, _file(CLINIC))
    directory.publish(hub_server.db, _file(CLINIC, SHELTER))
    newest = directory.newest(hub_server.db)
    assert newest is not None
    tampered = newest.replace(b"Espoir", b"Piege1")  # same length: the framing still holds
    assert tampered != newest
    with pytest.raises(DamagedData, match="not signed by the hub this site is enrolled with"):
        hub_directory.apply(admin, tampered)
    # Another hub's directory (its own keys), well formed and signed by it.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    other = Ed25519PrivateKey.generate()
    foreign = published.seal_directory(9, "2026-12-01T00:00:00+00:00", [
        {"key": "x", "name": "Faux Centre", "kind": "ngo", "services": []}], other.sign)
    with pytest.raises(DamagedData, match="not signed by the hub"):
        hub_directory.apply(admin, foreign)
    with pytest.raises(DamagedData, match="not a directory published by a hub"):
        hub_directory.apply(admin, newest[:-10])
    assert "Faux Centre" not in _providers(admin)
    assert "Clinique Juridique Nationale" not in _providers(admin)
    assert hub_directory.apply(admin, newest).version == 2
    with hub_db_module.session(hub_server.db) as session:
        keys = hub_keys.load(session)
    older = published.seal_directory(1, "2026-11-01T00:00:00+00:00", [
        {"key": "y", "name": "Ancien Centre", "kind": "ngo", "services": []}], keys.sign)
    assert hub_directory.apply(admin, older).version is None  # older: ignored
    assert "Ancien Centre" not in _providers(admin)
    # Over the line, a refused directory is one line and the batches still went up.
    assert sync_service.sync(admin).directory.version is None


def test_by_the_command_line_and_on_a_stick(folder: DataFolder, hub_server: HubThread,
                                            tmp_path: Path) -> None:
    from tests.hub.test_batch_files import _relais

    source = tmp_path / "annuaire national.csv"
    source.write_bytes(_file(CLINIC, SHELTER, ["Sans type", "", "Mopti", "Mopti", "Santé", "",
                                               ""]))
    done = _relais("hub", "directory", "publish", "--db", hub_server.db, str(source))
    assert done.returncode == 0, done.stderr
    assert "Directory version 1 published: 2 providers" in done.stdout
    assert "Left out, line 4: no kind" in done.stdout
    empty = tmp_path / "vide.csv"
    empty.write_bytes(_file())
    refused = _relais("hub", "directory", "publish", "--db", hub_server.db, str(empty))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    with folders.as_user(folder) as admin:
        enrol(admin, hub_server)
        add_case(admin)  # something to send
    stick = tmp_path / "stick"
    stick.mkdir()
    password = folders.ADMIN_PASSWORD + "\n"
    batches = stick / "mopti.relaisbatches"
    written = _relais("sync", "--data", str(folder.path), "--as", folders.ADMIN, "--out",
                      str(batches), stdin=password)
    assert written.returncode == 0, written.stderr
    imported = _relais("hub", "import", "--db", hub_server.db, str(batches))
    assert imported.returncode == 0, imported.stderr
    back = _relais("sync", "--data", str(folder.path), "--as", folders.ADMIN, "--ack",
                   str(stick / "ack-MOPTI.relaisack"), stdin=password)
    assert back.returncode == 0, back.stderr
    assert "The hub's directory version 1 applied: 2 providers added" in back.stdout
    with folders.as_user(folder) as admin:
        assert {"Clinique Juridique Nationale", "Maison d'accueil Espoir"} <= set(
            _providers(admin))
    # The same answer read again: the acknowledgement holds, the directory is not newer.
    again = _relais("sync", "--data", str(folder.path), "--as", folders.ADMIN, "--ack",
                    str(stick / "ack-MOPTI.relaisack"), stdin=password)
    assert again.returncode == 0, again.stderr
    assert "nothing newer" in again.stdout

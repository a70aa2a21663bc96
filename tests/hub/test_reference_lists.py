"""Issue 15, point 3: updated reference lists come down from the hub — published by a national
coordinator, signed, reaching a site at its next sync (over the line, or in the acknowledgement
file of a stick), then offered by the intake form; retired codes stay readable on old cases;
a tampered, foreign, older or oversized update, or a list that is a rule, changes nothing (a
real hub on loopback, a real PostgreSQL, a real encrypted data folder)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.core.catalogue import fields, reference
from desktop.core.errors import DamagedData, UserError
from desktop.core.services.cases import intake
from desktop.core.services.reports import report_labels
from desktop.core.services.sync import hub_reference, published_lists, sync_service
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from desktop.gui.cases import catalogue_view as cv
from desktop.hub import db as hub_db_module
from desktop.hub import hub_keys
from desktop.hub import reference as hub_reference_lists
from desktop.hub.models import HubPublication
from tests.helpers import folders
from tests.helpers.intake_data import sample_intake
from tests.helpers.referral_data import add_case
from tests.hub.conftest import HubThread
from tests.hub.test_sync import enrol

REGION = fields.field("incident.region")
LOCATION = fields.field("incident.location_type")
ROAD_FR = "Route, piste ou chemin"


def _shipped(name: str) -> list[dict[str, Any]]:
    return copy.deepcopy(list(reference.shipped(name)))


def _regions() -> list[dict[str, Any]]:
    """The shipped regions and a new one, Nioro, with its cercle."""
    return [*_shipped("regions"), {
        "code": "nioro", "fr": "Nioro", "en": "Nioro", "ir": "Nioro",
        "cercles": [{"code": "nioro.nioro", "fr": "Nioro du Sahel", "en": "Nioro du Sahel",
                     "ir": "Nioro"}]}]


def _locations() -> list[dict[str, Any]]:
    """The road's French label corrected; the field or bush retired (the sample intake's)."""
    items = _shipped("location_types")
    for item in items:
        if item["code"] == "road":
            item["fr"] = ROAD_FR
        if item["code"] == "field_bush":
            item["retired"] = True
    return items


def _offered(field: Any) -> dict[str, str]:
    return dict(cv.choices_of(field, "fr"))


def _held(vault: Vault) -> hub_reference.Held:
    with vault.reader() as session:
        return hub_reference.held(session)


def _publications(url: str) -> int:
    with hub_db_module.session(url) as session:
        return int(session.scalar(select(func.count()).select_from(HubPublication).where(
            HubPublication.kind == "reference")) or 0)


def test_published_lists_reach_the_site_and_its_intake_form(
        folder: DataFolder, hub_server: HubThread) -> None:
    with folders.as_user(folder) as admin:
        enrol(admin, hub_server)
        old_case = add_case(admin)  # at a field or in the bush, in Mopti
        assert "nioro" not in _offered(REGION)
    done = hub_reference_lists.publish(hub_server.db, {"regions": _regions(),
                                                       "location_types": _locations()})
    assert (done.version, done.changed) == (1, ("location_types", "regions"))
    with folders.as_user(folder) as admin:
        result = sync_service.sync(admin)
        assert (result.reference.version, result.reference.lists) == (
            1, ("location_types", "regions"))
        # The intake form offers the new region and its cercle, and the corrected label.
        assert _offered(REGION)["nioro"] == "Nioro"
        assert cv.cercles("nioro", "fr") == [("nioro.nioro", "Nioro du Sahel")]
        assert _offered(LOCATION)["road"] == ROAD_FR
        assert "field_bush" not in _offered(LOCATION)
        # A case opened in the new region is accepted.
        new_case = intake.open_case(admin, sample_intake(**{
            "incident.region": "nioro", "incident.cercle": "nioro.nioro",
            "incident.location_type": "road"}))
        assert intake.load_intake(admin, new_case)["incident.region"] == "nioro"
        # The old case keeps its retired place, with its label, in the form and the reports.
        old = intake.load_intake(admin, old_case)
        assert old["incident.location_type"] == "field_bush"
        label = cv.choice_label("location_types", "field_bush", "fr")
        assert label and label != "field_bush"
        assert report_labels.label("location_types", "field_bush", "fr") == label
        assert ("field_bush", label) in report_labels.choices("location_types", "fr")
        intake.update_case(admin, old_case, old)  # editing the old case keeps it valid
        standing = sync_service.standing(admin)
        assert standing is not None and standing.reference.version == 1
        assert sync_service.sync(admin).reference.version is None  # nothing newer
    # Closed, the database's lists are gone from memory; the next login reads them again.
    assert "nioro" not in _offered(REGION)
    with folders.as_user(folder) as admin:
        assert _offered(REGION)["nioro"] == "Nioro"
        assert _held(admin).lists == ("location_types", "regions")
    # A second publication keeps the lists published before: a site that missed one loses
    # nothing by taking the newest.
    services = [{**item, "en": "Legal assistance"} if item["code"] == "legal" else item
                for item in _shipped("service_types")]
    assert hub_reference_lists.publish(hub_server.db, {"service_types": services}).lists == (
        "location_types", "regions", "service_types")
    with folders.as_user(folder) as admin:
        assert sync_service.sync(admin).reference.version == 2
        assert dict(reference.choices("service_types", "en"))["legal"] == "Legal assistance"
        assert _offered(REGION)["nioro"] == "Nioro"


def test_the_administration_page_says_which_lists_version_is_held(
        qtbot, admin: Vault, hub_server: HubThread) -> None:
    from PySide6.QtCore import Qt

    from desktop.gui.admin.hub_box import HubBox

    enrol(admin, hub_server)
    box = HubBox()
    qtbot.addWidget(box)
    box.set_vault(admin)
    assert box.reference.text() == "as shipped with this version of Relais"
    hub_reference_lists.publish(hub_server.db, {"regions": _regions()})
    qtbot.mouseClick(box.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.task is None, timeout=60_000)
    assert "reference lists updated to version 1" in box.progress.text()
    assert box.reference.text() == "version 1 from the hub (regions)"


def test_the_intake_form_shows_an_old_cases_retired_code_and_keeps_it(
        qtbot, admin: Vault, hub_server: HubThread) -> None:
    from desktop.gui.cases.intake_sections import IncidentSection, RegistrationSection
    from desktop.gui.cases.validation_display import ErrorBoard

    enrol(admin, hub_server)
    old_case = add_case(admin)  # referred by health and a community leader
    sources = [{**item, "retired": item["code"] == "community_leader"}
               for item in _shipped("referral_sources")]
    hub_reference_lists.publish(hub_server.db, {"location_types": _locations(),
                                                "regions": _regions(),
                                                "referral_sources": sources})
    assert sync_service.sync(admin).reference.version == 1
    fresh = IncidentSection("fr", ErrorBoard())
    qtbot.addWidget(fresh)
    combo = fresh.editors[LOCATION.key].combo  # type: ignore[attr-defined]
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert "field_bush" not in offered and "road" in offered
    region = fresh.editors[REGION.key].combo  # type: ignore[attr-defined]
    assert "nioro" in [region.itemData(i) for i in range(region.count())]
    section = IncidentSection("fr", ErrorBoard())
    qtbot.addWidget(section)
    section.set_values(intake.load_intake(admin, old_case))
    editor = section.editors[LOCATION.key]
    assert editor.value() == "field_bush"
    assert editor.combo.currentText() == cv.choice_label(  # type: ignore[attr-defined]
        "location_types", "field_bush", "fr")
    assert section.values()[LOCATION.key] == "field_bush"
    # The same for a list of check boxes: the retired source stays ticked, and offered to no
    # new case.
    referred = "registration.referred_by"
    new = RegistrationSection("fr", ErrorBoard())
    qtbot.addWidget(new)
    offered = new.editors[referred].boxes  # type: ignore[attr-defined]
    assert "community_leader" not in offered and "health" in offered
    registration = RegistrationSection("fr", ErrorBoard())
    qtbot.addWidget(registration)
    registration.set_values(intake.load_intake(admin, old_case))
    boxes = registration.editors[referred].boxes  # type: ignore[attr-defined]
    assert boxes["community_leader"].isChecked()
    assert boxes["community_leader"].text() == cv.choice_label(
        "referral_sources", "community_leader", "fr")
    assert sorted(registration.values()[referred]) == ["community_leader", "health"]


def _sealed(url: str, version: int, lists: dict[str, Any], sign: Any = None) -> bytes:
    with hub_db_module.session(url) as session:
        keys = hub_keys.load(session)
    return published_lists.seal(version, "2026-12-01T00:00:00+00:00", lists,
                                sign or keys.sign)


def test_a_tampered_foreign_older_oversized_or_rule_update_changes_nothing(
        admin: Vault, hub_server: HubThread) -> None:
    enrol(admin, hub_server)
    hub_reference_lists.publish(hub_server.db, {"regions": _regions()})
    hub_reference_lists.publish(hub_server.db, {"location_types": _locations()})
    newest = hub_reference_lists.newest(hub_server.db)
    assert newest is not None
    tampered = newest.replace(b"Nioro du Sahel", b"Piege du Sahel")
    assert tampered != newest and len(tampered) == len(newest)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    foreign = _sealed(hub_server.db, 9, {"regions": _regions()},
                      Ed25519PrivateKey.generate().sign)
    rule = _sealed(hub_server.db, 5, {"gbv_types": _shipped("gbv_types")})
    oversized = _sealed(hub_server.db, 6, {"countries": [
        {**item, "fr": item["fr"] + " " * 150} for item in _shipped("countries")] * 40})
    assert len(oversized) > published_lists.MAX_DOCUMENT
    refusals = [(tampered, "not signed by the hub this site is enrolled with"),
                (foreign, "not signed by the hub"),
                (newest[:-10], "not reference lists published by a hub"),
                (rule, "gbv_types is a rule of the program"),
                (oversized, "larger than 2048 kB")]
    for data, says in refusals:
        with pytest.raises(UserError, match=says) as refused:
            hub_reference.apply(admin, data)
        assert "\n" not in str(refused.value)
        assert _held(admin).version == 0 and "nioro" not in _offered(REGION)
    assert hub_reference.apply(admin, newest).version == 2
    older = _sealed(hub_server.db, 1, {"regions": _shipped("regions")})
    with pytest.raises(DamagedData, match=r"older than the ones this site holds \(version 2\)"):
        hub_reference.apply(admin, older)
    assert _held(admin).version == 2 and _offered(REGION)["nioro"] == "Nioro"
    assert hub_reference.apply(admin, newest).version is None  # the same again: nothing
    # Over the line, a hub that serves an oversized document: the site reads no further than
    # the bound, refuses it in one line, and the sync itself goes on.
    with hub_db_module.session(hub_server.db) as session:
        session.add(HubPublication(kind="reference", version=7, items=1, size=len(oversized),
                                   document=oversized))
    add_case(admin)
    done = sync_service.sync(admin)
    assert done.batches == 1 and isinstance(done.reference, str)
    assert "larger than 2048 kB" in done.reference and "\n" not in done.reference
    assert _held(admin).version == 2


def test_a_rule_or_a_dropped_code_is_refused_at_publish_and_versions_only_grow(
        hub_server: HubThread) -> None:
    for lists, says in [
            ({"gbv_types": _shipped("gbv_types")}, "is a rule of the program, not data"),
            ({"consent_given_by": _shipped("consent_given_by")}, "is a rule of the program"),
            ({"regions": _regions()[1:]}, "leaves out the code bamako"),
            ({"quartiers": []}, "not a reference list of Relais")]:
        with pytest.raises(UserError, match=says):
            hub_reference_lists.publish(hub_server.db, lists)
    assert _publications(hub_server.db) == 0
    assert hub_reference_lists.publish(hub_server.db, {"regions": _regions()}).version == 1
    with pytest.raises(UserError, match=r"the ones published already \(version 1\)"):
        hub_reference_lists.publish(hub_server.db, {"regions": _regions()})
    assert hub_reference_lists.publish(hub_server.db, {
        "location_types": _locations()}).version == 2
    assert _publications(hub_server.db) == 2


def _relais(*args: str, stdin: str = "", lang: str = "en") -> Any:
    import os

    from tests.helpers.cli_process import run_relais

    return run_relais(["--lang", lang, *args], input=stdin, timeout=180,
                      env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def test_by_the_command_line_and_on_a_stick(folder: DataFolder, hub_server: HubThread,
                                            tmp_path: Path) -> None:
    lists = tmp_path / "listes"
    lists.mkdir()
    (lists / "regions.json").write_text(json.dumps(_regions(), ensure_ascii=False),
                                        encoding="utf-8")
    (lists / "location_types.json").write_text(json.dumps(_locations()), encoding="utf-8")
    rule = tmp_path / "types.json"
    rule.write_text(json.dumps({"gbv_types": _shipped("gbv_types")}), encoding="utf-8")
    refused = _relais("hub", "reference", "publish", "--db", hub_server.db, str(rule))
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.strip().splitlines() == [
        "relais: Refused: the list gbv_types is a rule of the program, not data: it changes "
        "only with a new version of Relais, never from the hub."]
    broken = tmp_path / "broken.json"
    broken.write_text("{\"regions\": [", encoding="utf-8")
    bad = _relais("hub", "reference", "publish", "--db", hub_server.db, str(broken))
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    assert "broken.json is not JSON" in bad.stderr
    done = _relais("hub", "reference", "publish", "--db", hub_server.db, str(lists))
    assert done.returncode == 0, done.stderr
    assert "Reference lists version 1 published" in done.stdout
    assert "location_types, regions changed" in done.stdout
    with folders.as_user(folder) as admin:
        enrol(admin, hub_server)
        add_case(admin)  # something to send
    ack = _by_stick(folder, hub_server.db, tmp_path)
    back = _read_ack(folder, ack, lang="fr")  # French, as a site's administrator reads it
    assert back.returncode == 0, back.stderr
    assert ("Listes de référence du hub mises à jour, version 1\u202f: location_types, "
            "regions." in back.stdout), back.stdout
    with folders.as_user(folder) as admin:
        assert _offered(REGION)["nioro"] == "Nioro" and _held(admin).version == 1
    again = _read_ack(folder, ack)
    assert again.returncode == 0, again.stderr
    assert "Reference lists" not in again.stdout  # nothing newer: nothing said, nothing done
    # An acknowledgement file whose lists were altered on the way: one line, nothing changed.
    ack.write_bytes(ack.read_bytes().replace(ROAD_FR.encode(), b"Route, piste ou cheMIN"))
    altered = _read_ack(folder, ack)
    assert altered.returncode == 1 and "Traceback" not in altered.stderr
    assert altered.stderr.strip().splitlines() == [
        "Refused: these reference lists are not signed by the hub this site is enrolled with."]
    assert _read_ack(folder, ack, lang="fr").stderr.strip().splitlines() == [
        "Refusé\u202f: ces listes de référence ne sont pas signées par le hub auquel ce site est "
        "inscrit."]
    with folders.as_user(folder) as admin:
        assert _offered(LOCATION)["road"] == ROAD_FR


def _by_stick(folder: DataFolder, db: str, tmp_path: Path) -> Path:
    """The site's batches written to a file, imported at the hub: its answer's file."""
    stick = tmp_path / "stick"
    stick.mkdir()
    batches = stick / "mopti.relaisbatches"
    for args in (("sync", "--data", str(folder.path), "--as", folders.ADMIN, "--out",
                  str(batches)), ("hub", "import", "--db", db, str(batches))):
        done = _relais(*args, stdin=folders.ADMIN_PASSWORD + "\n")
        assert done.returncode == 0, done.stderr
    return stick / "ack-MOPTI.relaisack"


def _read_ack(folder: DataFolder, ack: Path, lang: str = "en") -> Any:
    return _relais("sync", "--data", str(folder.path), "--as", folders.ADMIN, "--ack",
                   str(ack), stdin=folders.ADMIN_PASSWORD + "\n", lang=lang)

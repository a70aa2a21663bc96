"""What goes up, and only that: the allow-list against the field catalogues and the models,
and a demo site's full upload scanned for every identifying value it holds."""

from __future__ import annotations

import json
import zlib
from typing import Any

import pytest
from sqlalchemy import Text, select, text

from desktop.core.catalogue import fields, plan_fields, sea_file
from desktop.core.services.sync import client, records, sync_service, wire
from desktop.core.store.vault import Vault
from desktop.hub import db
from desktop.hub.models import RECORD_TABLES
from tests.helpers import folders
from tests.hub.conftest import HubThread
from tests.hub.test_sync import enrol

# Every column of the site that holds free text or identifies someone (the catalogues' identifying
# fields, and the notes, reasons and names of the models), read back for the scan.
IDENTIFYING_SQL = {
    "survivors": ("name", "phone", "address", "occupation", "caregiver_name",
                  "caregiver_phone", "safe_call_times", "safe_phone", "safe_word"),
    "perpetrators": ("name", "occupation", "sea_entity"),
    "incidents": ("account", "commune", "reported_where"),
    "case_notes": ("text",),
    "cases": ("action_plan", "closure_note", "best_interest_note", "case_number"),
    "sea_files": ("allegation_ref", "entity", "mission", "note"),
    "referrals": ("reason", "override_reason", "feedback_services", "feedback_next_steps"),
    "referral_status_changes": ("note",),
    "follow_ups": ("purpose", "outcome"),
    "assessment_needs": ("note",),
    "services_given": ("note",),
    "staff": ("full_name", "username"),
}


def _identifying_columns() -> set[tuple[str, str]]:
    out = set()
    for field in (*fields.CATALOGUE, *sea_file.CATALOGUE, *plan_fields.PLAN_FIELDS):
        if field.identifying and field.table and field.column:
            out.add((field.table, field.column))
    return out


def test_no_identifying_field_of_any_catalogue_is_in_the_allow_list() -> None:
    identifying = _identifying_columns()
    assert ("survivors", "name") in identifying and ("incidents", "account") in identifying
    for kind in records.KINDS:
        table = kind.model.__table__.name  # type: ignore[attr-defined]
        for column in kind.columns:
            assert (table, column) not in identifying, (table, column)
    for column in records.SURVIVOR_FACTS:
        assert ("survivors", column) not in identifying, column
    assert "date_of_birth" not in records.SURVIVOR_FACTS


def test_no_free_text_column_travels() -> None:
    for kind in records.KINDS:
        table = kind.model.__table__  # type: ignore[attr-defined]
        for column in kind.columns:
            assert not isinstance(table.c[column].type, Text), (kind.name, column)
            assert not column.endswith(("_by_id", "note", "override_reason")), (kind.name, column)


@pytest.fixture
def marked_site(admin: Vault) -> Vault:
    """300 demo cases, and the marker name typed into every identifying field of every case."""
    from desktop.core.services.demo import generator as demo

    demo.generate(admin, 300, seed=4)
    with admin.session() as session:
        for table, columns in IDENTIFYING_SQL.items():
            if table in ("staff", "cases"):
                continue
            sets = ", ".join(f"{c} = :m || ' ' || coalesce({c}, '')" for c in columns)
            session.execute(text(f"UPDATE {table} SET {sets}"), {"m": folders.MARKER})
    return admin


def _values(vault: Vault) -> set[str]:
    """Every identifying value the site holds (long enough not to match a code by chance)."""
    found: set[str] = set()
    with vault.reader() as session:
        for table, columns in IDENTIFYING_SQL.items():
            for row in session.execute(text(f"SELECT {', '.join(columns)} FROM {table}")):
                found.update(v for v in row if isinstance(v, str) and len(v) >= 8)
    return found


def _hub_text(url: str) -> str:
    parts: list[str] = []
    with db.session(url) as session:
        for table in RECORD_TABLES.values():
            for row in session.execute(select(table)):
                parts.extend(str(v) for v in row)
        for name in ("hub_sites", "hub_batches"):
            for row in session.execute(text(f"SELECT * FROM {name}")):
                parts.extend(str(v) for v in row)
    return "\n".join(parts)


def test_a_demo_sites_full_upload_carries_no_name_no_note_no_marker(
        marked_site: Vault, hub_server: HubThread, monkeypatch: pytest.MonkeyPatch) -> None:
    bodies: list[bytes] = []
    real = client.call

    def recording(url: str, path: str, **kwargs: Any) -> bytes:
        if kwargs.get("data") is not None:
            bodies.append(kwargs["data"])
        return real(url, path, **kwargs)

    monkeypatch.setattr(client, "call", recording)
    enrol(marked_site, hub_server)
    done = sync_service.sync(marked_site)
    batches = [body for body in bodies if body.startswith(wire.BATCH_MAGIC)]
    # + the enrolment and the (signed, empty) requests for this site's relayed packages and
    # for the notices of its packages that expired undelivered
    assert done.cases >= 100 and len(batches) == done.batches and len(bodies) == len(batches) + 3
    secrets = _values(marked_site)
    assert len(secrets) > 300
    readable = [body.decode("utf-8", "replace") for body in bodies]
    for body in batches:
        batch = wire.read_batch(body)
        readable.append(json.dumps(batch.records(), ensure_ascii=False))
        readable.append(zlib.decompress(batch.body).decode())
    readable.append(_hub_text(hub_server.db))
    everything = "\n".join(readable)
    assert "stats_consent" in everything  # the scan reads what was sent
    for marker in (folders.MARKER, "fictif", "Fictif", "fictive", "Fictive"):
        assert marker not in everything, marker
    leaked = [value for value in secrets if value in everything]
    assert leaked == []
    with db.session(hub_server.db) as session:  # the upload carried every kind the demo has
        for kind in ("incidents", "perpetrators", "sea_files", "sea_assistance", "referrals",
                     "referral_status_changes", "follow_ups", "services_given", "consents"):
            table = RECORD_TABLES[kind]
            assert session.scalar(select(table.c.id).limit(1)) is not None, kind

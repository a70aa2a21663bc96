"""Demo SEA victims' files for ``relais demo`` (a ``demo.DEMO_HOOKS`` function).

Feature package: ``demo``. For each SEA case of a batch: its file (a fictional UN allegation
reference, entity and mission, category of personnel, exploitation or abuse, a nationality,
the investigation's status), now and then a child born of SEA with a claim at some step, the
days she was informed, and one to three assistances of the Protocol's types by a directory
provider or a member of staff. Each case draws from a generator seeded by its case number, so
the rest of the demo (and older demo databases) stays as it was.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop.core.catalogue import reference
from desktop.core.services.casework.sea_file import CLAIM_STEPS
from desktop.core.services.demo.demo_rows import insert_rows, stamp
from desktop.core.store.models import (
    SeaAssistance,
    SeaChild,
    SeaClaim,
    SeaFile,
    SeaInformed,
    ServiceProvider,
)

if TYPE_CHECKING:
    from desktop.core.services.demo.batch import DemoBatch

ENTITIES = (("MINUSMA (fictif)", "Mission au Mali (fictif)"),
            ("Agence des Nations Unies (fictif)", "Bureau de Mopti (fictif)"),
            ("Contingent B (fictif)", "Secteur Centre (fictif)"))
NATIONALITIES = ("ne", "sn", "bf", "td", "tg", "bd", "eg", "fr", "ml", "gn")


def _at(day: date) -> datetime:
    return datetime.combine(day, time(11, 0), tzinfo=UTC)


def add_sea_files(batch: DemoBatch) -> None:
    """The demo hook: an SEA file for each SEA case of the batch."""
    cases = [c for c in batch.cases if c.sea]
    if not cases:
        return
    providers = list(batch.conn.scalars(select(ServiceProvider.id)
                                        .where(ServiceProvider.active.is_(True))))
    rows: dict[Any, list[dict[str, Any]]] = {m: [] for m in (
        SeaFile, SeaChild, SeaClaim, SeaInformed, SeaAssistance)}
    for case in cases:  # the file is the intake's incident's (the SEA one)
        if case.incident_id:
            _file(random.Random(case.case_number), batch, case, case.incident_id, providers,
                  rows)
    for model, values in rows.items():
        if values:
            insert_rows(batch.conn, model, values)


def _day_after(rng: random.Random, day: date, most: int, today: date) -> date:
    return min(day + timedelta(days=rng.randint(1, most)), today)


def _file(rng: random.Random, batch: DemoBatch, case: Any, incident_id: str,
          providers: list[str], rows: dict[Any, list[dict[str, Any]]]) -> None:
    opened, today, site = case.opened_on, batch.today, case.site_id
    entity, mission = rng.choice(ENTITIES)
    status = rng.choice(reference.codes("sea_investigation_statuses"))
    sea = {**stamp(site, _at(opened)), "incident_id": incident_id,
           "allegation_ref": f"ALL-{opened.year}-{rng.randint(1, 9999):04d} (fictif)",
           "entity": entity, "mission": mission,
           "personnel_category": rng.choice(reference.codes("sea_personnel_categories")),
           "sea_kind": rng.choice(reference.codes("sea_kinds")),
           "perpetrator_nationality": rng.choice(NATIONALITIES), "victim_age": None,
           "investigation_status": status,
           "investigation_status_on": _day_after(rng, opened, 60, today), "note": None}
    rows[SeaFile].append(sea)
    if rng.random() < 0.3:
        child = {**stamp(site, _at(opened)), "sea_file_id": sea["id"], "position": 1,
                 "date_of_birth": opened - timedelta(days=rng.randint(30, 900)),
                 "sex": rng.choice(("female", "male"))}
        rows[SeaChild].append(child)
        claim: dict[str, Any] = {**stamp(site, _at(opened)), "sea_file_id": sea["id"],
                                 "position": 1, "child_id": child["id"]}
        day = opened
        reached = rng.randint(0, len(CLAIM_STEPS))
        for n, step in enumerate(CLAIM_STEPS):
            day = _day_after(rng, day, 40, today)
            claim[step] = day if n < reached else None
        rows[SeaClaim].append(claim)
    informed_on = opened
    for about in ("progress", "progress", "outcome")[:rng.randint(0, 3)]:
        informed_on = _day_after(rng, informed_on, 45, today)
        rows[SeaInformed].append({**stamp(site, _at(informed_on)), "sea_file_id": sea["id"],
                                  "informed_on": informed_on, "about": about,
                                  "recorded_by_id": case.caseworker_id,
                                  "recorded_at": _at(informed_on)})
    types = reference.codes("sea_assistance_types")
    for kind in rng.sample(types, rng.randint(1, 3)):
        start = _day_after(rng, opened, 10, today)
        by_provider = bool(providers) and rng.random() < 0.6
        rows[SeaAssistance].append({
            **stamp(site, _at(start)), "sea_file_id": sea["id"], "child_id": None,
            "assistance_type": kind, "provided_on": start,
            "until_on": _day_after(rng, start, 90, today) if rng.random() < 0.5 else None,
            "provider_id": rng.choice(providers) if by_provider else None,
            "provided_by_id": None if by_provider else case.caseworker_id})

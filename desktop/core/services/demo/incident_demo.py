"""Demo returning survivors and care given in house, for ``relais demo`` and the benchmarks.

A ``demo.DEMO_HOOKS`` function: about one case in sixteen that stayed open a month or more
gets a second incident (told to the centre later, with its own perpetrator and, now and then,
a mandatory report), and most medical and psychosocial needs get a service given in house by
the case worker. Each case draws from its own stream (seeded by its case number), so the rest
of the demo stays as it was. Feature package: demo.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from desktop.core.services.demo.demo_rows import insert_rows, stamp
from desktop.core.store.models import Incident, Perpetrator, ServiceGiven

if TYPE_CHECKING:
    from desktop.core.services.demo.batch import DemoBatch, DemoCase

RETURNING_SHARE = 1 / 16
IN_HOUSE = {"medical": ("health", 0.7), "psychosocial": ("psychosocial", 0.6)}
SECOND_TYPES = ("physical_assault", "psychological_abuse", "rape", "denial_of_resources")
RELATIONSHIPS = ("intimate_partner", "family", "neighbour", "stranger")


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), UTC)


def _second_incident(case: DemoCase, rng: random.Random, today: date,
                     rows: dict[Any, list[dict[str, Any]]]) -> None:
    last = case.closed_on or today
    if (last - case.opened_on).days < 30 or rng.random() >= RETURNING_SHARE:
        return
    told = case.opened_on + timedelta(days=rng.randint(21, (last - case.opened_on).days))
    known = rng.random() < 0.8
    report = rng.random() < 0.15
    incident = stamp(case.site_id, _at(told, 11))
    incident.update(
        case_id=case.id, date_of_interview=told,
        date_precision="exact" if known and rng.random() < 0.7 else (
            "estimated" if known else "unknown"),
        incident_date=told - timedelta(days=rng.randint(0, 10)) if known else None,
        reported_by="survivor" if rng.random() < 0.85 else "third_party",
        time_of_day=rng.choice(("morning", "afternoon", "evening_night", "unknown")),
        location_type="survivor_home", region=case.region, gbv_type=rng.choice(SECOND_TYPES),
        goods_exchanged=False, wants_legal_action=rng.choice(("yes", "no", "undecided")),
        account="Second récit fictif (démonstration).",
        mandatory_report_made=report, mandatory_report_to="police" if report else None,
        mandatory_report_on=told if report else None,
        mandatory_report_informed=True if report else None)
    rows.setdefault(Incident, []).append(incident)
    person = stamp(case.site_id, _at(told, 11))
    person.update(incident_id=incident["id"], position=0, is_primary=True,
                  sex="male", age_group=rng.choice(("18_25", "26_40", "41_60")),
                  relationship_code=rng.choice(RELATIONSHIPS))
    rows.setdefault(Perpetrator, []).append(person)


def _services(case: DemoCase, rng: random.Random, today: date, first: str | None,
              rows: dict[Any, list[dict[str, Any]]]) -> None:
    for need in case.needs:
        service, share = IN_HOUSE.get(need, (None, 0.0))
        if service is None or rng.random() >= share:
            continue
        given = min(case.closed_on or today, case.opened_on + timedelta(days=rng.randint(0, 3)))
        row = stamp(case.site_id, _at(given, 14))
        row.update(case_id=case.id, incident_id=first, service_type=service, given_on=given,
                   provider_id=case.caseworker_id, recorded_by_id=case.caseworker_id,
                   note=None)
        rows.setdefault(ServiceGiven, []).append(row)


def add_incidents_and_services(batch: DemoBatch) -> None:
    """Second incidents and services given in house for the cases of one batch."""
    rows: dict[Any, list[dict[str, Any]]] = {}
    for case in batch.cases:
        rng = random.Random(f"incident-demo:{case.case_number}")
        _services(case, rng, batch.today, case.incident_id or None, rows)
        _second_incident(case, rng, batch.today, rows)
    for model in (Incident, Perpetrator, ServiceGiven):
        if rows.get(model):
            insert_rows(batch.conn, model, rows[model])

"""What a demo hook is handed: the batch of cases just generated, inside its transaction."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection


@dataclass
class DemoCase:
    """A case just generated (what a hook needs to add related records)."""

    id: str
    case_number: str
    survivor_id: str
    caseworker_id: str
    site_id: str
    opened_on: date
    step: int
    status: str
    closed_on: date | None
    gbv_type: str
    sea: bool
    region: str
    needs: list[str]
    released: set[str]  # service types the survivor consented to release information to
    statistics: bool
    caregiver_perpetrator: bool = False  # a child whose caregiver is an alleged perpetrator
    un_consent: bool | None = None  # SEA: she consents to inform the UN entity
    incident_id: str = ""  # the incident told at intake (the SEA incident of an SEA case)


@dataclass
class DemoBatch:
    """One batch of demo cases, handed to each hook inside the batch's transaction."""

    conn: Connection
    rng: random.Random
    today: date
    site_id: str
    staff_ids: list[str]
    supervisor_id: str
    cases: list[DemoCase] = field(default_factory=list)

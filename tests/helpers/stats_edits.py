"""Random edits through the real services, for the tests of the statistics fact tables.

:class:`Editor` opens cases (any sex, age, dates, consent, GBV type, perpetrators), edits
intakes (consent given or withdrawn, survivor, incident and perpetrators changed), adds
incidents, records and removes services given, makes, sends and answers referrals, closes and
reopens cases, each chosen by a seeded ``random.Random``. :func:`facts_rows` and
:func:`rebuilt_rows` read the maintained fact tables and what a rebuild from scratch gives.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select, text

from desktop.core.errors import UserError
from desktop.core.services.cases import case_actions, incidents, intake
from desktop.core.services.casework import services_given
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.services.referrals import workflow as referrals
from desktop.core.store.models import Case, Referral, ServiceGiven, stats_facts
from desktop.core.store.vault import Vault
from tests.helpers.incident_data import new_incident
from tests.helpers.intake_data import sample_intake
from tests.helpers.report_data import provider

KINDS = ("open", "open", "consent", "intake", "incident", "service", "unservice", "refer",
         "status", "status", "close", "reopen")
GBV = ("rape", "sexual_assault", "physical_assault", "forced_marriage", "denial_of_resources",
       "psychological_abuse")
PLACES = ("field_bush", "survivor_home", "perpetrator_home", "school", "road")
RELATIONS = ("family", "stranger", "intimate_partner", "un_humanitarian", None)
AGES = ("0_11", "12_17", "18_25", "26_40", "41_60", "61_plus", "unknown", None)


def facts_rows(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the fact tables, in key order."""
    with vault.require_engine().connect() as conn:
        return {table: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} "
                                                            "ORDER BY 1, 2"))]
                for table in stats_facts.TABLES}


def rebuilt_rows(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    """The fact tables as :func:`stats_facts.rebuild` makes them (rolled back after)."""
    with vault.require_engine().connect() as conn:
        conn.begin()
        try:
            stats_facts.rebuild(conn)
            return {table: [tuple(r) for r in conn.execute(text(
                f"SELECT * FROM {table} ORDER BY 1, 2"))] for table in stats_facts.TABLES}
        finally:
            conn.rollback()


class Editor:
    """Random edits of the supervisor's site; ``done`` counts the edits that were accepted."""

    def __init__(self, vault: Vault, seed: int, today: date | None = None) -> None:
        self.vault = vault
        # The day the edits are dated from: the test's own, read when it runs (not at import).
        self.today = today or date.today()
        self.rng = random.Random(seed)
        self.done: Counter[str] = Counter()
        assert vault.actor is not None
        self.staff_id = str(vault.actor.staff_id)
        with vault.session() as s:
            self.provider = provider(s, vault.actor.site_id).id

    def _ids(self, model: Any, *where: Any) -> list[str]:
        """Ids in the order the rows were made (random UUIDs would change the choices from
        one run to the next)."""
        with self.vault.reader() as s:
            return list(s.scalars(select(model.id).where(*where)
                                  .order_by(model.created_at, model.id)))

    def _case(self, status: str | None = "open") -> str | None:
        ids = self._ids(Case, *(() if status is None else (Case.status == status,)))
        return self.rng.choice(ids) if ids else None

    def _perpetrators(self) -> list[dict[str, Any]]:
        rng = self.rng
        lines = []
        for _ in range(rng.randint(0, 3)):
            lines.append({"is_primary": rng.random() < 0.7, "sex": rng.choice(["male", "female"]),
                          "age_group": rng.choice(AGES), "relationship": rng.choice(RELATIONS),
                          "occupation": None, "occupation_code": None, "nationality": "mali",
                          "name": None, "previous_incident_with": None,
                          "sea_affiliation": None, "sea_entity": None})
        return lines

    def _survivor_and_incident(self, interview: date) -> dict[str, Any]:
        rng = self.rng
        born = rng.random() < 0.6
        told = interview - timedelta(days=rng.choice([0, 1, 3, 4, 5, 6, 14, 15, 30, 31, 200]))
        changes: dict[str, Any] = {
            "survivor.date_of_birth": (interview - timedelta(days=rng.randint(3 * 365, 70 * 365))
                                       if born else None),
            "survivor.estimated_age": None if born else rng.choice([None, 9, 15, 17, 18, 30, 64]),
            "survivor.sex": rng.choice(["female", "male", "female", None]),
            "incident.date": told if rng.random() < 0.85 else None,
            "incident.gbv_type": rng.choice(GBV),
            "incident.location_type": rng.choice(PLACES),
            "perpetrators": self._perpetrators(),
        }
        if changes["incident.date"] is None:
            changes["incident.date_precision"] = "unknown"
        return changes

    def apply(self) -> None:
        """One random edit; one refused as a person's would be (a closed case…) changes
        nothing."""
        kind = self.rng.choice(KINDS)
        try:
            if getattr(self, "_" + kind)() is not False:
                self.done[kind] += 1
        except UserError:
            pass

    def _open(self) -> None:
        rng = self.rng
        interview = self.today - timedelta(days=rng.randint(0, 80))
        report = interview - timedelta(days=rng.choice([0, 0, 2, 9]))
        intake.open_case(self.vault, sample_intake(**{
            "registration.date_of_interview": interview, "registration.date_of_report": report,
            "sea.reported_to_un_on": interview, "sea.un_consent_given_on": interview,
            "consent.given_on": interview,
            "consent.statistics": rng.choice([True, True, False, None]),
            **self._survivor_and_incident(interview)}))

    def _consent(self) -> bool | None:
        case_id = self._case()
        if case_id is None:
            return False
        data = intake.load_intake(self.vault, case_id)
        data["consent.statistics"] = not data.get("consent.statistics")
        intake.update_case(self.vault, case_id, data)
        return None

    def _intake(self) -> bool | None:
        case_id = self._case()
        if case_id is None:
            return False
        data = intake.load_intake(self.vault, case_id)
        interview = data["registration.date_of_interview"]
        data.update(self._survivor_and_incident(interview))
        intake.update_case(self.vault, case_id, data)
        return None

    def _incident(self) -> bool | None:
        case_id = self._case()
        if case_id is None:
            return False
        told = self.today - timedelta(days=self.rng.randint(0, 40))
        changes = self._survivor_and_incident(told)
        # At least one perpetrator: add_incident without any warns (the incident joins the
        # session only through its perpetrators before ``derive`` reads ``case.incidents``).
        changes["perpetrators"] = changes["perpetrators"] or self._perpetrators() or [
            {"is_primary": True, "sex": "male", "age_group": "41_60", "relationship": "family"}]
        incidents.add_incident(self.vault, case_id, new_incident(told, **{
            k: v for k, v in changes.items() if k.startswith(("incident.", "perpetrators"))}))
        return None

    def _service(self) -> bool | None:
        case_id = self._case()
        if case_id is None:
            return False
        with self.vault.reader() as s:
            opened = s.scalar(select(Case.date_of_interview).where(Case.id == case_id))
        assert opened is not None
        given = opened + timedelta(days=self.rng.randint(0, max(0, (self.today - opened).days)))
        services_given.record(self.vault, case_id, self.rng.choice(["health", "psychosocial"]),
                              given, self.staff_id)
        return None

    def _unservice(self) -> bool | None:
        with self.vault.reader() as s:
            rows = s.execute(select(ServiceGiven.case_id, ServiceGiven.id)
                             .join(Case, Case.id == ServiceGiven.case_id)
                             .where(Case.status == "open")
                             .order_by(ServiceGiven.created_at, ServiceGiven.id)).all()
        if not rows:
            return False
        case_id, service_id = self.rng.choice(rows)
        services_given.remove(self.vault, case_id, service_id)
        return None

    def _refer(self) -> bool | None:
        case_id = self._case()
        if case_id is None:
            return False
        referrals.create_referral(
            self.vault, case_id, service_type=self.rng.choice(["health", "legal", "psychosocial"]),
            provider_id=self.provider, priority=self.rng.choice(["emergency", "urgent", "normal"]),
            override_reason="Urgence vitale",
            today=self.today - timedelta(days=self.rng.randint(0, 20)))
        return None

    def _status(self) -> bool | None:
        ids = self._ids(Referral)
        if not ids:
            return False
        referral_id = self.rng.choice(ids)
        detail = referrals.referral_detail(self.vault, referral_id)
        if not detail.allowed_next:
            return False
        referrals.change_status(self.vault, referral_id, self.rng.choice(detail.allowed_next),
                                on=self.today - timedelta(days=self.rng.randint(0, 30)))
        return None

    def _close(self) -> bool | None:
        case_id = self._case()
        if case_id is None:
            return False
        case_actions.request_closure(self.vault, case_id, "needs_met",
                                     checklist=Checklist.all_ticked())
        case_actions.approve_closure(self.vault, case_id)
        return None

    def _reopen(self) -> bool | None:
        case_id = self._case("closed")
        if case_id is None:
            return False
        case_actions.reopen(self.vault, case_id, "Nouvel élément")
        return None

"""The rows of one batch of fictional demo cases (``generator.py`` writes them): survivors,
cases, their steps, safety assessment, incident and perpetrator, consents with their history,
needs and notes, drawn from ``demo_profiles``; ``INSERT_ORDER`` is the order they are written in
(every parent before its children)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from desktop.core.catalogue.fields import UN_SHARING
from desktop.core.services.cases.intake import CODE_ALPHABET, case_number
from desktop.core.services.demo import demo_profiles as p
from desktop.core.services.demo.batch import DemoCase
from desktop.core.services.demo.demo_rows import demo_id, stamp
from desktop.core.store.models import (
    AssessmentNeed,
    Case,
    CaseNote,
    CaseStep,
    Consent,
    ConsentApproval,
    ConsentChange,
    Incident,
    Perpetrator,
    SafetyAssessment,
    Survivor,
    derived,
)

SERVICE_TYPES = ("health", "psychosocial", "legal", "safety", "shelter", "livelihoods",
                 "child_protection", "material", "other")


def interview_dates(rng: random.Random, today: date, count: int) -> list[date]:
    """``count`` interview days of the last three years (recent days more likely: a centre
    that grows), oldest first: the order in which a centre opens its cases, so that case
    numbers rise with the interview date and a month's cases lie together."""
    return sorted(today - timedelta(days=int(rng.triangular(0, 3 * 365, 0)))
                  for _ in range(count))


class BatchMaker:
    """Builds the rows of one batch."""

    def __init__(self, rng: random.Random, today: date, site_id: str, site_code: str,
                 staff_ids: list[str], supervisor_id: str, codes: set[str]) -> None:
        self.rng, self.today, self.site_id, self.site_code = rng, today, site_id, site_code
        self.staff_ids, self.supervisor_id, self.codes = staff_ids, supervisor_id, codes
        self.rows: dict[Any, list[dict[str, Any]]] = {}
        # Answers added later draw from their own stream, so the older ones stay as they were.
        self.later = random.Random(str(rng.getstate()[1][:16]))

    def add(self, model: Any, row: dict[str, Any]) -> None:
        self.rows.setdefault(model, []).append(row)

    def survivor_code(self) -> str:
        while True:
            code = "S-" + "".join(self.rng.choice(CODE_ALPHABET) for _ in range(6))
            if code not in self.codes:
                self.codes.add(code)
                return code

    def case(self, sequence: int, interview: date) -> DemoCase:
        """The rows of one case numbered ``sequence``, interviewed on ``interview``
        (``interview_dates``)."""
        rng = self.rng
        at = datetime.combine(interview, time(8 + rng.randrange(9), rng.randrange(60)), UTC)
        worker = rng.choice(self.staff_ids)
        gbv_type = p.pick(rng, p.GBV_TYPES)
        sea = rng.random() < p.SEA_SHARE
        if sea and gbv_type not in ("rape", "sexual_assault"):
            gbv_type = "rape" if rng.random() < 0.6 else "sexual_assault"
        low, high = p.pick(rng, p.AGES)
        age = rng.randint(low, high)
        child = age < 18
        survivor = stamp(self.site_id, at)
        known_birth = rng.random() < 0.4
        survivor.update(
            survivor_code=self.survivor_code(),
            name=p.fictional_name(rng) if rng.random() < 0.75 else None,
            phone=f"+223 00 {rng.randrange(100):02d} {rng.randrange(100):02d} 00"
            if rng.random() < 0.5 else None,
            address=f"Quartier fictif {rng.randrange(1, 40)}" if rng.random() < 0.6 else None,
            date_of_birth=date(interview.year - age, rng.randint(1, 12), rng.randint(1, 28))
            if known_birth else None,
            estimated_age=None if known_birth else age,
            sex="female" if rng.random() < 0.94 else "male",
            nationality=p.pick(rng, p.NATIONALITIES), ethnicity=p.pick(rng, p.ETHNICITIES),
            marital_status=None if child else p.pick(
                rng, {"single": 25, "married": 55, "divorced": 10, "widowed": 10}),
            dependents=0 if child else rng.randint(0, 6),
            occupation=rng.choice(p.OCCUPATIONS),
            displacement_status=p.pick(rng, p.DISPLACEMENT),
            disability=p.pick(rng, {"none": 93, "physical": 4, "mental": 2, "both": 1}),
            unaccompanied_child=(rng.random() < 0.1) if child else None,
            caregiver_name=p.fictional_name(rng) if child else None,
            caregiver_phone=None, caregiver_relationship=rng.choice(
                ("mother", "father", "aunt_uncle", "grandparent")) if child else None,
            caregiver_informed=(rng.random() < 0.8) if child else None,
            caregiver_is_perpetrator=False if child else None)
        self.add(Survivor, survivor)
        region = p.pick(rng, p.REGIONS)
        case = DemoCase(
            id=demo_id(), survivor_id=survivor["id"], caseworker_id=worker,
            site_id=self.site_id, opened_on=interview, step=1, status="open", closed_on=None,
            gbv_type=gbv_type, sea=sea, region=region,
            case_number=case_number(self.site_code, interview.year, sequence),
            needs=p.pick_many(rng, p.NEEDS, 1, 4), released=set(),
            statistics=rng.random() < p.STATISTICS_CONSENT)
        self._life(case, at)
        # The derived columns as the ORM flush sets them (derived.py): the number's sort key,
        # and the statistics consent (given or not; no demo consent is withdrawn).
        self.rows[Case][-1].update(number_key=derived.number_key(case.case_number),
                                   stats_consent=case.statistics)
        self._incident(case, at, interview, child)
        self._consents(case, at, age)
        return case

    def _life(self, case: DemoCase, at: datetime) -> None:
        rng = self.rng
        age_days = (self.today - case.opened_on).days
        if rng.random() < p.closed_share(age_days):
            case.status, case.step = "closed", 6
            case.closed_on = min(self.today, case.opened_on + timedelta(
                days=rng.randint(14, max(15, min(age_days, 240)))))
        else:
            case.step = p.pick(rng, p.OPEN_STEPS) if age_days > 3 else rng.choice((1, 2))
            if case.step >= 4 and rng.random() < 0.04:
                case.status = "closure_requested"
        last = case.closed_on or self.today
        span = max(1, (last - case.opened_on).days)
        for step in range(1, case.step + 1):
            started = case.opened_on if step <= 2 else case.opened_on + timedelta(
                days=min(span, int(span * (step - 2) / 4)))
            self.add(CaseStep, {**stamp(self.site_id, at), "case_id": case.id, "step": step,
                                "started_on": started, "by_id": case.caseworker_id})
        closed_at = datetime.combine(case.closed_on, time(15), UTC) if case.closed_on else None
        requested = case.status in ("closed", "closure_requested")
        reason = p.pick(rng, {"needs_met": 60, "no_contact": 20, "survivor_request": 8,
                              "left_area": 7, "transferred": 5}) if requested else None
        self.add(Case, {
            **stamp(self.site_id, at), "id": case.id, "case_number": case.case_number,
            "survivor_id": case.survivor_id, "created_by_id": case.caseworker_id,
            "caseworker_id": case.caseworker_id, "status": case.status, "step": case.step,
            "date_of_interview": case.opened_on, "date_of_report": case.opened_on,
            "referred_by": p.pick(rng, p.REFERRAL_SOURCES), "gbv_type": case.gbv_type,
            "sea": case.sea, "possible_exploitation": False,
            "safety_risk": p.pick(rng, {"low": 45, "medium": 35, "high": 20}),
            "action_plan": "Plan d'action fictif." if case.step >= 3 else None,
            "opened_at": at, "closure_reason": reason, "closure_note": None,
            "closure_requested_by_id": case.caseworker_id if requested else None,
            "closure_requested_at": closed_at or (at if requested else None),
            "closed_by_id": self.supervisor_id if case.closed_on else None,
            "closed_at": closed_at, "child_assent": None, "caregiver_unsuitable": None,
            "best_interest_note": None})
        # The intake's risk assessment, at the level picked (no draw: the stream is unchanged).
        self.add(SafetyAssessment, {
            **stamp(self.site_id, at), "case_id": case.id, "assessed_on": case.opened_on,
            "assessed_by_id": case.caseworker_id, "answers": None, "suggested_level": None,
            "level": self.rows[Case][-1]["safety_risk"], "reason": None, "source": "intake"})
        for need in case.needs:
            self.add(AssessmentNeed, {**stamp(self.site_id, at), "case_id": case.id,
                                      "need": need, "note": None})
        if rng.random() < 0.4:
            self.add(CaseNote, {**stamp(self.site_id, at), "case_id": case.id,
                                "author_id": case.caseworker_id,
                                "text": "Note de suivi fictive (démonstration)."})

    def _incident(self, case: DemoCase, at: datetime, interview: date, child: bool) -> None:
        rng = self.rng
        incident = stamp(self.site_id, at)
        goods = rng.random() < (0.6 if case.sea else 0.05)
        cercle = rng.choice(_cercles(case.region))
        incident.update(
            case_id=case.id, date_of_interview=interview, date_precision="exact",
            incident_date=interview - timedelta(days=int(rng.expovariate(1 / 20))),
            time_of_day=p.pick(rng, p.TIMES),
            location_type="military_un_base" if case.sea and rng.random() < 0.3
            else p.pick(rng, p.LOCATIONS),
            region=case.region, cercle=cercle, commune=None, displacement_at_incident=None,
            account="Récit fictif généré pour la démonstration.", gbv_type=case.gbv_type,
            classification_answers=None,
            harmful_practice="early_forced_marriage" if case.gbv_type == "forced_marriage"
            else ("fgm" if child and rng.random() < 0.03 else "none"),
            goods_exchanged=goods, abduction=p.pick(
                rng, {"none": 94, "forced_conscription": 1, "trafficking": 2, "other": 3}),
            reported_elsewhere=p.pick(rng, {"no": 80, "gbvims_org": 12, "non_gbvims_org": 8}),
            reported_where=None, previous_incidents=rng.random() < 0.3,
            wants_legal_action=p.pick(self.later, {"yes": 35, "no": 25, "undecided": 40}),
            sea_reported_to_un_on=interview if case.sea and rng.random() < 0.7 else None)
        un_consent = (rng.random() < 0.6) if case.sea else None
        incident.update(
            sea_paternity_claim=(rng.random() < 0.1) if case.sea else None)
        # About 60 % of SEA victims agree that the UN entity / SEA focal point is informed.
        case.un_consent = un_consent
        self.add(Incident, incident)
        case.incident_id = incident["id"]
        if goods and case.gbv_type in ("rape", "sexual_assault"):
            self.rows[Case][-1]["possible_exploitation"] = True
        count = p.pick(rng, {1: 80, 2: 15, 3: 5})
        for position in range(count):
            sea = case.sea and position == 0
            relationship = "un_humanitarian" if sea else p.pick(
                rng, p.RELATIONSHIPS[case.gbv_type])
            self.add(Perpetrator, {
                **stamp(self.site_id, at), "incident_id": incident["id"],
                "position": position, "is_primary": position == 0,
                "sex": "male" if rng.random() < 0.97 else "female",
                "age_group": p.pick(rng, {"12_17": 6, "18_25": 24, "26_40": 42, "41_60": 18,
                                          "61_plus": 2, "unknown": 8}),
                "relationship_code": relationship,
                "occupation": (job := rng.choice(p.PERPETRATOR_OCCUPATIONS))[0],
                "occupation_code": job[1],
                "nationality": "other" if sea else p.pick(rng, p.NATIONALITIES),
                "name": p.fictional_name(rng, p.FIRST_NAMES[20:]) if rng.random() < 0.3
                else None,
                "previous_incident_with": rng.random() < 0.25,
                "sea_affiliation": p.pick(rng, p.SEA_AFFILIATIONS) if sea else None,
                "sea_entity": rng.choice(p.SEA_ENTITIES) if sea else None})
            case.caregiver_perpetrator |= child and relationship == "caregiver"

    def _consents(self, case: DemoCase, at: datetime, age: int) -> None:
        child = age < 18
        wanted = {p.NEED_SERVICES[n] for n in case.needs}
        case.released = {s for s in wanted if self.rng.random() < 0.9}
        if child and self.rng.random() < 0.5:
            case.released.add("child_protection")
        scopes = {"services": True, "statistics": case.statistics}
        scopes.update({f"release:{s}": s in case.released for s in SERVICE_TYPES})
        if case.un_consent is not None:
            scopes[UN_SHARING] = case.un_consent
        given_by = self._child_consent(case, at, age) if child else "survivor"
        for scope, given in scopes.items():
            consent = {
                **stamp(self.site_id, at), "case_id": case.id, "scope": scope, "given": given,
                "given_by": given_by, "given_on": case.opened_on,
                "recorded_by_id": case.caseworker_id, "withdrawn_on": None}
            self.add(Consent, consent)
            # Its history's first row, as the intake records it (the consent tab shows it).
            self.add(ConsentChange, {
                **stamp(self.site_id, at), "consent_id": consent["id"], "position": 0,
                "change": "given" if given else "not_given", "on": case.opened_on,
                "given_by": given_by, "recorded_by_id": case.caseworker_id, "recorded_at": at})

    def _child_consent(self, case: DemoCase, at: datetime, age: int) -> str:
        """Who consents for a child (as the age bands say); a caregiver who is an alleged
        perpetrator is replaced by another trusted adult, approved by the supervisor."""
        row = self.rows[Case][-1]
        if case.caregiver_perpetrator:
            given_by = "trusted_adult"
            self.rows[Survivor][-1]["caregiver_is_perpetrator"] = True
            row["caregiver_unsuitable"] = "perpetrator"
            row["best_interest_note"] = "Note fictive : une tante protège l'enfant."
            self.add(ConsentApproval, {**stamp(self.site_id, at), "case_id": case.id,
                                       "approved_by_id": self.supervisor_id,
                                       "approved_at": at})
        else:
            given_by = "survivor" if age >= 15 else "caregiver"
        if given_by != "survivor" and age >= 6:
            row["child_assent"] = True
        return given_by


def _cercles(region: str) -> list[str]:
    from desktop.core.catalogue import reference

    return [code for code, _ in reference.cercles(region, "fr")]


INSERT_ORDER = (Survivor, Case, SafetyAssessment, CaseStep, Incident, Perpetrator, Consent,
                ConsentChange, ConsentApproval, AssessmentNeed, CaseNote)

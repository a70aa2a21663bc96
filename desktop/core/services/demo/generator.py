"""Fictional demo cases in bulk: ``relais demo`` and the benchmarks' 100,000-case database.

Rows go in with SQLAlchemy Core ``executemany`` in big transactions (not one ORM object at a
time), so 100,000 cases take well under a minute. Names carry the ``(fictif)`` mark.

Extension point: append a function to ``DEMO_HOOKS``; it is called once per batch, inside the
batch's transaction, with a ``DemoBatch`` (the connection, the random generator, the cases just
made with their needs and consents). The referrals work adds referrals and follow-ups this way.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, select

from desktop.core.catalogue.fields import UN_SHARING
from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit, settings
from desktop.core.services.accounts.permissions import Permission, require
from desktop.core.services.cases.intake import CODE_ALPHABET, case_number
from desktop.core.services.demo import bulk_load
from desktop.core.services.demo import demo_profiles as p
from desktop.core.services.demo.batch import DemoBatch, DemoCase
from desktop.core.services.demo.demo_rows import demo_id, insert_rows, stamp
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
    Site,
    Staff,
    Survivor,
    derived,
    stats_facts,
)
from desktop.core.store.vault import Vault

BATCH = 10000
CACHE_KIB = -524288  # 512 MiB while generating (random-key index pages stay in memory longer)
MAX_CASES = 1_000_000
SERVICE_TYPES = ("health", "psychosocial", "legal", "safety", "shelter", "livelihoods",
                 "child_protection", "material", "other")


DEMO_HOOKS: list[Callable[[DemoBatch], None]] = []


class _Maker:
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

    def case(self, sequence: int) -> DemoCase:
        rng, today = self.rng, self.today
        interview = today - timedelta(days=int(rng.triangular(0, 3 * 365, 0)))
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


def _workers(conn: Connection, site_id: str, fallback: str) -> tuple[list[str], str]:
    rows = conn.execute(select(Staff.id, Staff.role).where(
        Staff.site_id == site_id, Staff.active.is_(True))).all()
    workers = [i for i, role in rows if role == "caseworker"] or [fallback]
    supervisors = [i for i, role in rows if role in ("supervisor", "admin_supervisor",
                                                   "administrator")]
    return workers, (supervisors[0] if supervisors else fallback)


def generate(vault: Vault, count: int, *, seed: int | None = None,
             progress: Callable[[int, int], None] | None = None,
             today: date | None = None, bulk: bool = False) -> int:
    """Add ``count`` fictional cases to the actor's site (administrators); returns ``count``.

    ``bulk``: the benchmarks' fast load (``bulk_load.py``): one transaction, indexes made at the
    end, the name index written directly; the same cases, consents and numbers. It needs the
    database to itself (no other connection open)."""
    actor = require(vault, Permission.MANAGE_SETTINGS)
    if not 0 < count <= MAX_CASES:
        raise ValidationError({"cases": translate(
            "Demo", "Give a number of cases from 1 to {high}.").format(high=MAX_CASES)})
    rng = random.Random(seed)
    today = today or date.today()
    engine = vault.require_engine()
    with engine.begin() as conn:
        site = conn.execute(select(Site.id, Site.code).where(Site.id == actor.site_id)).one()
        workers, supervisor = _workers(conn, site.id, actor.staff_id or "")
        codes = set(conn.scalars(select(Survivor.survivor_code)))
    with vault.session() as session:
        start = settings.next_number(session, "case_sequence") - 1
        settings.put_in_session(session, "case_sequence", start + count)

    def batches(conn: Connection) -> Iterator[tuple[_Maker, DemoBatch]]:
        done = 0
        while done < count:
            size = min(BATCH, count - done)
            maker = _Maker(rng, today, site.id, site.code, workers, supervisor, codes)
            batch = DemoBatch(conn=conn, rng=rng, today=today, site_id=site.id,
                              staff_ids=workers, supervisor_id=supervisor)
            batch.cases = [maker.case(start + done + i + 1) for i in range(size)]
            yield maker, batch
            done += size
            if progress is not None:
                progress(done, count)

    if bulk:
        _bulk(engine, batches)
        with engine.begin() as conn:  # after the load, with the indexes it joins on
            stats_facts.rebuild(conn)
    else:
        _in_batches(engine, batches)
    with engine.connect() as conn:
        # Statistics for the query planner (sampled, a few seconds at 100k cases): without
        # them SQLite takes the site index for every search and tests each case.
        conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    audit.log(vault, "case_created", record_type="demo", details=f"demo:{count}")
    return count


Batches = Callable[[Connection], Iterator[tuple["_Maker", DemoBatch]]]


def _insert(conn: Connection, maker: _Maker, batch: DemoBatch,
            hooks: list[Callable[[DemoBatch], None]]) -> None:
    for model in INSERT_ORDER:
        if maker.rows.get(model):
            insert_rows(conn, model, maker.rows[model])
    for hook in hooks:
        hook(batch)


def _in_batches(engine: Engine, batches: Batches) -> None:
    """Each batch in its own transaction, into the live indexes (``relais demo``)."""
    with engine.connect() as conn:
        old_cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = {CACHE_KIB}")  # fewer page decryptions
        conn.commit()
        try:
            for maker, batch in batches(conn):
                with conn.begin():
                    _insert(conn, maker, batch, DEMO_HOOKS)
        finally:
            conn.rollback()
            conn.exec_driver_sql(f"PRAGMA cache_size = {int(old_cache or -2000)}")
            conn.commit()


def _bulk(engine: Engine, batches: Batches) -> None:
    """Every batch in one bulk-load transaction (``bulk_load.py``): the derived columns are
    already in the rows, the name index is written directly instead of by ``fill_derived``."""
    hooks = [hook for hook in DEMO_HOOKS if hook is not fill_derived]
    with bulk_load.loading(engine) as conn:
        names = bulk_load.NameIndex(conn)
        for maker, batch in batches(conn):
            _insert(conn, maker, batch, hooks)
            names.add(conn, maker.rows[Survivor])


# Features adding demo records register here (so that every caller of ``generate`` gets them).
from desktop.core.services.demo.incident_demo import add_incidents_and_services  # noqa: E402
from desktop.core.services.demo.referral_demo import add_referrals  # noqa: E402
from desktop.core.services.demo.sea_demo import add_sea_files  # noqa: E402

DEMO_HOOKS.append(add_referrals)
DEMO_HOOKS.append(add_incidents_and_services)
DEMO_HOOKS.append(add_sea_files)
# The derived columns and the name index last, over every row the hooks above wrote.
from desktop.core.services.demo.demo_derived import fill_derived  # noqa: E402 (the last hook)

DEMO_HOOKS.append(fill_derived)

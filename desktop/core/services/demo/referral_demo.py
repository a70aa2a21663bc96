"""Demo referrals and follow-ups for ``relais demo`` and the benchmark database.

A ``demo.DEMO_HOOKS`` function: for the cases of each batch it adds referrals to the
directory's providers for the services the survivor consented to release (now and then a
supervisor's override without consent), walked through the workflow to every status — the
first referrals of a batch take each status in turn, so even a small demo shows them all —
with their status history, and follow-ups (done, due today, overdue, later).
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select, update

from desktop.core.catalogue import reference
from desktop.core.services.demo import demo_rows
from desktop.core.services.demo.batch import DemoBatch, DemoCase
from desktop.core.services.demo.demo_rows import demo_id
from desktop.core.services.referrals.reference_numbers import make_reference
from desktop.core.store.models import (
    FollowUp,
    ProviderService,
    Referral,
    ReferralStatusChange,
    ServiceProvider,
    Setting,
    Site,
    new_id,
)

PATHS = {
    "draft": ("draft",),
    "sent": ("draft", "sent"),
    "accepted": ("draft", "sent", "accepted"),
    "declined": ("draft", "sent", "declined"),
    "service_provided": ("draft", "sent", "accepted", "service_provided"),
    "service_not_provided": ("draft", "sent", "accepted", "service_not_provided"),
    "closed": ("draft", "sent", "accepted", "service_provided", "closed"),
}
WEIGHTS = {"draft": 4, "sent": 12, "accepted": 12, "declined": 5, "service_provided": 30,
           "service_not_provided": 7, "closed": 30}
REFERRAL_SHARE = 0.7  # cases with at least one referral
OVERRIDE_SHARE = 0.03
# The reason of a demo referral is one its service answers (a shelter is not asked for care).
REASONS = {
    "health": ("Prise en charge médicale dans les 72 heures (fictif)",
               "Soins et certificat médical (fictif)", "Suivi médical (fictif)",
               "Dépistage et traitement préventif (fictif)"),
    "psychosocial": ("Soutien psychosocial (fictif)", "Écoute et suivi psychologique (fictif)",
                     "Groupe de parole (fictif)", "Accompagnement psychosocial (fictif)"),
    "legal": ("Accompagnement juridique (fictif)", "Conseil pour une plainte (fictif)",
              "Assistance devant le tribunal (fictif)", "Information sur les droits (fictif)"),
    "safety": ("Mise en sécurité (fictif)", "Plan de sécurité (fictif)",
               "Protection contre l'auteur présumé (fictif)", "Escorte en sécurité (fictif)"),
    "shelter": ("Hébergement temporaire (fictif)", "Abri sûr pour quelques nuits (fictif)",
                "Hébergement d'urgence (fictif)", "Maison d'accueil (fictif)"),
    "livelihoods": ("Activité génératrice de revenus (fictif)",
                    "Formation professionnelle (fictif)", "Appui à l'autonomie (fictif)",
                    "Microcrédit (fictif)"),
    "child_protection": ("Protection de l'enfant (fictif)", "Placement provisoire (fictif)",
                         "Évaluation de l'intérêt supérieur de l'enfant (fictif)",
                         "Réunification familiale (fictif)"),
    "material": ("Kit de dignité (fictif)", "Vivres et articles ménagers (fictif)",
                 "Vêtements et couvertures (fictif)", "Appui matériel (fictif)"),
}
OTHER_REASONS = ("Orientation vers un autre service (fictif)",) * 4
CLOSED_WITH_CASE = "Dossier clôturé"
OUTCOMES = ("Joint par téléphone (fictif)", "Visite faite (fictif)", "Rendez-vous pris (fictif)")


def _providers(conn: Connection) -> dict[str, list[str]]:
    """Active provider ids per service type."""
    offered: dict[str, list[str]] = {}
    rows = conn.execute(select(ProviderService.service_type, ServiceProvider.id)
                        .join(ServiceProvider)
                        .where(ServiceProvider.active.is_(True))
                        .order_by(ServiceProvider.name)).all()
    for service, provider in rows:
        offered.setdefault(service, []).append(provider)
    return offered


def _sequence(conn: Connection) -> int:
    value = conn.scalar(select(Setting.value).where(Setting.key == "referral_sequence"))
    return int(json.loads(value)) if value is not None else 0


def _save_sequence(conn: Connection, number: int, existed: bool) -> None:
    if existed:
        conn.execute(update(Setting).where(Setting.key == "referral_sequence")
                     .values(value=json.dumps(number)))
    else:
        now = datetime.now(UTC)
        conn.execute(insert(Setting).values(
            id=new_id(), key="referral_sequence", value=json.dumps(number), created_at=now,
            updated_at=now))


class _Referrals:
    def __init__(self, batch: DemoBatch, site_code: str, start: int) -> None:
        self.batch, self.rng, self.site_code, self.number = batch, batch.rng, site_code, start
        self.rows: dict[Any, list[dict[str, Any]]] = {}
        self.forced = list(PATHS)
        self.forced_due = ["today", "overdue"]  # so even a small demo's Suivis page shows both

    def add(self, model: Any, row: dict[str, Any]) -> None:
        self.rows.setdefault(model, []).append(row)

    def stamp(self, day: date) -> dict[str, Any]:
        at = datetime.combine(day, time(9 + self.rng.randrange(8), self.rng.randrange(60)), UTC)
        return {"id": demo_id(), "site_id": self.batch.site_id, "created_at": at,
                "updated_at": at}

    def final_status(self) -> str:
        if self.forced:
            return self.forced.pop(0)
        return self.rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]

    def referral(self, case: DemoCase, service: str, provider: str, override: bool) -> None:
        rng, today = self.rng, self.batch.today
        start = min(case.opened_on + timedelta(days=rng.randrange(0, 8)), today)
        priority = rng.choices(("emergency", "urgent", "normal"), weights=(2, 3, 5))[0]
        due = start + timedelta(days=int(reference.value("priorities", priority, "days")))
        path = PATHS[self.final_status()]
        self.number += 1
        row = self.stamp(start)
        worker = case.caseworker_id
        row.update(
            reference=make_reference(self.site_code, start.year, self.number),
            case_id=case.id, provider_id=provider, service_type=service, priority=priority,
            due_on=due, reason=rng.choice(REASONS.get(service, OTHER_REASONS)),
            status=path[-1], created_by_id=worker,
            sent_on=None, counted_on=start, consent_override=override,
            override_reason="Danger immédiat (fictif)" if override else None,
            override_by_id=self.batch.supervisor_id if override else None,
            feedback_received_on=None, feedback_services=None, feedback_next_steps=None)
        day, previous = start, None
        for status in path:
            if status == "sent":  # counted on the day it was sent (derived.py)
                row["sent_on"] = row["counted_on"] = day
            if status in ("service_provided", "service_not_provided"):
                row["feedback_received_on"] = day
                row["feedback_services"] = "Services fournis (fictif)"
                row["feedback_next_steps"] = "Suivi dans un mois (fictif)"
            change = self.stamp(day)
            change.update(referral_id=row["id"], from_status=previous, to_status=status,
                          at=change["created_at"], by_id=worker, note=None)
            self.add(ReferralStatusChange, change)
            previous, day = status, min(day + timedelta(days=rng.randrange(1, 6)), today)
        self.add(Referral, row)
        if path[-1] in ("sent", "accepted", "draft"):
            self.follow_up(case, row["id"], due)

    def follow_up(self, case: DemoCase, referral_id: str | None, due: date) -> None:
        rng, today = self.rng, self.batch.today
        choice = rng.random()
        if choice < 0.2:
            due = today
        done = due < today and choice > 0.6
        if case.closed_on is None and self.forced_due:  # open cases: closed ones' are done
            forced = self.forced_due.pop(0)
            due = today if forced == "today" else min(due, today - timedelta(days=1))
            done = False
        row = self.stamp(min(due, today))
        row.update(case_id=case.id, referral_id=referral_id, due_on=due,
                   assigned_to_id=case.caseworker_id, purpose="Vérifier la prise en charge",
                   done_on=due if done else None,
                   done_by_id=case.caseworker_id if done else None,
                   outcome=rng.choice(OUTCOMES) if done else None)
        closed = case.closed_on
        if closed is not None and (row["done_on"] is None or row["done_on"] > closed):
            # closing a case closes its open follow-ups (as case_actions.approve_closure does)
            row.update(done_on=closed, done_by_id=self.batch.supervisor_id,
                       outcome=CLOSED_WITH_CASE)
        self.add(FollowUp, row)


def add_referrals(batch: DemoBatch) -> None:
    """The demo hook: referrals and follow-ups for the batch's cases."""
    conn = batch.conn
    offered = _providers(conn)
    if not offered:
        return
    site_code = conn.scalar(select(Site.code).where(Site.id == batch.site_id)) or "SIT"
    existed = conn.scalar(select(Setting.id).where(Setting.key == "referral_sequence"))
    maker = _Referrals(batch, site_code, _sequence(conn))
    rng: random.Random = batch.rng
    for case in batch.cases:
        if rng.random() > REFERRAL_SHARE and not maker.forced:
            continue
        consented = [s for s in sorted(case.released) if s in offered]
        override = not consented and rng.random() < OVERRIDE_SHARE
        services = consented or ([rng.choice(sorted(offered))] if override else [])
        for service in services[:2]:
            maker.referral(case, service, rng.choice(offered[service]), override)
        if not services and rng.random() < 0.3:
            maker.follow_up(case, None, case.opened_on + timedelta(days=rng.randrange(3, 40)))
    for model in (Referral, ReferralStatusChange, FollowUp):
        if maker.rows.get(model):
            demo_rows.insert_rows(conn, model, maker.rows[model])
    _save_sequence(conn, maker.number, existed is not None)

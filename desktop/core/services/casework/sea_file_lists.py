"""The lists of the SEA victim's file: children born of SEA, paternity and child-support
claims, the days she was told of the investigation's progress and outcome, and the Protocol's
assistance (to her, or to one of the children).

Feature package: ``cases`` (with ``sea_file``). Same rules as ``sea_file.save``: whoever sees
the SEA case edits them, not once it is closed; one transaction and one ``sea_file_edited``
audit event per change (its details say what changed — ``child_added``, ``claim_saved``… —
never a value). Recording a claim answers the intake's "paternity or child-support claim"
with yes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.catalogue import reference
from desktop.core.errors import NotFound, ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import staff_actor
from desktop.core.services.casework.sea_file import CLAIM_STEPS, file_of, incident_of, sea_case
from desktop.core.store.models import (
    SeaAssistance,
    SeaChild,
    SeaClaim,
    SeaFile,
    SeaInformed,
    ServiceProvider,
    Staff,
    utcnow,
)
from desktop.core.store.vault import Actor, Vault

_KINDS = {"child": SeaChild, "claim": SeaClaim, "informed": SeaInformed,
          "assistance": SeaAssistance}


def _t(text: str) -> str:
    return translate("Cases", text)


@dataclass(frozen=True)
class Claim:
    """What a claim records: the child it is for (optional) and the day of each step."""

    child_id: str | None = None
    filed_on: date | None = None
    dna_sample_on: date | None = None
    paternity_established_on: date | None = None
    support_ordered_on: date | None = None
    support_paid_on: date | None = None


@dataclass(frozen=True)
class Assistance:
    """One assistance: its type, from when (until when), by which provider or staff member,
    and for her or for one child (``child_id``)."""

    assistance_type: str
    provided_on: date | None
    until_on: date | None = None
    provider_id: str | None = None
    provided_by_id: str | None = None
    child_id: str | None = None


def _date(key: str, value: date | None, today: date, *, required: bool = False) -> None:
    if value is None:
        if required:
            raise ValidationError({key: _t("Enter the date.")})
        return
    if not isinstance(value, date):
        raise ValidationError({key: _t("Enter a date.")})
    if value > today:
        raise ValidationError({key: _t("This date is in the future.")})


def _file(session: Session, actor: Actor, case_id: str, incident_id: str | None) -> SeaFile:
    case = sea_case(session, actor, case_id, for_update=True)
    sea = file_of(session, incident_of(case, incident_id), create=True)
    assert sea is not None
    return sea


def _child(sea: SeaFile, child_id: str | None) -> SeaChild | None:
    if child_id is None:
        return None
    for child in sea.children:
        if child.id == child_id:
            return child
    raise ValidationError({"child": _t("This child is not recorded in the SEA file.")})


def _audit(session: Session, actor: Actor, sea: SeaFile, what: str) -> None:
    audit.record(session, actor, "sea_file_edited", record_type="case",
                 record_id=sea.incident.case_id, details=what)


def add_child(vault: Vault, case_id: str, date_of_birth: date | None, sex: str | None,
              incident_id: str | None = None, *, today: date | None = None) -> str:
    """Record a child born of SEA; returns its id (children are numbered 1, 2 …)."""
    actor = staff_actor(vault)
    _date("sea_child.date_of_birth", date_of_birth, today or date.today())
    if sex is not None and not reference.has("sex", sex):
        raise ValidationError({"sea_child.sex": _t("Choose a value from the list.")})
    with vault.session() as session:
        sea = _file(session, actor, case_id, incident_id)
        child = SeaChild(site_id=sea.site_id, date_of_birth=date_of_birth, sex=sex,
                         position=max((c.position for c in sea.children), default=0) + 1)
        sea.children.append(child)
        session.flush()
        _audit(session, actor, sea, "child_added")
        return child.id


def save_claim(vault: Vault, case_id: str, claim: Claim, claim_id: str | None = None,
               incident_id: str | None = None, *, today: date | None = None) -> str:
    """Record a new claim (``claim_id`` None) or change one; returns its id. A later step
    may not be dated before an earlier one."""
    actor = staff_actor(vault)
    today = today or date.today()
    for step in CLAIM_STEPS:
        _date(f"sea_claim.{step}", getattr(claim, step), today)
    dated = [(s, getattr(claim, s)) for s in CLAIM_STEPS if getattr(claim, s) is not None]
    for (_, before), (key, after) in pairwise(dated):
        if after < before:
            raise ValidationError({f"sea_claim.{key}": _t(
                "A step of the claim is dated before the step it follows.")})
    with vault.session() as session:
        sea = _file(session, actor, case_id, incident_id)
        _child(sea, claim.child_id)
        if claim_id is None:
            row = SeaClaim(site_id=sea.site_id,
                           position=max((c.position for c in sea.claims), default=0) + 1)
            sea.claims.append(row)
        else:
            found = [c for c in sea.claims if c.id == claim_id]
            if not found:
                raise NotFound(_t("This claim is not in the SEA file."))
            row = found[0]
        row.child_id = claim.child_id
        for step in CLAIM_STEPS:
            setattr(row, step, getattr(claim, step))
        sea.incident.sea_paternity_claim = True
        session.flush()
        _audit(session, actor, sea, "claim_saved")
        return row.id


def add_informed(vault: Vault, case_id: str, on: date | None, about: str,
                 incident_id: str | None = None, *, today: date | None = None) -> str:
    """Record a day she was told of the investigation's progress or outcome."""
    actor = staff_actor(vault)
    _date("sea_informed.on", on, today or date.today(), required=True)
    if not reference.has("sea_informed_about", about):
        raise ValidationError({"sea_informed.about": _t("Choose a value from the list.")})
    with vault.session() as session:
        sea = _file(session, actor, case_id, incident_id)
        row = SeaInformed(site_id=sea.site_id, informed_on=on, about=about,
                          recorded_by_id=actor.staff_id, recorded_at=utcnow())
        sea.informed.append(row)
        session.flush()
        _audit(session, actor, sea, "informed_added")
        return row.id


def add_assistance(vault: Vault, case_id: str, assistance: Assistance,
                   incident_id: str | None = None, *, today: date | None = None) -> str:
    """Record an assistance of the Protocol's types; returns its id."""
    actor = staff_actor(vault)
    today = today or date.today()
    if not reference.has("sea_assistance_types", assistance.assistance_type):
        raise ValidationError({"sea_assistance.assistance_type": _t(
            "Choose a type of assistance.")})
    _date("sea_assistance.provided_on", assistance.provided_on, today, required=True)
    if assistance.until_on is not None:
        assert assistance.provided_on is not None
        if not isinstance(assistance.until_on, date) or assistance.until_on < \
                assistance.provided_on:
            raise ValidationError({"sea_assistance.until_on": _t(
                "The end date comes before the start date.")})
    if assistance.provider_id is None and assistance.provided_by_id is None:
        raise ValidationError({"sea_assistance.provider": _t(
            "Say which provider or which member of staff provides it.")})
    with vault.session() as session:
        sea = _file(session, actor, case_id, incident_id)
        _child(sea, assistance.child_id)
        if assistance.provider_id is not None:
            provider = session.get(ServiceProvider, assistance.provider_id)
            if provider is None:
                raise ValidationError({"sea_assistance.provider": _t(
                    "This provider is not in the directory.")})
        if assistance.provided_by_id is not None:
            person = session.get(Staff, assistance.provided_by_id)
            if person is None or person.site_id != sea.site_id:
                raise ValidationError({"sea_assistance.provided_by": _t(
                    "This person is not a staff member of the site.")})
        row = SeaAssistance(site_id=sea.site_id, assistance_type=assistance.assistance_type,
                            provided_on=assistance.provided_on, until_on=assistance.until_on,
                            provider_id=assistance.provider_id,
                            provided_by_id=assistance.provided_by_id,
                            child_id=assistance.child_id)
        sea.assistance.append(row)
        session.flush()
        _audit(session, actor, sea, "assistance_added")
        return row.id


def remove(vault: Vault, case_id: str, kind: str, item_id: str,
           incident_id: str | None = None) -> None:
    """Remove one entry (``kind``: child, claim, informed, assistance) entered by mistake;
    removing a child removes its own assistance, and its claims stay without a child."""
    actor = staff_actor(vault)
    if kind not in _KINDS:
        raise ValueError(f"unknown SEA list {kind!r}")
    with vault.session() as session:
        sea = _file(session, actor, case_id, incident_id)
        lists: dict[str, list[Any]] = {
            "child": sea.children, "claim": sea.claims, "informed": sea.informed,
            "assistance": sea.assistance}
        items = lists[kind]
        found = [i for i in items if i.id == item_id]
        if not found:
            raise NotFound(_t("This entry is not in the SEA file."))
        items.remove(found[0])
        if kind == "child":
            sea.assistance[:] = [a for a in sea.assistance if a.child_id != item_id]
            for claim in sea.claims:
                if claim.child_id == item_id:
                    claim.child_id = None
        session.flush()
        _audit(session, actor, sea, f"{kind}_removed")

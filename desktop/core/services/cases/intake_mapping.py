"""Between intake data (``{field key: value, "perpetrators": [...]}``) and the ORM records.

The field catalogue says which table and column hold each field; this module only knows the
few shapes that are not one column: referral sources (codes joined with ``,``), consents (one
row per scope; the consent to inform the UN with its own date and giver), needs (one row per
need with its note) and perpetrators (one row each).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from desktop.core.catalogue import classification, fields, reference
from desktop.core.services.consent import consent_history
from desktop.core.store.models import (
    AssessmentNeed,
    Case,
    Consent,
    Incident,
    Perpetrator,
    Survivor,
)
from desktop.core.store.vault import Actor

ANSWERS_KEY = "incident.classification_answers"
PERPETRATORS = "perpetrators"
NAME_REF = "name_ref"  # a perpetrator whose name is stored but hidden (perpetrator_names)
SEA_RELATIONSHIP = "un_humanitarian"
UN_CONSENT = "sea.un_consent"  # with ``_given_on`` and ``_given_by``: its own date and giver
_SIMPLE_TABLES = ("cases", "survivors", "incidents")


def _simple_fields() -> list[fields.Field]:
    return [f for f in fields.fields() if f.table in _SIMPLE_TABLES and not f.generated]


def _stored(f: fields.Field, value: Any) -> Any:
    if f.kind == "multichoice":
        return ",".join(value) if value else None
    if f.kind in ("text", "longtext") and isinstance(value, str):
        return value.strip() or None
    return None if value == "" else value


def _loaded(f: fields.Field, value: Any) -> Any:
    if f.kind == "multichoice":
        return [v for v in (value or "").split(",") if v]
    return value


def is_sea_perpetrator(item: dict[str, Any]) -> bool:
    """True for UN or aid personnel (by relationship or by an affiliation given)."""
    return item.get("relationship") == SEA_RELATIONSHIP or bool(item.get("sea_affiliation"))


def apply_simple(data: dict[str, Any], records: dict[str, Any]) -> None:
    """Copy the one-column fields onto ``records`` (table name → ORM object)."""
    for f in _simple_fields():
        setattr(records[str(f.table)], f.column or f.name, _stored(f, data.get(f.key)))
    answers = data.get(ANSWERS_KEY)
    records["incidents"].classification_answers = (
        json.dumps([bool(a) for a in answers]) if isinstance(answers, list | tuple) else None)


def apply_incident(data: dict[str, Any], incident: Incident) -> None:
    """Copy the incident's one-column fields and classification answers onto ``incident``."""
    for f in _simple_fields():
        if f.table == "incidents":
            setattr(incident, f.column or f.name, _stored(f, data.get(f.key)))
    answers = data.get(ANSWERS_KEY)
    incident.classification_answers = (
        json.dumps([bool(a) for a in answers]) if isinstance(answers, list | tuple) else None)


def _stored_is_sea(row: Perpetrator) -> bool:
    return row.relationship_code == SEA_RELATIONSHIP or bool(row.sea_affiliation)


def incident_is_sea(incident: Incident) -> bool:
    """True when one of the incident's alleged perpetrators is UN or aid personnel (what makes
    its case an SEA case)."""
    return any(_stored_is_sea(p) for p in incident.perpetrators)


def derive(case: Case, incident: Incident, perpetrators: list[dict[str, Any]]) -> None:
    """Denormalised flags: the case's GBV type (its first incident's), SEA and possible sexual
    exploitation (any of its incidents; ``perpetrators``: those of ``incident``, as entered)."""
    others = [i for i in case.incidents if i is not incident]
    first = case.incidents[0] if case.incidents else incident
    case.gbv_type = first.gbv_type
    case.sea = any(is_sea_perpetrator(p) for p in perpetrators) or any(
        _stored_is_sea(p) for i in others for p in i.perpetrators)
    case.possible_exploitation = any(
        classification.possible_sexual_exploitation(i.gbv_type, i.goods_exchanged)
        for i in [incident, *others])


def perpetrator_rows(items: list[dict[str, Any]], incident: Incident, site_id: str,
                     kept_names: dict[str, str] | None = None) -> list[Perpetrator]:
    """New perpetrator records for the intake's list (blank entries are skipped).

    ``kept_names`` (perpetrator id → name): names hidden while the field is off, given back
    to the entry whose ``name_ref`` points at them (``perpetrator_names``)."""
    rows = []
    for position, item in enumerate(p for p in items if any(
            v not in (None, "", []) for k, v in p.items() if k not in ("is_primary", NAME_REF))):
        row = Perpetrator(incident=incident, site_id=site_id, position=position)
        for f in fields.fields("perpetrator"):
            value = item.get(f.name)
            if f.name == "is_primary":
                value = position == 0 if value is None else bool(value)
            setattr(row, f.column or f.name, _stored(f, value))
        if kept_names is not None:
            row.name = kept_names.get(str(item.get(NAME_REF)))
        rows.append(row)
    return rows


def _consent_scopes(data: dict[str, Any]) -> list[consent_history.Wanted]:
    """The consents the intake records: those of the consent section share one giver and
    date; the consent to inform the UN (SEA section) has its own, and is recorded only when the
    SEA section was filled in."""
    given_by = data.get("consent.given_by") or "survivor"
    given_on = data.get("consent.given_on")
    scopes = [consent_history.Wanted(str(f.column), data.get(f.key) is True, given_by, given_on)
              for f in fields.fields("consent") if f.kind == "bool" and f.table == "consents"]
    if UN_CONSENT in data:
        scopes.append(consent_history.Wanted(
            fields.UN_SHARING, data.get(UN_CONSENT) is True,
            data.get(f"{UN_CONSENT}_given_by") or given_by, data.get(f"{UN_CONSENT}_given_on")))
    return scopes


def consent_rows(data: dict[str, Any], case: Case, actor: Actor, today: date) -> list[Consent]:
    """Record the intake's consents on ``case`` (only those that changed; each change in its
    history) and return the new consent records."""
    return consent_history.apply(case, _consent_scopes(data), actor, today)


def need_rows(data: dict[str, Any], case: Case) -> list[AssessmentNeed]:
    """Need records: a need ticked, or with a note written, is kept with its note."""
    rows = []
    for code in reference.codes("needs"):
        checked_key, note_key = fields.need_keys(code)
        note = data.get(note_key)
        note = note.strip() if isinstance(note, str) else None
        if data.get(checked_key) is True or note:
            rows.append(AssessmentNeed(case=case, site_id=case.site_id, need=code,
                                       note=note or None))
    return rows


def read(survivor: Survivor, case: Case, incident: Incident | None) -> dict[str, Any]:
    """The intake data of a stored case (generated fields included)."""
    records: dict[str, Any] = {"cases": case, "survivors": survivor, "incidents": incident}
    data: dict[str, Any] = {}
    for f in _simple_fields():
        record = records[str(f.table)]
        data[f.key] = _loaded(f, getattr(record, f.column or f.name)) if record else None
    data["registration.case_number"] = case.case_number
    data["registration.survivor_code"] = survivor.survivor_code
    answers = incident.classification_answers if incident else None
    data[ANSWERS_KEY] = json.loads(answers) if answers else None
    data[PERPETRATORS] = [
        {f.name: getattr(p, f.column or f.name) for f in fields.fields("perpetrator")}
        for p in (incident.perpetrators if incident else [])]
    consents = {c.scope: c for c in case.consents}
    for f in fields.fields("consent"):
        if f.kind == "bool" and f.table == "consents":
            row = consents.get(str(f.column))
            data[f.key] = bool(row and row.given)
    un = consents.pop(fields.UN_SHARING, None)
    data[UN_CONSENT] = bool(un.given) if un else None
    data[f"{UN_CONSENT}_given_on"] = un.given_on if un else None
    data[f"{UN_CONSENT}_given_by"] = un.given_by if un else None
    any_row = consents.get("services") or next(iter(consents.values()), None)
    data["consent.given_by"] = any_row.given_by if any_row else None
    data["consent.given_on"] = consent_history.section_date(consents)
    needs = {n.need: n for n in case.needs}
    for code in reference.codes("needs"):
        checked_key, note_key = fields.need_keys(code)
        data[checked_key] = code in needs
        data[note_key] = needs[code].note if code in needs else None
    return data

"""What goes up to the hub, and only that: an allow-list of columns per table.

A case travels whole, as a *snapshot*: the case (with its survivor's non-identifying facts and
her survivor code), its incidents and their GBV classification, perpetrator categories, SEA
details (file, children's sex, claims, the days she was informed, assistance), referrals and
their status history, follow-ups, services given and consent flags. Only cases whose survivor
consented to statistics and did not withdraw it (``cases.stats_consent``, the rule every report
counts by) travel; any other case travels as a *removal*, so a withdrawn consent takes her
records off the hub at the next sync.

Nothing the field catalogues mark identifying is listed, nor any free text (narratives, notes,
reasons, purposes, outcomes), nor staff ids; the survivor's date of birth is replaced by her
age in whole years at each incident (the statistics' rule, ``survivor_age``); the ethnicity goes
only when an administrator shares it in exports too (``share_ethnicity``). ``tests/hub/
test_what_goes_up.py`` checks the list against the catalogues and the models.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, String
from sqlalchemy.types import TypeEngine

from desktop.core.store import models as m


@dataclass(frozen=True)
class RecordKind:
    """One kind of record sent up: its site table, the columns sent, and its parent's key."""

    name: str  # the hub's table is ``hub_<name>``
    model: type
    columns: tuple[str, ...]
    extra: tuple[tuple[str, Column], ...] = ()  # computed on the site (name, hub column)

    def site_columns(self) -> list[Column]:
        """The site model's columns sent up (``id`` first)."""
        table = self.model.__table__  # type: ignore[attr-defined]
        return [table.c[name] for name in ("id", *self.columns)]


def _age_column() -> Column:
    from sqlalchemy import Integer

    return Column("survivor_age", Integer)


def _code_columns() -> tuple[tuple[str, Column], ...]:
    from sqlalchemy import Boolean, Integer, String

    survivor = m.Survivor.__table__.c
    return (
        ("survivor_code", Column("survivor_code", String(32))),
        ("survivor_age", Column("survivor_age", Integer)),
        *((name, Column(name, survivor[name].type)) for name in SURVIVOR_FACTS),
        ("caregiver_informed", Column("caregiver_informed", Boolean)),
    )


# The survivor's facts that travel on her case (never her name, phone, address, date of birth,
# occupation, caregiver's name or phone, nor her safe contact).
SURVIVOR_FACTS = ("sex", "nationality", "ethnicity", "marital_status", "dependents",
                  "displacement_status", "disability", "unaccompanied_child",
                  "caregiver_relationship", "caregiver_is_perpetrator")
ETHNICITY = "ethnicity"

CASE = RecordKind("cases", m.Case, (
    "status", "step", "date_of_interview", "date_of_report", "referred_by", "gbv_type", "sea",
    "possible_exploitation", "safety_risk", "opened_at", "closure_reason", "closed_at",
    "child_assent", "caregiver_unsuitable", "stats_consent", "created_at", "updated_at"),
    extra=_code_columns())
INCIDENT = RecordKind("incidents", m.Incident, (
    "case_id", "incident_date", "date_precision", "date_of_interview", "reported_by",
    "time_of_day", "location_type", "region", "cercle", "displacement_at_incident", "gbv_type",
    "classification_answers", "harmful_practice", "goods_exchanged", "abduction",
    "reported_elsewhere", "previous_incidents", "wants_legal_action", "mandatory_report_made",
    "mandatory_report_to", "mandatory_report_on", "mandatory_report_informed",
    "sea_reported_to_un_on", "sea_paternity_claim", "updated_at"),
    extra=(("survivor_age", _age_column()),))
PERPETRATOR = RecordKind("perpetrators", m.Perpetrator, (
    "incident_id", "position", "is_primary", "sex", "age_group", "relationship_code",
    "occupation_code", "nationality", "previous_incident_with", "sea_affiliation"))
SEA_FILE = RecordKind("sea_files", m.SeaFile, (
    "incident_id", "personnel_category", "sea_kind", "perpetrator_nationality", "victim_age",
    "investigation_status", "investigation_status_on", "updated_at"))
SEA_CHILD = RecordKind("sea_children", m.SeaChild, ("sea_file_id", "position", "sex"))
SEA_CLAIM = RecordKind("sea_claims", m.SeaClaim, (
    "sea_file_id", "position", "child_id", "filed_on", "dna_sample_on",
    "paternity_established_on", "support_ordered_on", "support_paid_on"))
SEA_INFORMED = RecordKind("sea_informed", m.SeaInformed, ("sea_file_id", "informed_on", "about"))
SEA_ASSISTANCE = RecordKind("sea_assistance", m.SeaAssistance, (
    "sea_file_id", "child_id", "assistance_type", "provided_on", "until_on", "provider_id"))
REFERRAL = RecordKind("referrals", m.Referral, (
    "case_id", "provider_id", "service_type", "priority", "due_on", "status",
    "sent_on", "consent_override", "feedback_received_on", "counted_on", "created_at",
    "updated_at"))
REFERRAL_STATUS = RecordKind("referral_status_changes", m.ReferralStatusChange, (
    "referral_id", "from_status", "to_status", "at"))
FOLLOW_UP = RecordKind("follow_ups", m.FollowUp, (
    "case_id", "referral_id", "due_on", "done_on"))
SERVICE_GIVEN = RecordKind("services_given", m.ServiceGiven, (
    "case_id", "incident_id", "service_type", "given_on"))
CONSENT = RecordKind("consents", m.Consent, (
    "case_id", "scope", "given", "given_by", "given_on", "withdrawn_on"))

# In the order the hub writes them (parents first).
KINDS: tuple[RecordKind, ...] = (
    CASE, INCIDENT, PERPETRATOR, SEA_FILE, SEA_CHILD, SEA_CLAIM, SEA_INFORMED, SEA_ASSISTANCE,
    REFERRAL, REFERRAL_STATUS, FOLLOW_UP, SERVICE_GIVEN, CONSENT)
BY_NAME = {kind.name: kind for kind in KINDS}


def hub_columns(kind: RecordKind) -> list[tuple[str, TypeEngine[Any]]]:
    """``(name, SQL type)`` of every value the hub stores for ``kind`` (after ``id``). Text
    columns lose their length: SQLite does not enforce it on the site, so the hub, which must
    take what the site holds, does not either (``values.MAX_TEXT`` bounds them)."""
    table = kind.model.__table__  # type: ignore[attr-defined]
    out = [(name, table.c[name].type) for name in kind.columns]
    out += [(name, column.type) for name, column in kind.extra]
    return [(name, String() if isinstance(type_, String) else type_) for name, type_ in out]

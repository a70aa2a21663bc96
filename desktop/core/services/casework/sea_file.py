"""The SEA victim's file of a case (UN Victim Assistance Protocol): read it, edit its fields.

Feature package: ``cases`` (the case file). An SEA case (``Case.sea``) has one file per
incident (``SeaFile``), made the first time someone edits it; an existing database got its
files at migration. Whoever sees the case reads and edits it (the case-work permission and the
access rule of ``access.get_case``); a closed case is read only. Each change is one transaction
and one audit event (``sea_file_edited``, whose details name the fields changed, never their
values: the allegation reference and the entity and mission names identify her).

The victim's age at the incident is computed from her date of birth and the incident's date
when both are known; otherwise it is the age entered in the file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.catalogue import reference
from desktop.core.catalogue import sea_file as catalogue
from desktop.core.errors import UserError, ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.access import get_case, staff_actor
from desktop.core.services.accounts.permissions import require_case_work
from desktop.core.store.models import Case, Incident, SeaFile, ServiceProvider, Staff
from desktop.core.store.vault import Actor, Vault

# The fields ``save`` takes: the file's own columns, and the incident's date reported to the UN.
FILE_KEYS = tuple(f.name for f in catalogue.FILE_FIELDS)
MAX_AGE = 120
CLAIM_STEPS = ("filed_on", "dna_sample_on", "paternity_established_on", "support_ordered_on",
               "support_paid_on")


def _t(text: str) -> str:
    return translate("Cases", text)


@dataclass(frozen=True)
class ChildView:
    id: str
    number: int
    date_of_birth: date | None
    sex: str | None


@dataclass(frozen=True)
class ClaimView:
    id: str
    number: int
    child_id: str | None
    child_number: int | None
    filed_on: date | None
    dna_sample_on: date | None
    paternity_established_on: date | None
    support_ordered_on: date | None
    support_paid_on: date | None


@dataclass(frozen=True)
class InformedView:
    id: str
    on: date
    about: str
    recorded_by: str


@dataclass(frozen=True)
class AssistanceView:
    id: str
    assistance_type: str
    child_id: str | None
    child_number: int | None
    provided_on: date
    until_on: date | None
    provider_id: str | None
    provider: str | None
    provided_by_id: str | None
    provided_by: str | None


@dataclass(frozen=True)
class SeaFileView:
    """The SEA file of one incident of a case, as the panel and the case summary show it."""

    case_id: str
    incident_id: str
    editable: bool
    values: dict[str, Any]  # FILE_KEYS → value (codes, dates, text, the age entered)
    age_at_incident: int | None
    age_computed: bool  # True: from her date of birth and the incident's date
    paternity_claim: bool | None
    children: list[ChildView] = field(default_factory=list)
    claims: list[ClaimView] = field(default_factory=list)
    informed: list[InformedView] = field(default_factory=list)
    assistance: list[AssistanceView] = field(default_factory=list)
    # Every incident of the case, (id, date), in order: the panel lets one choose among them.
    incidents: list[tuple[str, date | None]] = field(default_factory=list)


def computed_age(born: date | None, on: date | None) -> int | None:
    """Whole years from ``born`` to ``on`` (``None`` unless both are known)."""
    if born is None or on is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def incident_of(case: Case, incident_id: str | None) -> Incident:
    """The case's incident ``incident_id`` (its first one by default)."""
    if not case.incidents:
        raise UserError(_t("This case has no incident to attach an SEA file to."))
    if incident_id is None:
        return case.incidents[0]
    for incident in case.incidents:
        if incident.id == incident_id:
            return incident
    raise UserError(_t("This incident does not belong to the case."))


def sea_case(session: Session, actor: Actor, case_id: str, *, for_update: bool = False) -> Case:
    """A visible SEA case (``UserError`` for a case without SEA)."""
    case = get_case(session, actor, case_id, for_update=for_update)
    if not case.sea:
        raise UserError(_t("This case is not an SEA case: it has no SEA file."))
    return case


def file_of(session: Session, incident: Incident, *, create: bool) -> SeaFile | None:
    """The incident's SEA file (made when ``create`` and there is none yet)."""
    found = session.scalar(select(SeaFile).where(SeaFile.incident_id == incident.id))
    if found is None and create:  # a new file starts from what the intake says
        found = SeaFile(site_id=incident.site_id, incident_id=incident.id,
                        **from_perpetrator(incident))
        session.add(found)
        session.flush()
    return found


def list_views(session: Session, sea: SeaFile) -> dict[str, Any]:
    """The file's lists as views (``children``, ``claims``, ``informed``, ``assistance``)."""
    numbers = {c.id: c.position for c in sea.children}
    people = {s.id: (s.full_name or s.username) for s in session.query(Staff)}
    return {
        "children": [ChildView(c.id, c.position, c.date_of_birth, c.sex) for c in sea.children],
        "claims": [ClaimView(c.id, c.position, c.child_id, numbers.get(c.child_id or ""),
                             *(getattr(c, s) for s in CLAIM_STEPS)) for c in sea.claims],
        "informed": [InformedView(i.id, i.informed_on, i.about, people.get(i.recorded_by_id, ""))
                     for i in sea.informed],
        "assistance": [AssistanceView(
            a.id, a.assistance_type, a.child_id, numbers.get(a.child_id or ""), a.provided_on,
            a.until_on, a.provider_id, _provider_name(session, a.provider_id),
            a.provided_by_id, people.get(a.provided_by_id or "")) for a in sea.assistance],
    }


def _provider_name(session: Session, provider_id: str | None) -> str | None:
    provider = session.get(ServiceProvider, provider_id) if provider_id else None
    return provider.name if provider else None


def from_perpetrator(incident: Incident) -> dict[str, Any]:
    """What the intake already says, for a file not yet saved: the entity, the Protocol's
    category of personnel (``protocol_category`` of ``sea_affiliations``) and the nationality
    (``iso`` of ``nationalities``) of the incident's first affiliated perpetrator."""
    perp = next((p for p in incident.perpetrators if p.sea_affiliation), None)
    if perp is None or perp.sea_affiliation is None:
        return {}
    nationality = None
    if perp.nationality and reference.has("nationalities", perp.nationality):
        nationality = reference.value("nationalities", perp.nationality, "iso")
    category = None
    if reference.has("sea_affiliations", perp.sea_affiliation):
        category = reference.value("sea_affiliations", perp.sea_affiliation,
                                   "protocol_category")
    return {"entity": perp.sea_entity, "personnel_category": category,
            "perpetrator_nationality": nationality}


def view_in_session(session: Session, case: Case, incident_id: str | None = None) -> SeaFileView:
    """The file as read in an open session (the case summary uses it)."""
    incident = incident_of(case, incident_id)
    sea = file_of(session, incident, create=False)
    values: dict[str, Any] = {key: getattr(sea, key, None) if sea else None
                              for key in FILE_KEYS if key != "reported_to_un_on"}
    if sea is None:  # never saved: start from what the intake says
        values.update(from_perpetrator(incident))
    values["reported_to_un_on"] = incident.sea_reported_to_un_on
    computed = computed_age(case.survivor.date_of_birth, incident.incident_date)
    lists = list_views(session, sea) if sea else {}
    return SeaFileView(
        case.id, incident.id, case.status != "closed", values,
        computed if computed is not None else values["victim_age"], computed is not None,
        incident.sea_paternity_claim, **lists,
        incidents=[(i.id, i.incident_date) for i in case.incidents])


def view(vault: Vault, case_id: str, incident_id: str | None = None) -> SeaFileView:
    """The SEA file of a visible SEA case (its first incident unless ``incident_id``)."""
    actor = require_case_work(vault)
    with vault.reader() as session:
        return view_in_session(session, sea_case(session, actor, case_id), incident_id)


def _clean(key: str, value: Any, today: date) -> Any:
    """``value`` checked for field ``key`` (``ValidationError`` naming the field)."""
    spec = catalogue.field(f"sea_file.{key}")
    if value is None or value == "":
        return None
    problem = ""
    if spec.kind == "choice":
        if not isinstance(value, str) or not reference.has(spec.choices or "", value):
            problem = _t("Choose a value from the list.")
    elif spec.kind == "date":
        if not isinstance(value, date):
            problem = _t("Enter a date.")
        elif value > today:
            problem = _t("This date is in the future.")
    elif spec.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_AGE:
            problem = _t("Enter an age from 0 to 120.")
    else:
        if not isinstance(value, str):
            problem = _t("Enter text.")
        else:
            value = value.strip() or None
            limit = SeaFile.__table__.c[key].type.length  # type: ignore[attr-defined]
            if value and limit and len(value) > limit:
                problem = _t("At most {n} characters.").format(n=limit)
    if problem:
        raise ValidationError({spec.key: f"{spec.label_in()}: {problem}"})
    return value


def save(vault: Vault, case_id: str, values: dict[str, Any], incident_id: str | None = None,
         *, today: date | None = None) -> list[str]:
    """Change the fields given in ``values`` (keys of ``FILE_KEYS``; ``None`` or "" clears
    one); returns the keys that changed (audited by name only)."""
    actor = staff_actor(vault)
    unknown = sorted(set(values) - set(FILE_KEYS))
    if unknown:
        raise ValidationError({k: _t("Unknown field of the SEA file.") for k in unknown})
    today = today or date.today()
    clean = {key: _clean(key, value, today) for key, value in values.items()}
    with vault.session() as session:
        case = sea_case(session, actor, case_id, for_update=True)
        incident = incident_of(case, incident_id)
        sea = file_of(session, incident, create=True)
        assert sea is not None
        changed = []
        for key, value in clean.items():
            target: Any = incident if key == "reported_to_un_on" else sea
            column = "sea_reported_to_un_on" if key == "reported_to_un_on" else key
            if getattr(target, column) != value:
                setattr(target, column, value)
                changed.append(key)
        if changed:
            audit.record(session, actor, "sea_file_edited", record_type="case",
                         record_id=case.id, details=",".join(changed))
        return changed

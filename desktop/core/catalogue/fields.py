"""The field catalogue: one definition per intake and initial-assessment field.

The intake form, validation, the case summary, letters and exports all read these definitions.
Keys are ``<section>.<name>`` (``survivor.sex``); perpetrator fields (``perpetrator.sex``) describe
each entry of the intake's ``"perpetrators"`` list, whose dicts use the short name (``sex``).
Labels are English source strings translated in the ``Fields`` context.

``identifying`` marks what identifies a survivor (or names a perpetrator): every free-text
field (typed text can name anyone) and every field naming a person, a place or a unit (where it
was reported, occupations, the commune, the SEA entity). Such a value never goes to a log, an
error message, an audit detail, a file name, PDF metadata or a de-identified export (the
victim-assistance file carries the SEA entity only for a victim who consented to inform the
UN). ``table``/``column`` say where the value is stored (``consents`` columns hold the consent
scope, or ``<scope>.given_on``/``<scope>.given_by`` for a consent recorded with its own date and
giver; ``assessment_needs`` columns ``<need>`` or ``<need>.note``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop.core.catalogue import reference, safety
from desktop.core.i18n import translate

KINDS = ("text", "longtext", "date", "int", "bool", "choice", "multichoice")
SECTIONS = ("registration", "survivor", "incident", "perpetrator", "sea", "consent", "assessment")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for extraction by ``pyside6-lupdate`` without translating it now."""
    return text


_SECTION_TITLES = {
    "registration": QT_TRANSLATE_NOOP("Fields", "Registration"),
    "survivor": QT_TRANSLATE_NOOP("Fields", "Survivor"),
    "incident": QT_TRANSLATE_NOOP("Fields", "Incident"),
    "perpetrator": QT_TRANSLATE_NOOP("Fields", "Alleged perpetrators"),
    "sea": QT_TRANSLATE_NOOP("Fields", "Sexual exploitation and abuse (UN or aid personnel)"),
    "consent": QT_TRANSLATE_NOOP("Fields", "Consent"),
    "assessment": QT_TRANSLATE_NOOP("Fields", "Initial assessment"),
}


@dataclass(frozen=True)
class Field:
    """One field: what it is, how it is entered, checked, stored and exported."""

    key: str
    section: str
    label: str
    kind: str
    choices: str | None = None
    required: bool = False
    identifying: bool = False
    ir_column: str | None = None
    table: str | None = None
    column: str | None = None
    help: str = ""
    generated: bool = False  # filled by Relais (case number, survivor code): shown, not typed
    label_ref: str | None = None  # the label is that of this reference list's entry ``column``

    @property
    def name(self) -> str:
        """The key without its section (``survivor.sex`` → ``sex``)."""
        return self.key.split(".", 1)[1]

    def label_in(self, lang: str | None = None) -> str:
        """The label in ``lang`` (default: the current language)."""
        if self.label_ref is not None:
            return reference.label(self.label_ref, str(self.column), lang)
        return translate("Fields", self.label, lang)

    def help_in(self, lang: str | None = None) -> str:
        """The help text in ``lang`` (empty when there is none)."""
        return translate("Fields", self.help, lang) if self.help else ""


def _f(key: str, label: str, kind: str = "text", *, table: str, column: str | None = None,
       **options: Any) -> Field:
    section, name = key.split(".", 1)
    return Field(key=key, section=section, label=label, kind=kind, table=table,
                 column=column or name, **options)


_CASE, _SURV, _INC, _PERP = "cases", "survivors", "incidents", "perpetrators"
UN_SHARING = "un_sharing"  # consent scope: inform the UN entity / SEA focal point / VRA

_REGISTRATION = (
    _f("registration.case_number", QT_TRANSLATE_NOOP("Fields", "Case number"), table=_CASE,
       generated=True, ir_column="INCIDENT ID",
       help=QT_TRANSLATE_NOOP("Fields", "Given by Relais when the case is opened.")),
    _f("registration.survivor_code", QT_TRANSLATE_NOOP("Fields", "Survivor code"), table=_SURV,
       generated=True, ir_column="SURVIVOR CODE",
       help=QT_TRANSLATE_NOOP("Fields", "Given by Relais; never the name.")),
    _f("registration.caseworker", QT_TRANSLATE_NOOP("Fields", "Case worker"), table=_CASE,
       column="caseworker_id", generated=True, ir_column="CASE MANAGER CODE"),
    _f("registration.site", QT_TRANSLATE_NOOP("Fields", "Site"), table=_CASE, column="site_id",
       generated=True),
    _f("registration.date_of_interview", QT_TRANSLATE_NOOP("Fields", "Date of interview"), "date",
       table=_CASE, required=True, ir_column="DATE OF INTERVIEW"),
    _f("registration.date_of_report", QT_TRANSLATE_NOOP("Fields", "Date of report"), "date",
       table=_CASE),
    _f("registration.referred_by", QT_TRANSLATE_NOOP("Fields", "Referred by"), "multichoice",
       choices="referral_sources", table=_CASE, ir_column="REFERRED TO YOU FROM?"),
)

_SURVIVOR = (
    _f("survivor.name", QT_TRANSLATE_NOOP("Fields", "Name"), table=_SURV, identifying=True,
       help=QT_TRANSLATE_NOOP("Fields", "Optional. Never shown in lists unless asked for.")),
    _f("survivor.phone", QT_TRANSLATE_NOOP("Fields", "Phone"), table=_SURV, identifying=True),
    # Safe contact: shown wherever her phone number is (case file, letters, case summary).
    _f("survivor.safe_to_call", QT_TRANSLATE_NOOP("Fields", "May we call her?"), "choice",
       choices=safety.ANSWERS, table=_SURV),
    _f("survivor.safe_to_message", QT_TRANSLATE_NOOP("Fields", "May we leave a message?"),
       "choice", choices=safety.ANSWERS, table=_SURV),
    _f("survivor.safe_call_times", QT_TRANSLATE_NOOP("Fields", "When is it safe to call?"),
       table=_SURV, identifying=True),
    _f("survivor.safe_phone", QT_TRANSLATE_NOOP("Fields", "Another safe number"), table=_SURV,
       identifying=True),
    _f("survivor.safe_word", QT_TRANSLATE_NOOP(
        "Fields", "Code word, or what to say if someone else answers"), table=_SURV,
       identifying=True),
    _f("survivor.address", QT_TRANSLATE_NOOP("Fields", "Address or village"), table=_SURV,
       identifying=True),
    _f("survivor.date_of_birth", QT_TRANSLATE_NOOP("Fields", "Date of birth"), "date", table=_SURV,
       identifying=True, ir_column="DATE OF BIRTH"),
    _f("survivor.estimated_age", QT_TRANSLATE_NOOP("Fields", "Age (estimated)"), "int", table=_SURV,
       help=QT_TRANSLATE_NOOP("Fields", "Give the date of birth or the age.")),
    _f("survivor.sex", QT_TRANSLATE_NOOP("Fields", "Sex"), "choice", choices="sex", table=_SURV,
       required=True, ir_column="SEX"),
    _f("survivor.nationality", QT_TRANSLATE_NOOP("Fields", "Nationality"), "choice",
       choices="nationalities", table=_SURV, ir_column="COUNTRY OF ORIGIN"),
    _f("survivor.ethnicity", QT_TRANSLATE_NOOP("Fields", "Ethnicity"), "choice",
       choices="ethnicities", table=_SURV, ir_column="ETHNICITY"),
    _f("survivor.marital_status", QT_TRANSLATE_NOOP("Fields", "Marital status"), "choice",
       choices="marital_status", table=_SURV, ir_column="CIVIL / MARITAL STATUS"),
    _f("survivor.dependents", QT_TRANSLATE_NOOP("Fields", "Number of dependents"), "int",
       table=_SURV),
    _f("survivor.occupation", QT_TRANSLATE_NOOP("Fields", "Occupation"), table=_SURV,
       identifying=True),
    _f("survivor.displacement_status", QT_TRANSLATE_NOOP("Fields", "Displacement status"), "choice",
       choices="displacement_status", table=_SURV, ir_column="DISPLACEMENT STATUS AT REPORT"),
    _f("survivor.disability", QT_TRANSLATE_NOOP("Fields", "Disability"), "choice",
       choices="disability", table=_SURV, ir_column="PERSON WITH DISABILITY?"),
    _f("survivor.unaccompanied_child",
       QT_TRANSLATE_NOOP("Fields", "Unaccompanied or separated child"), "bool", table=_SURV,
       ir_column="UNACCOMPANIED OR SEPARATED CHILD?"),
    _f("survivor.caregiver_name", QT_TRANSLATE_NOOP("Fields", "Caregiver's name"), table=_SURV,
       identifying=True, help=QT_TRANSLATE_NOOP("Fields", "Needed for a child survivor.")),
    _f("survivor.caregiver_phone", QT_TRANSLATE_NOOP("Fields", "Caregiver's phone"), table=_SURV,
       identifying=True),
    _f("survivor.caregiver_relationship",
       QT_TRANSLATE_NOOP("Fields", "Caregiver's relationship to the child"), "choice",
       choices="caregiver_relationships", table=_SURV),
    _f("survivor.caregiver_informed", QT_TRANSLATE_NOOP("Fields", "Caregiver informed"), "bool",
       table=_SURV),
    _f("survivor.caregiver_is_perpetrator",
       QT_TRANSLATE_NOOP("Fields", "The caregiver is an alleged perpetrator"), "bool",
       table=_SURV, help=QT_TRANSLATE_NOOP(
           "Fields", "Then the caregiver's consent cannot be accepted.")),
)

_INCIDENT = (
    # Required unless its date is unknown (``intake_rules``).
    _f("incident.date", QT_TRANSLATE_NOOP("Fields", "Date of incident"), "date", table=_INC,
       column="incident_date", ir_column="DATE OF INCIDENT"),
    _f("incident.date_precision", QT_TRANSLATE_NOOP("Fields", "The date of the incident is"),
       "choice", choices="date_precision", table=_INC,
       help=QT_TRANSLATE_NOOP("Fields", "Estimated: give the closest day she can say. "
                              "Unknown: leave the date empty.")),
    _f("incident.reported_by", QT_TRANSLATE_NOOP("Fields", "Incident reported by"), "choice",
       choices="reported_by", table=_INC),
    _f("incident.time_of_day", QT_TRANSLATE_NOOP("Fields", "Time of day"), "choice",
       choices="time_of_day", table=_INC, ir_column="INCIDENT TIME OF DAY"),
    _f("incident.location_type", QT_TRANSLATE_NOOP("Fields", "Type of location"), "choice",
       choices="location_types", table=_INC, ir_column="INCIDENT LOCATION"),
    _f("incident.region", QT_TRANSLATE_NOOP("Fields", "Region"), "choice", choices="regions",
       table=_INC, ir_column="INCIDENT COUNTY"),
    _f("incident.cercle", QT_TRANSLATE_NOOP("Fields", "Cercle"), "choice", choices="cercles",
       table=_INC, ir_column="INCIDENT DISTRICT",
       help=QT_TRANSLATE_NOOP("Fields", "Choose the region first.")),
    _f("incident.commune", QT_TRANSLATE_NOOP("Fields", "Commune, town or camp"), table=_INC,
       ir_column="INCIDENT CAMP / TOWN", identifying=True),
    _f("incident.displacement_at_incident",
       QT_TRANSLATE_NOOP("Fields", "Stage of displacement at incident"), "choice",
       choices="displacement_stages", table=_INC, ir_column="STAGE OF DISPLACEMENT AT INCIDENT"),
    _f("incident.account", QT_TRANSLATE_NOOP("Fields", "Account of the incident"), "longtext",
       table=_INC, identifying=True,
       help=QT_TRANSLATE_NOOP("Fields", "In the survivor's words, as far as she wishes.")),
    _f("incident.gbv_type", QT_TRANSLATE_NOOP("Fields", "Type of GBV"), "choice",
       choices="gbv_types", table=_INC, required=True, ir_column="GBV TYPE",
       help=QT_TRANSLATE_NOOP(
           "Fields", "Answer the questions in order; the first yes gives the type.")),
    _f("incident.harmful_practice", QT_TRANSLATE_NOOP("Fields", "Harmful traditional practice"),
       "choice", choices="harmful_practices", table=_INC, ir_column="HARMFUL TRADITIONAL PRACTICE"),
    _f("incident.goods_exchanged",
       QT_TRANSLATE_NOOP("Fields", "Money, goods, benefits or services exchanged"), "bool",
       table=_INC, ir_column="MONEY, GOODS, BENEFITS AND / OR SERVICES EXCHANGED ?"),
    _f("incident.abduction", QT_TRANSLATE_NOOP("Fields", "Type of abduction"), "choice",
       choices="abduction_types", table=_INC, ir_column="TYPE OF ABDUCTION"),
    _f("incident.reported_elsewhere", QT_TRANSLATE_NOOP("Fields", "Reported elsewhere"), "choice",
       choices="reported_elsewhere", table=_INC, ir_column="PREVIOUSLY REPORTED THIS INCIDENT?"),
    _f("incident.reported_where", QT_TRANSLATE_NOOP("Fields", "Where it was reported"), table=_INC,
       identifying=True),
    _f("incident.previous_incidents", QT_TRANSLATE_NOOP("Fields", "Previous GBV incidents"), "bool",
       table=_INC, ir_column="PREVIOUS GBV INCIDENTS?"),
    _f("incident.wants_legal_action",
       QT_TRANSLATE_NOOP("Fields", "Does the survivor want to pursue legal action?"), "choice",
       choices="legal_action", table=_INC, ir_column="WANTS LEGAL ACTION?"),
    # Mandatory reporting (the form shows ``reporting.MANDATORY_REPORTING`` before it).
    _f("incident.mandatory_report_made",
       QT_TRANSLATE_NOOP("Fields", "A mandatory report was made"), "bool", table=_INC),
    _f("incident.mandatory_report_to", QT_TRANSLATE_NOOP("Fields", "Reported to"), "choice",
       choices="mandatory_report_recipients", table=_INC),
    _f("incident.mandatory_report_on", QT_TRANSLATE_NOOP("Fields", "Reported on"), "date",
       table=_INC),
    _f("incident.mandatory_report_informed",
       QT_TRANSLATE_NOOP("Fields", "She was told before the report was made"), "bool",
       table=_INC),
)

_PERPETRATOR = (
    _f("perpetrator.is_primary", QT_TRANSLATE_NOOP("Fields", "Primary perpetrator"), "bool",
       table=_PERP),
    _f("perpetrator.sex", QT_TRANSLATE_NOOP("Fields", "Sex"), "choice", choices="sex", table=_PERP,
       ir_column="ALLEGED PERPETRATOR SEX"),
    _f("perpetrator.age_group", QT_TRANSLATE_NOOP("Fields", "Age group"), "choice",
       choices="age_groups", table=_PERP, ir_column="ALLEGED PERPETRATOR AGE GROUP"),
    _f("perpetrator.relationship", QT_TRANSLATE_NOOP("Fields", "Relationship to the survivor"),
       "choice", choices="relationships", table=_PERP, column="relationship_code",
       ir_column="ALLEGED PERPETRATOR - SURVIVOR RELATIONSHIP"),
    _f("perpetrator.occupation", QT_TRANSLATE_NOOP("Fields", "Occupation"), table=_PERP,
       identifying=True),
    # The Recorder gets the coded occupation only: typed text can carry a name.
    _f("perpetrator.occupation_code", QT_TRANSLATE_NOOP("Fields", "Type of occupation"),
       "choice", choices="perpetrator_occupations", table=_PERP,
       ir_column="ALLEGED PERPETRATOR OCCUPATION"),
    _f("perpetrator.nationality", QT_TRANSLATE_NOOP("Fields", "Nationality"), "choice",
       choices="nationalities", table=_PERP),
    _f("perpetrator.name", QT_TRANSLATE_NOOP("Fields", "Name"), table=_PERP, identifying=True),
    _f("perpetrator.previous_incident_with",
       QT_TRANSLATE_NOOP("Fields", "Previous incident with this person"), "bool", table=_PERP,
       ir_column="PREVIOUS INCIDENT WITH THIS PERPETRATOR"),
    _f("perpetrator.sea_affiliation",
       QT_TRANSLATE_NOOP("Fields", "Affiliation (UN or aid personnel)"), "choice",
       choices="sea_affiliations", table=_PERP),
    _f("perpetrator.sea_entity", QT_TRANSLATE_NOOP("Fields", "Entity or contingent, if known"),
       table=_PERP, identifying=True),
)

_SEA = (
    _f("sea.reported_to_un_on", QT_TRANSLATE_NOOP("Fields", "Date reported to the UN"), "date",
       table=_INC, column="sea_reported_to_un_on"),
    # Her consent to inform the UN entity / SEA focal point / Victims' Rights Advocate: a
    # consent record of its own (scope ``un_sharing``) with its own date and giver.
    _f("sea.un_consent", QT_TRANSLATE_NOOP(
        "Fields", "Consents to inform the UN entity, the SEA focal point and the Victims' "
        "Rights Advocate"), "bool", table="consents", column=UN_SHARING,
       help=QT_TRANSLATE_NOOP(
           "Fields", "Without this consent nothing identifying or linkable about her leaves "
           "in the victim-assistance file: she is only counted.")),
    _f("sea.un_consent_given_on", QT_TRANSLATE_NOOP("Fields", "Consent to inform the UN given on"),
       "date", table="consents", column=f"{UN_SHARING}.given_on"),
    _f("sea.un_consent_given_by", QT_TRANSLATE_NOOP("Fields", "Consent to inform the UN given by"),
       "choice", choices="consent_given_by", table="consents", column=f"{UN_SHARING}.given_by"),
    _f("sea.paternity_claim", QT_TRANSLATE_NOOP("Fields", "Paternity or child-support claim"),
       "bool", table=_INC, column="sea_paternity_claim"),
)

_RELEASE_LABELS = {
    "health": QT_TRANSLATE_NOOP("Fields", "Release information to health services"),
    "psychosocial": QT_TRANSLATE_NOOP("Fields", "Release information to psychosocial services"),
    "legal": QT_TRANSLATE_NOOP("Fields", "Release information to legal aid"),
    "safety": QT_TRANSLATE_NOOP("Fields", "Release information to safety and police"),
    "shelter": QT_TRANSLATE_NOOP("Fields", "Release information to safe shelter"),
    "livelihoods": QT_TRANSLATE_NOOP("Fields", "Release information to livelihoods programmes"),
    "child_protection": QT_TRANSLATE_NOOP("Fields", "Release information to child protection"),
    "material": QT_TRANSLATE_NOOP("Fields", "Release information for material assistance"),
    "other": QT_TRANSLATE_NOOP("Fields", "Release information to other services"),
}

_CONSENT = (
    _f("consent.services", QT_TRANSLATE_NOOP("Fields", "Consents to receive services"), "bool",
       table="consents", column="services", required=True),
    _f("consent.statistics",
       QT_TRANSLATE_NOOP("Fields", "Consents to share non-identifying data for statistics"), "bool",
       table="consents", column="statistics", ir_column="CONSENT GIVEN"),
    *(_f(f"consent.release_{code}", _RELEASE_LABELS[code], "bool", table="consents",
         column=f"release:{code}") for code in reference.codes("service_types")),
    _f("consent.given_by", QT_TRANSLATE_NOOP("Fields", "Consent given by"), "choice",
       choices="consent_given_by", table="consents", required=True),
    _f("consent.given_on", QT_TRANSLATE_NOOP("Fields", "Consent given on"), "date",
       table="consents", required=True),
    # A child survivor (child_consent_bands.json says who consents and who assents by age).
    _f("consent.child_assent", QT_TRANSLATE_NOOP("Fields", "The child gives informed assent"),
       "bool", table=_CASE, column="child_assent"),
    _f("consent.caregiver_unsuitable",
       QT_TRANSLATE_NOOP("Fields", "Why the caregiver does not give consent"), "choice",
       choices="caregiver_unsuitable", table=_CASE, column="caregiver_unsuitable"),
    _f("consent.best_interest_note", QT_TRANSLATE_NOOP("Fields", "Best-interest note"),
       "longtext", table=_CASE, column="best_interest_note", identifying=True,
       help=QT_TRANSLATE_NOOP(
           "Fields", "Why this person consents for the child; a supervisor approves it.")),
)

_NEED_LABELS = {
    "medical": (QT_TRANSLATE_NOOP("Fields", "Medical need"),
                QT_TRANSLATE_NOOP("Fields", "Medical: note")),
    "psychosocial": (QT_TRANSLATE_NOOP("Fields", "Psychosocial need"),
                     QT_TRANSLATE_NOOP("Fields", "Psychosocial: note")),
    "legal": (QT_TRANSLATE_NOOP("Fields", "Legal need"),
              QT_TRANSLATE_NOOP("Fields", "Legal: note")),
    "safety": (QT_TRANSLATE_NOOP("Fields", "Safety need"),
               QT_TRANSLATE_NOOP("Fields", "Safety: note")),
    "shelter": (QT_TRANSLATE_NOOP("Fields", "Shelter need"),
                QT_TRANSLATE_NOOP("Fields", "Shelter: note")),
    "material": (QT_TRANSLATE_NOOP("Fields", "Material need"),
                 QT_TRANSLATE_NOOP("Fields", "Material: note")),
    "socio_economic": (QT_TRANSLATE_NOOP("Fields", "Socio-economic need"),
                       QT_TRANSLATE_NOOP("Fields", "Socio-economic: note")),
}

_SAFETY = "safety_assessments"  # the intake records the first one (services/safety_intake.py)
_ASSESSMENT = (
    *(_f(f"assessment.safety_{q['code']}", q["en"], "choice", choices=safety.choices_list(q),
         table=_SAFETY, column=q["code"], label_ref=safety.QUESTIONS)
      for q in safety.questions()),
    _f("assessment.safety_risk", QT_TRANSLATE_NOOP("Fields", "Safety risk"), "choice",
       choices="safety_risk", table=_SAFETY, column="level", help=QT_TRANSLATE_NOOP(
           "Fields", "Left blank: the level the answers suggest.")),
    _f("assessment.safety_risk_reason", QT_TRANSLATE_NOOP(
        "Fields", "Why this level (when it is not the one suggested)"), table=_SAFETY,
       column="reason", identifying=True),
    *(f for code in reference.codes("needs") for f in (
        _f(f"assessment.need_{code}", _NEED_LABELS[code][0], "bool", table="assessment_needs",
           column=code),
        _f(f"assessment.need_{code}_note", _NEED_LABELS[code][1], "text",
           table="assessment_needs", column=f"{code}.note", identifying=True))),
)

CATALOGUE: tuple[Field, ...] = (
    _REGISTRATION + _SURVIVOR + _INCIDENT + _PERPETRATOR + _SEA + _CONSENT + _ASSESSMENT
)


@cache
def _by_key() -> dict[str, Field]:
    return {f.key: f for f in CATALOGUE}


def fields(section: str | None = None) -> list[Field]:
    """Every field in form order, or those of one section."""
    if section is not None and section not in SECTIONS:
        raise KeyError(f"unknown section {section!r}")
    return [f for f in CATALOGUE if section is None or f.section == section]


def field(key: str) -> Field:
    """The field with ``key`` (``KeyError`` when there is none)."""
    try:
        return _by_key()[key]
    except KeyError:
        raise KeyError(f"unknown field {key!r}") from None


def identifying_keys() -> frozenset[str]:
    """Keys of every field that identifies the survivor (or names a perpetrator)."""
    return frozenset(f.key for f in CATALOGUE if f.identifying)


def sections(lang: str | None = None) -> list[tuple[str, str]]:
    """``(code, title)`` of each section in form order, titles in ``lang``."""
    return [(code, translate("Fields", _SECTION_TITLES[code], lang)) for code in SECTIONS]


def section_title(code: str, lang: str | None = None) -> str:
    """The title of one section in ``lang``."""
    return translate("Fields", _SECTION_TITLES[code], lang)


def release_key(service_type: str) -> str:
    """The consent field for releasing information to ``service_type``."""
    return f"consent.release_{service_type}"


def need_keys(need: str) -> tuple[str, str]:
    """The ``(checkbox, note)`` field keys of one assessment need."""
    return f"assessment.need_{need}", f"assessment.need_{need}_note"

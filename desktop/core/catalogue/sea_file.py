"""The catalogue of the SEA victim's file (UN Victim Assistance Protocol, 2019).

Same ``Field`` definitions as the intake catalogue (``fields.py``), in a section of their own
(``sea_file``): the SEA panel of the case file, its validation, the case summary and the
victim-assistance export read them. ``identifying`` marks the UN allegation reference (it
leads straight to her in the UN's records), the names of the entity and the mission (a unit
near her) and every free-text field: none of them goes to a log, an audit detail, an error
message or a file that leaves without her consent to inform the UN.

Lists of the file (children born of SEA, claims, the days she was informed, assistance) have
their own fields, keyed ``sea_child.*``, ``sea_claim.*``, ``sea_informed.*`` and
``sea_assistance.*``.
"""

from __future__ import annotations

from desktop.core.catalogue.fields import QT_TRANSLATE_NOOP, Field

SECTION = "sea_file"
_FILE = "sea_files"


def _f(key: str, label: str, kind: str = "text", *, table: str = _FILE,
       column: str | None = None, **options: object) -> Field:
    section, name = key.split(".", 1)
    return Field(key=key, section=section, label=label, kind=kind, table=table,
                 column=column or name, **options)  # type: ignore[arg-type]


FILE_FIELDS: tuple[Field, ...] = (
    _f("sea_file.allegation_ref", QT_TRANSLATE_NOOP("Fields", "UN allegation reference"),
       identifying=True, help=QT_TRANSLATE_NOOP(
           "Fields", "The reference the UN entity gave the allegation, if known.")),
    _f("sea_file.entity", QT_TRANSLATE_NOOP("Fields", "UN entity"), identifying=True),
    _f("sea_file.mission", QT_TRANSLATE_NOOP("Fields", "Mission"), identifying=True),
    _f("sea_file.personnel_category", QT_TRANSLATE_NOOP("Fields", "Category of personnel"),
       "choice", choices="sea_personnel_categories"),
    _f("sea_file.sea_kind", QT_TRANSLATE_NOOP("Fields", "Exploitation or abuse"), "choice",
       choices="sea_kinds"),
    _f("sea_file.perpetrator_nationality",
       QT_TRANSLATE_NOOP("Fields", "Nationality of the alleged perpetrator"), "choice",
       choices="countries"),
    _f("sea_file.victim_age", QT_TRANSLATE_NOOP("Fields", "Victim's age at the incident"), "int",
       help=QT_TRANSLATE_NOOP(
           "Fields", "Computed from her date of birth and the incident's date when both are "
           "known; otherwise enter it.")),
    _f("sea_file.reported_to_un_on", QT_TRANSLATE_NOOP("Fields", "Date reported to the UN"),
       "date", table="incidents", column="sea_reported_to_un_on"),
    _f("sea_file.investigation_status", QT_TRANSLATE_NOOP("Fields", "Investigation status"),
       "choice", choices="sea_investigation_statuses"),
    _f("sea_file.investigation_status_on",
       QT_TRANSLATE_NOOP("Fields", "Investigation status as of"), "date"),
    _f("sea_file.note", QT_TRANSLATE_NOOP("Fields", "Notes on the SEA file"), "longtext",
       identifying=True),
)

ITEM_FIELDS: tuple[Field, ...] = (
    _f("sea_child.date_of_birth", QT_TRANSLATE_NOOP("Fields", "Child's date of birth"), "date",
       table="sea_children"),
    _f("sea_child.sex", QT_TRANSLATE_NOOP("Fields", "Child's sex"), "choice", choices="sex",
       table="sea_children"),
    _f("sea_claim.child", QT_TRANSLATE_NOOP("Fields", "For the child"), "choice",
       table="sea_claims", column="child_id"),
    _f("sea_claim.filed_on", QT_TRANSLATE_NOOP("Fields", "Claim made on"), "date",
       table="sea_claims"),
    _f("sea_claim.dna_sample_on", QT_TRANSLATE_NOOP("Fields", "DNA sample taken on"), "date",
       table="sea_claims"),
    _f("sea_claim.paternity_established_on",
       QT_TRANSLATE_NOOP("Fields", "Paternity established on"), "date", table="sea_claims"),
    _f("sea_claim.support_ordered_on", QT_TRANSLATE_NOOP("Fields", "Child support ordered on"),
       "date", table="sea_claims"),
    _f("sea_claim.support_paid_on", QT_TRANSLATE_NOOP("Fields", "Child support paid on"),
       "date", table="sea_claims"),
    _f("sea_informed.on", QT_TRANSLATE_NOOP("Fields", "Informed on"), "date",
       table="sea_informed", required=True),
    _f("sea_informed.about", QT_TRANSLATE_NOOP("Fields", "Informed of"), "choice",
       choices="sea_informed_about", table="sea_informed", required=True),
    _f("sea_assistance.assistance_type", QT_TRANSLATE_NOOP("Fields", "Type of assistance"),
       "choice", choices="sea_assistance_types", table="sea_assistance", required=True),
    _f("sea_assistance.child", QT_TRANSLATE_NOOP("Fields", "For"), "choice",
       table="sea_assistance", column="child_id"),
    _f("sea_assistance.provided_on", QT_TRANSLATE_NOOP("Fields", "Provided from"), "date",
       table="sea_assistance", required=True),
    _f("sea_assistance.until_on", QT_TRANSLATE_NOOP("Fields", "Until"), "date",
       table="sea_assistance"),
    _f("sea_assistance.provider", QT_TRANSLATE_NOOP("Fields", "Provider"), "choice",
       table="sea_assistance", column="provider_id"),
    _f("sea_assistance.provided_by", QT_TRANSLATE_NOOP("Fields", "Provided by (staff)"),
       "choice", table="sea_assistance", column="provided_by_id"),
)

CATALOGUE: tuple[Field, ...] = FILE_FIELDS + ITEM_FIELDS
_BY_KEY = {f.key: f for f in CATALOGUE}


def field(key: str) -> Field:
    """The SEA-file field with ``key`` (``KeyError`` when there is none)."""
    return _BY_KEY[key]


def identifying_keys() -> frozenset[str]:
    """Keys of the SEA-file fields that identify her (reference, entity, mission, notes)."""
    return frozenset(f.key for f in CATALOGUE if f.identifying)

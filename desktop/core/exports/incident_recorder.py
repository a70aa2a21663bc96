"""The GBVIMS Incident Recorder workbook: ``Incident Data`` and ``Menu Data`` sheets.

Pure mapping from plain records (our codes) to the Recorder's vocabulary, via the ``ir`` values
of the reference lists. One row per incident (a survivor who came back has one row for each,
numbered ``<case number>-2`` …). Service columns are derived, in this order:

1. the centre recorded that service as given in house for this incident (``services_given``)
   → ``Service provided by your agency``;
2. a referral for that service that is under way or done → ``Referred``; only declined or
   not-provided referrals → ``Service unavailable``;
3. the survivor came from that kind of service → ``Services already received from another
   agency``;
4. a need of that kind was recorded and the survivor refused to release information to that
   service → ``Referral declined by survivor``; a need that nobody answered (no service given,
   no referral) → ``Service unavailable``;
5. otherwise → ``Service not applicable``.

The Recorder is always de-identified. Its ``DATE OF BIRTH`` column never holds the survivor's
real date of birth (identifying): it holds the GBVIMS estimate for a known age, 1 January of the
year that gives the survivor's age at the incident, so the Recorder's own age and age-group
formulas find the right age and nothing more is told. Its free-text column ``INCIDENT CAMP /
TOWN`` (typed text can hold a name) stays empty; ``ALLEGED PERPETRATOR OCCUPATION`` holds the
coded occupation (``perpetrator_occupations``), never the typed one.

Dates are real dates (the writer gives them the Recorder's ``dd-mmm-yyyy`` display) and counts
are numbers, so that Excel and the Recorder's own formulas compute with them. ``Menu Data`` lists
every value the rows use, however many there are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from typing import Any

from desktop.core.catalogue import reference
from desktop.core.exports.tabular import Sheet

HEADERS = (
    "INCIDENT ID", "SURVIVOR CODE", "CASE MANAGER CODE", "DATE OF INTERVIEW", "DATE OF INCIDENT",
    "DATE OF BIRTH", "SEX", "ETHNICITY", "COUNTRY OF ORIGIN", "CIVIL / MARITAL STATUS",
    "DISPLACEMENT STATUS AT REPORT", "PERSON WITH DISABILITY?",
    "UNACCOMPANIED OR SEPARATED CHILD?", "STAGE OF DISPLACEMENT AT INCIDENT",
    "INCIDENT TIME OF DAY", "INCIDENT LOCATION", "INCIDENT COUNTY", "INCIDENT DISTRICT",
    "INCIDENT CAMP / TOWN", "GBV TYPE", "HARMFUL TRADITIONAL PRACTICE",
    "MONEY, GOODS, BENEFITS AND / OR SERVICES EXCHANGED ?", "TYPE OF ABDUCTION",
    "PREVIOUSLY REPORTED THIS INCIDENT?", "PREVIOUS GBV INCIDENTS?",
    "No. ALLEGED PRIMARY PERPETRATOR(S)", "ALLEGED PERPETRATOR SEX",
    "PREVIOUS INCIDENT WITH THIS PERPETRATOR", "ALLEGED PERPETRATOR AGE GROUP",
    "ALLEGED PERPETRATOR - SURVIVOR RELATIONSHIP", "ALLEGED PERPETRATOR OCCUPATION",
    "REFERRED TO YOU FROM?", "SAFE HOUSE / SHELTER", "HEALTH / MEDICAL SERVICES",
    "PSYCHOSOCIAL SERVICES", "WANTS LEGAL ACTION?", "LEGAL ASSISTANCE SERVICES",
    "POLICE / OTHER SECURITY ACTOR", "LIVELIHOODS PROGRAM", "CONSENT GIVEN",
    "REPORTING AGENCY CODE",
)
MENU_HEADERS = ("CASEWORKER CODE", "ETHNICITY", "INCIDENT LOCATION", "INCIDENT COUNTY",
                "INCIDENT DISTRICT", "INCIDENT CAMP")
DATE_FORMAT = "dd-mmm-yyyy"  # the Recorder's display of its date columns
DATE_COLUMNS = frozenset({"DATE OF INTERVIEW", "DATE OF INCIDENT", "DATE OF BIRTH"})
IrCell = str | int | date

REFERRED = "Referred"
IN_HOUSE = "Service provided by your agency"
ALREADY = "Services already received from another agency"
NOT_APPLICABLE = "Service not applicable"
DECLINED = "Referral declined by survivor"
UNAVAILABLE = "Service unavailable"
SERVICE_VALUES = (REFERRED, IN_HOUSE, ALREADY, NOT_APPLICABLE, DECLINED, UNAVAILABLE)
_UNDER_WAY = {"sent", "accepted", "service_provided", "closed", "no_response"}
# Where a survivor came from (referral_sources code) → the service she already received.
_SOURCE_SERVICE = {"health": "health", "psychosocial": "psychosocial", "police": "safety",
                   "legal": "legal", "livelihoods": "livelihoods", "shelter": "shelter"}


def ir_value(list_name: str, code: str | None) -> str:
    """The Recorder's value for ``code``: its ``ir`` entry, else the English label."""
    if not code:
        return ""
    try:
        item = reference.entry(list_name, code)
    except LookupError:
        return str(code)
    return str(item.get("ir") or item.get("en") or code)


def estimated_birth(age: int | None, on: date | None) -> date | None:
    """1 January of the year that makes someone ``age`` on ``on``: the estimated date of birth
    the Recorder takes for a known age (``None`` when the age or the day is unknown)."""
    if age is None or on is None or not 0 <= age < on.year:
        return None
    return date(on.year - age, 1, 1)


def yes_no(value: bool | None) -> str:
    """``Yes`` / ``No`` / empty."""
    return "" if value is None else ("Yes" if value else "No")


@cache
def service_columns() -> dict[str, str]:
    """Recorder service column → our service type (from ``service_types``' ``ir_column``)."""
    return {str(item["ir_column"]): code for code in reference.codes("service_types")
            if (item := reference.entry("service_types", code)).get("ir_column")}


reference.on_reload(service_columns.cache_clear)  # the hub may publish service types


def _need_services(needs: Iterable[str]) -> set[str]:
    found = set()
    for need in needs:
        try:
            service = reference.entry("needs", need).get("service")
        except LookupError:
            continue
        if service:
            found.add(str(service))
    return found


def service_value(service: str, record: Mapping[str, Any]) -> str:
    """One service column's value for ``record`` (see the module docstring)."""
    if service in record.get("in_house", ()):
        return IN_HOUSE
    statuses = {status for kind, status in record.get("referrals", ()) if kind == service}
    if statuses & _UNDER_WAY:
        return REFERRED
    if statuses:
        return UNAVAILABLE
    if service in {_SOURCE_SERVICE.get(s) for s in record.get("referred_by", ())}:
        return ALREADY
    if service in _need_services(record.get("needs", ())):
        return UNAVAILABLE if service in record.get("releases", ()) else DECLINED
    return NOT_APPLICABLE


def incident_row(record: Mapping[str, Any]) -> list[IrCell]:
    """One ``Incident Data`` row, in ``HEADERS`` order."""
    r = record
    columns = service_columns()
    services = {column: service_value(code, r) for column, code in columns.items()}
    place = [ir_value("regions", r.get("region")), ir_value("cercles", r.get("cercle")), ""]
    referred = " & ".join(ir_value("referral_sources", s) for s in r.get("referred_by", ()))
    values: dict[str, IrCell | None] = {
        "INCIDENT ID": r["incident_id"], "SURVIVOR CODE": r["survivor_code"],
        "CASE MANAGER CODE": r.get("caseworker_code") or "",
        "DATE OF INTERVIEW": r.get("date_of_interview"),
        "DATE OF INCIDENT": r.get("incident_date"),
        "DATE OF BIRTH": estimated_birth(
            r.get("survivor_age"), r.get("incident_date") or r.get("date_of_interview")),
        "SEX": ir_value("sex", r.get("sex")),
        "ETHNICITY": ir_value("ethnicities", r.get("ethnicity")),
        "COUNTRY OF ORIGIN": ir_value("nationalities", r.get("nationality")),
        "CIVIL / MARITAL STATUS": ir_value("marital_status", r.get("marital_status")),
        "DISPLACEMENT STATUS AT REPORT": ir_value("displacement_status",
                                                  r.get("displacement_status")),
        "PERSON WITH DISABILITY?": ir_value("disability", r.get("disability")),
        "UNACCOMPANIED OR SEPARATED CHILD?": yes_no(r.get("unaccompanied_child")),
        "STAGE OF DISPLACEMENT AT INCIDENT": ir_value("displacement_stages",
                                                      r.get("displacement_at_incident")),
        "INCIDENT TIME OF DAY": ir_value("time_of_day", r.get("time_of_day")),
        "INCIDENT LOCATION": ir_value("location_types", r.get("location_type")),
        "INCIDENT COUNTY": place[0], "INCIDENT DISTRICT": place[1],
        "INCIDENT CAMP / TOWN": place[2],
        "GBV TYPE": ir_value("gbv_types", r.get("gbv_type")),
        "HARMFUL TRADITIONAL PRACTICE": ir_value("harmful_practices", r.get("harmful_practice")),
        "MONEY, GOODS, BENEFITS AND / OR SERVICES EXCHANGED ?": yes_no(r.get("goods_exchanged")),
        "TYPE OF ABDUCTION": ir_value("abduction_types", r.get("abduction")),
        "PREVIOUSLY REPORTED THIS INCIDENT?": ir_value("reported_elsewhere",
                                                       r.get("reported_elsewhere")),
        "PREVIOUS GBV INCIDENTS?": yes_no(r.get("previous_incidents")),
        "No. ALLEGED PRIMARY PERPETRATOR(S)": int(r.get("primary_count") or 0),
        "ALLEGED PERPETRATOR SEX": ir_value("sex", r.get("p_sex")),
        "PREVIOUS INCIDENT WITH THIS PERPETRATOR": yes_no(r.get("p_previous")),
        "ALLEGED PERPETRATOR AGE GROUP": ir_value("age_groups", r.get("p_age_group")),
        "ALLEGED PERPETRATOR - SURVIVOR RELATIONSHIP": ir_value("relationships",
                                                                r.get("p_relationship")),
        "ALLEGED PERPETRATOR OCCUPATION": ir_value("perpetrator_occupations",
                                                   r.get("p_occupation")),
        "REFERRED TO YOU FROM?": referred,
        "WANTS LEGAL ACTION?": ir_value("legal_action", r.get("wants_legal_action")),
        "CONSENT GIVEN": "Yes",
        "REPORTING AGENCY CODE": r.get("agency_code") or "",
        **services,
    }
    return [_present(values.get(h)) for h in HEADERS]


def _present(value: IrCell | None) -> IrCell:
    return "" if value is None else value


def menu_rows(records_seen: Mapping[str, set[str]]) -> list[list[str]]:
    """``Menu Data`` rows: each column's values sorted, all of them."""
    columns = [sorted(v for v in records_seen.get(h, set()) if v) for h in MENU_HEADERS]
    height = max((len(c) for c in columns), default=0)
    return [[c[i] if i < len(c) else "" for c in columns] for i in range(height)]


class MenuCollector:
    """Gathers the values ``Menu Data`` lists while incident rows stream past."""

    def __init__(self) -> None:
        self.seen: dict[str, set[str]] = {h: set() for h in MENU_HEADERS}

    def add(self, row: Sequence[IrCell]) -> None:
        """Note the menu values used by one ``Incident Data`` row."""
        at = {h: row[i] for i, h in enumerate(HEADERS)}
        for menu, column in zip(MENU_HEADERS, ("CASE MANAGER CODE", "ETHNICITY",
                                               "INCIDENT LOCATION", "INCIDENT COUNTY",
                                               "INCIDENT DISTRICT", "INCIDENT CAMP / TOWN"),
                                strict=True):
            self.seen[menu].add(str(at[column]))


def sheets(records: Iterable[Mapping[str, Any]], total: int) -> tuple[Sheet, Sheet]:
    """The two sheets; ``Menu Data`` fills in as ``Incident Data`` rows are written."""
    collector = MenuCollector()

    def incident_rows() -> Iterator[list[IrCell]]:
        for record in records:
            row = incident_row(record)
            collector.add(row)
            yield row

    class _Menu:
        def __iter__(self) -> Iterator[list[str]]:
            return iter(menu_rows(collector.seen))

    data = Sheet("Incident Data", list(HEADERS), incident_rows(), total,
                 date_format=DATE_FORMAT)
    menu = Sheet("Menu Data", list(MENU_HEADERS), _Menu(), 0)
    return data, menu

"""The SEA victim's file in the victim-assistance export (UN Victim Assistance Protocol).

Pure format code over the records of ``services.sea_export_rows`` (victims who consented to
inform the UN only). Three sheets (CSV sections) follow the assistance rows:

* **SEA victims**: one row per SEA incident — victim code, UN allegation reference, entity,
  mission, category of personnel, exploitation or abuse, the alleged perpetrator's nationality
  (ISO 3166 code and name), her age at the incident (and whether computed from her date of
  birth or entered), date reported to the UN, number of children born of SEA, paternity or
  child-support claim, the investigation's status (and as of when), the days she was told of
  its progress and of its outcome (``;``-separated ISO dates).
* **Children born of SEA**: victim code, child number, date of birth, sex.
* **Paternity and support claims**: victim code, claim number, the child it is for, and the
  day of each step (claim made, DNA sample, paternity established, support ordered, paid).

The Protocol's assistance recorded in the file is added to the assistance rows
(:func:`assistance_rows`), with whom it was for (her or "child 2").
Codes come first, then their label, as in the rest of the file; dates are ISO (YYYY-MM-DD).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from desktop.core.exports.case_rows import label as _label
from desktop.core.i18n import translate


def _t(text: str, lang: str | None) -> str:
    return translate("Exports", text, lang)


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def _yes_no(value: bool | None, lang: str | None) -> str:
    return "" if value is None else _t("Yes" if value else "No", lang)


def victims_header(lang: str | None = None) -> list[str]:
    """The header of the SEA victims sheet."""
    return [_t(h, lang) for h in (
        "Victim code", "UN allegation reference", "UN entity", "Mission",
        "Category of personnel (code)", "Category of personnel (Protocol)",
        "Exploitation or abuse (code)", "Exploitation or abuse",
        "Nationality of the alleged perpetrator (ISO code)",
        "Nationality of the alleged perpetrator", "Age at the incident",
        "Age computed from the date of birth", "Reported to the UN on",
        "Children born of SEA", "Paternity or child-support claim",
        "Investigation status (code)", "Investigation status", "Investigation status as of",
        "Informed of progress on", "Informed of the outcome on")]


def victim_row(record: Mapping[str, Any], lang: str | None = None) -> list[str | int]:
    """One victim's file as a row."""
    informed = record.get("informed") or []
    age = record.get("age")

    def days(about: str) -> str:
        return "; ".join(_day(i["on"]) for i in informed if i["about"] == about)

    return [
        record["victim_code"], record.get("allegation_ref") or "", record.get("entity") or "",
        record.get("mission") or "", record.get("personnel_category") or "",
        _label("sea_personnel_categories", record.get("personnel_category"), lang),
        record.get("sea_kind") or "", _label("sea_kinds", record.get("sea_kind"), lang),
        (record.get("perpetrator_nationality") or "").upper(),
        _label("countries", record.get("perpetrator_nationality"), lang),
        "" if age is None else age,
        "" if age is None else _yes_no(bool(record.get("age_computed")), lang),
        _day(record.get("reported_to_un_on")), len(record.get("children") or []),
        _yes_no(record.get("paternity_claim"), lang),
        record.get("investigation_status") or "",
        _label("sea_investigation_statuses", record.get("investigation_status"), lang),
        _day(record.get("investigation_status_on")), days("progress"), days("outcome"),
    ]


def children_header(lang: str | None = None) -> list[str]:
    """The header of the children sheet."""
    return [_t(h, lang) for h in ("Victim code", "Child", "Date of birth", "Sex (code)", "Sex")]


def children_rows(records: Iterable[Mapping[str, Any]],
                  lang: str | None = None) -> Iterator[list[str | int]]:
    """One row per child born of SEA."""
    for record in records:
        for child in record.get("children") or []:
            yield [record["victim_code"], child["number"], _day(child["date_of_birth"]),
                   child["sex"] or "", _label("sex", child["sex"], lang)]


CLAIM_STEPS = ("filed_on", "dna_sample_on", "paternity_established_on", "support_ordered_on",
               "support_paid_on")


def claims_header(lang: str | None = None) -> list[str]:
    """The header of the claims sheet."""
    return [_t(h, lang) for h in (
        "Victim code", "Claim", "For the child", "Claim made on", "DNA sample taken on",
        "Paternity established on", "Child support ordered on", "Child support paid on")]


def claims_rows(records: Iterable[Mapping[str, Any]]) -> Iterator[list[str | int]]:
    """One row per paternity and child-support claim."""
    for record in records:
        for claim in record.get("claims") or []:
            yield [record["victim_code"], claim["number"], claim["child"] or "",
                   *(_day(claim[s]) for s in CLAIM_STEPS)]


def for_whom(child: int | None, lang: str | None = None) -> str:
    """"Victim", or "Child 2" for an assistance given to a child born of SEA."""
    if child is None:
        return _t("Victim", lang)
    return _t("Child {n}", lang).format(n=child)


def assistance_rows(records: Iterable[Mapping[str, Any]], victim_cells: Mapping[str, list[str]],
                    lang: str | None = None) -> Iterator[list[str]]:
    """The Protocol's assistance recorded in each file, laid out as the assistance rows
    (``victim_assistance.header``): the victim's own columns as on her referral rows
    (``victim_cells``: victim code → her affiliation … reported-on cells), the provider and
    who provided it, its type, status "service provided", then for whom, "SEA file" and the
    dates it was provided from and until."""
    for record in records:
        for item in record.get("assistance") or []:
            code = record["victim_code"]
            own = list(victim_cells.get(code) or [""] * 6)
            yield [code, *own, " / ".join(n for n in (item["provider"], item["provided_by"])
                                          if n),
                   item["type"], _label("sea_assistance_types", item["type"], lang),
                   "", "", "", "service_provided",
                   _label("referral_statuses", "service_provided", lang),
                   for_whom(item["child"], lang), _t("SEA file", lang),
                   _day(item["provided_on"]), _day(item["until_on"])]


def summary_rows(by_status: Mapping[str, str], children: str,
                 lang: str | None = None) -> list[list[str]]:
    """The summary's rows about the SEA files of the victims only counted (counts already
    suppressed): by investigation status (``not_recorded``: no status recorded), and how
    many children born of SEA."""
    rows = [[_t("Counted only, by investigation status:", lang), ""]]
    for code, shown in by_status.items():
        name = (_t("Not recorded", lang) if code == "not_recorded"
                else _label("sea_investigation_statuses", code, lang))
        rows.append([f"  {name}", shown])
    rows.append([_t("Children born of SEA of the victims counted only", lang), children])
    return rows

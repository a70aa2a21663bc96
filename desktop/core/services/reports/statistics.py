"""The period report (GBVIMS monthly tables and case-management figures).

Only cases whose survivor consented to statistics count (see ``stats_queries``). The incident
tables count incidents (a survivor who came back after a new incident counts once per
incident, in the period each was told); the cases table, the SEA table and "survivors
assisted" count cases (survivors); referrals and services given count each one. Tables hold
raw counts with row labels in the language asked, and which cells are hidden (small counts and
their complements), decided for the whole report by ``report_protect.protect``.
Needs ``Permission.RUN_REPORTS``; each report shown is audited as ``report_viewed``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.i18n import current_language, translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.permissions import (
    OWN_SITE,
    Permission,
    can,
    report_site,
    require,
)
from desktop.core.services.reports import report_labels as labels
from desktop.core.services.reports import stats_facts as facts
from desktop.core.services.reports import stats_queries as q
from desktop.core.services.reports.report_period import Period
from desktop.core.services.reports.report_protect import protect
from desktop.core.services.reports.report_tables import Report, Row, Table, with_totals
from desktop.core.store.models import Site
from desktop.core.store.vault import Vault

# Reference lists (resources/reference/<name>.json) that label each dimension.
LISTS = {
    "gbv_type": "gbv_types",
    "sex": "sex",
    "perpetrator_age": "age_groups",
    "survivor_age": "age_groups",
    "relationship": "relationships",
    "location": "location_types",
    "affiliation": "sea_affiliations",
    "service": "service_types",
    "status": "referral_statuses",
}


def _t(text: str, lang: str) -> str:
    return translate("Reports", text, lang)


def delay_labels(lang: str) -> list[tuple[str, str]]:
    """The GBVIMS buckets of time between incident and report."""
    return [("0_3", _t("0–3 days", lang)), ("4_5", _t("4–5 days", lang)),
            ("6_14", _t("6–14 days", lang)), ("15_30", _t("15 days – 1 month", lang)),
            ("over_30", _t("Over 1 month", lang))]


def outcome_labels(lang: str) -> list[tuple[str, str]]:
    """Referral outcomes (statuses after "draft", plus "no response")."""
    names = {
        "sent": _t("Sent, waiting", lang), "no_response": _t("No response", lang),
        "accepted": _t("Accepted", lang), "declined": _t("Declined", lang),
        "service_provided": _t("Service provided", lang),
        "service_not_provided": _t("Service not provided", lang),
        "closed": _t("Closed", lang)}
    return list(names.items())


def _axis(pairs: list[tuple[str, str]], seen: Iterable[str], lang: str,
          list_name: str | None = None) -> list[tuple[str, str]]:
    """Known codes in list order, then codes met in the data, then "not recorded"."""
    known = {code for code, _ in pairs}
    extra = sorted({c for c in seen if c not in known and c != q.NONE})
    axis = pairs + [(c, labels.label(list_name, c, lang) if list_name else c) for c in extra]
    if q.NONE in set(seen):
        axis.append((q.NONE, _t("Not recorded", lang)))
    return axis


def _list_axis(dimension: str, seen: Iterable[str], lang: str) -> list[tuple[str, str]]:
    name = LISTS[dimension]
    return _axis(labels.choices(name, lang), list(seen), lang, name)


def count_table(key: str, title: str, heading: str, counts: dict[str, int],
                axis: list[tuple[str, str]], lang: str, note: str = "") -> Table:
    """A one-column table of counts over ``axis`` (every code shown, zeros included)."""
    rows = [Row(code, label, (counts.get(code, 0),)) for code, label in axis]
    return Table(key, title, heading, (_t("Number", lang),),
                 with_totals(rows, _t("Total", lang), total_column=False), note)


def matrix_table(key: str, title: str, heading: str, matrix: dict[tuple[str, str], int],
                 rows_axis: list[tuple[str, str]], cols_axis: list[tuple[str, str]],
                 lang: str, note: str = "") -> Table:
    """A two-way table with a total column and a total row."""
    rows = [Row(r, label, tuple(matrix.get((r, c), 0) for c, _ in cols_axis))
            for r, label in rows_axis]
    columns = (*(label for _, label in cols_axis), _t("Total", lang))
    return Table(key, title, heading, columns,
                 with_totals(rows, _t("Total", lang), total_column=True), note)


def build_report(session: Session, period: Period, *, site_id: str | None = None,
                 lang: str | None = None, today: date | None = None) -> Report:
    """Compute the report in an open session (no permission check, no audit)."""
    q.prepare(session)
    try:
        return _build(session, period, site_id, lang or current_language(),
                      today or date.today())
    finally:
        facts.release(session)
        q.release(session)


@dataclass(frozen=True)
class Figures:
    """The raw counts a period report is built from, whatever database they were read from
    (a site's SQLite here, the hub's PostgreSQL in ``desktop.hub.report_queries``)."""

    cases: q.Counts
    gbv_types: q.Counts
    survivor_sex_age: q.Matrix  # (sex, age group)
    perpetrator: q.Matrix  # (relationship, age group)
    locations: q.Counts
    delay: q.Counts
    sea_affiliations: q.Counts
    referral_outcomes: q.Matrix  # (service type, outcome)
    services_given: q.Counts
    median_days_to_service: float | None
    median_sample: int
    overdue_follow_ups: int
    not_consented: int | None  # None: not known where the figures were read
    survivors_assisted: int


def _build(session: Session, period: Period, site_id: str | None, lang: str,
           today: date) -> Report:
    scope = q.Scope(period, site_id, today)
    facts.fill(session, scope)
    median, sample = facts.days_to_service(session)
    figures = Figures(
        cases=q.case_counts(session, scope), gbv_types=facts.gbv_types(session),
        survivor_sex_age=facts.survivor_sex_age(session),
        perpetrator=facts.perpetrator_relationship_age(session),
        locations=facts.location_types(session), delay=facts.report_delay(session),
        sea_affiliations=q.sea_affiliations(session, scope),
        referral_outcomes=facts.referral_outcomes(session),
        services_given=q.services_given(session, scope), median_days_to_service=median,
        median_sample=sample, overdue_follow_ups=q.overdue_follow_ups(session, scope),
        not_consented=q.not_consented(session, scope),
        survivors_assisted=facts.survivors_assisted(session, scope))
    return assemble(figures, period, site_id=site_id,
                    site_label=_site_label(session, site_id, lang), lang=lang,
                    today=scope.today)


def assemble(figures: Figures, period: Period, *, site_id: str | None, site_label: str,
             lang: str, today: date) -> Report:
    """The report's tables from raw ``figures``: labels in ``lang``, every code shown, totals,
    and the cells to hide decided for the whole report (``report_protect.protect``)."""
    cases = figures.cases
    tables = [count_table(
        "cases", _t("Cases", lang), _t("Cases", lang), cases,
        [("opened", _t("Opened in the period", lang)),
         ("active", _t("Active at the end of the period", lang)),
         ("closed", _t("Closed in the period", lang))], lang)]
    tables[0] = replace(tables[0], rows=tables[0].rows[:-1])  # opened+active+closed: no sum
    gbv = figures.gbv_types
    tables.append(count_table("gbv_type", _t("Incidents by type of GBV", lang),
                              _t("Type of GBV", lang), gbv, _list_axis("gbv_type", gbv, lang),
                              lang))
    sex_age = figures.survivor_sex_age
    tables.append(matrix_table(
        "survivor_sex_age", _t("Incidents by survivor's age group and sex", lang),
        _t("Age at the incident", lang), {(b, a): n for (a, b), n in sex_age.items()},
        _list_axis("survivor_age", [b for _, b in sex_age], lang),
        _list_axis("sex", [a for a, _ in sex_age], lang), lang))
    perp = figures.perpetrator
    tables.append(matrix_table(
        "perpetrator", _t("Incidents by relationship and age group of the primary "
                          "alleged perpetrator", lang),
        _t("Relationship to the survivor", lang), perp,
        _list_axis("relationship", [a for a, _ in perp], lang),
        _list_axis("perpetrator_age", [b for _, b in perp], lang), lang))
    where = figures.locations
    tables.append(count_table("location", _t("Incidents by type of location", lang),
                              _t("Type of location", lang), where,
                              _list_axis("location", where, lang), lang))
    delay = figures.delay
    tables.append(count_table("delay", _t("Time between incident and report", lang),
                              _t("Time", lang), delay, _axis(delay_labels(lang), delay, lang),
                              lang))
    sea = figures.sea_affiliations
    tables.append(count_table(
        "sea_affiliation", _t("SEA cases by affiliation of the alleged perpetrator", lang),
        _t("Affiliation", lang), sea, _list_axis("affiliation", sea, lang), lang,
        _t("A case with perpetrators of several affiliations counts once for each.", lang)))
    outcomes = figures.referral_outcomes
    tables.append(matrix_table(
        "referrals", _t("Referrals by type of service and outcome", lang),
        _t("Type of service", lang), outcomes,
        _list_axis("service", [s for s, _ in outcomes], lang),
        _axis(outcome_labels(lang), [o for _, o in outcomes], lang), lang))
    given = figures.services_given
    tables.append(count_table(
        "services_given", _t("Services provided by the centre itself, by type", lang),
        _t("Type of service", lang), given, _list_axis("service", given, lang), lang,
        _t("Care given in house (not referred), counted by the day it was given.", lang)))
    return Report(
        period=period, site_id=site_id, site_label=site_label,
        lang=lang, made_on=today, tables=protect(
            tables, _t("hidden", lang), _t("n.p.", lang), _t(
                "n.p.: not published, too few incidents in the period to publish these counts "
                "without revealing a count under 5.", lang)),
        median_days_to_service=figures.median_days_to_service,
        median_sample=figures.median_sample, overdue_follow_ups=figures.overdue_follow_ups,
        not_consented=figures.not_consented, survivors_assisted=figures.survivors_assisted)


def _site_label(session: Session, site_id: str | None, lang: str) -> str:
    if site_id is None:
        return _t("All sites", lang)
    name = session.scalar(select(Site.name).where(Site.id == site_id))
    return str(name or site_id)


def period_report(vault: Vault, period: Period, *, site_id: str | None = OWN_SITE,
                  lang: str | None = None, today: date | None = None) -> Report:
    """The period report for ``site_id`` (``OWN_SITE``: the person's own, the default; None:
    every site, for those who may); audited as ``report_viewed``."""
    actor = require(vault, Permission.RUN_REPORTS)
    site_id = report_site(actor, site_id)
    with vault.session() as session:
        report = build_report(session, period, site_id=site_id, lang=lang, today=today)
        audit.record(session, actor, "report_viewed", record_type="report",
                     details=f"stats {period.slug()} site={site_id or 'all'}")
    return report


def _reportable_sites(vault: Vault, *columns: Any, order: Any) -> list[Any]:
    """Rows of ``columns`` for the sites this person may report on (a supervisor: her own)."""
    actor = require(vault, Permission.RUN_REPORTS)
    stmt = select(*columns).order_by(order)
    if not can(actor, Permission.REPORT_ALL_SITES):
        stmt = stmt.where(Site.id == actor.site_id)
    with vault.reader() as session:
        return [tuple(row) for row in session.execute(stmt)]


def sites(vault: Vault) -> list[tuple[str, str]]:
    """(site id, name) of the sites this person may report on, for the report's site choice."""
    return _reportable_sites(vault, Site.id, Site.name, order=Site.name)


def site_codes(vault: Vault) -> list[tuple[str, str, str]]:
    """(site id, code, name) of the sites this person may report on (to choose by code)."""
    return _reportable_sites(vault, Site.id, Site.code, Site.name, order=Site.code)

"""The SEA victims' rows, read straight from the queries (``export_rows``), on small cases
written with chosen ids: the joins compare ids, so a rule that matched the wrong incident or
perpetrator would show only when the ids of other cases sort before or after hers.

A victim who consented to inform the UN is listed with each assistance, her first affiliated
perpetrator and the incident he is in; one who did not is only counted, by that perpetrator's
affiliation and by the types of assistance she was referred to (drafts are not referrals) or
given in house, each type once.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.services.reports import export_rows
from desktop.core.services.reports.export_rows import RowScope
from desktop.core.store.models import (
    Case,
    Consent,
    Incident,
    Perpetrator,
    Referral,
    ServiceGiven,
    Staff,
    Survivor,
)
from desktop.core.store.vault import Vault
from tests.helpers.report_data import provider

DAY = date(2026, 5, 12)
SCOPE = RowScope(DAY - timedelta(days=10), DAY + timedelta(days=10), consented_only=False,
                 sea_only=True)


def _id(first: str, n: int) -> str:
    """An id that sorts where ``first`` (a hex digit) puts it among the others."""
    return str(uuid.UUID(first * 8 + f"{n:024x}"))


def _at(hours: int) -> datetime:
    return datetime.combine(DAY, time(8, 0), tzinfo=UTC) + timedelta(hours=hours)


class _Cases:
    """Writes SEA cases with chosen ids through the ORM."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.worker, self.site = session.execute(
            select(Staff.id, Staff.site_id).where(Staff.username == "awa")).one()
        self.provider = provider(session, self.site, "Centre SEA",
                                 ("health", "psychosocial", "legal", "shelter")).id
        self.n = 0

    def add(self, incidents: Sequence[tuple[str, Sequence[str | None]]], *, un: bool,
            referrals: Sequence[tuple[str, str]] = (), in_house: Sequence[str] = (),
            scopes: Sequence[str] = ()) -> str:
        """A case whose incidents (oldest first) have the given id digit and perpetrators'
        affiliations (by position; None: not affiliated); returns its case number."""
        self.n += 1
        n, site, worker = self.n, self.site, self.worker
        case = Case(id=_id("5", n), case_number=f"SEA-{n:04d}", created_by_id=worker,
                    caseworker_id=worker, status="open", step=2, date_of_interview=DAY,
                    sea=True, site_id=site, opened_at=_at(0),
                    survivor=Survivor(id=_id("6", n), survivor_code=f"VS-{n:04d}",
                                      name=f"Qxsea {n}", sex="female", site_id=site))
        for k, (digit, affiliations) in enumerate(incidents):
            incident = Incident(id=_id(digit, n * 10 + k), created_at=_at(k), gbv_type="rape",
                                site_id=site)
            for position, affiliation in enumerate(affiliations):
                incident.perpetrators.append(Perpetrator(
                    id=_id("7", n * 100 + k * 10 + position), position=position,
                    is_primary=position == 0, sex="male", sea_affiliation=affiliation,
                    sea_entity=f"Unit {n}-{k}-{position}" if affiliation else None,
                    site_id=site))
            case.incidents.append(incident)
        for scope in ("statistics", *scopes, *(("un_sharing",) if un else ())):
            case.consents.append(Consent(scope=scope, given=True, given_by="survivor",
                                         given_on=DAY, recorded_by_id=worker, site_id=site))
        self.session.add(case)
        self.session.flush()
        for k, (service, status) in enumerate(referrals):
            self.session.add(Referral(
                id=_id("8", n * 10 + k), reference=f"SEA-R-{n}-{k}", case_id=case.id,
                provider_id=self.provider, service_type=service, priority="normal",
                due_on=DAY + timedelta(days=7), status=status, created_by_id=worker,
                sent_on=None if status == "draft" else DAY, site_id=site,
                created_at=_at(k)))
        for k, service in enumerate(in_house):
            self.session.add(ServiceGiven(
                id=_id("9", n * 10 + k), case_id=case.id, service_type=service,
                given_on=DAY + timedelta(days=k), provider_id=worker, recorded_by_id=worker,
                site_id=site))
        self.session.flush()
        return case.case_number


def _listed(vault: Vault) -> list[dict[str, Any]]:
    with vault.reader() as session:
        return list(export_rows.victim_assistance(session, SCOPE))


def _counted(vault: Vault) -> list[tuple[str | None, list[str]]]:
    with vault.reader() as session:
        return sorted(export_rows.counted_victims(session, SCOPE), key=repr)


def test_a_counted_victim_is_counted_by_her_own_first_affiliated_perpetrator(
        admin: Vault) -> None:
    """Her incident's id sorts between other victims' incidents: only her own perpetrators
    say how she is counted (none affiliated: no affiliation)."""
    with admin.session() as session:
        cases = _Cases(session)
        cases.add([("1", ["ngo_partner"])], un=False)
        cases.add([("4", [None, None])], un=False)
        cases.add([("8", [None, "un_police", "un_military"])], un=False)
        cases.add([("c", [None]), ("d", ["un_civilian"])], un=False)  # the second incident
        cases.add([("f", ["un_military"])], un=False)
    assert _counted(admin) == sorted([("ngo_partner", []), (None, []), ("un_police", []),
                                      ("un_civilian", []), ("un_military", [])], key=repr)


def test_a_counted_victim_is_counted_once_by_each_type_of_assistance(admin: Vault) -> None:
    """A draft is not a referral; a referral answered (accepted, closed) still is; a type
    she was both referred to and given in house counts once."""
    with admin.session() as session:
        _Cases(session).add([("3", ["un_military"])], un=False,
                            referrals=[("legal", "draft"), ("health", "accepted"),
                                       ("shelter", "sent"), ("psychosocial", "closed")],
                            in_house=["health"])
    assert _counted(admin) == [("un_military", ["health", "psychosocial", "shelter"])]


def test_a_listed_victim_has_one_row_per_assistance_from_her_sea_incident(
        admin: Vault) -> None:
    """Her first incident has no affiliated perpetrator, her second one has (at position 1);
    the other incidents of her case and other cases sort before and after it."""
    with admin.session() as session:
        cases = _Cases(session)
        cases.add([("0", ["un_agency"])], un=True)
        number = cases.add([("e", [None]), ("6", [None, "un_police"]), ("2", [None])],
                           un=True, referrals=[("health", "sent"), ("legal", "accepted")])
        cases.add([("f", ["ngo_partner"])], un=True)
    rows = [r for r in _listed(admin) if r["case_number"] == number]
    assert [(r["service_type"], r["affiliation"], r["entity"]) for r in rows] == [
        ("health", "un_police", f"Unit {number[-1]}-1-1"),
        ("legal", "un_police", f"Unit {number[-1]}-1-1")]


def test_a_listed_victims_perpetrator_is_the_first_affiliated_one_of_her_incident(
        admin: Vault) -> None:
    """The first affiliated perpetrator is at position 1 of her incident; incidents of other
    cases, with an affiliated perpetrator at position 0, have ids before and after hers."""
    with admin.session() as session:
        cases = _Cases(session)
        cases.add([("1", ["un_military"])], un=True)
        number = cases.add([("8", [None, "un_civilian", "un_police"])], un=True,
                           in_house=["psychosocial"])
        cases.add([("e", ["ngo_partner"])], un=True)
    rows = _listed(admin)
    assert {r["case_number"]: (r["affiliation"], r["service_type"]) for r in rows} == {
        "SEA-0001": ("un_military", None), number: ("un_civilian", "psychosocial"),
        "SEA-0003": ("ngo_partner", None)}
    assert len(rows) == 3


def test_a_victim_with_no_affiliated_perpetrator_is_still_listed(admin: Vault) -> None:
    """Nobody affiliated is recorded yet: her assistance is listed, its affiliation empty."""
    with admin.session() as session:
        cases = _Cases(session)
        number = cases.add([("4", [None]), ("9", [None, None])], un=True,
                           referrals=[("shelter", "sent")])
        cases.add([("2", ["un_agency"])], un=True)
    rows = [r for r in _listed(admin) if r["case_number"] == number]
    assert [(r["service_type"], r["affiliation"]) for r in rows] == [("shelter", None)]


def test_only_her_consent_to_inform_the_un_lists_her(admin: Vault) -> None:
    """Consents of other scopes, one this version does not know among them (a newer site's,
    sorting after "un_sharing"), never list a victim: she is counted only."""
    with admin.session() as session:
        cases = _Cases(session)
        cases.add([("3", ["un_police"])], un=False,
                            scopes=["services", "release:health", "vra_contact"])
        listed = cases.add([("5", ["un_agency"])], un=True)
    assert {r["case_number"] for r in _listed(admin)} == {listed}
    assert _counted(admin) == [("un_police", [])]

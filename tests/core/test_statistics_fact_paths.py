"""Each way a case's statistics change reaches the fact tables in the same transaction, and
the next report counts it: consent withdrawn, a new incident in its own month, a perpetrator, a
survivor or a consent row written alone, a referral's status history, services given and
removed, a case moved to another site, the demo's batches and bulk load, and the migration that
fills the tables of an existing database."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select, text

from desktop.core.services.cases import incidents, intake
from desktop.core.services.casework import services_given
from desktop.core.services.demo import generator as demo
from desktop.core.services.packages import referred_case
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.reports import statistics
from desktop.core.services.reports.report_period import Period
from desktop.core.services.reports.report_tables import TOTAL, Report
from desktop.core.store.models import (
    Case,
    Consent,
    IncidentFact,
    Perpetrator,
    ReferralStatusChange,
    Site,
    Survivor,
    new_id,
)
from desktop.core.store.vault import Vault
from tests.helpers import schema, stats_oracle
from tests.helpers.incident_data import new_incident
from tests.helpers.intake_data import sample_intake
from tests.helpers.report_data import populate, provider
from tests.helpers.stats_edits import facts_rows, rebuilt_rows


def _recent(today: date) -> Period:
    """The last 60 days up to ``today`` (the day the test runs)."""
    return Period(today - timedelta(days=60), today)


def _report(vault: Vault, today: date, period: Period | None = None,
            site_id: str | None = None) -> Report:
    """The report judged on ``today`` (over the last 60 days unless ``period`` is given),
    checked equal to the former queries' and the facts to a rebuild."""
    period = period or _recent(today)
    with vault.reader() as s:
        report = statistics.build_report(s, period, site_id=site_id, lang="en", today=today)
        assert report == stats_oracle.build_report(s, period, site_id=site_id, lang="en",
                                                   today=today)
    assert facts_rows(vault) == rebuilt_rows(vault)
    return report


def _total(vault: Vault, today: date, table: str, period: Period | None = None,
           site_id: str | None = None) -> int:
    return _report(vault, today, period, site_id).table(table).value(TOTAL)


def _open(vault: Vault, today: date, **changes: object) -> str:
    day = today - timedelta(days=5)
    return intake.open_case(vault, sample_intake(**{
        "registration.date_of_interview": day, "registration.date_of_report": day,
        "incident.date": day - timedelta(days=2), "sea.reported_to_un_on": day,
        "sea.un_consent_given_on": day, "consent.given_on": day, **changes}))


def _primary(vault: Vault, case_id: str) -> str:
    """The id of the case's primary perpetrator."""
    with vault.reader() as s:
        found = s.scalar(select(Perpetrator.id).where(
            Perpetrator.is_primary.is_(True), Perpetrator.incident.has(case_id=case_id)))
        assert found is not None
        return str(found)


def test_withdrawing_the_statistics_consent_takes_the_case_out_of_every_table(
        supervisor: Vault, today: date) -> None:
    case_id = _open(supervisor, today)
    assert _total(supervisor, today, "gbv_type") == 1
    data = intake.load_intake(supervisor, case_id)
    intake.update_case(supervisor, case_id, {**data, "consent.statistics": False})
    report = _report(supervisor, today)
    assert report.table("gbv_type").value(TOTAL) == 0
    assert report.not_consented == 1
    intake.update_case(supervisor, case_id, {**data, "consent.statistics": True})
    assert _total(supervisor, today, "gbv_type") == 1


def test_a_consent_row_written_alone_moves_the_case(supervisor: Vault, today: date) -> None:
    case_id = _open(supervisor, today)
    with supervisor.session() as s:
        consent = s.scalar(select(Consent).where(Consent.case_id == case_id,
                                                 Consent.scope == "statistics"))
        assert consent is not None
        consent.withdrawn_on = today
    assert _total(supervisor, today, "gbv_type") == 0


def test_a_new_incident_counts_in_the_month_it_was_told(supervisor: Vault, today: date) -> None:
    first = today - timedelta(days=45)
    case_id = _open(supervisor, today, **{
        "registration.date_of_interview": first, "registration.date_of_report": first,
        "incident.date": first - timedelta(days=1), "consent.given_on": first,
        "sea.reported_to_un_on": first, "sea.un_consent_given_on": first})
    told = today - timedelta(days=1)
    before, now = Period(first, first), Period(told, told)
    assert _total(supervisor, today, "gbv_type", before) == 1
    assert _total(supervisor, today, "gbv_type", now) == 0
    incidents.add_incident(supervisor, case_id, new_incident(told))
    assert _total(supervisor, today, "gbv_type", before) == 1
    report = _report(supervisor, today, now)
    assert report.table("gbv_type").value("physical_assault", 0) == 1
    assert report.table("perpetrator").value("family", -1) == 1


def test_a_perpetrator_edited_alone_changes_the_perpetrator_table(
        supervisor: Vault, today: date) -> None:
    case_id = _open(supervisor, today)
    assert _report(supervisor, today).table("perpetrator").value("un_humanitarian", -1) == 1
    primary = _primary(supervisor, case_id)
    with supervisor.session() as s:
        row = s.get(Perpetrator, primary)
        assert row is not None
        row.relationship_code = "neighbour"
    table = _report(supervisor, today).table("perpetrator")
    assert table.value("neighbour", -1) == 1 and table.value("un_humanitarian", -1) == 0
    with supervisor.session() as s:
        row = s.get(Perpetrator, primary)
        assert row is not None
        s.delete(row)
    table = _report(supervisor, today).table("perpetrator")
    assert table.value("neighbour", -1) == 0


def test_a_survivor_edited_alone_changes_her_age_group_and_sex(
        supervisor: Vault, today: date) -> None:
    case_id = _open(supervisor, today)
    assert _report(supervisor, today).table("survivor_sex_age").value("18_25", 0) == 1
    with supervisor.session() as s:
        case = s.get(Case, case_id)
        assert case is not None
        survivor = s.get(Survivor, case.survivor_id)
        assert survivor is not None
        survivor.date_of_birth = today - timedelta(days=365 * 15)
        survivor.sex = "male"
    table = _report(supervisor, today).table("survivor_sex_age")
    assert table.value("12_17", 1) == 1 and table.value("18_25", 0) == 0
    with supervisor.reader() as s:
        ages = list(s.scalars(select(IncidentFact.age).where(IncidentFact.case_id == case_id)))
    assert ages == [14]  # a number: the groups are applied when the report runs


def test_service_provided_sets_the_days_to_service(supervisor: Vault, today: date) -> None:
    case_id = _open(supervisor, today)
    with supervisor.session() as s:
        assert supervisor.actor is not None
        chosen = provider(s, supervisor.actor.site_id).id
    sent = today - timedelta(days=10)
    row = referrals.create_referral(supervisor, case_id, service_type="health",
                                    provider_id=chosen, priority="urgent",
                                    override_reason="Urgence vitale", today=sent)
    provided = today - timedelta(days=4)
    for status, day in (("sent", sent), ("accepted", sent), ("service_provided", provided)):
        referrals.change_status(supervisor, row.id, status, on=day)
    report = _report(supervisor, today)
    assert (report.median_days_to_service, report.median_sample) == (10.0, 1)  # told today
    assert report.table("referrals").value("health", 4) == 1
    # A status change row written alone (no change of the referral itself) is seen too.
    with supervisor.session() as s:
        assert supervisor.actor is not None
        s.add(ReferralStatusChange(site_id=supervisor.actor.site_id, referral_id=row.id,
                                   from_status="accepted", to_status="service_provided",
                                   at=today - timedelta(days=8),
                                   by_id=supervisor.actor.staff_id))
    assert _report(supervisor, today).median_days_to_service == 2.0


def test_a_service_given_counts_and_a_removed_one_no_longer(supervisor: Vault, today: date) -> None:
    case_id = _open(supervisor, today)
    assert supervisor.actor is not None
    service_id = services_given.record(supervisor, case_id, "psychosocial", today,
                                       str(supervisor.actor.staff_id))
    report = _report(supervisor, today)
    assert report.table("services_given").value("psychosocial", 0) == 1
    assert report.survivors_assisted == 1
    services_given.remove(supervisor, case_id, service_id)
    report = _report(supervisor, today)
    assert report.table("services_given").value("psychosocial", 0) == 0
    assert report.survivors_assisted == 0


def test_a_case_moved_to_another_site_counts_there(supervisor: Vault, today: date) -> None:
    case_id = _open(supervisor, today)
    assert supervisor.actor is not None
    home = supervisor.actor.site_id
    with supervisor.session() as s:
        other = Site(id=new_id(), code="GAO", name="Gao", organisation="ONG")
        s.add(other)
        s.flush()
        case = s.get(Case, case_id)
        assert case is not None
        case.site_id = other.id
        other_id = other.id
    assert _total(supervisor, today, "gbv_type", site_id=home) == 0
    assert _total(supervisor, today, "gbv_type", site_id=other_id) == 1
    assert _total(supervisor, today, "gbv_type") == 1


def test_the_sea_table_follows_the_perpetrators_affiliation(supervisor: Vault, today: date) -> None:
    case_id = _open(supervisor, today)
    assert _report(supervisor, today).table("sea_affiliation").value("un_military", 0) == 1
    with supervisor.session() as s:
        row = s.get(Perpetrator, _primary(supervisor, case_id))
        assert row is not None
        row.sea_affiliation = None
    table = _report(supervisor, today).table("sea_affiliation")
    assert table.value("un_military", 0) == 0 and table.value("__none__", 0) == 1


def test_demo_batches_and_the_bulk_load_write_their_facts(admin: Vault) -> None:
    demo.generate(admin, 40, seed=3)
    assert sum(len(r) for r in facts_rows(admin).values()) > 40
    assert facts_rows(admin) == rebuilt_rows(admin)
    demo.generate(admin, 30, seed=4, bulk=True)
    assert facts_rows(admin) == rebuilt_rows(admin)
    with admin.reader() as s:
        assert s.scalar(text("SELECT count(DISTINCT case_id) FROM stats_incident_facts")) == 70


def test_the_migration_fills_the_tables_of_an_existing_database(
        supervisor: Vault, today: date) -> None:
    with supervisor.session() as s:
        populate(s, 60, start=today - timedelta(days=80), days=80)
    filled = facts_rows(supervisor)
    assert len(filled["stats_incident_facts"]) >= 60
    engine = supervisor.require_engine()
    schema.downgrade_to(engine, "1a2b3c4d5e21")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                 "'stats_%_facts'")).scalar() == 0
    schema.migrate.upgrade(engine)
    assert facts_rows(supervisor) == filled
    _report(supervisor, today)


def test_a_case_opened_from_an_incoming_referral_has_its_facts(
        supervisor: Vault, today: date) -> None:
    assert supervisor.actor is not None
    with supervisor.session() as s:
        case = referred_case.open_referred_case(s, supervisor.actor, name=None, sex="female",
                                                phone=None, age=19, source_kind="osc")
        case_id = case.id
    with supervisor.reader() as s:
        rows = s.execute(select(IncidentFact.age, IncidentFact.sex, IncidentFact.stats_consent)
                         .where(IncidentFact.case_id == case_id)).all()
    assert [tuple(r) for r in rows] == [(19, "female", False)]
    report = _report(supervisor, today)
    assert report.not_consented == 1 and report.table("gbv_type").value(TOTAL) == 0

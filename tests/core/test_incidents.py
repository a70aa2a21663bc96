"""Every incident: a survivor who comes back gets a new incident on her case (same case number
and survivor code); statistics and the Incident Recorder count incidents, survivors once."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.core.errors import UserError, ValidationError
from desktop.core.exports.incident_recorder import ir_value as ir
from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import incidents, intake
from desktop.core.services.casework import services_given
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.services.reports import exports
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.services.reports.statistics import build_report
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import AuditEvent, Case, Incident
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.days import dated
from tests.helpers.incident_data import new_incident
from tests.helpers.intake_data import sample_intake


def _last_days(today: date) -> Period:
    """The ten days up to ``today``, the day the test runs."""
    return Period(today - timedelta(days=10), today)


def _me(vault: Vault) -> str:
    assert vault.actor is not None and vault.actor.staff_id is not None
    return vault.actor.staff_id


def _returning(vault: Vault) -> tuple[str, str]:
    """A case opened two days ago (rape, SEA) and a new incident told today."""
    case_id = intake.open_case(vault, sample_intake())
    return case_id, incidents.add_incident(vault, case_id, new_incident())


def test_new_incident_keeps_her_case_number_and_code(supervisor: Vault, today: date) -> None:
    case_id = intake.open_case(supervisor, sample_intake())
    before = intake.load_intake(supervisor, case_id)
    incidents.add_incident(supervisor, case_id, new_incident())
    after = intake.load_intake(supervisor, case_id)
    assert after["registration.case_number"] == before["registration.case_number"]
    assert after["registration.survivor_code"] == before["registration.survivor_code"]
    assert after["incident.gbv_type"] == "rape"  # the intake still shows its own incident
    listed = incidents.list_incidents(supervisor, case_id)
    assert [(i.number, i.gbv_type) for i in listed] == [(1, "rape"), (2, "physical_assault")]
    first, second = listed
    assert first.date_of_interview == before["registration.date_of_interview"]
    assert (second.date_of_interview, second.date_precision, second.reported_by) == (
        today, "estimated", "third_party")
    assert (second.mandatory_report_made, second.mandatory_report_to,
            second.mandatory_report_on, second.mandatory_report_informed) == (
        True, "police", today, True)
    assert second.wants_legal_action == "yes"
    assert [(p.sex, p.relationship) for p in second.perpetrators] == [("male", "family")]
    assert [p.relationship for p in first.perpetrators] == ["un_humanitarian", "stranger"]
    with supervisor.reader() as s:
        assert s.scalar(select(AuditEvent.details).where(
            AuditEvent.action == "incident_added")) == "incident 2"
        case = s.get(Case, case_id)
        assert case is not None and case.gbv_type == "rape" and case.sea  # kept from the first


def test_unknown_date_is_accepted_without_a_date(supervisor: Vault) -> None:
    case_id = intake.open_case(supervisor, sample_intake())
    incidents.add_incident(supervisor, case_id, new_incident(
        **{"incident.date": None, "incident.date_precision": "unknown"}))
    second = incidents.list_incidents(supervisor, case_id)[1]
    assert second.incident_date is None and second.date_precision == "unknown"


def test_incident_with_no_perpetrator_recorded_is_saved(supervisor: Vault) -> None:
    """A survivor who cannot or will not describe who did it: the incident is saved alone
    (before, it reached the session only through its perpetrators' rows)."""
    case_id = intake.open_case(supervisor, sample_intake())
    incidents.add_incident(supervisor, case_id, new_incident(perpetrators=[]))
    second = incidents.list_incidents(supervisor, case_id)[1]
    assert (second.gbv_type, second.perpetrators) == ("physical_assault", ())


@pytest.mark.parametrize(("changes", "key"), [
    ({"incident.date": None}, "incident.date"),  # no date, and not said to be unknown
    ({"incident.date_precision": "unknown"}, "incident.date"),  # unknown but a date typed
    ({"incident.mandatory_report_to": None}, "incident.mandatory_report_to"),
    ({"incident.mandatory_report_on": None}, "incident.mandatory_report_on"),
    ({"incident.mandatory_report_informed": None}, "incident.mandatory_report_informed"),
    # days from the day the test runs (not from the import: a run may cross midnight)
    ({"incident.mandatory_report_on": timedelta(days=-30)},
     "incident.mandatory_report_on"),  # before the incident
    ({incidents.INTERVIEW: timedelta(days=-30)}, incidents.INTERVIEW),  # before the case
    ({incidents.INTERVIEW: timedelta(days=1)}, incidents.INTERVIEW),  # tomorrow
    ({"incident.gbv_type": None}, "incident.gbv_type"),
])
def test_bad_incident_is_refused_and_nothing_saved(supervisor: Vault, changes: dict,
                                                   key: str, today: date) -> None:
    case_id = intake.open_case(supervisor, sample_intake())
    with pytest.raises(ValidationError) as caught:
        incidents.add_incident(supervisor, case_id, new_incident(**dated(changes, today)))
    assert key in caught.value.errors
    assert len(incidents.list_incidents(supervisor, case_id)) == 1


def test_intake_checks_the_date_and_the_mandatory_report(supervisor: Vault) -> None:
    errors = intake.validate(sample_intake(**{"incident.date": None}))
    assert "incident.date" in errors
    assert "incident.date" not in intake.validate(sample_intake(
        **{"incident.date": None, "incident.date_precision": "unknown"}))
    errors = intake.validate(sample_intake(**{"incident.mandatory_report_made": True}))
    assert {"incident.mandatory_report_to", "incident.mandatory_report_on",
            "incident.mandatory_report_informed"} <= set(errors)


def test_closed_case_takes_no_new_incident(supervisor: Vault) -> None:
    case_id = intake.open_case(supervisor, sample_intake())
    cases.request_closure(supervisor, case_id, "needs_met", "",
                          checklist=Checklist.all_ticked())
    cases.approve_closure(supervisor, case_id)
    with pytest.raises(UserError, match="closed"):
        incidents.add_incident(supervisor, case_id, new_incident())


def test_other_case_worker_cannot_add_an_incident(folder: DataFolder) -> None:
    vault = folders.login(folder, folders.SUPERVISOR)
    case_id = intake.open_case(vault, sample_intake())  # the supervisor's own case
    vault.close()
    other = folders.login(folder, folders.CASEWORKER)
    try:
        with pytest.raises(UserError, match="not yours"):
            incidents.add_incident(other, case_id, new_incident())
    finally:
        other.close()
    vault = folders.login(folder, folders.SUPERVISOR)
    try:
        assert len(incidents.list_incidents(vault, case_id)) == 1
    finally:
        vault.close()


def test_statistics_count_incidents_twice_and_survivors_once(
        supervisor: Vault, today: date) -> None:
    case_id, _ = _returning(supervisor)
    me = _me(supervisor)
    services_given.record(supervisor, case_id, "health", today, me, "")
    services_given.record(supervisor, case_id, "psychosocial", today, me, "")
    with supervisor.session() as s:
        report = build_report(s, _last_days(today), lang="en", today=today)
    gbv = report.table("gbv_type")
    assert gbv.value("rape") == 1 and gbv.value("physical_assault") == 1
    assert gbv.rows[-1].counts[0] == 2  # incidents
    assert report.table("location").rows[-1].counts[0] == 2
    assert report.table("cases").value("opened") == 1  # one case, one survivor
    assert report.survivors_assisted == 1
    given = report.table("services_given")
    assert given.value("health") == 1 and given.value("psychosocial") == 1
    assert report.table("perpetrator").rows[-1].counts[-1] == 2  # a primary on each
    assert report.table("sea_affiliation").rows[-1].counts[0] == 1  # SEA counts cases


def test_an_incident_counts_in_the_period_it_was_told(supervisor: Vault, today: date) -> None:
    case_id = intake.open_case(supervisor, sample_intake(**{
        "registration.date_of_interview": today - timedelta(days=40),
        "registration.date_of_report": today - timedelta(days=40),
        "incident.date": today - timedelta(days=45),
        "consent.given_on": today - timedelta(days=40),
        "sea.un_consent_given_on": today - timedelta(days=40),
        "sea.reported_to_un_on": today - timedelta(days=40)}))
    incidents.add_incident(supervisor, case_id, new_incident())
    with supervisor.session() as s:
        recent = build_report(s, _last_days(today), lang="en", today=today)
        earlier = build_report(s, Period(today - timedelta(days=50), today - timedelta(days=30)),
                               lang="en", today=today)
    assert recent.table("gbv_type").rows[-1].counts[0] == 1
    assert recent.table("gbv_type").value("physical_assault") == 1
    assert recent.table("cases").value("opened") == 0  # the case was opened before
    assert earlier.table("gbv_type").value("rape") == 1
    assert earlier.table("gbv_type").value("physical_assault") == 0


def _recorder_rows(vault: Vault, tmp_path: Path, today: date) -> list[dict[str, object]]:
    request = ExportRequest("incident-recorder", "xlsx", _last_days(today), lang="en")
    target = tmp_path / exports.suggested_name(request)
    exports.export(vault, request, target, today=today)
    rows = list(openpyxl.load_workbook(target)["Incident Data"].iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_incident_recorder_has_a_row_per_incident(
        supervisor: Vault, tmp_path: Path, today: date) -> None:
    case_id, second = _returning(supervisor)
    services_given.record(supervisor, case_id, "psychosocial", today, _me(supervisor), "")
    rows = _recorder_rows(supervisor, tmp_path, today)
    number = intake.load_intake(supervisor, case_id)["registration.case_number"]
    assert [r["INCIDENT ID"] for r in rows] == [number, f"{number}-2"]
    assert rows[0]["SURVIVOR CODE"] == rows[1]["SURVIVOR CODE"]
    assert [r["GBV TYPE"] for r in rows] == ["Rape", "Physical Assault"]
    assert rows[1]["ALLEGED PERPETRATOR - SURVIVOR RELATIONSHIP"] == ir("relationships",
                                                                         "family")
    assert rows[1]["No. ALLEGED PRIMARY PERPETRATOR(S)"] == 1
    assert [r["WANTS LEGAL ACTION?"] for r in rows] == ["Undecided at time of report", "Yes"]
    # The service given today answers the incident told today, not the first one.
    assert rows[1]["PSYCHOSOCIAL SERVICES"] == "Service provided by your agency"
    assert rows[0]["PSYCHOSOCIAL SERVICES"] != "Service provided by your agency"
    with supervisor.reader() as s:
        assert s.scalar(select(Incident.id).where(Incident.id == second)) == second


def test_a_need_nobody_answered_is_not_called_provided(supervisor: Vault,
                                                       tmp_path: Path, today: date) -> None:
    intake.open_case(supervisor, sample_intake())  # needs recorded, no service, no referral
    row = _recorder_rows(supervisor, tmp_path, today)[0]
    assert "Service provided by your agency" not in row.values()


def test_demo_has_returning_survivors_and_care_given_in_house(admin: Vault) -> None:
    from collections import Counter

    from desktop.core.services.demo import generator as demo
    from desktop.core.store.models import ServiceGiven

    demo.generate(admin, 400, seed=7)
    with admin.reader() as s:
        per_case = Counter(s.scalars(select(Incident.case_id)))
        told = list(s.execute(select(Incident.date_of_interview, Case.date_of_interview)
                              .join(Case, Incident.case_id == Case.id)))
        given = s.scalar(select(func.count()).select_from(ServiceGiven))
    assert len(per_case) == 400 and 5 <= sum(n > 1 for n in per_case.values()) <= 60
    assert all(mine is not None and mine >= opened for mine, opened in told)
    assert 100 <= (given or 0) <= 600


def test_correcting_the_intake_keeps_the_later_incident(supervisor: Vault) -> None:
    case_id = intake.open_case(supervisor, sample_intake())
    incidents.add_incident(supervisor, case_id, new_incident(**{
        "perpetrators": [{"is_primary": True, "sex": "male", "relationship": "un_humanitarian",
                          "sea_affiliation": "un_military"}]}))
    data = intake.load_intake(supervisor, case_id)
    data["perpetrators"] = [{"is_primary": True, "sex": "male", "relationship": "stranger"}]
    data["sea.un_consent"] = None
    intake.update_case(supervisor, case_id, data)  # the first incident is no longer SEA
    listed = incidents.list_incidents(supervisor, case_id)
    assert [i.gbv_type for i in listed] == ["rape", "physical_assault"]
    assert [p.relationship for p in listed[0].perpetrators] == ["stranger"]
    assert [p.relationship for p in listed[1].perpetrators] == ["un_humanitarian"]
    with supervisor.reader() as s:
        case = s.get(Case, case_id)
        assert case is not None and case.sea  # still SEA: the later incident is

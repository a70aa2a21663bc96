"""Demo data: fictional, realistic distributions, visible through the same services."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select

from desktop.core.errors import PermissionDenied
from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import intake
from desktop.core.services.cases.case_list import CaseQuery
from desktop.core.services.cases.intake_rules import validate
from desktop.core.services.demo import generator as demo
from desktop.core.store.models import Consent, Perpetrator, SafetyAssessment, Survivor


def test_three_hundred_demo_cases_look_realistic(admin):
    added = []
    demo.DEMO_HOOKS.append(lambda batch: added.extend(c.id for c in batch.cases))
    try:
        assert demo.generate(admin, 300, seed=3) == 300
    finally:
        demo.DEMO_HOOKS.pop()
    ids = cases.case_ids(admin)
    assert len(ids) == 300 and set(added) == set(ids)
    rows = cases.case_rows(admin, ids)
    types = Counter(r.gbv_type for r in rows)
    assert set(types) >= {"rape", "sexual_assault", "physical_assault", "forced_marriage",
                          "denial_of_resources", "psychological_abuse"}
    assert 15 <= sum(r.sea for r in rows) <= 50  # about 10 %
    statuses = Counter(r.status for r in rows)
    assert 60 <= statuses["closed"] <= 200 and statuses["open"] > 80
    assert {r.step for r in rows if r.status == "open"} >= {2, 3, 4, 5}
    assert len({r.case_number for r in rows}) == 300
    with admin.reader() as session:
        names = list(session.scalars(select(Survivor.name).where(Survivor.name.is_not(None))))
        no_stats = session.scalar(select(func.count()).select_from(Consent).where(
            Consent.scope == "statistics", Consent.given.is_(False)))
        perpetrators = session.scalar(select(func.count()).select_from(Perpetrator))
        assessed = session.scalar(select(func.count(func.distinct(SafetyAssessment.case_id))))
    assert assessed == 300  # each case has the intake's risk assessment
    assert names and all(n.endswith("(fictif)") for n in names)
    assert 10 <= (no_stats or 0) <= 90
    assert 300 < (perpetrators or 0) < 450
    # Demo cases read back through the intake service and pass its rules.
    for case_id in ids[:20]:
        data = intake.load_intake(admin, case_id)
        assert validate(data) == {}, data["registration.case_number"]
    first = rows[0].case_number
    assert cases.case_ids(admin, CaseQuery(text=first)) == [rows[0].id]


def test_only_an_administrator_makes_demo_data(caseworker):
    with pytest.raises(PermissionDenied):
        demo.generate(caseworker, 10)


def test_demo_ids_are_random_version_4_uuids_like_every_other_record() -> None:
    import uuid

    from desktop.core.services.demo.demo_rows import demo_id

    ids = [demo_id() for _ in range(10_000)]  # more than one bulk read of random bytes
    assert len(set(ids)) == len(ids)
    for value in ids:
        parsed = uuid.UUID(value)
        assert parsed.version == 4 and parsed.variant == uuid.RFC_4122 and str(parsed) == value


@pytest.mark.parametrize("bulk", [False, True])
def test_each_demo_consent_has_its_history_as_the_intake_records_it(admin, bulk: bool) -> None:
    """The case file's consent tab and summary show each demo consent with its first history
    row (given or recorded as not given, on the interview day, by its giver) — as for a case
    opened through the intake, never a consent without history."""
    demo.generate(admin, 40, seed=4, bulk=bulk)
    with admin.reader() as session:
        consents = list(session.scalars(select(Consent)))
        assert consents and all(len(c.changes) == 1 for c in consents)
        for c in consents:
            change = c.changes[0]
            assert change.change == ("given" if c.given else "not_given")
            assert (change.on, change.given_by, change.recorded_by_id) == (
                c.given_on, c.given_by, c.recorded_by_id)
    case_id = cases.case_ids(admin)[0]
    file = cases.case_file(admin, case_id)
    assert all(row.changes and row.changes[0].on == row.given_on for row in file.consents)


def test_demo_cases_are_numbered_in_the_order_they_were_opened(admin) -> None:
    """As at a centre: a later case number never has an earlier interview day, so the newest
    cases come first by number and by date alike, and a month's cases were written together."""
    from sqlalchemy import literal_column

    from desktop.core.store.models import Case

    demo.generate(admin, 400, seed=11)
    with admin.reader() as session:
        written = literal_column("cases.rowid")  # the order the rows were written
        rows = session.execute(select(Case.number_key, Case.date_of_interview)
                               .order_by(written)).all()
    days = [day for _key, day in rows]
    assert [key for key, _day in rows] == sorted(key for key, _day in rows)
    assert days == sorted(days) and len(set(days)) > 100  # spread over the three years

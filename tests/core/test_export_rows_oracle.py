"""Every row of every row-level export, checked against an independent reading of its case.

One encrypted database (built once for the module) holds 73 varied cases over two sites
(``tests/helpers/export_cases.py``); the de-identified case rows, the Incident Recorder and the
SEA victim-assistance file are made as the export makes them, and each row is compared with what
``tests/helpers/export_oracle.py`` — the case read plainly through the ORM — says it must hold.
A mismatch names the case number and the column.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.core.catalogue import reference
from desktop.core.exports import case_rows, incident_recorder, victim_assistance
from desktop.core.services.cases import perpetrator_names
from desktop.core.services.reports import export_build, stats_queries
from desktop.core.services.reports.export_rows import RowScope
from desktop.core.services.reports.report_tables import suppress
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from tests.helpers import export_cases, folders, sites
from tests.helpers import export_oracle as oracle
from tests.helpers.export_cases import END, START, TODAY
from tests.helpers.report_data import Perp, Spec, add_case

Rows = list[list[Any]]


@pytest.fixture(scope="module")
def world(_template: tuple[Path, str], tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[tuple[Vault, export_cases.Built]]:
    """The administrator logged in to a folder of two sites holding the oracle's cases."""
    target = tmp_path_factory.mktemp("oracle") / "data"
    shutil.copytree(_template[0], target, ignore=shutil.ignore_patterns("*.lock"))
    folder = DataFolder(target)
    second, first = sites.add_site_with_supervisor(folder, "moussa", code="KAY", name="Kayes")
    vault = folders.login(folder, folders.ADMIN)
    with vault.session() as session:
        built = export_cases.build(session, (first, second))
    yield vault, built
    vault.close()


@pytest.fixture(scope="module")
def cases(world: tuple[Vault, export_cases.Built]) -> list[oracle.Plain]:
    """Every case, read through the ORM."""
    with world[0].reader() as session:
        found = oracle.read_cases(session)
        session.expunge_all()
    return found


def _sheets(vault: Vault, kind: str, start: date = START, end: date = END,
            site: str | None = None) -> list[tuple[Sequence[str], Rows, int]]:
    """(header, rows, announced total) of each sheet of one export, as the export makes them
    (in the test that checks it, never in a shared fixture: mutation testing runs the tests
    that execute a line, and a fixture's lines count for the first test that uses it only)."""
    victims = kind == "victims"
    identifying = kind == "identifying"
    scope = RowScope(start, end, site, consented_only=not (victims or identifying),
                     sea_only=victims)
    with vault.reader() as session:
        stats_queries.prepare(session)
        if kind in ("cases", "identifying"):
            made = [export_build.case_sheet(session, scope, identifying=identifying, lang="en")]
        elif kind == "ir":
            made = export_build.ir_sheets(session, scope)
        else:
            made = export_build.victim_sheets(session, scope, "en", TODAY)
        return [(list(s.header), [list(r) for r in s.rows], s.total) for s in made]


def _mismatches(case: str, expected: dict[str, Any], got: dict[str, Any]) -> list[str]:
    return [f"{case} {column}: {got.get(column)!r}, expected {value!r}"
            for column, value in expected.items() if got.get(column) != value]


def _by_period(cases: list[oracle.Plain]) -> list[oracle.Plain]:
    return sorted(cases, key=lambda p: (p.case.date_of_interview, p.case.case_number))


# --- de-identified case rows ------------------------------------------------------------------

def _cells(header: Sequence[str], identifying: bool = False) -> dict[str, int]:
    """Column key -> index of its (code) cell in the case sheet."""
    cols = case_rows.columns(identifying=identifying, lang="en",
                             withheld=frozenset({export_build.ETHNICITY}))
    if case_rows.header(cols, "en") != list(header):
        cols = [c for c in cols if c.key != perpetrator_names.KEY]
    if case_rows.header(cols, "en") != list(header):
        cols = [c for c in cols if c.key != export_build.ETHNICITY]
    assert case_rows.header(cols, "en") == list(header)
    out, at = {}, 0
    for c in cols:
        out[c.key] = at
        at += 2 if c.kind in ("choice", "multichoice") else 1
    return out


def _yes(value: bool) -> str:
    return "Yes" if value else "No"


def _case_row(p: oracle.Plain, incident: Any) -> dict[str, Any]:
    first = oracle.first_primary(p, incident)
    row = {
        "registration.case_number": p.case.case_number,
        "registration.survivor_code": p.survivor.survivor_code,
        "registration.caseworker": p.worker_code, "registration.site": p.site_code,
        "registration.date_of_interview": f"{p.case.date_of_interview:%Y-%m}",
        "incident.date": f"{incident.incident_date:%Y-%m}",
        "perpetrator.sex": (first.sex or "") if first else "",
        "perpetrator.age_group": (first.age_group or "") if first else "",
        "case.sea": _yes(p.case.sea), "consent.statistics": _yes(True),
        "sea.un_consent": _yes(oracle.holds(p, "un_sharing")),
    }
    row |= {f"consent.release_{s}": _yes(oracle.holds(p, f"release:{s}"))
            for s in export_cases.SERVICES}
    row |= {f"assessment.need_{n}": _yes(n in p.needs) for n in export_cases.NEEDS}
    return row


def test_each_deidentified_case_row_holds_its_case(
        world: tuple[Vault, export_cases.Built], cases: list[oracle.Plain]) -> None:
    (header, rows, total), = _sheets(world[0], "cases")
    at = _cells(header)
    expected = [(p, i) for p in _by_period(cases) if oracle.statistics_consent(p)
                for i in oracle.exported_incidents(p, START, END)]
    got_cases = [r[at["registration.case_number"]] for r in rows]
    assert got_cases == [p.case.case_number for p, _ in expected]
    assert total == len(rows)
    problems = []
    for (p, incident), row in zip(expected, rows, strict=True):
        want = _case_row(p, incident)
        problems += _mismatches(p.case.case_number, want, {k: row[at[k]] for k in want})
    assert not problems, "\n".join(problems[:20])


# --- Incident Recorder -------------------------------------------------------------------------

def _ir_row(p: oracle.Plain, incident: Any) -> dict[str, Any]:
    first = oracle.first_primary(p, incident)
    record = oracle.ir_record(p, incident, TODAY)
    row = {
        "INCIDENT ID": oracle.incident_id(p, incident),
        "SURVIVOR CODE": p.survivor.survivor_code, "CASE MANAGER CODE": p.worker_code,
        "REPORTING AGENCY CODE": p.site_code,
        "No. ALLEGED PRIMARY PERPETRATOR(S)": sum(
            1 for x in p.perpetrators[incident.id] if x.is_primary),
        "ALLEGED PERPETRATOR SEX": incident_recorder.ir_value("sex", first.sex if first else None),
        "ALLEGED PERPETRATOR AGE GROUP": incident_recorder.ir_value(
            "age_groups", first.age_group if first else None),
    }
    row |= {column: incident_recorder.service_value(code, record)
            for column, code in incident_recorder.service_columns().items()}
    return row


def test_each_incident_recorder_row_holds_its_incident(
        world: tuple[Vault, export_cases.Built], cases: list[oracle.Plain]) -> None:
    header, rows, total = _sheets(world[0], "ir")[0]
    expected = [(p, i) for p in _by_period(cases) if oracle.statistics_consent(p)
                for i in oracle.exported_incidents(p, START, END)]
    got = [dict(zip(header, r, strict=True)) for r in rows]
    assert [g["INCIDENT ID"] for g in got] == [oracle.incident_id(p, i) for p, i in expected]
    assert total == len(rows)
    problems = []
    for (p, incident), row in zip(expected, got, strict=True):
        problems += _mismatches(p.case.case_number, _ir_row(p, incident), row)
    assert not problems, "\n".join(problems[:20])


def test_the_recorder_data_varies_where_its_rules_do(cases: list[oracle.Plain]) -> None:
    """The cases really reach each rule (else the row checks above prove little)."""
    values: dict[str, Counter[Any]] = {}
    for p in cases:
        for incident in oracle.exported_incidents(p, START, END):
            for column, value in _ir_row(p, incident).items():
                values.setdefault(column, Counter())[value] += 1
    assert set(values["No. ALLEGED PRIMARY PERPETRATOR(S)"]) >= {0, 1, 2}
    assert any("-" in str(v) for v in values["INCIDENT ID"])
    seen = set().union(*(values[c] for c in incident_recorder.service_columns()))
    assert seen == set(incident_recorder.SERVICE_VALUES) - {incident_recorder.ALREADY} or (
        seen == set(incident_recorder.SERVICE_VALUES))
    assert len(values["REPORTING AGENCY CODE"]) == 2


# --- SEA victim-assistance file ---------------------------------------------------------------

_VICTIM_CELLS = (0, 1, 4, 5, 7, 8, 10, 13, 17)  # code, affiliation, entity, claim, provider,
# service type, referred on, status, provided from


def test_each_victim_assistance_row_holds_her_assistance(
        world: tuple[Vault, export_cases.Built], cases: list[oracle.Plain]) -> None:
    _, rows, total = _sheets(world[0], "victims")[0]
    listed = [p for p in cases if p.case.sea and oracle.shares_with_un(p)
              and oracle.in_period(p.case.date_of_interview, START, END)]
    assert len(listed) >= 4
    expected = Counter(r for p in listed for r in oracle.assistance_rows(p, TODAY))
    got = Counter(tuple(str(r[i]) for i in _VICTIM_CELLS) for r in rows)
    assert total == len(rows)
    by_code = {p.survivor.survivor_code: p.case.case_number for p in cases}
    problems = [f"{by_code.get(r[0], r[0])} row {r}: {got[r]} in the file, expected "
                f"{expected[r]}" for r in expected.keys() | got.keys() if got[r] != expected[r]]
    assert not problems, "\n".join(sorted(problems)[:20])


def test_victims_only_counted_are_counted_by_affiliation_and_assistance(
        world: tuple[Vault, export_cases.Built], cases: list[oracle.Plain]) -> None:
    _, summary, _ = _sheets(world[0], "victims")[-1]
    counted = [p for p in cases if p.case.sea and oracle.statistics_consent(p)
               and not oracle.shares_with_un(p)
               and oracle.in_period(p.case.date_of_interview, START, END)]
    assert len(counted) >= 5
    values = {str(r[0]).strip(): r[1] for r in summary if r and len(r) > 1}
    label = next(k for k in values if k.startswith("Victims counted only"))
    assert values[label] == suppress(len(counted))
    services = oracle.counted_services(counted)
    assert len(services) >= 3
    heading = [str(r[0]) for r in summary].index(
        "Counted only, by type of assistance (referred or given in house):")
    shown = {}
    for r in summary[heading + 1:]:
        if not str(r[0]).startswith("  "):
            break
        shown[str(r[0]).strip()] = r[1]
    assert shown == {reference.label("service_types", s, "en"): suppress(n)
                     for s, n in services.items()}
    categories = Counter(victim_assistance.category_code(a)
                         for a in oracle.counted_affiliations(counted))
    want = export_build.hide_complement(
        {c: categories.get(c, 0) for c in victim_assistance.CATEGORY_CODES}, len(counted))
    names = {"uniformed": "Uniformed personnel", "civilian": "Civilian personnel",
             "partner": "Implementing partner personnel", "other": "Other"}
    assert {c: values[names[c]] for c in want} == want


# --- targeted cases ------------------------------------------------------------------------------

def test_interviews_on_the_periods_first_and_last_day_are_exported(
        world: tuple[Vault, export_cases.Built], cases: list[oracle.Plain]) -> None:
    told: dict[date, set[str]] = {}
    for p in cases:
        if oracle.statistics_consent(p):
            for i in p.incidents:
                told.setdefault(p.told[i.id], set()).add(oracle.incident_id(p, i))
    inside, outside = told[START] | told[END], told[START - timedelta(days=1)] | told[
        END + timedelta(days=1)]
    assert told[START] and told[END] and outside
    ids = {str(r[0]) for r in _sheets(world[0], "ir")[0][1]}
    assert inside <= ids and not outside & ids
    header, rows, _ = _sheets(world[0], "cases")[0]
    numbers = {r[_cells(header)["registration.case_number"]] for r in rows}
    on_bounds = {p.case.case_number for p in cases if oracle.statistics_consent(p)
                 and p.case.date_of_interview in (START, END)}
    assert on_bounds and on_bounds <= numbers


def test_an_incident_told_in_the_period_is_exported_though_its_case_was_opened_after(
        world: tuple[Vault, export_cases.Built]) -> None:
    number = world[1].early_incident  # interviewed after END; its 2nd incident told before
    assert [r[0] for r in _sheets(world[0], "ir")[0][1] if str(r[0]).startswith(number)] == [
        f"{number}-2"]


def test_a_period_without_a_case_exports_no_row_and_announces_none(
        world: tuple[Vault, export_cases.Built]) -> None:
    empty = (date(2021, 1, 1), date(2021, 12, 31))
    for kind in ("cases", "ir"):
        _, rows, total = _sheets(world[0], kind, *empty)[0]
        assert rows == [] and total == 0, kind


def test_victims_only_counted_show_their_category_counts_once_large_enough(
        supervisor: Vault) -> None:
    """Five uniformed and five partner victims only counted: 5 and 5, nobody else (the
    categories of a few victims hide as "<5", so the rule needs counts that show)."""
    day = START + timedelta(days=3)
    with supervisor.session() as session:
        for n in range(10):
            affiliation = "un_military" if n % 2 else "ngo_partner"
            add_case(session, Spec(day, sea=True, un_consent=None, perps=[
                Perp(relationship="un_humanitarian", affiliation=affiliation,
                     entity=f"Unit {n}")]))
    _, summary, _ = _sheets(supervisor, "victims")[-1]
    values = {str(r[0]).strip(): r[1] for r in summary if r and len(r) > 1}
    assert [values[k] for k in ("Uniformed personnel", "Civilian personnel",
                                "Implementing partner personnel", "Other")] == [
        "5", "0", "5", "0"]


def test_the_identifying_export_gives_each_needs_note(
        world: tuple[Vault, export_cases.Built], cases: list[oracle.Plain]) -> None:
    (header, rows, _), = _sheets(world[0], "identifying")
    at = _cells(header, identifying=True)
    notes = {p.case.case_number: {n.need: n.note or "" for n in p.case.needs} for p in cases}
    problems = []
    for row in rows:
        number = row[at["registration.case_number"]]
        for need in export_cases.NEEDS:
            want = notes[number].get(need)
            got = row[at[f"assessment.need_{need}_note"]]
            if got != want:
                problems.append(f"{number} assessment.need_{need}_note: {got!r}, expected {want!r}")
    assert any(v for n in notes.values() for v in n.values())
    assert rows and not problems, "\n".join(problems[:20])


def test_an_export_of_one_site_holds_its_cases_only(
        world: tuple[Vault, export_cases.Built], cases: list[oracle.Plain]) -> None:
    for site in world[1].sites:
        (header, rows, total), = _sheets(world[0], "cases", site=site)
        want = {p.case.case_number for p in cases if p.case.site_id == site
                and oracle.statistics_consent(p) and oracle.exported_incidents(p, START, END)}
        got = {r[_cells(header)["registration.case_number"]] for r in rows}
        assert want and got == want and total == len(rows), site

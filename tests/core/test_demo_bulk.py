"""The benchmarks' bulk demo load gives the database ``relais demo`` gives, read through the
services: the same statistics, case list, name search, consents and referrals, the same derived
columns and indexes, and a database that passes the store's own checks."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases.case_list import CaseQuery
from desktop.core.services.demo import generator as demo
from desktop.core.services.reports import statistics as stats
from desktop.core.services.reports.report_period import Period
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Case, Consent, Referral, Survivor, derived
from desktop.core.store.vault import Vault
from tests.helpers import folders

TODAY = date(2026, 11, 20)
CASES = 700


def _build(template: DataFolder, target: Path, *, bulk: bool) -> DataFolder:
    shutil.copytree(template.path, target, ignore=shutil.ignore_patterns("*.lock"))
    folder = DataFolder(target)
    admin = folders.login(folder, folders.ADMIN)
    try:
        demo.generate(admin, CASES, seed=13, today=TODAY, bulk=bulk)
    finally:
        admin.close()
    return folder


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory,
         _template: tuple[Path, str]) -> tuple[DataFolder, DataFolder]:
    """(built by ``relais demo``'s batches, built by the bulk load) from the same seed."""
    root = tmp_path_factory.mktemp("bulk")
    template = DataFolder(_template[0])
    return (_build(template, root / "batches", bulk=False),
            _build(template, root / "bulk", bulk=True))


def _each(pair: tuple[DataFolder, DataFolder], username: str, read: Any) -> list[Any]:
    found = []
    for folder in pair:
        vault = folders.login(folder, username)
        try:
            found.append(read(vault))
        finally:
            vault.close()
    return found


def _numbers(vault: Vault, ids: list[str]) -> list[str]:
    return [row.case_number for row in cases.case_rows(vault, ids)]


def test_statistics_are_those_of_the_demo(both) -> None:
    def read(vault: Vault) -> list[Any]:
        reports = []
        for period in (Period.month(2026, 11), Period.month(2026, 3),
                       Period.quarter(2025, 4), Period.between(date(2024, 1, 1), TODAY)):
            report = stats.period_report(vault, period, today=TODAY)
            reports.append((report.tables, report.median_days_to_service,
                            report.median_sample, report.overdue_follow_ups,
                            report.not_consented, report.survivors_assisted))
        return reports

    batches, bulk = _each(both, folders.SUPERVISOR, read)
    assert bulk == batches
    assert sum(row.counts[0] for row in batches[-1][0][0].rows) > 0  # not an empty report


def test_case_list_and_name_search_are_those_of_the_demo(both) -> None:
    def read(vault: Vault) -> dict[str, Any]:
        page = cases.first_page(vault)
        oldest = cases.first_page(vault, CaseQuery(descending=False))
        seen = {"first": (page.total, page.exact, _numbers(vault, page.ids)),
                "oldest": _numbers(vault, oldest.ids),
                "open rape": _numbers(vault, cases.case_ids(
                    vault, CaseQuery(status="open", gbv_type="rape")))}
        for words in ("aminata", "AISSATA", "fictive", "mariam imag", "zzz"):
            seen[words] = sorted(_numbers(vault, cases.case_ids(vault, CaseQuery(text=words))))
        return seen

    for username in (folders.SUPERVISOR, folders.CASEWORKER):
        batches, bulk = _each(both, username, read)
        assert bulk == batches, username
        assert batches["zzz"] == [] and batches["first"][2] and batches["open rape"]
        if username == folders.SUPERVISOR:  # "Aïssata", case and accents folded
            assert batches["AISSATA"] and batches["mariam imag"]
        else:  # a case worker does not search names
            assert batches["AISSATA"] == batches["aminata"] == []


def _rows(vault: Vault) -> dict[str, Any]:
    with vault.reader() as session:
        consents = Counter(session.execute(
            select(Consent.scope, Consent.given, Consent.given_by)).all())
        per_case = Counter(session.execute(
            select(Case.case_number, Case.number_key, Case.stats_consent, Case.status,
                   Case.step, Case.gbv_type, Case.sea, Survivor.survivor_code, Survivor.name)
            .join(Survivor, Survivor.id == Case.survivor_id)).all())
        referrals = Counter(session.execute(
            select(Referral.reference, Referral.status, Referral.counted_on, Case.case_number)
            .join(Case, Case.id == Referral.case_id)).all())
        tables = {name: session.scalar(text(f"SELECT count(*) FROM {name}"))
                  for name in demo.bulk_load.TABLES}
        indexes = sorted(session.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index'")).all())
        triggers = sorted(session.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all())
        journaled = sorted(set(session.scalars(text(
            "SELECT c.case_number FROM sync_journal j JOIN cases c ON c.id = j.case_id"))))
    return {"consents": consents, "cases": per_case, "referrals": referrals,
            "tables": tables, "indexes": indexes, "triggers": triggers,
            "journaled": journaled}


def test_consents_cases_referrals_and_indexes_are_those_of_the_demo(both) -> None:
    batches, bulk = _each(both, folders.ADMIN, _rows)
    for key in batches:
        assert bulk[key] == batches[key], key
    assert batches["tables"]["consents"] >= 11 * CASES
    assert len(bulk["journaled"]) == CASES and len(bulk["triggers"]) >= 40


def test_the_bulk_load_journals_each_case_once_for_the_hub(both) -> None:
    """Without its journal triggers during the load, the bulk load names each new case once in
    the hub sync's journal (the batches' triggers name it at every record written); the
    triggers are back afterwards: a change made after the load is journaled."""
    vault = folders.login(both[1], folders.ADMIN)
    try:
        with vault.require_engine().connect() as conn:
            rows = conn.exec_driver_sql("SELECT case_id FROM sync_journal").scalars().all()
            assert len(rows) == len(set(rows)) == CASES
            case_id = rows[0]
            conn.exec_driver_sql("UPDATE cases SET status = status WHERE id = ?", (case_id,))
            last = conn.exec_driver_sql(
                "SELECT case_id FROM sync_journal ORDER BY seq DESC LIMIT 1").scalar()
            assert last == case_id
            conn.rollback()
    finally:
        vault.close()
    with folders.as_user(both[0]) as batches, batches.reader() as session:
        assert session.scalar(text("SELECT count(*) FROM sync_journal")) > 10 * CASES


def test_bulk_rows_hold_what_the_orm_would_have_stored(both) -> None:
    """Derived columns against the Python rules the ORM flush applies, and the name index
    against the names (what ``name_search.index_names`` makes from scratch)."""
    vault = folders.login(both[1], folders.ADMIN)
    try:
        with vault.reader() as session:
            for number, key, flag, given in session.execute(
                    select(Case.case_number, Case.number_key, Case.stats_consent,
                           select(func.count()).where(
                               Consent.case_id == Case.id, Consent.scope == "statistics",
                               Consent.given.is_(True), Consent.withdrawn_on.is_(None))
                           .scalar_subquery())):
                assert key == derived.number_key(number) and flag == (given == 1)
            for sent, made, counted in session.execute(
                    select(Referral.sent_on, Referral.created_at, Referral.counted_on)):
                assert counted == (sent or made.date())
            named = session.scalar(select(func.count()).where(Survivor.name.is_not(None)))
            indexed = session.scalar(text("SELECT count(*) FROM survivor_names"))
            keys = session.scalar(text("SELECT count(*) FROM survivor_name_keys"))
            assert indexed == named and keys == CASES
    finally:
        vault.close()


def test_the_bulk_database_passes_the_stores_checks(both) -> None:
    vault = folders.login(both[1], folders.ADMIN)
    try:
        assert vault.integrity_problems(full=True) == []
        with vault.require_engine().connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -32768  # 32 MiB
    finally:
        vault.close()


def test_a_bulk_load_that_fails_leaves_the_database_as_it_was(admin) -> None:
    def broken(batch: Any) -> None:
        raise RuntimeError("disk trouble")

    with admin.reader() as session:
        before = session.scalar(text("SELECT count(*) FROM sqlite_master"))
    demo.DEMO_HOOKS.insert(0, broken)
    try:
        with pytest.raises(RuntimeError):
            demo.generate(admin, 50, seed=1, bulk=True)
    finally:
        demo.DEMO_HOOKS.remove(broken)
    with admin.reader() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0
        assert session.scalar(select(func.count()).select_from(Survivor)) == 0
        assert session.scalar(text("SELECT count(*) FROM sqlite_master")) == before
    assert admin.integrity_problems() == []
    with admin.require_engine().connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    demo.generate(admin, 20, seed=1, bulk=True)  # and it can be loaded afterwards
    assert len(cases.case_ids(admin)) == 20

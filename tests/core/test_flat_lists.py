"""Lists that never count or load the whole set, name search through the FTS5 index, and case
numbers that sort right past sequence 99,999 — on a real SQLCipher database."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from desktop.core.services import session
from desktop.core.services.accounts import settings
from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import intake
from desktop.core.services.cases.case_list import CaseQuery
from desktop.core.services.referrals import followups
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.safety import backups, restore
from desktop.core.store import migrate
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from tests.helpers import folders, schema
from tests.helpers.intake_data import sample_intake
from tests.helpers.report_data import provider

NAME = "Aïssata Traoré"


def _open(vault: Vault, name: str = "Fictive Survivante") -> str:
    return intake.open_case(vault, sample_intake(name=name))


def test_first_page_counts_only_up_to_its_limit(supervisor: Vault) -> None:
    made = [_open(supervisor) for _ in range(7)]
    page = cases.first_page(supervisor, CaseQuery(), 3, count_limit=5)
    # "At least 5": the count stopped there instead of reading every case.
    assert page == cases.IdPage(5, page.ids, exact=False) and len(page.ids) == 3
    whole = cases.first_page(supervisor, CaseQuery(), 3, count_limit=50)
    assert whole.total == 7 and whole.exact and whole.ids == page.ids
    assert cases.count(supervisor, limit=4) == 4 and cases.count(supervisor) == 7
    assert cases.first_page(supervisor, CaseQuery(), 10) == cases.IdPage(
        7, cases.case_ids(supervisor))
    assert set(cases.case_ids(supervisor)) == set(made)


def test_referral_pages_give_every_referral_once_in_order(supervisor: Vault) -> None:
    case_id = _open(supervisor)
    assert supervisor.actor is not None
    with supervisor.session() as s:
        provider_id = provider(s, supervisor.actor.site_id).id
    for number in range(7):
        referrals.create_referral(
            supervisor, case_id, service_type=("health", "legal", "psychosocial")[number % 3],
            provider_id=provider_id, priority=("emergency", "urgent", "normal")[number % 3],
            override_reason="Urgence vitale", today=date.today() - timedelta(days=number))
    every = referrals.list_referrals(supervisor)
    pages, after = [], None
    while True:
        page = referrals.list_referrals(supervisor, limit=3, after=after)
        assert len(page) <= 3
        if not page:
            break
        pages.append(page)
        after = referrals.page_key(page[-1])
    assert [len(p) for p in pages] == [3, 3, 1]
    assert [r.id for p in pages for r in p] == [r.id for r in every]
    assert [r.due_on for r in every] == sorted(r.due_on for r in every)


def test_a_limited_follow_up_list_is_the_start_of_the_whole_one(supervisor: Vault) -> None:
    made = [_open(supervisor) for _ in range(3)]
    today = date.today()
    for number, days in enumerate((9, 5, 5, 5, 2, 1, 0)):  # three due the same day
        due = today - timedelta(days=days)
        followups.schedule(supervisor, made[number % 3], due, purpose="Appel", today=due)
    late, due_now = followups.overdue(supervisor), followups.due_today(supervisor)
    assert len(late) == 6 and len(due_now) == 1
    for size in range(1, 8):  # the cut falls inside the day shared by three, and past the end
        assert followups.overdue(supervisor, limit=size) == late[:size]
    assert followups.due_today(supervisor, limit=1) == due_now
    assert followups.overdue(supervisor, limit=0) == []


def test_name_search_ignores_accents_and_case(supervisor: Vault) -> None:
    wanted, other = _open(supervisor, NAME), _open(supervisor, "Fanta Coulibaly")
    for typed in ("aissata", "AÏSSATA", "Aiss", "traore", "aissata tra", "Traoré Aïssata"):
        assert cases.case_ids(supervisor, CaseQuery(text=typed)) == [wanted], typed
    assert cases.case_ids(supervisor, CaseQuery(text="aissata fanta")) == []
    assert cases.case_ids(supervisor, CaseQuery(text="coul")) == [other]
    data = intake.load_intake(supervisor, wanted)
    intake.update_case(supervisor, wanted, {**data, "survivor.name": "Mariam Diallo"})
    assert cases.case_ids(supervisor, CaseQuery(text="aissata")) == []  # the old name is gone
    assert cases.case_ids(supervisor, CaseQuery(text="mariam")) == [wanted]


def test_a_case_worker_finds_no_case_by_name(folder: DataFolder) -> None:
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        mine = _open(awa, NAME)
        assert cases.case_ids(awa, CaseQuery(text="aissata")) == []  # names: not her role
        assert cases.case_ids(awa) == [mine]
    finally:
        awa.close()
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        assert cases.case_ids(sali, CaseQuery(text="aissata")) == [mine]
    finally:
        sali.close()


def test_no_name_outside_the_encrypted_database(folder: DataFolder) -> None:
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        _open(sali, "Zeinabou Quasimodo")
        assert cases.case_ids(sali, CaseQuery(text="quasimodo"))
    finally:
        session.lock(sali, reason="logout")
    for path in folder.path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"quasimodo" not in data.lower() and b"Zeinabou" not in data, path.name


def test_the_name_index_comes_back_with_a_restored_backup(folder: DataFolder,
                                                          tmp_path: Path) -> None:
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        wanted = _open(sali, NAME)
        path = backups.make_backup(sali, tmp_path / "names.relaisbak").path
        _open(sali, "Aïssatou Keïta")  # after the backup: gone with the restore
    finally:
        sali.close()
    restore.restore_backup(folder, path, username=folders.ADMIN,
                           password=folders.ADMIN_PASSWORD)
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        assert cases.case_ids(sali, CaseQuery(text="aïssat")) == [wanted]
        assert sali.integrity_problems(full=True) == []
        later = _open(sali, "Aïssatou Keïta")  # the index takes new names after the restore
        assert cases.case_ids(sali, CaseQuery(text="aissatou")) == [later]
    finally:
        sali.close()


def test_case_numbers_sort_as_numbers_past_99999(supervisor: Vault) -> None:
    old = _open(supervisor)  # sequence 1: MOP-…-00001, still valid
    with supervisor.session() as s:
        settings.put_in_session(s, "case_sequence", 99_998)
    ninety_nine, hundred_thousand = _open(supervisor), _open(supervisor)
    rows = {r.id: r.case_number for r in cases.case_rows(
        supervisor, [old, ninety_nine, hundred_thousand])}
    assert rows[ninety_nine].endswith("-99999") and rows[hundred_thousand].endswith("-100000")
    assert rows[old].endswith("-00001")
    assert cases.case_ids(supervisor) == [hundred_thousand, ninety_nine, old]  # newest first
    assert cases.case_ids(supervisor, CaseQuery(descending=False)) == [
        old, ninety_nine, hundred_thousand]
    assert cases.case_ids(supervisor, CaseQuery(text=rows[hundred_thousand])) == [
        hundred_thousand]
    assert cases.case_ids(supervisor, CaseQuery(text=rows[old].lower())) == [old]


def test_existing_database_gets_the_indexes_and_values_at_login(folder: DataFolder) -> None:
    sali = folders.login(folder, folders.SUPERVISOR)
    try:
        first, second = _open(sali, NAME), _open(sali, "Fanta Coulibaly")
        schema.rewind_to_before(sali.require_engine(), "1a2b3c4d5e05")
        with sali.require_engine().connect() as conn:
            columns = {r[1] for r in conn.execute(text("PRAGMA table_info(cases)"))}
            assert "number_key" not in columns and "stats_consent" not in columns
    finally:
        session.lock(sali)
    sali = folders.login(folder, folders.SUPERVISOR)  # the upgrade runs at login
    try:
        assert sali.migrated
        with sali.require_engine().connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
            assert conn.execute(text("SELECT count(*) FROM cases WHERE stats_consent = 1 "
                                     "AND number_key LIKE '%-000000000%'")).scalar() == 2
        assert cases.case_ids(sali, CaseQuery(text="aissata")) == [first]
        assert cases.case_ids(sali) == [second, first]
    finally:
        sali.close()

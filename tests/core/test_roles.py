"""Roles mean what they say: a plain administrator manages accounts, settings and backups but
sees no survivor or case content; "administrator and supervisor" does both; case workers take
no backup away (the daily automatic one still runs at their login)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.core.errors import NotFound, PermissionDenied, ValidationError
from desktop.core.i18n import set_language
from desktop.core.services import session
from desktop.core.services.accounts import audit, settings
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.accounts.permissions import Role, role_label
from desktop.core.services.cases import case_list as cases
from desktop.core.services.cases import intake
from desktop.core.services.referrals import directory, followups, letters, referral_queries
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.reports import exports, statistics
from desktop.core.services.reports.report_period import Period
from desktop.core.services.safety import backups
from desktop.core.services.summaries import case_summary
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from tests.helpers import folders, referral_data
from tests.helpers.intake_data import sample_intake

PLAIN_ADMIN = "moussa"


@pytest.fixture
def opened(folder: DataFolder) -> dict[str, str]:
    """A case with a referral and a follow-up, opened by case worker awa; a plain
    administrator ``moussa`` is added."""
    folders.add_person(folder, PLAIN_ADMIN, Role.ADMINISTRATOR)
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = referral_data.add_case(vault, release=("health",))
        referral = referrals.create_referral(
            vault, case_id, service_type="health", provider_id=referral_data.osc(vault),
            priority="normal", reason="Accompagnement")
        follow_up = followups.schedule(vault, case_id, date.today(), purpose="Appel")
        return {"case": case_id, "referral": referral.id, "followup": follow_up.id}
    finally:
        vault.close()


@pytest.fixture
def plain_admin(folder: DataFolder, opened: dict[str, str]) -> Iterator[Vault]:
    vault = session.login(folder, PLAIN_ADMIN, folders.PASSWORD)
    yield vault
    vault.close()


def _case_readers(ids: dict[str, str], tmp: Path) -> list[Callable[[Vault], Any]]:
    month = Period.month(date.today().year, date.today().month)
    return [
        lambda v: cases.count(v),
        lambda v: cases.case_ids(v),
        lambda v: cases.first_page(v),
        lambda v: cases.case_rows(v, [ids["case"]]),
        lambda v: cases.case_file(v, ids["case"]),
        lambda v: cases.reveal_names(v),
        lambda v: intake.load_intake(v, ids["case"]),
        lambda v: intake.open_case(v, sample_intake()),
        lambda v: referral_queries.list_referrals(v),
        lambda v: referral_queries.referral_detail(v, ids["referral"]),
        lambda v: referral_queries.referral_context(v, ids["case"]),
        lambda v: letters.preview_letter(v, ids["referral"], "fr"),
        lambda v: letters.render_letter(v, ids["referral"], "fr"),
        lambda v: followups.due_today(v),
        lambda v: followups.for_case(v, ids["case"]),
        lambda v: statistics.period_report(v, month),
        lambda v: exports.export(v, exports.ExportRequest("stats", "csv", month), tmp / "s.csv"),
        lambda v: case_summary.case_summary_pdf(v, ids["case"]),
    ]


def test_a_plain_administrator_sees_no_case_content(
        plain_admin: Vault, opened: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for read in _case_readers(opened, out):
        with pytest.raises(PermissionDenied):
            read(plain_admin)
    assert not list(out.iterdir())  # no export written


def test_a_plain_administrator_manages_accounts_settings_and_backups(
        plain_admin: Vault, tmp_path: Path) -> None:
    assert PLAIN_ADMIN in [r.username for r in accounts.list_staff(plain_admin)]
    accounts.add_person(plain_admin, "binta", Role.CASEWORKER, folders.PASSWORD)
    settings.set_value(plain_admin, "idle_lock_minutes", 7)
    assert backups.make_backup(plain_admin, tmp_path / "b.relaisbak").path.exists()
    assert directory.list_providers(plain_admin)  # the directory is not case content


def test_the_recovery_key_acts_as_a_plain_administrator(
        folder: DataFolder, recovery_key: str, opened: dict[str, str]) -> None:
    vault = session.login_with_recovery(folder, recovery_key)
    try:
        assert vault.actor is not None and vault.actor.role == Role.ADMINISTRATOR
        with pytest.raises(PermissionDenied):
            cases.count(vault)
        with pytest.raises(PermissionDenied):
            cases.case_file(vault, opened["case"])
    finally:
        vault.close()


def test_administrator_and_supervisor_does_both(
        folder: DataFolder, opened: dict[str, str]) -> None:
    admin = folders.login(folder, folders.ADMIN)
    try:
        assert admin.actor is not None and admin.actor.role == Role.ADMIN_SUPERVISOR
        assert cases.count(admin) == 1
        cases.case_file(admin, opened["case"])
        assert accounts.list_staff(admin)
    finally:
        admin.close()


def test_case_workers_take_no_backup_but_the_daily_one_runs(
        folder: DataFolder, tmp_path: Path) -> None:
    vault = folders.login(folder, folders.CASEWORKER)  # the first login of the day
    try:
        assert any(p.name.endswith("-daily.relaisbak") for p in folder.backups_dir.iterdir())
        with pytest.raises(PermissionDenied):
            backups.make_backup(vault, tmp_path / "mine.relaisbak")
        with pytest.raises(PermissionDenied):
            backups.make_backup(vault)
    finally:
        vault.close()
    assert not (tmp_path / "mine.relaisbak").exists()


def test_the_last_administrator_rule_counts_both_roles(folder: DataFolder) -> None:
    vault = folders.login(folder, folders.ADMIN)
    try:
        with pytest.raises(ValidationError):  # the only administrator (admin_supervisor)
            accounts.change_role(vault, folders.ADMIN, Role.SUPERVISOR)
        accounts.change_role(vault, folders.ADMIN, Role.ADMINISTRATOR)  # still an admin
        accounts.change_role(vault, folders.ADMIN, Role.ADMIN_SUPERVISOR)
        accounts.add_person(vault, PLAIN_ADMIN, Role.ADMINISTRATOR, folders.PASSWORD)
        accounts.change_role(vault, folders.ADMIN, Role.SUPERVISOR)  # moussa remains
    finally:
        vault.close()
    vault = session.login(folder, PLAIN_ADMIN, folders.PASSWORD)
    try:
        with pytest.raises(ValidationError):  # now the last one
            accounts.change_role(vault, PLAIN_ADMIN, Role.CASEWORKER)
    finally:
        vault.close()


def test_a_new_database_lets_the_first_administrator_choose(tmp_path: Path) -> None:
    vault, _ = session.initialise(
        DataFolder(tmp_path / "d"), organisation="ONG", site="Gao", admin_username="chef",
        admin_password=folders.PASSWORD, admin_role=Role.ADMINISTRATOR)
    try:
        assert vault.actor is not None and vault.actor.role == Role.ADMINISTRATOR
        with pytest.raises(PermissionDenied):
            cases.count(vault)
    finally:
        vault.close()
    with pytest.raises(ValidationError):
        session.initialise(DataFolder(tmp_path / "e"), organisation="ONG", site="Gao",
                           admin_username="chef", admin_password=folders.PASSWORD,
                           admin_role=Role.CASEWORKER)


def test_role_labels() -> None:
    assert role_label("admin_supervisor") == "Administrator and supervisor"
    set_language("fr")
    assert role_label("admin_supervisor") == "Administrateur·rice et superviseur·e"
    assert role_label("nonsense") == "nonsense"


def test_showing_names_and_refused_exports_are_audited(
        folder: DataFolder, tmp_path: Path) -> None:
    month = Period.month(2026, 1)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    caseworker = folders.login(folder, folders.CASEWORKER)
    try:
        with pytest.raises(PermissionDenied):
            cases.reveal_names(caseworker)
        with pytest.raises(PermissionDenied):
            exports.export(caseworker, exports.ExportRequest("stats", "pdf", month),
                           tmp_path / "s.pdf")
    finally:
        caseworker.close()
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        cases.reveal_names(supervisor)
        cases.reveal_names(supervisor)
        assert len(audit.events(supervisor, action="names_shown")) == 2
        secret_reason = "Qqraison demandée par le tribunal"
        with pytest.raises(ValidationError):  # no password
            exports.export(supervisor, exports.ExportRequest(
                "cases", "csv", month, identifying=True, reason=secret_reason),
                tmp_path / "c.csv")
        refused = audit.events(supervisor, action="export_refused")
    finally:
        supervisor.close()
    assert len(refused) == 2
    details = " ".join(e.details or "" for e in refused)
    assert "cases identifying=yes why=password" in details
    assert "stats identifying=no why=permission" in details
    assert "Qqraison" not in details
    assert not list(tmp_path.iterdir())


def test_a_case_of_another_role_is_not_found_not_leaked(
        plain_admin: Vault, opened: dict[str, str]) -> None:
    with pytest.raises((PermissionDenied, NotFound)):
        followups.mark_done(plain_admin, opened["followup"], "ok")

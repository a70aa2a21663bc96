"""The role × permission table, checked through the services: every action a role may not
take is refused with the permission message (and nothing is written), every action it may take
works. The recovery key acts as a plain administrator."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.core.errors import PermissionDenied
from desktop.core.services import session
from desktop.core.services.accounts import settings
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.accounts.permissions import Permission, Role, can
from desktop.core.services.cases import case_actions
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.services.referrals import directory
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.reports import exports, statistics
from desktop.core.services.reports.report_period import Period
from desktop.core.services.safety import backups
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.vault import Vault
from tests.helpers import folders, referral_data

TICKED = Checklist.all_ticked()  # the closure checklist, every item ticked

PLAIN_ADMIN = "moussa"
RECOVERY = "recovery"
ROLE_MESSAGE = "Your role does not allow this action."
NO_CASES = "Your role gives no access to survivors' cases."
OVERRIDE = "Only a supervisor can override a missing consent."
CW, SUP, ADM, ADS, REC = "caseworker", "supervisor", "administrator", "admin_supervisor", RECOVERY
LOGINS = {CW: folders.CASEWORKER, SUP: folders.SUPERVISOR, ADM: PLAIN_ADMIN, ADS: folders.ADMIN}


@dataclass(frozen=True)
class Ctx:
    case: str  # opened by awa, consents to health only
    pending: str  # awa asked for its closure
    fanta: str
    out: Path


@dataclass(frozen=True)
class Action:
    name: str
    run: Callable[[Vault, Ctx, str], Any]
    allowed: frozenset[str]
    message: str = ROLE_MESSAGE  # the refusal's message to a role that works on cases
    case_work: bool = False  # roles without case access are told so instead

    def refusal(self, who: str) -> str:
        """The message ``who`` is refused with."""
        return NO_CASES if self.case_work and who in (ADM, REC) else self.message


def _month() -> Period:
    return Period.month(date.today().year, date.today().month)


def _identifying(v: Vault, c: Ctx, who: str) -> Any:
    request = exports.ExportRequest("cases", "xlsx", _month(), identifying=True,
                                    reason="Transfert du dossier", password="Mot-de-passe-8",
                                    site_id=v.actor.site_id if v.actor else None)
    return exports.export(v, request, c.out / f"{who}-identifying.xlsx")


ACTIONS = [
    Action("staff management", lambda v, c, who: accounts.add_person(
        v, f"new{who[:5]}", Role.CASEWORKER, folders.PASSWORD), frozenset({ADM, ADS, REC})),
    Action("settings", lambda v, c, who: settings.set_value(v, "idle_lock_minutes", 7),
           frozenset({ADM, ADS, REC})),
    Action("directory edit", lambda v, c, who: directory.set_active(
        v, directory.list_providers(v)[0].id, False), frozenset({ADM, ADS, REC})),
    Action("backup", lambda v, c, who: backups.make_backup(v, c.out / f"{who}.relaisbak"),
           frozenset({SUP, ADM, ADS, REC})),
    Action("restore (list of backups)", lambda v, c, who: backups.list_backups(v),
           frozenset({ADM, ADS, REC})),
    Action("reports", lambda v, c, who: statistics.period_report(
        v, _month(), site_id=v.actor.site_id if v.actor else None),
           frozenset({SUP, ADS})),
    Action("export", lambda v, c, who: exports.export(
        v, exports.ExportRequest("stats", "csv", _month(),
                                 site_id=v.actor.site_id if v.actor else None),
        c.out / f"{who}-stats.csv"),
        frozenset({SUP, ADS})),
    Action("identifying export", _identifying, frozenset({SUP, ADS})),
    Action("closure approval", lambda v, c, who: case_actions.approve_closure(v, c.pending),
           frozenset({SUP, ADS})),
    Action("assignment", lambda v, c, who: case_actions.assign(v, c.case, c.fanta),
           frozenset({SUP, ADS})),
    Action("case content", lambda v, c, who: case_actions.add_note(v, c.case, "Appel fait"),
           frozenset({CW, SUP, ADS}), case_work=True),
    Action("consent override", lambda v, c, who: referrals.create_referral(
        v, c.case, service_type="psychosocial", provider_id=referral_data.osc(v),
        priority="normal", reason="Plainte", override_reason="Danger immédiat"),
        frozenset({SUP, ADS}), OVERRIDE, case_work=True),
]


@pytest.fixture
def ctx(folder: DataFolder, tmp_path: Path) -> Ctx:
    folders.add_person(folder, PLAIN_ADMIN, Role.ADMINISTRATOR)
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = referral_data.add_case(vault, release=("health",))
        pending = referral_data.add_case(vault)
        case_actions.request_closure(vault, pending, "needs_met", checklist=TICKED)
        fanta = referral_data.staff_id(vault, folders.CASEWORKER_2)
    finally:
        vault.close()
    out = tmp_path / "out"
    out.mkdir()
    return Ctx(case_id, pending, fanta, out)


def _login(folder: DataFolder, who: str, recovery_key: str) -> Vault:
    if who == RECOVERY:
        return session.login_with_recovery(folder, recovery_key)
    return folders.login(folder, LOGINS[who])


@pytest.mark.parametrize("who", [CW, SUP, ADM, ADS, REC])
def test_each_role_is_refused_what_it_may_not_do_and_does_what_it_may(
        folder: DataFolder, recovery_key: str, ctx: Ctx, who: str) -> None:
    wrong: list[str] = []
    vault = _login(folder, who, recovery_key)
    try:
        for action in ACTIONS:
            before = sorted(p.name for p in ctx.out.iterdir())
            try:
                action.run(vault, ctx, who)
            except PermissionDenied as exc:
                if who in action.allowed:
                    wrong.append(f"{action.name}: refused ({exc})")
                elif exc.message != action.refusal(who):
                    wrong.append(f"{action.name}: refused with {exc.message!r}")
                if sorted(p.name for p in ctx.out.iterdir()) != before:
                    wrong.append(f"{action.name}: refused but a file was written")
            else:
                if who not in action.allowed:
                    wrong.append(f"{action.name}: allowed")
    finally:
        vault.close()
    assert not wrong, f"{who}: " + "; ".join(wrong)


def test_nobody_logged_in_holds_any_permission() -> None:
    assert [p for p in Permission if can(None, p)] == []

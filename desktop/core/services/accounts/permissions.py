"""Roles and what each may do. The GUI and the CLI both go through ``require``."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.core.errors import PermissionDenied
from desktop.core.i18n import translate

if TYPE_CHECKING:  # the command line's parser takes the roles without the database layer
    from desktop.core.store.vault import Actor, Vault


class Role(StrEnum):
    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    ADMIN_SUPERVISOR = "admin_supervisor"


# The roles that manage accounts (the last-administrator rule counts them all).
ADMIN_ROLES = frozenset({Role.ADMINISTRATOR, Role.ADMIN_SUPERVISOR})


class Permission(StrEnum):
    WORK_ON_CASES = "work_on_cases"  # see survivors and case content (cases, referrals, …)
    SEE_ALL_SITE_CASES = "see_all_site_cases"
    SEE_NAMES_IN_LISTS = "see_names_in_lists"
    APPROVE_CLOSURE = "approve_closure"
    OVERRIDE_CONSENT = "override_consent"
    ASSIGN_CASES = "assign_cases"
    RUN_REPORTS = "run_reports"
    IDENTIFYING_EXPORT = "identifying_export"
    MANAGE_STAFF = "manage_staff"
    MANAGE_SETTINGS = "manage_settings"
    MANAGE_DIRECTORY = "manage_directory"
    BACKUP = "backup"
    RESTORE = "restore"
    REPORT_ALL_SITES = "report_all_sites"  # statistics and exports of other sites, or all


_SUPERVISOR = {
    Permission.WORK_ON_CASES,
    Permission.SEE_ALL_SITE_CASES, Permission.SEE_NAMES_IN_LISTS, Permission.APPROVE_CLOSURE,
    Permission.OVERRIDE_CONSENT, Permission.ASSIGN_CASES, Permission.RUN_REPORTS,
    Permission.IDENTIFYING_EXPORT, Permission.BACKUP,
}
_ADMINISTRATOR = {
    Permission.MANAGE_STAFF, Permission.MANAGE_SETTINGS, Permission.MANAGE_DIRECTORY,
    Permission.BACKUP, Permission.RESTORE,
}
# A case worker may not take a backup away (it is the whole database; the daily automatic
# backup still runs at their login). An administrator manages accounts, settings and backups
# but sees no survivor or case content; a small centre whose administrator is also the
# supervisor gives them "administrator and supervisor".
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.CASEWORKER: frozenset({Permission.WORK_ON_CASES}),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMINISTRATOR: frozenset(_ADMINISTRATOR),
    Role.ADMIN_SUPERVISOR: frozenset(Permission),
}


def role_label(role: str) -> str:
    """The role's name in the UI language."""
    labels = {
        Role.CASEWORKER: translate("Roles", "Case worker"),
        Role.SUPERVISOR: translate("Roles", "Supervisor"),
        Role.ADMINISTRATOR: translate("Roles", "Administrator"),
        Role.ADMIN_SUPERVISOR: translate("Roles", "Administrator and supervisor"),
    }
    return labels.get(role, role)  # type: ignore[call-overload]


def is_admin_role(role: str) -> bool:
    """True for the roles that manage accounts (administrator, administrator and supervisor)."""
    return role in ADMIN_ROLES


def can(actor: Actor | None, permission: Permission) -> bool:
    """True when ``actor`` holds ``permission`` (an unknown role holds nothing)."""
    if actor is None:
        return False
    return permission in GRANTS.get(actor.role, frozenset())  # type: ignore[call-overload]


def require(vault: Vault, permission: Permission) -> Actor:
    """The logged-in actor, or ``PermissionDenied``."""
    actor = vault.actor
    if actor is None:
        raise PermissionDenied(translate("Permissions", "Nobody is logged in."))
    if not can(actor, permission):
        raise PermissionDenied(translate(
            "Permissions", "Your role does not allow this action."),
            hint=translate("Permissions", "Ask a supervisor or an administrator."))
    return actor


def require_case_work(vault: Vault) -> Actor:
    """The logged-in actor if their role works on cases (survivors, referrals, follow-ups,
    letters, summaries), else ``PermissionDenied`` (a plain administrator, the recovery key)."""
    actor = require_actor(vault)
    if not can(actor, Permission.WORK_ON_CASES):
        raise PermissionDenied(translate(
            "Permissions", "Your role gives no access to survivors' cases."),
            hint=translate("Permissions", "An administrator who is also the supervisor needs "
                                          "the role \"Administrator and supervisor\"."))
    return actor


OWN_SITE = ""  # a report's or an export's site when none is chosen: the person's own


def report_site(actor: Actor, site_id: str | None) -> str | None:
    """The site ``actor`` reports on (``OWN_SITE``: her own; ``None``: every site), or
    ``PermissionDenied``: a supervisor reports on her own site only."""
    if site_id == OWN_SITE:
        site_id = actor.site_id
    if site_id == actor.site_id or can(actor, Permission.REPORT_ALL_SITES):
        return site_id
    raise PermissionDenied(translate(
        "Permissions", "You may see the statistics of your own site only."),
        hint=translate("Permissions", "Choose your site."))


def require_actor(vault: Vault) -> Actor:
    """The logged-in actor, whatever the role."""
    if vault.actor is None:
        raise PermissionDenied(translate("Permissions", "Nobody is logged in."))
    return vault.actor

"""Roles and what each may do. The GUI and the CLI both go through ``require``."""

from __future__ import annotations

from enum import StrEnum

from desktop.core.errors import PermissionDenied
from desktop.core.i18n import translate
from desktop.core.store.vault import Actor, Vault


class Role(StrEnum):
    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


class Permission(StrEnum):
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


_SUPERVISOR = {
    Permission.SEE_ALL_SITE_CASES, Permission.SEE_NAMES_IN_LISTS, Permission.APPROVE_CLOSURE,
    Permission.OVERRIDE_CONSENT, Permission.ASSIGN_CASES, Permission.RUN_REPORTS,
    Permission.IDENTIFYING_EXPORT, Permission.BACKUP,
}
# The administrator is often the supervisor of a small centre: it has every right.
GRANTS: dict[Role, frozenset[Permission]] = {
    Role.CASEWORKER: frozenset({Permission.BACKUP}),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMINISTRATOR: frozenset(Permission),
}


def role_label(role: str) -> str:
    """The role's name in the UI language."""
    return {
        Role.CASEWORKER: translate("Roles", "Case worker"),
        Role.SUPERVISOR: translate("Roles", "Supervisor"),
        Role.ADMINISTRATOR: translate("Roles", "Administrator"),
    }.get(Role(role), role)


def can(actor: Actor | None, permission: Permission) -> bool:
    """True when ``actor`` holds ``permission``."""
    if actor is None:
        return False
    return permission in GRANTS.get(Role(actor.role), frozenset())


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


def require_actor(vault: Vault) -> Actor:
    """The logged-in actor, whatever the role."""
    if vault.actor is None:
        raise PermissionDenied(translate("Permissions", "Nobody is logged in."))
    return vault.actor

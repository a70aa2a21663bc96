"""Settings: one declaration each (type, default, check), stored in the encrypted database.

No secret lives in QSettings; the GUI keeps there only the window geometry, the last data
folder and the language chosen before login.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate
from desktop.core.services.accounts import audit
from desktop.core.services.accounts.contact_checks import check_address, check_email, check_phone
from desktop.core.services.accounts.permissions import Permission, require, require_actor
from desktop.core.store.models import Blob, Setting
from desktop.core.store.vault import Vault

SHARE_ETHNICITY = "share_ethnicity"
COLLECT_PERPETRATOR_NAME = "collect_perpetrator_name"


@dataclass(frozen=True)
class Declaration:
    """A setting: its key, type, default and allowed range."""

    key: str
    kind: type
    default: Any
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    check: Callable[[str, str], str] | None = None  # (value, field) → tidied value



DECLARATIONS = {
    d.key: d
    for d in (
        Declaration("idle_lock_minutes", int, 5, 1, 120),
        Declaration("backup_keep", int, 14, 1, 365),
        Declaration("backup_folder", str, ""),
        Declaration("default_language", str, "fr", choices=("fr", "en")),
        Declaration("organisation", str, ""),
        # The letterhead of referral letters: how a provider answers the organisation.
        Declaration("organisation_address", str, "", check=check_address),
        Declaration("organisation_phone", str, "", check=check_phone),
        Declaration("organisation_email", str, "", check=check_email),
        Declaration("site_code", str, ""),
        Declaration("last_auto_backup", str, ""),
        # Synchronise with the hub at each login when it answers (sync/at_login.py).
        Declaration("hub_auto_sync", bool, True),
        Declaration("case_sequence", int, 0, 0, None),
        Declaration("referral_sequence", int, 0, 0, None),
        # The survivor's ethnicity in shared files (de-identified case export, Incident
        # Recorder): off unless an administrator turns it on.
        Declaration(SHARE_ETHNICITY, bool, False),
        # The alleged perpetrator's name: not collected (nor shown) unless an administrator
        # turns the field on (services/perpetrator_names.py).
        Declaration(COLLECT_PERPETRATOR_NAME, bool, False),
    )
}


def _check(decl: Declaration, value: Any) -> Any:
    if decl.kind is bool:
        if not isinstance(value, bool):
            raise ValidationError({decl.key: translate("Settings", "This value is not allowed.")})
        return value
    if decl.kind is int:
        try:
            value = int(value)
        except (TypeError, ValueError) as exc:
            raise ValidationError({decl.key: translate("Settings", "Enter a whole number.")}) \
                from exc
        if (decl.minimum is not None and value < decl.minimum) or (
                decl.maximum is not None and value > decl.maximum):
            raise ValidationError({decl.key: translate(
                "Settings", "Enter a number from {low} to {high}.").format(
                    low=decl.minimum, high=decl.maximum)})
    else:
        value = str(value)
        if decl.choices and value not in decl.choices:
            raise ValidationError({decl.key: translate("Settings", "This value is not allowed.")})
        if decl.check is not None:
            value = decl.check(value, decl.key)
    return value


def checked(key: str, value: Any) -> Any:
    """``value`` checked and tidied for the setting ``key`` (``ValidationError`` if wrong)."""
    return _check(DECLARATIONS[key], value)


def get(vault: Vault, key: str) -> Any:
    """The value of ``key`` (its default when never set)."""
    decl = DECLARATIONS[key]
    with vault.reader() as session:
        row = session.scalar(select(Setting).where(Setting.key == key))
        return decl.default if row is None else json.loads(row.value)


def get_in_session(session: Any, key: str) -> Any:
    """The value of ``key`` inside an open transaction (its default when never set)."""
    row = session.scalar(select(Setting).where(Setting.key == key))
    return DECLARATIONS[key].default if row is None else json.loads(row.value)


def put_in_session(session: Any, key: str, value: Any) -> None:
    """Set ``key`` inside an open transaction (internal: no permission check)."""
    decl = DECLARATIONS[key]
    value = _check(decl, value)
    row = session.scalar(select(Setting).where(Setting.key == key))
    if row is None:
        session.add(Setting(key=key, value=json.dumps(value)))
    else:
        row.value = json.dumps(value)


def set_value(vault: Vault, key: str, value: Any) -> None:
    """Change a setting (administrators), audited."""
    actor = require(vault, Permission.MANAGE_SETTINGS)
    with vault.session() as session:
        put_in_session(session, key, value)
        audit.record(session, actor, "settings_changed", details=key)


def next_number(vault_session: Any, key: str) -> int:
    """Increment and return a sequence setting inside the caller's transaction."""
    row = vault_session.scalar(select(Setting).where(Setting.key == key))
    current = 0 if row is None else int(json.loads(row.value))
    if row is None:
        put_in_session(vault_session, key, current + 1)
    else:  # the row just read (not read again)
        row.value = json.dumps(_check(DECLARATIONS[key], current + 1))
    return current + 1


def get_blob(vault: Vault, key: str) -> tuple[str, bytes] | None:
    """A stored file (content type, bytes), such as the letterhead logo."""
    require_actor(vault)
    with vault.reader() as session:
        row = session.scalar(select(Blob).where(Blob.key == key))
        return None if row is None else (row.content_type, row.data)


def set_blob(vault: Vault, key: str, content_type: str, data: bytes | None) -> None:
    """Store or remove a file setting (administrators), audited."""
    actor = require(vault, Permission.MANAGE_SETTINGS)
    with vault.session() as session:
        row = session.scalar(select(Blob).where(Blob.key == key))
        if data is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Blob(key=key, content_type=content_type, data=data))
        else:
            row.content_type, row.data = content_type, data
        audit.record(session, actor, "settings_changed", details=key)

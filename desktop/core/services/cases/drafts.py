"""Drafts: unsaved form input kept in the encrypted database so that no typing is lost.

A draft belongs to one staff member and is identified by ``kind`` (``"intake"``, …) and ``ref``
(the case being edited, or ``""`` for a new intake). The GUI saves one every 30 seconds, on lock
and on close; at the next login ``pending_drafts`` lists what can be offered back. Dates are
stored as ISO text and come back as ``datetime.date`` for the catalogue's date fields.
The recovery login (no staff account) keeps no drafts.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select

from desktop.core.catalogue import fields
from desktop.core.services.accounts.permissions import require_actor
from desktop.core.store.models import Draft, utcnow
from desktop.core.store.vault import Vault


@dataclass(frozen=True)
class DraftInfo:
    """A waiting draft (no content: just what to offer back)."""

    kind: str
    ref: str
    updated_at: datetime


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    return value


def _date_keys() -> frozenset[str]:
    return frozenset(f.key for f in fields.fields() if f.kind == "date")


def revive_dates(data: dict[str, Any]) -> dict[str, Any]:
    """Turn ISO text back into ``date`` for every date field of ``data`` (in place, returned)."""
    for key in _date_keys():
        value = data.get(key)
        if isinstance(value, str) and value:
            # Text that is not a date stays as typed: validation will say what is wrong.
            with contextlib.suppress(ValueError):
                data[key] = date.fromisoformat(value[:10])
    return data


def save_draft(vault: Vault, kind: str, data: dict[str, Any], ref: str = "") -> None:
    """Keep ``data`` as the actor's draft of ``kind``/``ref`` (replacing an older one)."""
    actor = require_actor(vault)
    if actor.staff_id is None:
        return
    text = json.dumps(_plain(data), ensure_ascii=False)
    with vault.session() as session:
        row = session.scalar(select(Draft).where(
            Draft.staff_id == actor.staff_id, Draft.kind == kind, Draft.ref == ref))
        if row is None:
            session.add(Draft(staff_id=actor.staff_id, site_id=actor.site_id, kind=kind,
                              ref=ref, data=text))
        else:
            row.data = text
            row.updated_at = utcnow()


def load_draft(vault: Vault, kind: str, ref: str = "") -> dict[str, Any] | None:
    """The actor's draft of ``kind``/``ref``, or ``None``."""
    actor = require_actor(vault)
    if actor.staff_id is None:
        return None
    with vault.reader() as session:
        text = session.scalar(select(Draft.data).where(
            Draft.staff_id == actor.staff_id, Draft.kind == kind, Draft.ref == ref))
    if text is None:
        return None
    data = json.loads(text)
    return revive_dates(data) if isinstance(data, dict) else None


def discard_draft(vault: Vault, kind: str, ref: str = "") -> None:
    """Forget the actor's draft of ``kind``/``ref`` (nothing happens if there is none)."""
    actor = require_actor(vault)
    if actor.staff_id is None:
        return
    with vault.session() as session:
        discard_in_session(session, actor.staff_id, kind, ref)


def discard_in_session(session: Any, staff_id: str | None, kind: str, ref: str = "") -> None:
    """Delete a draft inside the caller's transaction (e.g. when the case is saved)."""
    if staff_id is None:
        return
    session.execute(delete(Draft).where(
        Draft.staff_id == staff_id, Draft.kind == kind, Draft.ref == ref))


def pending_drafts(vault: Vault) -> list[DraftInfo]:
    """The actor's drafts, newest first (offered back at login)."""
    actor = require_actor(vault)
    if actor.staff_id is None:
        return []
    with vault.reader() as session:
        rows = session.execute(select(Draft.kind, Draft.ref, Draft.updated_at).where(
            Draft.staff_id == actor.staff_id).order_by(Draft.updated_at.desc())).all()
    return [DraftInfo(kind, ref, updated) for kind, ref, updated in rows]

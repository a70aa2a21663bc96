"""The automatic sync after a person logs in (issue 15, point 4): the same sync as *Synchronise*
and ``relais sync`` (``sync_service.sync_for``), when the site is enrolled over a line, the
administrator left it on (setting ``hub_auto_sync``, on by default) and the hub answers.

It runs under the site's own authority, whoever logged in, like the daily backup: the
administrator chose it by enrolling and leaving the setting on, and the person logged in
chooses nothing (not what goes up, nor when). What goes up identifies no one; what comes down
follows the same rules as an administrator's sync (the hub's signed directory is applied,
packages fetched are imported only when that person works on cases, else they wait for a case
worker). Enrolling, synchronising by hand, by file and turning this off stay administrators'.
The audit names the person whose login ran it ("at login: batches …"). Not for the recovery
key, which is not a person.

Whether the hub answers is asked first with a short timeout (:data:`PROBE_TIMEOUT`), so that
a line that is down costs the login a few seconds in a background thread and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select

from desktop.core.errors import UserError
from desktop.core.i18n import translate
from desktop.core.services.accounts import settings
from desktop.core.services.accounts.permissions import require_actor
from desktop.core.services.sync import client, sync_service
from desktop.core.store.models import SyncState
from desktop.core.store.vault import Vault

SETTING = "hub_auto_sync"
PROBE_TIMEOUT = 5.0  # seconds: connecting and the hub's first answer


def wanted(vault: Vault) -> bool:
    """True when a login of this person should start a sync: a person (not the recovery key),
    a site enrolled at a hub over a line, and the setting on."""
    actor = require_actor(vault)
    if actor.is_recovery or not settings.get(vault, SETTING):
        return False
    with vault.reader() as session:
        current = session.scalar(select(SyncState).limit(1))
        return current is not None and bool(current.hub_url)


def run(vault: Vault, *, progress: sync_service.Progress | None = None,
        stop: Callable[[], bool] | None = None) -> sync_service.Result:
    """Ask whether the hub answers (``client.LineDown`` in one line when it does not), then
    synchronise as :func:`sync_service.sync` does, on behalf of the person logged in."""
    actor = require_actor(vault)
    if not wanted(vault):
        raise UserError(translate("Sync", "The automatic synchronisation is off, or this site "
                                          "is not enrolled at a hub over a line."))
    url = sync_service.hub_url_of(vault, None)
    client.call(url, "/v1/health", timeout=PROBE_TIMEOUT)
    return sync_service.sync_for(vault, actor, url, progress=progress, stop=stop,
                                 how="at login: ")


def last_sync_at(vault: Vault) -> datetime | None:
    """When the hub last acknowledged this site (anyone logged in; ``None``: never, or not
    enrolled)."""
    require_actor(vault)
    with vault.reader() as session:
        current = session.scalar(select(SyncState).limit(1))
        return current.last_sync_at if current is not None else None

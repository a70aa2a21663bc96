"""``relais hub status``: every site, whether it enrolled, its last sync, what it sent, and the
changes it still had waiting then (its backlog)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desktop.hub import db
from desktop.hub.models import RECORD_TABLES, HubSite


@dataclass(frozen=True)
class SiteStatus:
    """One site's line."""

    name: str
    enrolled: bool
    last_batch: int
    last_sync_at: datetime | None
    backlog: int | None
    cases: int


def sites(url: str) -> list[SiteStatus]:
    """Every site known to the hub, by name."""
    cases = RECORD_TABLES["cases"]
    with db.session(url) as session:
        counts: dict[str, int] = {site: count for site, count in session.execute(
            select(cases.c.site, func.count()).group_by(cases.c.site))}
        return [SiteStatus(name=s.name, enrolled=s.signing_key is not None,
                           last_batch=s.last_batch, last_sync_at=s.last_sync_at,
                           backlog=s.backlog, cases=counts.get(s.name, 0))
                for s in session.scalars(select(HubSite).order_by(HubSite.name))]

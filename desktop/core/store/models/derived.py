"""Columns derived from others, stored so that an index can serve them, kept in step at flush.

- ``cases.stats_consent``: the survivor gave the ``statistics`` consent and did not withdraw it
  (``STATISTICS_CONSENT`` on the case's consents). The period report counts on it from an
  index alone instead of looking every case's consent up.
- ``cases.number_key``: the case number with its sequence padded to 12 digits
  (``MOP-2026-00042`` → ``MOP-2026-000000000042``), what "newest first" sorts on: the number
  itself has at least 5 digits and from sequence 100,000 on would sort as text before 99,999.
- ``referrals.counted_on``: the day a referral counts in the period report, the day it was
  sent or else the day it was made (``coalesce(sent_on, date(created_at))``).

Every ORM write keeps them in step in its own flush (:func:`_before_flush`,
:func:`_after_flush`); bulk writers (the demo) call :func:`fill` on the rows they wrote, and the
migration that added them calls it once for every row.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, bindparam, event, text
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.attributes import get_history, set_committed_value

from desktop.core.store.models.base import utcnow
from desktop.core.store.models.cases import STATISTICS_CONSENT, Case, Consent
from desktop.core.store.models.referrals import Referral

KEY_DIGITS = 12
_DIGITS = "0123456789"
# SQL of the same rules (for bulk rows and the migration).
STATS_CONSENT_SQL = ("EXISTS (SELECT 1 FROM consents WHERE consents.case_id = cases.id AND "
                     f"{STATISTICS_CONSENT})")
NUMBER_KEY_SQL = (f"rtrim(case_number, '{_DIGITS}') || substr('{'0' * KEY_DIGITS}' || "
                  f"substr(case_number, length(rtrim(case_number, '{_DIGITS}')) + 1), "
                  f"-{KEY_DIGITS})")
COUNTED_ON_SQL = "coalesce(sent_on, date(created_at))"


def number_key(case_number: str) -> str:
    """The sort key of a case number: its trailing digits padded to 12 (see module doc)."""
    head = case_number.rstrip(_DIGITS)
    digits = case_number[len(head):]
    return head + digits.rjust(KEY_DIGITS, "0")[-KEY_DIGITS:] if digits else case_number


def fill(conn: Connection, case_ids: Iterable[str] | None = None) -> None:
    """Compute the derived columns with SQL: for ``case_ids`` (and their referrals), or for
    every row when None. For rows written without the ORM."""
    if case_ids is None:
        conn.execute(text(f"UPDATE cases SET stats_consent = {STATS_CONSENT_SQL}, "
                          f"number_key = {NUMBER_KEY_SQL}"))
        conn.execute(text(f"UPDATE referrals SET counted_on = {COUNTED_ON_SQL}"))
        return
    ids = list(case_ids)
    for start in range(0, len(ids), 500):
        chunk = {"ids": ids[start:start + 500]}
        conn.execute(text(f"UPDATE cases SET stats_consent = {STATS_CONSENT_SQL}, "
                          f"number_key = {NUMBER_KEY_SQL} WHERE id IN :ids")
                     .bindparams(bindparam("ids", expanding=True)), chunk)
        conn.execute(text(f"UPDATE referrals SET counted_on = {COUNTED_ON_SQL} "
                          "WHERE case_id IN :ids")
                     .bindparams(bindparam("ids", expanding=True)), chunk)


def _changed(obj: Any, *names: str) -> bool:
    return any(get_history(obj, name).has_changes() for name in names)


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    """Referral's counted day and case number's sort key, set before they are written."""
    for obj in [*session.new, *session.dirty]:
        if isinstance(obj, Referral) and (obj in session.new
                                          or _changed(obj, "sent_on", "created_at")):
            if obj.created_at is None:
                obj.created_at = utcnow()
            obj.counted_on = obj.sent_on or obj.created_at.date()
        elif isinstance(obj, Case) and obj.case_number and (
                obj in session.new or _changed(obj, "case_number")):
            obj.number_key = number_key(obj.case_number)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    """``stats_consent`` of the cases whose consents were written in this flush."""
    ids = {obj.case_id for obj in [*session.new, *session.dirty, *session.deleted]
           if isinstance(obj, Consent)}
    ids |= {obj.id for obj in session.new if isinstance(obj, Case)}
    ids.discard(None)
    if not ids:
        return
    conn, chosen = session.connection(), {"ids": sorted(ids)}
    conn.execute(text(f"UPDATE cases SET stats_consent = {STATS_CONSENT_SQL} WHERE id IN :ids")
                 .bindparams(bindparam("ids", expanding=True)), chosen)
    flags: dict[str, int] = dict(conn.execute(
        text("SELECT id, stats_consent FROM cases WHERE id IN :ids")
        .bindparams(bindparam("ids", expanding=True)), chosen).all())
    for obj in session.identity_map.values():
        if isinstance(obj, Case) and obj.id in flags:
            set_committed_value(obj, "stats_consent", bool(flags[obj.id]))

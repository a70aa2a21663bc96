"""The change journal and the sync's position: which batch goes next, and what the hub's
acknowledgement commits.

The journal (``sync_journal``, filled by triggers) names a case at each change. A batch takes
the next journal rows after the acknowledged position, up to ``CASES_PER_BATCH`` distinct cases,
and carries their current snapshot; its number is the acknowledged batch + 1. Nothing is
written on the site when a batch is made or sent: only an acknowledgement signed by the hub
moves the position (and deletes the journal rows it covers), in one transaction. So a cut at
any moment, on either side, leaves the site either before the batch (it is made again, with the
same number, and the hub stores it once) or after it (the hub's acknowledgement said so).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.core.errors import NotInitialised, UserError
from desktop.core.i18n import translate
from desktop.core.services.sync import snapshot, wire
from desktop.core.store.models import SyncJournal, SyncState
from desktop.core.store.models.base import utcnow

CASES_PER_BATCH = 500
ROWS_PER_READ = 5000
EXACT_UP_TO = 20_000


@dataclass(frozen=True)
class Pending:
    """The next batch: its bytes, number, the position it covers and how many cases."""

    data: bytes
    number: int
    upto: int
    cases: int
    backlog: int


def state(session: Session) -> SyncState:
    """This site's enrolment (one clear line when it has not enrolled)."""
    row = session.scalar(select(SyncState).limit(1))
    if row is None:
        raise NotInitialised(translate(
            "Sync", "This site is not enrolled at a hub: ask the hub for an enrolment code, "
                    "then relais sync --hub URL --enrol CODE."))
    return row


def signed_by_hub(current: SyncState, signed: bytes, signature: bytes) -> bool:
    """Whether ``signature`` over ``signed`` is by the hub this site enrolled with (its key kept
    at enrolment, ``current``): the one check of everything the hub sends down."""
    from desktop.core.services.identity.site_identity import verify

    return bool(current.hub_signing_key) and verify(current.hub_signing_key, signed, signature)


def waiting(session: Session, after: int) -> int:
    """Journal rows (changes) after position ``after``: counted up to ``EXACT_UP_TO``; beyond
    it, the distance from ``after`` to the last position (the same when the positions have no
    gap, as ``AUTOINCREMENT`` gives them; never less). Counting a million rows of a first
    upload after each batch cost most of a second each time."""
    counted = int(session.scalar(select(func.count()).select_from(
        select(SyncJournal.seq).where(SyncJournal.seq > after).limit(EXACT_UP_TO).subquery()))
        or 0)
    if counted < EXACT_UP_TO:
        return counted
    last = int(session.scalar(select(func.max(SyncJournal.seq))) or 0)
    return max(counted, last - after)


def next_batch(session: Session, sign: wire.Signer, *, after: tuple[int, int] | None = None,
               cases_per_batch: int | None = None,
               covered: dict[str, int] | None = None) -> Pending | None:
    """The batch after the acknowledged position (or after ``after``: (batch, position), for a
    file of several batches), or None when nothing waits.

    ``covered`` (case → journal position): cases already sent by an earlier batch of the same
    run, with the last position their snapshot included. Their journal rows up to it are passed
    over (a bulk write journals each case once per table: without this, a first upload would
    send each case several times); this batch's cases are added to it, unless the batch was
    already written to a file (the hub may hold that file's older snapshot of them). Safe
    because the hub stores batches in order: this batch is stored only after the one that
    carried them."""
    current = state(session)
    cases_per_batch = cases_per_batch or CASES_PER_BATCH
    last_batch, upto = after or (current.acked_batch, current.acked_seq)
    start = upto
    seen = int(session.scalar(select(func.max(SyncJournal.seq))) or 0)  # before the snapshot
    covered = {} if covered is None else covered
    fixed = written(current).get(last_batch + 1)
    if fixed is not None:  # already in a file: the same bounds, whatever changed since
        rows = session.execute(select(SyncJournal.seq, SyncJournal.case_id).where(
            SyncJournal.seq > start, SyncJournal.seq <= fixed).order_by(SyncJournal.seq))
        chosen = {case_id: None for seq, case_id in rows if seq > covered.get(case_id, 0)}
        upto = fixed
    else:
        chosen, upto = _choose(session, start, cases_per_batch, covered)
    if upto == start:
        return None
    if fixed is None:  # a batch already in a file may be stored in that file's older version
        covered.update(dict.fromkeys(chosen, seen))
    number = last_batch + 1
    backlog = waiting(session, upto)
    header = {"site": current.hub_site, "batch": number, "from": start, "upto": upto,
              "backlog": backlog}
    data = wire.seal_batch(header, snapshot.build(session, list(chosen)), sign)
    return Pending(data=data, number=number, upto=upto, cases=len(chosen), backlog=backlog)


def written(current: SyncState) -> dict[int, int]:
    """Batches written to a file and not yet acknowledged: number → the position it ends at."""
    return {int(n): int(upto) for n, upto in json.loads(current.written or "[]")}


def remember_written(current: SyncState, bounds: list[tuple[int, int]]) -> None:
    """Keep the bounds of batches just written to a file, so that a file written again (or a
    sync over the line) before the hub's answer came back sends the very same batches."""
    kept = written(current)
    kept.update(bounds)
    current.written = json.dumps(sorted(kept.items()))


def _choose(session: Session, start: int, cases_per_batch: int,
            covered: dict[str, int]) -> tuple[dict[str, None], int]:
    """The cases of the journal rows after ``start``, up to ``cases_per_batch`` of them (rows
    ``covered`` already are passed over), and the position of the last row taken."""
    chosen: dict[str, None] = {}
    upto = after_seq = start
    while len(chosen) < cases_per_batch:
        rows = session.execute(select(SyncJournal.seq, SyncJournal.case_id)
                               .where(SyncJournal.seq > after_seq).order_by(SyncJournal.seq)
                               .limit(ROWS_PER_READ)).all()
        if not rows:
            break
        for seq, case_id in rows:
            if seq <= covered.get(case_id, 0):
                upto = seq
                continue
            if case_id not in chosen and len(chosen) >= cases_per_batch:
                break
            chosen[case_id] = None
            upto = seq
        else:
            after_seq = rows[-1][0]
            continue
        break
    return chosen, upto


def apply_ack(session: Session, data: bytes) -> wire.Ack:
    """Commit what the hub acknowledged (its signature checked against the key kept at
    enrolment); an acknowledgement older than the position is harmless and changes nothing."""
    current = state(session)
    ack = wire.read_ack(data)
    if not signed_by_hub(current, ack.signed, ack.signature) or ack.site != current.hub_site:
        raise UserError(translate("Sync", "Refused: this acknowledgement is not signed by the "
                                          "hub this site is enrolled at, or not for this site."))
    if ack.batch < current.acked_batch:
        raise UserError(translate(
            "Sync", "The hub has only batches up to {hub} of this site, which sent up to "
                    "{site}: the hub's database was restored from an older backup. Ask its "
                    "administrator; nothing was changed here.").format(
            hub=ack.batch, site=current.acked_batch))
    if ack.batch > current.acked_batch:
        current.acked_batch, current.acked_seq = ack.batch, ack.upto
        session.execute(delete(SyncJournal).where(SyncJournal.seq <= ack.upto))
        current.written = json.dumps(sorted(
            (n, upto) for n, upto in written(current).items() if n > ack.batch)) \
            if current.written else None
    current.last_sync_at = utcnow()
    return ack

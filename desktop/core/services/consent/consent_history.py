"""Each consent's own history: an edit touches only the consents that changed, and every change
appends a row (``ConsentChange``) instead of rewriting one date.

A consent keeps the date it was given, who gave it and who recorded it. In the intake, the
consent section has one giver and one date for its scopes; when an edit changes a scope, that
scope takes the date typed in the section if it was changed, else today — the other scopes keep
theirs. Withdrawing keeps the date it was given and dates the withdrawal today.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from desktop.core.catalogue import fields
from desktop.core.catalogue.fields import QT_TRANSLATE_NOOP
from desktop.core.i18n import translate
from desktop.core.store.models import Case, Consent, ConsentChange, utcnow
from desktop.core.store.vault import Actor

GIVEN, NOT_GIVEN, WITHDRAWN, GIVEN_AGAIN = "given", "not_given", "withdrawn", "given_again"
GIVER_CHANGED, DATE_CHANGED = "giver_changed", "date_changed"
CHANGE_LABELS = {
    GIVEN: QT_TRANSLATE_NOOP("Cases", "given"),
    NOT_GIVEN: QT_TRANSLATE_NOOP("Cases", "recorded as not given"),
    WITHDRAWN: QT_TRANSLATE_NOOP("Cases", "withdrawn"),
    GIVEN_AGAIN: QT_TRANSLATE_NOOP("Cases", "given again"),
    GIVER_CHANGED: QT_TRANSLATE_NOOP("Cases", "who gives it changed"),
    DATE_CHANGED: QT_TRANSLATE_NOOP("Cases", "date corrected"),
}


class Wanted(NamedTuple):
    """A consent as the intake states it: its scope, whether given, by whom, on which date."""

    scope: str
    given: bool
    given_by: str
    given_on: date | None


def change_label(change: str, lang: str | None = None) -> str:
    """A change of a consent in words ("withdrawn", "given again", …)."""
    source = CHANGE_LABELS.get(change)
    return translate("Cases", source, lang) if source else change


def section_date(consents: dict[str, Consent]) -> date | None:
    """The date the intake's consent section shows: the services consent's, else any."""
    shared = {s: c for s, c in consents.items() if s != fields.UN_SHARING}
    row = shared.get("services") or next(iter(shared.values()), None)
    return row.given_on if row else None


def _append(row: Consent, change: str, on: date | None, actor: Actor) -> None:
    row.changes.append(ConsentChange(
        site_id=row.site_id, position=len(row.changes), change=change, on=on,
        given_by=row.given_by, recorded_by_id=actor.staff_id, recorded_at=utcnow()))


def _update(row: Consent, wanted: Wanted, typed: date | None, correct: bool, actor: Actor,
            today: date) -> None:
    """Bring an existing consent to ``wanted``: ``typed`` is a date newly typed in the form
    (else None), ``correct`` whether that date corrects this consent's own date."""
    if row.given and not wanted.given:
        row.given, row.withdrawn_on = False, today  # who recorded the giving stays
        _append(row, WITHDRAWN, today, actor)
    elif wanted.given and not row.given:
        change = GIVEN_AGAIN if row.withdrawn_on is not None else GIVEN
        row.given, row.given_by, row.withdrawn_on = True, wanted.given_by, None
        row.given_on, row.recorded_by_id = typed or today, str(actor.staff_id)
        _append(row, change, row.given_on, actor)
    elif row.given and wanted.given_by != row.given_by:
        row.given_by, row.given_on = wanted.given_by, typed or today
        row.recorded_by_id = str(actor.staff_id)
        _append(row, GIVER_CHANGED, row.given_on, actor)
    elif row.given and correct and typed is not None:
        row.given_on, row.recorded_by_id = typed, str(actor.staff_id)
        _append(row, DATE_CHANGED, typed, actor)


def apply(case: Case, wanted: list[Wanted], actor: Actor, today: date) -> list[Consent]:
    """Record the intake's consents on ``case``; return the new consent records.

    A new scope is recorded as given or not given (dated as typed, else today); an existing one
    changes only when its answer, its giver or its date typed in the form changed, each change
    appending a history row recorded by ``actor``.
    """
    existing = {c.scope: c for c in case.consents}
    shared_before = section_date(existing)
    created = []
    for item in wanted:
        row = existing.get(item.scope)
        if row is None:
            row = Consent(case=case, site_id=case.site_id, scope=item.scope, given=item.given,
                          given_by=item.given_by, given_on=item.given_on or today,
                          recorded_by_id=actor.staff_id)
            _append(row, GIVEN if item.given else NOT_GIVEN, row.given_on, actor)
            created.append(row)
            continue
        before = row.given_on if item.scope == fields.UN_SHARING else shared_before
        typed = item.given_on if item.given_on not in (None, before) else None
        # The section's date corrects only the consents that had it (the others keep theirs).
        _update(row, item, typed, row.given_on == before, actor, today)
    return created

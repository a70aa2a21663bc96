"""The survivor's age at the incident, and its age group, as SQL: what statistics and
de-identified exports give instead of the (identifying) date of birth.

The age is taken on the incident's date (the interview's when the incident has none), from the
date of birth when there is one, else the estimated age. Age groups come from
``resources/reference/age_groups.json`` (``low``/``high``); an age outside every group, or none,
is ``unknown``.
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from sqlalchemy import ColumnElement, Integer, case, cast, func, literal

from desktop.core.catalogue import reference
from desktop.core.store.models import Case, Incident, Survivor

UNKNOWN = "unknown"


def age_at_incident() -> ColumnElement:
    """Whole years from birth to the incident (or interview); the estimated age without a
    date of birth; NULL when neither is known. Reads ``Survivor``, ``Incident`` and ``Case``."""
    on = func.coalesce(Incident.incident_date, Case.date_of_interview)
    born = Survivor.date_of_birth
    years = (cast(func.strftime("%Y", on), Integer) - cast(func.strftime("%Y", born), Integer)
             - case((func.strftime("%m-%d", on) < func.strftime("%m-%d", born), 1), else_=0))
    return case((born.is_not(None), years), else_=Survivor.estimated_age)


@cache
def _limits() -> tuple[int, tuple[tuple[int, str], ...], str | None]:
    """(lowest age, ((highest age, code) …) in order, open-ended group's code)."""
    groups = sorted((int(item["low"]), item.get("high"), code)
                    for code in reference.codes("age_groups")
                    if (item := reference.entry("age_groups", code)).get("low") is not None
                    and not item.get("retired"))
    for (_, high, code), (low, _, _) in pairwise(groups):
        if high is None or int(high) + 1 != low:
            raise ValueError(f"age group {code!r} does not end where the next one starts")
    closed = tuple((int(high), code) for _, high, code in groups if high is not None)
    last = groups[-1][2] if groups and groups[-1][1] is None else None
    return groups[0][0], closed, last


reference.on_reload(_limits.cache_clear)  # the hub may publish other age groups


def age_group(age: ColumnElement) -> ColumnElement:
    """The ``age_groups`` code of ``age`` (``unknown`` when NULL or outside every group)."""
    lowest, closed, last = _limits()
    whens: list[tuple[ColumnElement[bool], ColumnElement]] = [
        (age.is_(None), literal(UNKNOWN)), (age < lowest, literal(UNKNOWN))]
    whens += [(age <= high, literal(code)) for high, code in closed]
    return case(*whens, else_=literal(last or UNKNOWN))

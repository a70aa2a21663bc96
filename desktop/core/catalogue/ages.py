"""The survivor's age from intake answers: what decides that she is a child (under 18)."""

from __future__ import annotations

from datetime import date
from typing import Any

ADULT_AGE = 18


def age_on(born: date, on: date) -> int:
    """Full years between ``born`` and ``on``."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def survivor_age(data: dict[str, Any], today: date) -> int | None:
    """The survivor's age at the interview: from the date of birth, else the age entered."""
    born = data.get("survivor.date_of_birth")
    on = data.get("registration.date_of_interview")
    on = on if isinstance(on, date) else today
    if isinstance(born, date):
        return age_on(born, on)
    age = data.get("survivor.estimated_age")
    return age if isinstance(age, int) and not isinstance(age, bool) else None

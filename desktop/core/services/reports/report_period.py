"""The period a report covers: a month, a quarter or any dates (both ends included)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.core.errors import ValidationError
from desktop.core.i18n import translate

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")


@dataclass(frozen=True)
class Period:
    """From ``start`` to ``end`` included; ``kind`` is ``month``, ``quarter`` or ``dates``."""

    start: date
    end: date
    kind: str = "dates"

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        """One calendar month."""
        if not 1 <= month <= 12:
            raise ValidationError({"period": translate("Reports", "Choose a month from 1 to 12.")})
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), "month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        """One calendar quarter (1 = January to March)."""
        if not 1 <= quarter <= 4:
            raise ValidationError({"period": translate(
                "Reports", "Choose a quarter from 1 to 4.")})
        first = 3 * (quarter - 1) + 1
        last = calendar.monthrange(year, first + 2)[1]
        return cls(date(year, first, 1), date(year, first + 2, last), "quarter")

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        """Any dates, both included."""
        if end < start:
            raise ValidationError({"period": translate(
                "Reports", "The end of the period is before its start.")})
        return cls(start, end, "dates")

    @property
    def end_exclusive(self) -> date:
        """The day after the last day (for comparisons with times)."""
        return self.end + timedelta(days=1)

    def label(self, lang: str | None = None) -> str:
        """``March 2026``, ``Q1 2026`` or ``01/03/2026 – 15/03/2026`` in the language."""
        if self.kind == "month":
            names = _MONTHS_FR if (lang or _lang()) == "fr" else _MONTHS_EN
            return f"{names[self.start.month - 1]} {self.start.year}"
        if self.kind == "quarter":
            number = (self.start.month - 1) // 3 + 1
            return translate("Reports", "Q{n} {year}", lang).format(n=number,
                                                                    year=self.start.year)
        return f"{day_label(self.start)} – {day_label(self.end)}"

    def slug(self) -> str:
        """A file-name-safe form: ``2026-03``, ``2026-Q1`` or ``2026-03-01_2026-03-15``."""
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        if self.kind == "quarter":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        return f"{self.start.isoformat()}_{self.end.isoformat()}"


def day_label(day: date) -> str:
    """A day as people in Mali write it, in French and in English: ``29/11/2026``."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _lang() -> str:
    from desktop.core.i18n import current_language

    return current_language()

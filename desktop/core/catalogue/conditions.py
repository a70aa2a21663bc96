"""Conditional fields: a note or a detail asked only when an earlier answer calls for it.

``CONDITIONS`` maps a field key to the answer it depends on (:class:`ShownWhen`): where the
incident was reported only when it was reported elsewhere, the details of a mandatory report
only when one was made, when it is safe to call only when she may be called, the note of an
assessed need only when the need is ticked, the date and giver of the consent to inform the UN
only when she gave it, why a safety level was set only when one was set, the caregiver's
details only for a child survivor (or while her age is not known). A field whose
condition does not hold is hidden in the intake; its value is neither validated nor saved
(:func:`without_hidden`). The child's consent fields (assent, why not the caregiver, the
best-interest note) follow the age band's rules instead (``services/consent/consent_rules``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.core.catalogue import fields, reference
from desktop.core.catalogue.ages import ADULT_AGE, survivor_age


@dataclass(frozen=True)
class ShownWhen:
    """Shown when field ``key`` holds one of ``values`` (no ``values``: any answer)."""

    key: str
    values: tuple[Any, ...] = ()

    def holds(self, data: dict[str, Any]) -> bool:
        """True when the answer in ``data`` calls for the dependent field."""
        answer = data.get(self.key)
        if not self.values:
            return answer not in (None, "", [])
        return any(answer is v or (answer == v and type(answer) is type(v))
                   for v in self.values)


@dataclass(frozen=True)
class ForAChild:
    """Shown for a child survivor, and while her age is not known."""

    key: str = ""  # depends on no single field

    def holds(self, data: dict[str, Any]) -> bool:
        """True unless the answers say she is an adult."""
        age = survivor_age(data, date.today())
        return age is None or age < ADULT_AGE


Condition = ShownWhen | ForAChild
# (Whether she is an unaccompanied child stays asked: the Incident Recorder counts the "no".)
CHILD_FIELDS = ("survivor.caregiver_name", "survivor.caregiver_phone",
                "survivor.caregiver_relationship", "survivor.caregiver_informed",
                "survivor.caregiver_is_perpetrator")


def _conditions() -> dict[str, Condition]:
    reported = tuple(code for code in reference.codes("reported_elsewhere") if code != "no")
    made = ShownWhen("incident.mandatory_report_made", (True,))
    un_consent = ShownWhen("sea.un_consent", (True,))
    found: dict[str, Condition] = {key: ForAChild() for key in CHILD_FIELDS}
    found |= {
        "survivor.safe_call_times": ShownWhen("survivor.safe_to_call", ("yes",)),
        "incident.reported_where": ShownWhen("incident.reported_elsewhere", reported),
        "incident.mandatory_report_to": made,
        "incident.mandatory_report_on": made,
        "incident.mandatory_report_informed": made,
        "sea.un_consent_given_on": un_consent,
        "sea.un_consent_given_by": un_consent,
        "assessment.safety_risk_reason": ShownWhen("assessment.safety_risk"),
    }
    for code in reference.codes("needs"):
        checked, note = fields.need_keys(code)
        found[note] = ShownWhen(checked, (True,))
    for key, condition in found.items():  # a typo here would silently show everything
        fields.field(key)
        if condition.key:
            fields.field(condition.key)
    return found


CONDITIONS: dict[str, Condition] = _conditions()


def condition(key: str) -> Condition | None:
    """What field ``key`` depends on (``None``: always shown)."""
    return CONDITIONS.get(key)


def is_shown(key: str, data: dict[str, Any]) -> bool:
    """True when field ``key`` is asked, given the answers in ``data``."""
    rule = CONDITIONS.get(key)
    return rule is None or ((not rule.key or is_shown(rule.key, data)) and rule.holds(data))


def hidden_keys(data: dict[str, Any]) -> frozenset[str]:
    """The conditional fields that ``data``'s answers do not call for."""
    return frozenset(key for key in CONDITIONS if not is_shown(key, data))


def without_hidden(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``data`` whose hidden fields are empty (``None``)."""
    hidden = hidden_keys(data)
    return {key: (None if key in hidden else value) for key, value in data.items()}

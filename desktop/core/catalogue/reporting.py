"""What the incident form explains before asking about a mandatory report.

The text says what Malian law and the centre's policy require, and that she is told before any
report is made. An organisation whose policy differs changes the French translation of this
text (``resources/translations``) after checking it with its legal adviser.
"""

from __future__ import annotations

from desktop.core.catalogue.fields import QT_TRANSLATE_NOOP
from desktop.core.i18n import translate

MANDATORY_REPORTING = QT_TRANSLATE_NOOP(
    "Reporting",
    "Mandatory reporting. For an adult survivor, the centre reports nothing to the police or "
    "the justice without her informed consent, unless her life or another person's life is in "
    "immediate danger. For a child survivor, Malian law (the Child Protection Code) requires "
    "anyone who knows that a child is in danger to report it to the child protection delegate "
    "or to the judge, and the centre's policy is to do so in the child's best interest. Before "
    "any report, tell her (and, for a child, a caregiver who is not an alleged perpetrator) "
    "what will be reported, to whom and why, and record below whether a report was made, to "
    "whom, when, and whether she was told first.")


def mandatory_reporting(lang: str | None = None) -> str:
    """The explanation of mandatory reporting, in ``lang``."""
    return translate("Reporting", MANDATORY_REPORTING, lang)

"""Translated labels and colours for referral statuses, priorities, service types and kinds.

Everything comes from the reference lists of ``desktop.core.catalogue.reference`` (service
types, regions, provider kinds, referral statuses, priorities), in the language asked, so the
screens, the letters and the command line use the same words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor

STATUSES = ("draft", "sent", "accepted", "declined", "service_provided",
            "service_not_provided", "closed")
PRIORITIES = ("emergency", "urgent", "normal")
OVERDUE_COLOUR = QColor("#fde2e1")  # light red: past due, no answer
NO_RESPONSE_COLOUR = QColor("#ffe9c7")  # light orange


def status_label(code: str | None, lang: str) -> str:
    """The status in ``lang`` (``no_response`` included)."""
    return label(REFERRAL_STATUSES, code, lang)


def priority_label(code: str | None, lang: str) -> str:
    """The priority with its delay, e.g. "Emergency – within 24 hours"."""
    return label(PRIORITIES_LIST, code, lang)


def _reference() -> Any:
    from desktop.core.catalogue import reference

    return reference


def choices(list_name: str, lang: str) -> list[tuple[str, str]]:
    """``(code, label)`` pairs of a reference list, in ``lang``."""
    pairs: list[tuple[str, str]] = []
    for item in _reference().choices(list_name, lang):
        if isinstance(item, tuple | list):
            pairs.append((str(item[0]), str(item[1])))
        else:
            pairs.append((str(item.code), str(item.label)))
    return pairs


def label(list_name: str, code: str | None, lang: str) -> str:
    """The label of ``code`` in a reference list (the code itself if unknown)."""
    if not code:
        return ""
    try:
        return str(_reference().label(list_name, code, lang))
    except (KeyError, LookupError, ValueError):
        return code


def service_label(code: str | None, lang: str) -> str:
    """A service type in ``lang``."""
    return label(SERVICE_TYPES, code, lang)


def services_text(codes: list[str] | tuple[str, ...], lang: str) -> str:
    """Several service types, comma-separated."""
    return ", ".join(service_label(code, lang) for code in codes)


def region_label(code: str | None, lang: str) -> str:
    """A region of Mali in ``lang``."""
    return label(REGIONS, code, lang)


def place_text(region: str | None, town: str | None, lang: str, sep: str = ", ") -> str:
    """Town and region, the region left out when it is the town's name (Mopti, Gao)."""
    region_text = region_label(region, lang)
    parts = [town or "", region_text]
    if town and town.casefold() == region_text.casefold():
        parts = [town]
    return sep.join(part for part in parts if part)


def kind_label(code: str | None, lang: str) -> str:
    """A provider kind (One-Stop Centre, NGO, …) in ``lang``."""
    return label(PROVIDER_KINDS, code, lang)


# Names of the reference lists in desktop.core.catalogue.reference.
SERVICE_TYPES = "service_types"
REGIONS = "regions"
PROVIDER_KINDS = "provider_kinds"
REFERRAL_STATUSES = "referral_statuses"
PRIORITIES_LIST = "priorities"

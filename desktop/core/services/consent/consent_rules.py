"""Who may consent for whom: a child survivor's age band, the caregiver who is not appropriate,
and the consent to inform the UN (SEA).

The age bands are reference data (``resources/reference/child_consent_bands.json``, after the
IRC/UNICEF *Caring for Child Survivors* guidelines): each says who may give consent
(``consent_by``: codes of ``consent_given_by``) and whether the child's informed assent is asked
when someone else consents (``assent``: ``required`` or ``none``). A caregiver recorded as an
alleged perpetrator — flagged as such, or a perpetrator whose relationship is "primary
caregiver" — never gives a valid consent; another trusted adult or the case worker consents
instead, with the reason and a best-interest note, and a supervisor approves it
(:func:`pending_approval` until then). Messages are keyed by field and never repeat what was
typed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop.core.catalogue import reference
from desktop.core.catalogue.fields import QT_TRANSLATE_NOOP
from desktop.core.i18n import translate

BANDS = "child_consent_bands"
CAREGIVER = "caregiver"
SURVIVOR = "survivor"
SUBSTITUTES = ("trusted_adult", "caseworker")  # consent for a child whose caregiver is not fit
CAREGIVER_RELATIONSHIP = "caregiver"  # perpetrator relationship "primary caregiver"
GIVEN_BY = "consent.given_by"
UN_CONSENT, UN_GIVEN_ON, UN_GIVEN_BY = ("sea.un_consent", "sea.un_consent_given_on",
                                        "sea.un_consent_given_by")
ASSENT, UNSUITABLE, NOTE = ("consent.child_assent", "consent.caregiver_unsuitable",
                            "consent.best_interest_note")

MESSAGES = {
    "perpetrator_caregiver": QT_TRANSLATE_NOOP(
        "Intake", "The caregiver is recorded as an alleged perpetrator: the caregiver's consent "
        "cannot be accepted. Another trusted adult or the case worker consents, with a "
        "best-interest note."),
    "band_giver": QT_TRANSLATE_NOOP("Intake", "Not for this age. {band}."),
    "adult_substitute": QT_TRANSLATE_NOOP(
        "Intake", "Another adult or the case worker consents only for a child survivor."),
    "assent": QT_TRANSLATE_NOOP("Intake", "Record whether the child gives informed assent."),
    "unsuitable": QT_TRANSLATE_NOOP(
        "Intake", "Say why the caregiver does not give consent."),
    "note": QT_TRANSLATE_NOOP(
        "Intake", "Write the best-interest note: why this person consents for the child."),
    "no_assent_note": QT_TRANSLATE_NOOP(
        "Intake", "The child does not assent: write in the best-interest note why services "
        "go ahead."),
    "un_date": QT_TRANSLATE_NOOP("Intake", "Give the date of this consent."),
    "un_giver": QT_TRANSLATE_NOOP("Intake", "Say who gave this consent."),
}


def _t(key: str, lang: str | None) -> str:
    return translate("Intake", MESSAGES[key], lang)


def band(age: int | None) -> dict[str, Any] | None:
    """The age band entry for ``age`` (``None`` when the age is unknown)."""
    if age is None:
        return None
    for item in reference.choices(BANDS, "en"):
        entry = reference.entry(BANDS, item[0])
        if int(entry["min_age"]) <= age <= int(entry["max_age"]):
            return entry
    return None


def band_label(entry: dict[str, Any], lang: str | None = None) -> str:
    """What a band says, in ``lang`` ("6–11 years: the caregiver's informed consent and …")."""
    return reference.label(BANDS, str(entry["code"]), lang)


def assent_asked(entry: dict[str, Any] | None, given_by: Any) -> bool:
    """True when the child's informed assent is asked: her band asks for it and someone else
    gives the consent."""
    return entry is not None and entry["assent"] == "required" and given_by != SURVIVOR


def is_substitute(given_by: Any) -> bool:
    """Another trusted adult or the case worker (a consent that needs a supervisor)."""
    return given_by in SUBSTITUTES


def givers_asked(data: dict[str, Any]) -> tuple[str, ...]:
    """The "given by" fields that count: the consent's, and the consent to inform the UN's
    when she gave that consent."""
    return (GIVEN_BY, UN_GIVEN_BY) if data.get(UN_CONSENT) is True else (GIVEN_BY,)


def caregiver_is_perpetrator(data: dict[str, Any]) -> bool:
    """The caregiver is flagged as an alleged perpetrator, or a perpetrator is the caregiver."""
    if data.get("survivor.caregiver_is_perpetrator") is True:
        return True
    items = data.get("perpetrators") or []
    return isinstance(items, list) and any(
        isinstance(p, dict) and p.get("relationship") == CAREGIVER_RELATIONSHIP for p in items)


def caregiver_not_asked(data: dict[str, Any]) -> bool:
    """The caregiver is not the one to ask (perpetrator, absent, against the child)."""
    return caregiver_is_perpetrator(data) or bool(data.get(UNSUITABLE))


def check(data: dict[str, Any], age: int | None, errors: dict[str, str],
          lang: str | None) -> None:
    """Add the consent problems of ``data`` (survivor's age ``age``) to ``errors``."""
    _check_givers(data, age, errors, lang)
    _check_un_consent(data, errors, lang)


def _check_givers(data: dict[str, Any], age: int | None, errors: dict[str, str],
                  lang: str | None) -> None:
    perpetrator = caregiver_is_perpetrator(data)
    entry = band(age)
    givers = [k for k in givers_asked(data) if data.get(k)]
    for key in givers:
        given_by = data[key]
        if key in errors:
            continue
        if given_by == CAREGIVER and perpetrator:
            errors[key] = _t("perpetrator_caregiver", lang)
        elif entry is not None and given_by not in entry["consent_by"]:
            errors[key] = (_t("adult_substitute", lang) if is_substitute(given_by)
                           else _t("band_giver", lang).format(band=band_label(entry, lang)))
    if any(k in errors for k in givers):
        return
    given_by = data.get(GIVEN_BY)
    if assent_asked(entry, given_by) and not isinstance(data.get(ASSENT), bool):
        errors.setdefault(ASSENT, _t("assent", lang))
    if any(is_substitute(data.get(k)) for k in givers):
        if not data.get(UNSUITABLE) and not perpetrator:
            errors.setdefault(UNSUITABLE, _t("unsuitable", lang))
        if not _note(data):
            errors.setdefault(NOTE, _t("note", lang))
    elif assent_asked(entry, given_by) and data.get(ASSENT) is False and not _note(data):
        errors.setdefault(NOTE, _t("no_assent_note", lang))


def _note(data: dict[str, Any]) -> str:
    note = data.get(NOTE)
    return note.strip() if isinstance(note, str) else ""


def _check_un_consent(data: dict[str, Any], errors: dict[str, str], lang: str | None) -> None:
    if data.get(UN_CONSENT) is not True:
        return
    if not isinstance(data.get(UN_GIVEN_ON), date) and UN_GIVEN_ON not in errors:
        errors[UN_GIVEN_ON] = _t("un_date", lang)
    if not data.get(UN_GIVEN_BY) and UN_GIVEN_BY not in errors:
        errors[UN_GIVEN_BY] = _t("un_giver", lang)


def pending_approval(consents: Any, approval: Any) -> bool:
    """True when a consent given by a substitute (trusted adult, case worker) still waits for
    a supervisor's approval: until then it counts as no consent."""
    return approval is None and any(
        c.given and c.withdrawn_on is None and is_substitute(c.given_by) for c in consents)

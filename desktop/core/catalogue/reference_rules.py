"""Which reference lists the hub may update, and the checks an update passes (at the hub when a
coordinator publishes it, and again at each site before it is applied).

Decision: a list is *data* when the program only shows its labels, stores its codes and maps
them to the Incident Recorder — places, location types, service types, referral sources, age
groups, nationalities… (``UPDATABLE``). Every other list is a *rule*: code reads its codes to
decide something (the six GBV types and the classification tool, consent and the child's
consent bands, statuses and steps of a case or referral, priorities and their deadlines, the
safety assessment, the relationship that opens the SEA step, closure reasons that need a
note…). A rule changes only with a new version of Relais, never from the hub. The service
types are data for their labels but each one has its own consent to release information in the
intake (``consent.release_<type>``, a rule): the hub may correct or retire them, not add one
(``NO_NEW_CODES``).

An update is ``{list name: [entries]}``, each list in the shape of its
``resources/reference/<list>.json``: every entry has a code, a French and an English label, may
carry the list's extra keys (``ir``, ``low``/``high``, ``cercles``…) and ``"retired": true``.
At the hub (``complete``) each list must name every code Relais ships in it: a code is never
removed (old records keep their label), it is retired.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from desktop.core.catalogue import reference
from desktop.core.errors import UserError
from desktop.core.i18n import translate

UPDATABLE = frozenset({
    "regions", "location_types", "service_types", "referral_sources", "age_groups",
    "countries", "nationalities", "ethnicities", "perpetrator_occupations",
    "caregiver_relationships", "mandatory_report_recipients", "followup_methods",
    "provider_kinds", "sea_assistance_types", "sea_personnel_categories",
    "displacement_status", "marital_status", "abduction_types",
})
# Lists whose labels the hub may correct and whose codes it may retire, but which take no new
# code from it (a new code would need a rule of the program).
NO_NEW_CODES = frozenset({"service_types"})
# Codes the program itself names (the One-Stop Centres' kind, the age group of an unknown
# age): never retired from the hub.
NAMED_BY_CODE = {"provider_kinds": frozenset({"osc"}), "age_groups": frozenset({"unknown"})}
MAX_ENTRIES = 2000
MAX_LABEL = 200
CODE = re.compile(r"[a-z0-9][a-z0-9_.\-]{0,59}")
_TYPES: dict[type, str] = {str: "text", int: "number", bool: "yes/no", list: "list"}


def _refused(text: str, **values: Any) -> UserError:
    return UserError(translate("Reference", text).format(**values))


def check_update(lists: Any, *, complete: bool) -> dict[str, list[dict[str, Any]]]:
    """The update's lists, cleaned (labels stripped), or one line saying what is wrong.
    ``complete``: refuse a list that leaves out a code Relais ships (at the hub)."""
    if not isinstance(lists, dict) or not lists:
        raise _refused("Refused: the file holds no reference list (expected {{\"list name\": "
                       "[entries]}} or a list file named after its list).")
    known = set(reference.list_names()) - {"cercles"}
    clean: dict[str, list[dict[str, Any]]] = {}
    for name, entries in lists.items():
        if not isinstance(name, str) or name not in known:
            raise _refused("Refused: {name} is not a reference list of Relais.",
                           name=str(name)[:60])
        if name not in UPDATABLE:
            raise _refused("Refused: the list {name} is a rule of the program, not data: it "
                           "changes only with a new version of Relais, never from the hub.",
                           name=name)
        clean[name] = _entries(name, entries, reference.shipped(name), complete)
    if "regions" in clean:
        _check_cercles(reference.merged(reference.shipped("regions"), clean["regions"]))
    if "age_groups" in clean:
        _check_age_groups(reference.merged(reference.shipped("age_groups"),
                                           clean["age_groups"]))
    return clean


def _entries(name: str, entries: Any, shipped: tuple[dict[str, Any], ...] | list[Any],
             complete: bool, model: Any = None) -> list[dict[str, Any]]:
    """``entries`` checked against the ``shipped`` codes; ``model`` (default: ``shipped``)
    gives the keys an entry may and must have."""
    if not isinstance(entries, list) or not entries or len(entries) > MAX_ENTRIES:
        raise _refused("Refused: the list {name} must hold between 1 and {most} entries.",
                       name=name, most=MAX_ENTRIES)
    model = shipped if model is None else model
    kinds = _key_types(model)
    required = _required_keys(model)
    shipped_codes = [item["code"] for item in shipped]
    seen: set[str] = set()
    clean = []
    for item in entries:
        entry = _entry(name, item, kinds)
        if entry["code"] in seen:
            raise _refused("Refused: the code {code} appears twice in the list {name}.",
                           code=entry["code"], name=name)
        seen.add(entry["code"])
        if entry.get("retired") and entry["code"] in NAMED_BY_CODE.get(name, ()):
            raise _refused("Refused: the code {code} of the list {name} cannot be retired: the "
                           "program itself uses it.", code=entry["code"], name=name)
        if entry["code"] not in shipped_codes and name in NO_NEW_CODES:
            raise _refused("Refused: the list {name} takes no new code from the hub (here "
                           "{code}): each service type has its own consent to release "
                           "information, a rule of the program; correct its labels or retire a "
                           "code only.", name=name, code=entry["code"])
        if entry["code"] not in shipped_codes:
            missing = [key for key in required if key not in entry]
            if missing:
                raise _refused("Refused: the new code {code} of the list {name} needs "
                               "{key} like the list's other entries.",
                               code=entry["code"], name=name, key=missing[0])
        if "cercles" in entry:
            old = next((s for s in shipped if s["code"] == entry["code"]), {})
            entry["cercles"] = _entries(f"{name}/{entry['code']}", entry["cercles"],
                                        old.get("cercles", []), complete,
                                        reference.shipped_cercles())
        clean.append(entry)
    if complete:
        dropped = [code for code in shipped_codes if code not in seen]
        if dropped:
            raise _refused("Refused: the list {name} leaves out the code {code} that Relais "
                           "ships: a code is never removed (old records keep it); mark it "
                           "\"retired\": true instead.", name=name, code=dropped[0])
    if "/" not in name and all(entry.get("retired") for entry in clean):
        raise _refused("Refused: every code of the list {name} is retired: forms would offer "
                       "nothing.", name=name)
    return clean


def _key_types(shipped: Any) -> dict[str, set[type]]:
    kinds: dict[str, set[type]] = {"retired": {bool}}
    for item in shipped:
        for key, value in item.items():
            if key not in ("code", "fr", "en"):
                kinds.setdefault(key, set()).add(type(value))
    return kinds


def _required_keys(shipped: Any) -> list[str]:
    """The extra keys every shipped entry has (a new code needs them too, e.g. ``ir``)."""
    if not shipped:
        return []
    keys = set(shipped[0]) - {"code", "fr", "en"}
    for item in shipped[1:]:
        keys &= set(item)
    return sorted(keys)


def _entry(name: str, item: Any, kinds: dict[str, set[type]]) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise _refused("Refused: the list {name} holds something that is not an entry.",
                       name=name)
    code = item.get("code")
    if not isinstance(code, str) or not CODE.fullmatch(code):
        raise _refused("Refused: an entry of the list {name} has no valid code (small letters, "
                       "digits, _ . or -, at most 60).", name=name)
    entry: dict[str, Any] = {"code": code}
    for lang in ("fr", "en"):
        text = item.get(lang)
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_LABEL:
            raise _refused("Refused: the code {code} of the list {name} needs its label in "
                           "French and in English (fr, en; at most {most} characters).",
                           code=code, name=name, most=MAX_LABEL)
        entry[lang] = text.strip()
    for key, value in item.items():
        if key in ("code", "fr", "en"):
            continue
        allowed = kinds.get(key)
        if allowed is None:
            raise _refused("Refused: the code {code} of the list {name} has the key {key}, "
                           "which this list does not have.", code=code, name=name,
                           key=str(key)[:40])
        if type(value) not in allowed:
            raise _refused("Refused: the key {key} of the code {code} in the list {name} must "
                           "be {kind}.", key=key, code=code, name=name,
                           kind=" / ".join(sorted(_TYPES.get(t, "empty") for t in allowed)))
        if isinstance(value, str) and len(value) > 1000:
            raise _refused("Refused: the key {key} of the code {code} in the list {name} is too "
                           "long.", key=key, code=code, name=name)
        entry[key] = value.strip() if isinstance(value, str) else value
    return entry


def _check_cercles(regions: tuple[dict[str, Any], ...]) -> None:
    """A cercle's code names it in the whole country: never in two regions."""
    seen: set[str] = set()
    for region in regions:
        for cercle in region.get("cercles", ()):
            if cercle["code"] in seen:
                raise _refused("Refused: the cercle {code} appears in two regions.",
                               code=cercle["code"])
            seen.add(cercle["code"])


def _check_age_groups(groups: tuple[dict[str, Any], ...]) -> None:
    """The age groups in use must follow each other from the lowest, the last one open."""
    bands = sorted((int(g["low"]), g.get("high"), g["code"]) for g in groups
                   if g.get("low") is not None and not g.get("retired"))
    bad = not bands or bands[-1][1] is not None
    for (_, high, _), (low, _, _) in pairwise(bands):
        bad = bad or high is None or int(high) + 1 != low
    if bad:
        raise _refused("Refused: the age groups in use must follow each other without a gap "
                       "or an overlap, the last one with no upper age (\"high\": null).")

"""The GUI's read-only view of the field catalogue (``desktop.core.catalogue``).

One place that turns catalogue objects into what widgets need (labels, ``(code, label)``
choice pairs, question texts), so the form modules never depend on the catalogue's internals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.core.catalogue import classification, conditions, fields, reference, reporting


def _pairs(items: Any) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for item in items or ():
        if isinstance(item, tuple | list):
            pairs.append((str(item[0]), str(item[1])))
        else:
            pairs.append((str(item.code), str(item.label)))
    return pairs


def label_of(field: Any, lang: str) -> str:
    """The field's label in ``lang``."""
    return str(field.label_in(lang))


def short_key(field: Any) -> str:
    """The field key without its section (``perpetrator.sex`` → ``sex``)."""
    return str(field.name)


def help_of(field: Any, lang: str) -> str:
    """The field's help text in ``lang`` (may be empty)."""
    return str(field.help_in(lang))


def section_title(section: str, lang: str) -> str:
    """A section's title in ``lang``."""
    return str(fields.section_title(section, lang))


def choices_of(field: Any, lang: str) -> list[tuple[str, str]]:
    """``(code, label)`` pairs offered for a choice field, in ``lang``."""
    source = getattr(field, "choices", None)
    if not source:
        return []
    try:
        return _pairs(reference.choices(source, lang))
    except reference.UnknownCode:  # a list the data folder lacks: offer nothing, not crash
        return []


def choice_label(list_name: str, code: str | None, lang: str) -> str:
    """The label of ``code`` in reference list ``list_name`` (empty for ``None``)."""
    if not code:
        return ""
    if not reference.has(list_name, code):
        return str(code)
    return str(reference.label(list_name, code, lang))


def section_fields(section: str) -> list[Any]:
    """The catalogue fields of ``section`` that are typed (not generated), in order."""
    return [f for f in fields.fields(section) if not f.generated]


def field(key: str) -> Any:
    """One catalogue field."""
    return fields.field(key)


def cercles(region: str | None, lang: str) -> list[tuple[str, str]]:
    """The cercles of ``region`` as ``(code, label)`` pairs."""
    if not region or not reference.has("regions", region):
        return []
    return _pairs(reference.cercles(region, lang))


def classification_questions(lang: str) -> list[str]:
    """The six yes/no questions in order."""
    return [question.text for question in classification.questions(lang)]


def classify(answers: Sequence[bool]) -> str:
    """The GBV type code the answers lead to."""
    return str(classification.classify(list(answers)))


def answers_for(code: str | None) -> list[bool]:
    """The answers that lead to ``code`` (for a case saved without its answers)."""
    return list(classification.answers_for(code))


def gbv_label(code: str, lang: str) -> str:
    """The GBV type's name in ``lang``."""
    return choice_label("gbv_types", code, lang)


def possible_exploitation(gbv_type: str | None, goods: bool | None) -> bool:
    """Goods or money exchanged with rape or sexual assault."""
    return bool(classification.possible_sexual_exploitation(gbv_type, goods))


# -- intake specifics --------------------------------------------------------------------
ANSWERS_KEY = "incident.classification_answers"
PERPETRATOR_SECTION = "perpetrator"
SEA_PERPETRATOR_KEYS = ("sea_affiliation", "sea_entity")


def perpetrator_fields() -> list[Any]:
    """Perpetrator fields shown for every perpetrator."""
    return [f for f in section_fields(PERPETRATOR_SECTION)
            if short_key(f) not in SEA_PERPETRATOR_KEYS]


def perpetrator_sea_fields() -> list[Any]:
    """Perpetrator fields shown only for UN or humanitarian personnel."""
    return [f for f in section_fields(PERPETRATOR_SECTION)
            if short_key(f) in SEA_PERPETRATOR_KEYS]


def is_sea_relationship(code: str | None) -> bool:
    """True for the relationship "UN or humanitarian worker"."""
    return bool(code) and reference.has("relationships", code) and bool(
        reference.value("relationships", str(code), "sea", False))


def is_gbv_type(field: Any) -> bool:
    """The field the classification questions fill."""
    return short_key(field) == "gbv_type"


def is_goods_key(key: str) -> bool:
    """The "goods or money exchanged" field."""
    return key.rsplit(".", 1)[-1] == "goods_exchanged"


def gbv_types(lang: str) -> list[tuple[str, str]]:
    """The six GBV types and non-GBV, as ``(code, label)``."""
    return _pairs(reference.choices("gbv_types", lang))


def list_choices(list_name: str, lang: str) -> list[tuple[str, str]]:
    """``(code, label)`` of every entry of a reference list, in ``lang``."""
    return _pairs(reference.choices(list_name, lang))


def classification_notes(lang: str) -> list[str]:
    """The classification tool's note under each question (empty where there is none)."""
    return [question.note for question in classification.questions(lang)]


def mandatory_reporting(lang: str) -> str:
    """What the form explains before asking about a mandatory report."""
    return reporting.mandatory_reporting(lang)


def closure_reasons(lang: str) -> list[tuple[str, str]]:
    """The closure reasons checklist."""
    return _pairs(reference.choices("closure_reasons", lang))


def step_label(number: int, lang: str) -> str:
    """The name of case management step ``number`` (1–6)."""
    return choice_label("case_steps", str(number), lang)


# -- conditional fields and the consent grid ---------------------------------------------
def is_conditional(key: str) -> bool:
    """True for a field asked only when an earlier answer calls for it."""
    return conditions.condition(key) is not None


def hidden_keys(data: dict[str, Any]) -> frozenset[str]:
    """The conditional fields that the answers in ``data`` do not call for."""
    return conditions.hidden_keys(data)


def consent_scope_fields() -> list[Any]:
    """The consent section's yes / no scopes (services, statistics, each release), in order."""
    return [f for f in section_fields("consent") if f.kind == "bool" and f.table == "consents"]


def release_service(field: Any) -> str | None:
    """The service type a release-of-information scope is for (``None`` for the others)."""
    column = str(field.column or "")
    return column.split(":", 1)[1] if column.startswith("release:") else None

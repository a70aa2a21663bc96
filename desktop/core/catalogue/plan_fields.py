"""The catalogue of the case action plan, follow-up reviews and the closure checklist.

These fields are typed in the case file after intake (not in the intake form, which reads
``fields.CATALOGUE``), so they live in a catalogue of their own with the same ``Field``
definition. Every free-text one (goal, actions, a reason, a comment, a note) is identifying:
typed words can name anyone. None of them is written to a de-identified export; only the coded
ones (need, status, who is responsible, method, safety, checklist ticks) could be counted.
"""

from __future__ import annotations

from desktop.core.catalogue.fields import QT_TRANSLATE_NOOP, Field

SECTION = "plan"


def _f(key: str, label: str, kind: str, table: str, column: str, *,
       choices: str | None = None) -> Field:
    return Field(key=key, section=SECTION, label=label, kind=kind, choices=choices,
                 identifying=kind in ("text", "longtext"), table=table, column=column)


PLAN_FIELDS: tuple[Field, ...] = (
    _f("plan.note", QT_TRANSLATE_NOOP("Fields", "Plan note"), "longtext", "cases",
       "action_plan"),
    _f("plan.need", QT_TRANSLATE_NOOP("Fields", "Need answered"), "choice", "plan_items",
       "need", choices="needs"),
    _f("plan.goal", QT_TRANSLATE_NOOP("Fields", "Goal"), "longtext", "plan_items", "goal"),
    _f("plan.actions", QT_TRANSLATE_NOOP("Fields", "Actions"), "longtext", "plan_items",
       "actions"),
    _f("plan.responsible", QT_TRANSLATE_NOOP("Fields", "Responsible"), "choice", "plan_items",
       "responsible", choices="plan_responsible"),
    _f("plan.target_on", QT_TRANSLATE_NOOP("Fields", "Target date"), "date", "plan_items",
       "target_on"),
    _f("plan.status", QT_TRANSLATE_NOOP("Fields", "Plan item status"), "choice", "plan_items",
       "status", choices="plan_statuses"),
    _f("plan.not_done_reason", QT_TRANSLATE_NOOP("Fields", "Why not done"), "longtext",
       "plan_items", "not_done_reason"),
    _f("plan.review_comment", QT_TRANSLATE_NOOP("Fields", "Supervisor's comment on the plan"),
       "longtext", "plan_reviews", "comment"),
    _f("followup.method", QT_TRANSLATE_NOOP("Fields", "Follow-up method"), "choice",
       "follow_up_reviews", "method", choices="followup_methods"),
    _f("followup.safety", QT_TRANSLATE_NOOP("Fields", "Still safe?"), "choice",
       "follow_up_reviews", "safety", choices="followup_safety"),
    _f("followup.safety_note", QT_TRANSLATE_NOOP("Fields", "Safety note"), "longtext",
       "follow_up_reviews", "safety_note"),
    _f("followup.update_reason", QT_TRANSLATE_NOOP("Fields", "Why not done"), "longtext",
       "follow_up_plan_updates", "reason"),
    _f("followup.closure_recommended", QT_TRANSLATE_NOOP("Fields", "Closure recommended"),
       "bool", "follow_up_reviews", "closure_recommended"),
    _f("closure.safety_plan_reviewed", QT_TRANSLATE_NOOP("Fields", "Safety plan reviewed"),
       "bool", "closure_checklists", "safety_plan_reviewed"),
    _f("closure.knows_can_return", QT_TRANSLATE_NOOP(
        "Fields", "She knows she can come back"), "bool", "closure_checklists",
       "knows_can_return"),
    _f("closure.goals_met", QT_TRANSLATE_NOOP("Fields", "Plan goals met"), "bool",
       "closure_checklists", "goals_met"),
    _f("closure.explanation", QT_TRANSLATE_NOOP("Fields", "Explanation of unticked items"),
       "longtext", "closure_checklists", "explanation"),
)


def plan_fields() -> list[Field]:
    """Every field of the plan, follow-up reviews and the closure checklist."""
    return list(PLAN_FIELDS)


def identifying_keys() -> frozenset[str]:
    """Keys of the plan's identifying (free-text) fields."""
    return frozenset(f.key for f in PLAN_FIELDS if f.identifying)

"""The case summary's parts about the plan (feature package: summaries, beside case_summary):
the action plan with its items and the supervisor's review, the follow-up reviews, and the
closure checklist. Plain data for ``documents.case_summary``; labels in the language asked."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.documents import case_summary as doc
from desktop.core.services.cases.case_file import CaseFile
from desktop.core.services.casework import closure_checklist
from desktop.core.services.reports import report_labels as labels
from desktop.core.services.summaries.wording import day as _day
from desktop.core.services.summaries.wording import t as _t
from desktop.core.store.models import FollowUp, FollowUpReview


def _label(list_name: str, code: str | None, lang: str) -> str:
    return labels.label(list_name, code, lang) if code else ""


def plan_parts(file: CaseFile, lang: str) -> list[doc.Section | doc.Grid]:
    """The plan's items (need, goal, actions, who, target, status, referrals), then its note
    and the supervisor's latest review."""
    plan = file.plan
    if plan is None:
        return []
    rows = []
    for item in plan.items:
        who = _label("plan_responsible", item.responsible, lang)
        if item.responsible_name:
            who = _t("{kind}: {name}", lang).format(kind=who, name=item.responsible_name)
        status = _label("plan_statuses", item.status, lang)
        if item.not_done_reason:
            status = f"{status} — {item.not_done_reason}"
        rows.append([_label("needs", item.need, lang) or _t("General", lang), item.goal,
                     item.actions or "", who, _day(item.target_on), status,
                     ", ".join(item.referral_references)])
    grid = doc.Grid(_t("Case action plan", lang), [_t(h, lang) for h in (
        "Need", "Goal", "Actions", "Responsible", "Target date", "Status", "Referrals")],
        rows, _t("No plan item.", lang))
    review = plan.review
    lines = [(_t("Plan reviewed by a supervisor", lang), _t("Not yet", lang) if review is None
              else _t("On {day} by {name}", lang).format(day=_day(review.reviewed_on),
                                                         name=review.reviewed_by))]
    if plan.changed_since_review:
        lines.append(("", _t("The plan changed since this review.", lang)))
    blocks = [(_t("Plan note", lang), plan.note or "")]
    if review is not None:
        blocks.append((_t("Supervisor's comment", lang), review.comment or ""))
    return [grid, doc.Section(_t("Plan review", lang), lines, blocks)]


def followup_reviews(session: Session, case_id: str, lang: str) -> doc.Grid:
    """Each follow-up review: date, method, still safe (and the note), new needs, closure
    recommended."""
    query = (select(FollowUp, FollowUpReview)
             .join(FollowUpReview, FollowUpReview.follow_up_id == FollowUp.id)
             .where(FollowUp.case_id == case_id).order_by(FollowUp.done_on))
    rows = []
    for follow_up, review in session.execute(query):
        safety = _label("followup_safety", review.safety, lang)
        if review.safety_note:
            safety = f"{safety} — {review.safety_note}"
        needs = ", ".join(_label("needs", n, lang) for n in (review.new_needs or "").split(",")
                          if n)
        rows.append([_day(follow_up.done_on), _label("followup_methods", review.method, lang),
                     safety, needs, _t("Yes", lang) if review.closure_recommended
                     else _t("No", lang)])
    return doc.Grid(_t("Follow-up reviews", lang), [_t(h, lang) for h in (
        "Done", "Method", "Still safe?", "New needs", "Closure recommended")], rows,
        _t("No follow-up review.", lang))


def checklist_lines(file: CaseFile, lang: str) -> tuple[list[tuple[str, str]],
                                                         list[tuple[str, str]]]:
    """The closure checklist as lines (each item ticked or not) and its explanation."""
    checklist = file.closure_checklist
    if checklist is None:
        return [], []
    lines = [(closure_checklist.label(name, lang),
              _t("Yes", lang) if getattr(checklist, name) else _t("No", lang))
             for name in closure_checklist.ITEMS]
    blocks = [(_t("Why items are not ticked", lang), checklist.explanation)] \
        if checklist.explanation else []
    return lines, blocks

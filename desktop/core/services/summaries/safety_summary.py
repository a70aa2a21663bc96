"""The safety part of the case summary PDF: the latest assessment with its answers, every
assessment (dated, by whom), and the safety plan in her words. Feature package ``summaries``;
the assessments themselves are ``casework.safety_assessment`` (the safe-contact lines come with
her phone, from the catalogue)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.core.catalogue import reference, safety
from desktop.core.documents import case_summary as doc
from desktop.core.i18n import translate
from desktop.core.services.casework import safety_assessment as safety_service
from desktop.core.store.models import Case

PLAN_LABELS = {
    "concerns": "Her concerns",
    "trusted_people": "People she trusts",
    "trusted_places": "Safe places",
    "strategies": "What she will do",
    "emergency_contacts": "Emergency contacts",
}
SOURCE_LABELS = {
    "intake": "Intake",
    "case_file": "Case file",
    "earlier_version": "Recorded before assessments",
}


def _t(text: str, lang: str) -> str:
    return translate("Safety", text, lang)


def level_text(level: str | None, lang: str) -> str:
    """A level in words (``—`` for none)."""
    if level and reference.has("safety_risk", level):
        return reference.label("safety_risk", level, lang)
    return level or "—"


def answer_text(question: dict[str, object], code: str | None, lang: str) -> str:
    """An answer in words (empty when not answered)."""
    list_name = safety.choices_list(question)  # type: ignore[arg-type]
    if not code:
        return ""
    return reference.label(list_name, code, lang) if reference.has(list_name, code) else code


def parts(session: Session, case: Case, lang: str) -> list[doc.Section | doc.Grid]:
    """The summary's safety sections for ``case``."""
    file = safety_service.read(session, case)
    latest = file.latest
    lines = [(_t("Safety risk", lang), level_text(file.level, lang))]
    blocks: list[tuple[str, str]] = []
    if latest is not None:
        lines.append((_t("Latest assessment", lang), _t("{day} by {person}", lang).format(
            day=latest.assessed_on.isoformat(), person=latest.by or "—")))
        if latest.suggested_level and latest.suggested_level != latest.level:
            lines.append((_t("Level the answers suggest", lang),
                          level_text(latest.suggested_level, lang)))
        for q in safety.questions():
            answer = answer_text(q, latest.answers.get(str(q["code"])), lang)
            if answer:
                lines.append((reference.label(safety.QUESTIONS, str(q["code"]), lang), answer))
        if latest.reason:
            blocks.append((_t("Why this level", lang), latest.reason))
    history = doc.Grid(_t("Safety assessments", lang), [_t(h, lang) for h in (
        "Date", "Level", "Suggested", "By", "Recorded in", "Reason")], [
        [a.assessed_on.isoformat(), level_text(a.level, lang),
         level_text(a.suggested_level, lang) if a.suggested_level else "",
         a.by, _t(SOURCE_LABELS.get(a.source, a.source), lang), a.reason or ""]
        for a in reversed(file.assessments)], _t("No safety assessment.", lang))
    saved = (_t("{day} by {person}", lang).format(
        day=file.plan_updated_at.date().isoformat(), person=file.plan_updated_by or "—")
        if file.plan_updated_at is not None else _t("not written yet", lang))
    plan = doc.Section(_t("Safety plan", lang), [(_t("Last saved", lang), saved)], [
        (_t(PLAN_LABELS[p], lang), file.plan.get(p) or "—") for p in PLAN_LABELS])
    return [doc.Section(_t("Safety", lang), lines, blocks), history, plan]

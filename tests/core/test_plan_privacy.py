"""The plan's typed text (goals, actions, reasons, review comments, follow-up safety notes,
closure explanations) is identifying in the catalogue and reaches no shared export, no audit
detail and no error message."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.core.catalogue import plan_fields
from desktop.core.errors import ValidationError
from desktop.core.exports.case_rows import FREE_TEXT
from desktop.core.services.accounts import audit
from desktop.core.services.cases import case_list as cases
from desktop.core.services.casework import case_plan
from desktop.core.services.casework.closure_checklist import Checklist
from desktop.core.services.referrals import followup_review, followups
from desktop.core.services.referrals.followup_review import ItemUpdate
from desktop.core.services.reports import exports
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders
from tests.helpers.export_files import pdf_text
from tests.helpers.intake_data import sample_intake

MARK = "Zqplanmark"


def _everything() -> Period:
    """Every case, up to the day after the export runs."""
    return Period.between(date(2020, 1, 1), date.today() + timedelta(days=1))


def test_every_free_text_plan_field_is_identifying() -> None:
    typed = [f for f in plan_fields.plan_fields() if f.kind in FREE_TEXT]
    assert {f.key for f in typed} == plan_fields.identifying_keys()
    assert {"plan.goal", "plan.actions", "plan.not_done_reason", "plan.note",
            "plan.review_comment", "followup.safety_note",
            "closure.explanation"} <= plan_fields.identifying_keys()
    coded = {"plan.need", "plan.status", "plan.responsible", "followup.method",
             "followup.safety", "closure.goals_met"}
    assert coded.isdisjoint(plan_fields.identifying_keys())


@pytest.fixture
def planned(folder: DataFolder):  # type: ignore[no-untyped-def]
    """A consented case whose plan, review, follow-up review and closure carry the marker."""
    from desktop.core.services.cases import intake
    vault = folders.login(folder, folders.SUPERVISOR)
    case_id = intake.open_case(vault, sample_intake())
    cases.set_action_plan(vault, case_id, f"{MARK} note")
    item = case_plan.add_item(vault, case_id, need="medical", goal=f"{MARK} goal",
                              actions=f"{MARK} actions", responsible="survivor",
                              target_on=date.today() + timedelta(days=3))
    case_plan.review(vault, case_id, f"{MARK} comment")
    visit = followups.schedule(vault, case_id, date.today(), purpose="Visite")
    followup_review.complete(vault, visit.id, outcome="Vue", method="phone", safety="concern",
                             safety_note=f"{MARK} safety",
                             updates={item: ItemUpdate("not_done", f"{MARK} reason")})
    cases.request_closure(vault, case_id, "needs_met",
                          checklist=Checklist(True, False, True, f"{MARK} explanation"))
    cases.approve_closure(vault, case_id)
    yield vault
    vault.close()


@pytest.mark.parametrize("kind", ["cases", "incident-recorder", "stats", "victim-assistance"])
def test_no_plan_text_in_shared_exports_or_the_audit(planned, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     kind: str) -> None:
    fmt = {"incident-recorder": "xlsx", "stats": "pdf"}.get(kind, "csv")
    request = ExportRequest(kind, fmt, _everything(), lang="fr")
    target = tmp_path / exports.suggested_name(request)
    result = exports.export(planned, request, target)
    assert result.rows > 0 or kind == "victim-assistance"  # the planned case is in the file
    if fmt == "pdf":
        content = pdf_text(target, None)
    elif fmt == "xlsx":
        import zipfile
        with zipfile.ZipFile(target) as archive:
            content = " ".join(archive.read(n).decode("utf-8", "replace")
                               for n in archive.namelist())
    else:
        content = target.read_text(encoding="utf-8-sig")
    assert MARK not in content
    assert not [e for e in audit.events(planned) if MARK in (e.details or "")]


def test_a_refused_item_names_no_typed_text(planned) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.services.cases import intake
    case_id = intake.open_case(planned, sample_intake())
    with pytest.raises(ValidationError) as caught:
        case_plan.add_item(planned, case_id, goal=f"{MARK} " + "x" * 1000,
                           responsible="survivor", target_on=date.today())
    assert set(caught.value.errors) == {"goal"} and MARK not in str(caught.value)

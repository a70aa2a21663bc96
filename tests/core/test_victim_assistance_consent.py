"""The SEA victim-assistance file lists a victim only with her consent to inform the UN entity /
SEA focal point / Victims' Rights Advocate; without it she is only counted (small counts
suppressed)."""

from __future__ import annotations

import io
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.core.exports import protect
from desktop.core.services.cases import intake
from desktop.core.services.consent import consent_approval
from desktop.core.services.demo import generator as demo
from desktop.core.services.reports import exports
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.store.models import Case, Consent, Incident, SeaFile, Survivor
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.export_files import xlsx_rows, xlsx_xml_text
from tests.helpers.intake_data import sample_intake
from tests.helpers.report_data import Perp, Ref, Spec, add_case

EVERYTHING = Period.between(date(2020, 1, 1), date(2026, 12, 31))
TODAY = date(2026, 4, 20)
PASSWORD = "mot de passe partagé"


def _export(vault: Vault, tmp_path: Path, fmt: str, password: str | None = None,
            period: Period = EVERYTHING) -> str:
    """The text of a victim-assistance export (every sheet or section)."""
    request = ExportRequest("victim-assistance", fmt, period, password=password, lang="en")
    tmp_path.mkdir(parents=True, exist_ok=True)
    target = tmp_path / exports.suggested_name(request)
    exports.export(vault, request, target, today=TODAY)
    if fmt == "xlsx":
        book = protect.decrypt_xlsx(target, password) if password else target
        return xlsx_xml_text(book)
    if password:
        (_, data), = protect.unzip_aes(target, password).items()
        return data.decode("utf-8-sig")
    return target.read_text(encoding="utf-8-sig")


def _sea_victims(vault: Vault) -> tuple[dict[str, str], dict[str, str]]:
    """SEA cases of the database: (case number → survivor code) with and without a given
    consent to inform the UN."""
    with vault.reader() as session:
        rows = session.execute(select(Case.id, Case.case_number, Survivor.survivor_code)
                               .join(Survivor, Case.survivor_id == Survivor.id)
                               .where(Case.sea.is_(True))).all()
        shared = set(session.scalars(select(Consent.case_id).where(
            Consent.scope == "un_sharing", Consent.given.is_(True),
            Consent.withdrawn_on.is_(None))))
    with_consent = {n: c for i, n, c in rows if i in shared}
    without = {n: c for i, n, c in rows if i not in shared}
    return with_consent, without


@pytest.mark.parametrize(("fmt", "password"), [
    ("xlsx", None), ("csv", None), ("xlsx", PASSWORD), ("csv", PASSWORD)])
def test_demo_database_lists_only_victims_who_consented_to_inform_the_un(
        admin: Vault, tmp_path: Path, fmt: str, password: str | None) -> None:
    demo.generate(admin, 400, seed=5, today=date(2026, 3, 31))
    with_consent, without = _sea_victims(admin)
    assert len(with_consent) >= 5 and len(without) >= 5  # the demo holds both kinds
    text = _export(admin, tmp_path, fmt, password)
    for number, code in without.items():  # no survivor-level trace of her
        assert code not in text and number not in text
    assert any(code in text for code in with_consent.values())
    assert "Victims counted only (no consent to inform the UN)" in text
    # Her SEA file travels only with her consent: reference, entity, mission, children, claims.
    shared, withheld = _file_values(admin)
    assert shared and withheld
    assert all(value in text for value in shared)
    assert not any(value in text for value in withheld)


def _file_values(vault: Vault) -> tuple[set[str], set[str]]:
    """The allegation references (and children's and claims' dates, as ISO text) of the SEA
    files of victims with and without a given consent to inform the UN."""
    with_consent, _ = _sea_victims(vault)
    out: tuple[set[str], set[str]] = (set(), set())
    with vault.reader() as session:
        query = (select(Case.case_number, SeaFile).join(Incident, Incident.case_id == Case.id)
                 .join(SeaFile, SeaFile.incident_id == Incident.id))
        for number, sea in session.execute(query):
            side = out[0] if number in with_consent else out[1]
            side.add(sea.allegation_ref or "")
            side.update(c.date_of_birth.isoformat() for c in sea.children if c.date_of_birth)
    out[0].discard("")
    # A child's date of birth may happen to equal some other date in the file: look only at
    # the references for the victims left out.
    return out[0], {v for v in out[1] if v.startswith("ALL-")}


def test_demo_database_file_sheets_read_back(admin: Vault, tmp_path: Path) -> None:
    """Over a demo database, the SEA victims sheet has one row per incident of a consented
    victim with the file's fields as stored; the children and claims sheets match."""
    demo.generate(admin, 400, seed=5, today=date(2026, 3, 31))
    request = ExportRequest("victim-assistance", "xlsx", EVERYTHING, lang="en")
    target = tmp_path / exports.suggested_name(request)
    exports.export(admin, request, target, today=TODAY)
    with_consent, without = _sea_victims(admin)
    codes = set(with_consent.values())
    victims = xlsx_rows(target, "SEA victims")
    head, body = victims[0], victims[1:]
    assert head[:4] == ["Victim code", "UN allegation reference", "UN entity", "Mission"]
    with admin.reader() as session:
        incidents = session.scalar(select(func.count()).select_from(Incident)
                                   .join(Case, Incident.case_id == Case.id)
                                   .where(Case.case_number.in_(list(with_consent))))
    # One row per incident of a consented victim: a later incident without a file of its own
    # (the demo adds some) has its row with the file's columns empty.
    assert len(body) == incidents and {r[0] for r in body} == codes
    file_columns = ("UN allegation reference", "Category of personnel (code)",
                    "Investigation status (code)")
    with admin.reader() as session:
        stored = {code: sea for code, sea in session.execute(
            select(Survivor.survivor_code, SeaFile).join(Case, Case.survivor_id == Survivor.id)
            .join(Incident, Incident.case_id == Case.id)
            .join(SeaFile, SeaFile.incident_id == Incident.id))}
        for code in codes:
            sea = stored[code]
            rows = [dict(zip(head, r, strict=True)) for r in body if r[0] == code]
            filed = [n for n in rows if n["UN allegation reference"] == sea.allegation_ref
                     and n["Category of personnel (code)"] == sea.personnel_category]
            assert len(filed) == 1, code
            assert all(n[c] is None for n in rows if n is not filed[0] for c in file_columns)
            named = filed[0]
            assert named["Nationality of the alleged perpetrator (ISO code)"] == (
                sea.perpetrator_nationality or "").upper()
            assert named["Investigation status (code)"] == sea.investigation_status
            assert named["Children born of SEA"] == len(sea.children)
            outcome = [i.informed_on.isoformat() for i in sea.informed if i.about == "outcome"]
            assert (named["Informed of the outcome on"] or "") == "; ".join(outcome)
        children = xlsx_rows(target, "Children born of SEA")[1:]
        assert len(children) == sum(len(stored[c].children) for c in codes) > 0
        claims = xlsx_rows(target, "Paternity and support claims")[1:]
        assert len(claims) == sum(len(stored[c].claims) for c in codes) > 0
        given = sum(len(stored[c].assistance) for c in codes)
    assistance = xlsx_rows(target, 0)
    recorded = [r for r in assistance[1:] if r[16] == "SEA file"]
    assert len(recorded) == given > 0
    assert all(r[0] in codes and r[8] and r[17] for r in recorded)
    assert not any(r[0] in without.values() for r in assistance[1:])


def test_her_row_is_there_with_the_consent_and_gone_once_withdrawn(supervisor: Vault,
                                                                    tmp_path: Path) -> None:
    march = Period.month(2026, 3)
    with supervisor.session() as s:
        case = add_case(s, Spec(date(2026, 3, 2), sea=True, un_consent=True, perps=[
            Perp("male", "26_40", "un_humanitarian", affiliation="un_military",
                 entity="Contingent B")], refs=[Ref("health", "sent", date(2026, 3, 3))]))
        case_id, code = case.id, case.survivor.survivor_code
    assert code in _export(supervisor, tmp_path, "csv", period=march)
    with supervisor.session() as s:
        consent = s.scalar(select(Consent).where(Consent.case_id == case_id,
                                                 Consent.scope == "un_sharing"))
        assert consent is not None
        consent.given, consent.withdrawn_on = False, date(2026, 3, 10)
    text = _export(supervisor, tmp_path / "after", "csv", period=march)
    assert code not in text and "Contingent B" not in text and "2026-03-03" not in text


def test_without_consent_she_is_counted_with_small_counts_suppressed(supervisor: Vault,
                                                                     tmp_path: Path) -> None:
    feb = Period.month(2026, 2)
    perp = [Perp("male", "26_40", "un_humanitarian", affiliation="un_military")]
    with supervisor.session() as s:
        for day in range(1, 4):  # three victims who did not consent: "<5"
            add_case(s, Spec(date(2026, 2, day), sea=True, un_consent=False, perps=perp,
                             refs=[Ref("psychosocial", "sent", date(2026, 2, day))]))
        add_case(s, Spec(date(2026, 2, 9), sea=True, un_consent=True, perps=perp))
    path_dir = tmp_path / "x"
    path_dir.mkdir()
    request = ExportRequest("victim-assistance", "xlsx", feb, lang="en")
    target = path_dir / exports.suggested_name(request)
    result = exports.export(supervisor, request, target, today=TODAY)
    assert result.rows == 1  # her row only (no referral: one row, assistance empty)
    summary = {str(r[0]).strip(): r[1] for r in xlsx_rows(target, "Summary")[1:] if r and r[0]}
    listed = next(v for k, v in summary.items() if k.startswith("Victims listed"))
    counted = next(v for k, v in summary.items() if k.startswith("Victims counted only"))
    assert str(listed) == "1" and counted == "<5"
    assert summary["Uniformed personnel"] == "<5" and summary["Civilian personnel"] in ("0", 0)
    assert summary["Psychosocial support"] == "<5"
    # Their SEA files are only counted too: by investigation status, children born of SEA.
    assert "Counted only, by investigation status:" in summary
    assert summary["Not recorded"] == "<5" and summary["Substantiated"] in ("0", 0)
    assert summary["Children born of SEA of the victims counted only"] in ("0", 0)


def test_a_pending_substitute_consent_keeps_her_out_until_a_supervisor_approves(
        folder, tmp_path: Path) -> None:
    caseworker = folders.login(folder, folders.CASEWORKER)
    try:
        data = sample_intake(**{
            "survivor.date_of_birth": None, "survivor.estimated_age": 9,
            "survivor.caregiver_is_perpetrator": True, "survivor.caregiver_name": None,
            "survivor.caregiver_informed": None, "consent.given_by": "trusted_adult",
            "consent.caregiver_unsuitable": "perpetrator", "consent.child_assent": True,
            "consent.best_interest_note": "Sa tante l'accompagne et la protège.",
            "sea.un_consent_given_by": "trusted_adult"})
        case_id = intake.open_case(caseworker, data)
    finally:
        caseworker.close()
    supervisor = folders.login(folder, folders.SUPERVISOR)
    try:
        with supervisor.reader() as s:
            code = s.scalar(select(Survivor.survivor_code).join(
                Case, Case.survivor_id == Survivor.id).where(Case.id == case_id))
        period = Period.between(date.today() - timedelta(days=30), date.today())
        assert code not in _export(supervisor, tmp_path, "csv", period=period)
        consent_approval.approve(supervisor, case_id)
        assert code in _export(supervisor, tmp_path / "approved", "csv", period=period)
    finally:
        supervisor.close()


def test_the_csv_sections_are_the_rows_then_the_summary(supervisor: Vault,
                                                        tmp_path: Path) -> None:
    with supervisor.session() as s:
        add_case(s, Spec(date(2026, 2, 1), sea=True, un_consent=False, perps=[
            Perp("male", "26_40", "un_humanitarian", affiliation="ngo_partner")]))
    text = _export(supervisor, tmp_path, "csv", period=Period.month(2026, 2))
    lines = text.splitlines()
    assert lines[0] == "Victim assistance" and lines[1].startswith("Victim code")
    # No row in any section of her file: nobody consented; then the summary.
    sections = ["SEA victims", "Children born of SEA", "Paternity and support claims"]
    at = 2
    for name in sections:
        assert lines[at:at + 3][0] == "" and lines[at + 1] == name
        assert lines[at + 2].startswith("Victim code")
        at += 3
    assert lines[at] == "" and lines[at + 1] == "Summary"
    assert not zipfile.is_zipfile(io.BytesIO(text.encode()))


def test_a_single_small_count_beside_a_shown_total_hides_another_one() -> None:
    from desktop.core.services.reports.export_build import hide_complement

    shown = hide_complement({"uniformed": 7, "civilian": 2, "partner": 0, "other": 6}, 15)
    assert shown == {"uniformed": "7", "civilian": "<5", "partner": "0", "other": "*"}
    # Two small counts already hide each other; a hidden total hides nothing more.
    assert hide_complement({"a": 3, "b": 2, "c": 9}, 14) == {"a": "<5", "b": "<5", "c": "9"}
    assert hide_complement({"a": 3, "b": 0}, 3) == {"a": "<5", "b": "0"}


def test_typed_text_of_her_file_cannot_run_as_a_formula(supervisor: Vault,
                                                        tmp_path: Path) -> None:
    from desktop.core.services.casework import sea_file

    with supervisor.session() as s:
        case_id = add_case(s, Spec(date(2026, 2, 3), sea=True, un_consent=True, perps=[
            Perp("male", "26_40", "un_humanitarian", affiliation="un_police")])).id
    sea_file.save(supervisor, case_id, {"allegation_ref": "=HYPERLINK(\"http://x\")",
                                        "mission": "+Gao", "note": "Qxnote libre"}, today=TODAY)
    text = _export(supervisor, tmp_path, "csv", period=Period.month(2026, 2))
    assert "Qxnote" not in text  # the file's free-text notes never leave, consent or not
    victims = text.split("\nSEA victims\n", 1)[1].splitlines()
    assert "'=HYPERLINK" in victims[1] and "'+Gao" in victims[1]
    assert "police" in victims[1]  # the Protocol's category, from the intake's affiliation

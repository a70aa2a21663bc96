"""De-identified exports carry no identifying value; formats, the Incident Recorder layout,
progress and cancellation."""

from __future__ import annotations

import csv
import io
import random
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.core.exports.files import ExportCancelled
from desktop.core.services.accounts import audit
from desktop.core.services.reports import exports
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.store.vault import Vault
from tests.helpers.export_files import leftovers, pdf_text, xlsx_rows, xlsx_xml_text
from tests.helpers.report_data import (
    SECRET,
    Perp,
    Ref,
    Spec,
    add_case,
    populate,
    random_spec,
)

QUARTER = Period.quarter(2026, 1)
TODAY = date(2026, 4, 20)
# Identifying (it names a unit) yet in the victim-assistance file, for a victim who consented
# to inform the UN: the entity or contingent the focal point needs.
VICTIM_FILE_KEYS = frozenset({"perpetrator.sea_entity"})

# Copied from domain.md ("Incident Recorder format"), in order.
IR_HEADERS = """INCIDENT ID; SURVIVOR CODE; CASE MANAGER CODE; DATE OF INTERVIEW; DATE
  OF INCIDENT; DATE OF BIRTH; SEX; ETHNICITY; COUNTRY OF ORIGIN; CIVIL / MARITAL STATUS;
  DISPLACEMENT STATUS AT REPORT; PERSON WITH DISABILITY?; UNACCOMPANIED OR SEPARATED CHILD?;
  STAGE OF DISPLACEMENT AT INCIDENT; INCIDENT TIME OF DAY; INCIDENT LOCATION; INCIDENT COUNTY;
  INCIDENT DISTRICT; INCIDENT CAMP / TOWN; GBV TYPE; HARMFUL TRADITIONAL PRACTICE; MONEY, GOODS,
  BENEFITS AND / OR SERVICES EXCHANGED ?; TYPE OF ABDUCTION; PREVIOUSLY REPORTED THIS INCIDENT?;
  PREVIOUS GBV INCIDENTS?; No. ALLEGED PRIMARY PERPETRATOR(S); ALLEGED PERPETRATOR SEX; PREVIOUS
  INCIDENT WITH THIS PERPETRATOR; ALLEGED PERPETRATOR AGE GROUP; ALLEGED PERPETRATOR - SURVIVOR
  RELATIONSHIP; ALLEGED PERPETRATOR OCCUPATION; REFERRED TO YOU FROM?; SAFE HOUSE / SHELTER;
  HEALTH / MEDICAL SERVICES; PSYCHOSOCIAL SERVICES; WANTS LEGAL ACTION?; LEGAL ASSISTANCE
  SERVICES; POLICE / OTHER SECURITY ACTOR; LIVELIHOODS PROGRAM; CONSENT GIVEN; REPORTING AGENCY
  CODE"""


def expected_ir_headers() -> list[str]:
    return [" ".join(h.split()) for h in IR_HEADERS.split(";")]


@pytest.fixture
def demo(supervisor: Vault) -> Vault:
    """A demo-like database: 80 varied cases, identifying values all carrying SECRET."""
    with supervisor.session() as session:
        populate(session, 80, start=date(2026, 1, 1), days=90)
    return supervisor


def _export(vault: Vault, tmp_path: Path, kind: str, fmt: str, **options: object) -> Path:
    request = ExportRequest(kind, fmt, QUARTER, lang="fr", **options)  # type: ignore[arg-type]
    target = tmp_path / exports.suggested_name(request)
    exports.export(vault, request, target, today=TODAY)
    return target


def _text_of(path: Path) -> str:
    if path.suffix == ".xlsx":
        return xlsx_xml_text(path)
    if path.suffix == ".pdf":
        return pdf_text(path)
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(("kind", "fmt"), [
    ("stats", "pdf"), ("stats", "xlsx"), ("stats", "csv"), ("cases", "xlsx"), ("cases", "csv"),
    ("incident-recorder", "xlsx"), ("victim-assistance", "xlsx"), ("victim-assistance", "csv"),
])
def test_no_identifying_value_in_any_deidentified_export(demo: Vault, tmp_path: Path,
                                                         kind: str, fmt: str) -> None:
    path = _export(demo, tmp_path, kind, fmt)
    text = _text_of(path)
    assert len(text) > 200
    assert SECRET.lower() not in text.lower()
    for word in ("Name ", "Address ", "Account ", "Perp ", "Note ", "Carer ", "+223"):
        assert word not in text, word
    assert SECRET.lower() not in path.name.lower()
    assert leftovers(tmp_path) == []
    assert audit.events(demo, action="export")


def test_case_rows_are_coarsened_to_the_month_with_codes_and_labels(demo: Vault,
                                                                    tmp_path: Path) -> None:
    path = _export(demo, tmp_path, "cases", "csv")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert "Date of interview" not in header  # asked in French: French headers only
    interview = header.index("Date de l’entretien")
    assert all(len(r[interview]) == 7 and r[interview].startswith("2026-0") for r in body)
    sex_code = header.index(next(h for h in header if h.startswith("Sex") and "(" in h))
    assert {r[sex_code] for r in body} <= {"female", "male", ""}
    assert {r[sex_code + 1] for r in body} <= {"Féminin", "Masculin", ""}
    rng = random.Random(7)  # the demo fixture's cases, drawn again
    specs = [random_spec(rng, date(2026, 1, 1), 90) for _ in range(80)]
    consented = [s for s in specs if s.consent and not s.withdrawn
                 and QUARTER.start <= s.interview <= QUARTER.end]
    assert 40 < len(consented) < 80  # some cases refused: the filter is really tested
    assert len(body) == len(consented)  # only the consented cases


def test_stats_xlsx_suppresses_small_counts(supervisor: Vault, tmp_path: Path) -> None:
    with supervisor.session() as s:
        for _ in range(6):
            add_case(s, Spec(date(2026, 2, 3)))
        add_case(s, Spec(date(2026, 2, 4), gbv="forced_marriage"))
    path = _export(supervisor, tmp_path, "stats", "xlsx")
    rows = xlsx_rows(path, 2)  # summary, cases, then incidents by GBV type
    values = {r[0]: r[1] for r in rows[3:] if r and r[0]}
    assert values["Mariage forcé"] == "<5"
    assert values["Viol"] == "masqué"  # else 7 - 6 gives the forced marriage away
    assert values["Total"] == 7  # a number Excel sums; "<5" and "masqué" stay text
    assert values["Agression physique"] == 0


def test_incident_recorder_layout_and_values(supervisor: Vault, tmp_path: Path) -> None:
    with supervisor.session() as s:
        add_case(s, Spec(date(2026, 3, 5), birth=date(1990, 7, 14), incident=date(2026, 3, 2),
                         region="mopti", cercle="mopti.bandiagara", commune="Sangha",
                         referred_by="self,health", needs=("legal", "psychosocial"),
                         perps=[Perp("male", "26_40", "intimate_partner"),
                                Perp("male", "18_25", "family")],
                         refs=[Ref("health", "service_provided", date(2026, 3, 5),
                                   provided_on=date(2026, 3, 6)),
                               Ref("shelter", "declined", date(2026, 3, 5))]))
        add_case(s, Spec(date(2026, 3, 6), consent=False))
    path = _export(supervisor, tmp_path, "incident-recorder", "xlsx")
    import openpyxl

    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Incident Data", "Menu Data"]
    rows = [list(r) for r in book["Incident Data"].iter_rows(values_only=True)]
    assert rows[0] == expected_ir_headers()
    assert len(rows) == 2  # the case without statistics consent is left out
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["DATE OF INTERVIEW"] == datetime(2026, 3, 5)
    assert row["DATE OF INCIDENT"] == datetime(2026, 3, 2)
    # Never the real day of birth: the GBVIMS estimate for her age at the incident (35).
    assert row["DATE OF BIRTH"] == datetime(1991, 1, 1)
    assert row["SEX"] == "F"
    assert row["GBV TYPE"] == "Rape"
    assert row["INCIDENT COUNTY"] == "Mopti"
    assert row["INCIDENT CAMP / TOWN"] in (None, "")  # typed text stays out
    assert row["No. ALLEGED PRIMARY PERPETRATOR(S)"] == 2
    assert row["ALLEGED PERPETRATOR AGE GROUP"] == "Age 26 - 40"
    assert row["PREVIOUSLY REPORTED THIS INCIDENT?"] == "No"
    assert row["REFERRED TO YOU FROM?"] == (
        "Self Referral / First Point of Contact & Health / Medical Services")
    assert row["HEALTH / MEDICAL SERVICES"] == "Referred"
    assert row["SAFE HOUSE / SHELTER"] == "Service unavailable"
    assert row["LEGAL ASSISTANCE SERVICES"] == "Referral declined by survivor"
    assert row["LIVELIHOODS PROGRAM"] == "Service not applicable"
    assert row["CONSENT GIVEN"] == "Yes"
    menu = [list(r) for r in book["Menu Data"].iter_rows(values_only=True)]
    assert menu[0] == ["CASEWORKER CODE", "ETHNICITY", "INCIDENT LOCATION", "INCIDENT COUNTY",
                       "INCIDENT DISTRICT", "INCIDENT CAMP"]
    assert menu[1][3] == "Mopti" and menu[1][5] in (None, "")
    assert len(menu) <= 51


def test_victim_assistance_lists_each_assistance(supervisor: Vault, tmp_path: Path) -> None:
    with supervisor.session() as s:
        add_case(s, Spec(date(2026, 2, 1), sea=True, perps=[
            Perp("male", "26_40", "un_humanitarian", affiliation="un_military",
                 entity="Contingent A")], refs=[
            Ref("health", "service_provided", date(2026, 2, 1), provided_on=date(2026, 2, 3)),
            Ref("legal", "sent", date(2026, 2, 2), due_on=date(2026, 2, 16))],
            un_consent=True))
        add_case(s, Spec(date(2026, 2, 5)))  # not SEA
    path = _export(supervisor, tmp_path, "victim-assistance", "xlsx")
    rows = xlsx_rows(path)
    assert len(rows) == 3
    body = sorted(rows[1:], key=lambda r: str(r[8]))
    assert body[0][2].startswith("Maintien de la paix")
    assert body[0][3] == "Personnel en uniforme" or body[0][3] == "Uniformed personnel"
    assert body[0][4] == "Contingent A" and body[0][7] == "Centre Test"
    assert body[0][8] == "health" and body[0][10] == "2026-02-01"
    assert body[1][8] == "legal" and body[1][13] == "no_response"


def test_progress_and_cancellation_leave_no_partial_file(demo: Vault, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    request = ExportRequest("cases", "xlsx", QUARTER)
    target = tmp_path / "cases.xlsx"
    exports.export(demo, request, target, progress=lambda d, t: seen.append((d, t)),
                   today=TODAY)
    assert seen and seen[-1][0] == seen[-1][1] > 0
    target.unlink()

    calls = {"n": 0}

    def cancel_soon() -> bool:
        calls["n"] += 1
        return calls["n"] > 1

    for kind, fmt in (("cases", "xlsx"), ("cases", "csv"), ("stats", "pdf")):
        request = ExportRequest(kind, fmt, QUARTER, password="mot-de-passe-1")
        calls["n"] = 0
        with pytest.raises(ExportCancelled):
            exports.export(demo, request, target, cancelled=cancel_soon, today=TODAY)
        assert not target.exists()
        assert leftovers(tmp_path) == []


def test_bad_requests_get_clear_messages(supervisor: Vault, tmp_path: Path) -> None:
    from desktop.core.errors import ValidationError

    with pytest.raises(ValidationError, match="xlsx, csv"):
        exports.export(supervisor, ExportRequest("cases", "pdf", QUARTER), tmp_path / "x.pdf")
    with pytest.raises(ValidationError, match="at least 8"):
        exports.export(supervisor, ExportRequest("stats", "pdf", QUARTER, password="short"),
                       tmp_path / "x.pdf")
    with pytest.raises(Exception, match="folder"):
        exports.export(supervisor, ExportRequest("stats", "csv", QUARTER),
                       tmp_path / "missing" / "x.csv")


def _identifying_values(vault: Vault, *, except_keys: frozenset[str] = frozenset()) -> set[str]:
    """Every identifying value stored (the catalogue's identifying fields but ``except_keys``,
    plus free text)."""
    from sqlalchemy import select

    from desktop.core.catalogue import fields
    from desktop.core.store.models import CaseNote, Incident, Perpetrator, Survivor

    models = {"survivors": Survivor, "incidents": Incident, "perpetrators": Perpetrator}
    columns = [getattr(models[f.table], f.column) for f in fields.fields()
               if f.identifying and f.table in models and f.column and f.kind != "date"
               and f.key not in except_keys]
    values: set[str] = set()
    with vault.reader() as session:
        for column in [*columns, CaseNote.text]:
            values |= {v for v in session.scalars(select(column)) if v and len(v) >= 6}
        values |= {f"{d:%d-%b-%Y}" for d in session.scalars(select(Survivor.date_of_birth))
                   if d is not None and (d.month, d.day) != (1, 1)}
    return values


def test_demo_database_exports_hold_no_identifying_value(admin: Vault, tmp_path: Path) -> None:
    from desktop.core.services.demo import generator as demo

    demo.generate(admin, 60, seed=11, today=date(2026, 3, 31))
    secrets = _identifying_values(admin)
    assert len(secrets) > 30  # names, phones, addresses, accounts …
    everything = Period.between(date(2020, 1, 1), date(2026, 12, 31))
    for kind, fmt in (("stats", "pdf"), ("stats", "xlsx"), ("cases", "csv"),
                      ("incident-recorder", "xlsx"), ("victim-assistance", "csv")):
        request = ExportRequest(kind, fmt, everything)
        target = tmp_path / exports.suggested_name(request)
        result = exports.export(admin, request, target, today=TODAY)
        assert result.rows > 0
        text = _text_of(target)
        if kind == "victim-assistance":  # the entity, for the victims who consented (only)
            secrets_here = _identifying_values(admin, except_keys=VICTIM_FILE_KEYS)
        else:
            secrets_here = secrets
        leaked = sorted(s for s in secrets_here if s in text)
        assert leaked == [], (kind, fmt, leaked[:3])


def test_case_rows_keep_the_generated_codes(supervisor: Vault, tmp_path: Path) -> None:
    with supervisor.session() as s:
        add_case(s, Spec(date(2026, 2, 3)))
    path = _export(supervisor, tmp_path, "cases", "csv")
    text = path.read_text(encoding="utf-8-sig")
    header, row = list(csv.reader(io.StringIO(text), delimiter=";"))[:2]  # French Excel
    values = dict(zip(header, row, strict=True))
    assert values["Numéro de cas"].startswith("MOP-")
    assert values["Code de la personne survivante"].startswith("S-")
    assert values["Gestionnaire de cas"] == "AWA"  # the staff code, not the name


def test_stats_pdf_chart_draws_no_bar_for_a_hidden_count(tmp_path: Path) -> None:
    import pdfplumber

    from desktop.core.documents import pdfkit
    from desktop.core.documents.period_report import DocTable, ReportDoc, render

    chart: list[tuple[str, int | str]] = [("Aa", 6), ("Bb", "<5"), ("Cc", "masqué"), ("Dd", 0)]
    rows = [["Aa", "6"], ["Bb", "<5"], ["Cc", "masqué"], ["Dd", "0"], ["Total", "20"]]
    path = tmp_path / "chart.pdf"
    path.write_bytes(render(ReportDoc("T", [], [("k", "v")], [
        DocTable("Tab", ["x", "N"], rows, chart)], "foot")))
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        accent = tuple(round(v, 3) for v in pdfkit.ACCENT.rgb())
        bars = [r for r in page.rects
                if tuple(round(v, 3) for v in r["non_stroking_color"] or ()) == accent]
        words = page.extract_words()
    assert len(bars) == 1  # Aa's only: no bar (not even of 0) for "<5" or "masqué"
    caption = next(w["top"] for w in words if w["text"] == "Chart:")
    in_chart = [w for w in words if w["top"] > caption]

    def row_words(label: str) -> list[str]:
        top = next(w["top"] for w in in_chart if w["text"] == label)
        return [w["text"] for w in in_chart if abs(w["top"] - top) < 2 and w["text"] != label]

    assert row_words("Bb") == ["<5"] and row_words("Cc") == ["masqué"]
    assert row_words("Dd") == ["0"] and row_words("Aa") == ["6"]

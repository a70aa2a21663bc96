"""The period report on a small data set whose counts are worked out by hand below."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest

from desktop.core.errors import PermissionDenied
from desktop.core.services.accounts import audit
from desktop.core.services.reports import exports, statistics
from desktop.core.services.reports.report_period import Period
from desktop.core.services.reports.report_tables import suppress
from desktop.core.store.datafolder import DataFolder
from desktop.core.store.models import Site
from desktop.core.store.vault import Vault
from tests.helpers import folders
from tests.helpers.pdf_pages import squash
from tests.helpers.report_data import Perp, Ref, Spec, add_case

MARCH = Period.month(2026, 3)
TODAY = date(2026, 4, 15)


def d(month: int, day: int) -> date:
    return date(2026, month, day)


@pytest.fixture
def data(supervisor: Vault) -> dict[str, str]:
    """The hand-built cases (comments give what each one adds to March 2026)."""
    with supervisor.session() as s:
        other = Site(code="GAO", name="Gao", organisation="ONG Essai")
        s.add(other)
        s.flush()
        # A: opened, active; rape, survivor's home, woman of 30, partner 26-40; delay 1 day;
        # health referral provided after 4 days; a draft referral (not counted).
        add_case(s, Spec(d(3, 5), age=30, incident=d(3, 3), reported=d(3, 4), refs=[
            Ref("health", "service_provided", d(3, 5), provided_on=d(3, 9)),
            Ref("legal", "draft")], follow_ups=[(d(3, 20), d(3, 21)), (d(4, 10), None)]))
        # B: opened, active; sexual assault on a road; girl of 15 at the incident; family
        # member 18-25 (primary) and a stranger (not primary); reported after 4 days;
        # psychosocial referral sent, due 24 March: no response; follow-up done late.
        add_case(s, Spec(d(3, 10), birth=date(2010, 6, 1), age=None, gbv="sexual_assault",
                         location="road", incident=d(3, 1), reported=d(3, 5),
                         perps=[Perp("male", "18_25", "family"),
                                Perp("male", "26_40", "stranger", primary=False)],
                         refs=[Ref("psychosocial", "sent", d(3, 10), due_on=d(3, 24))],
                         follow_ups=[(d(3, 30), d(4, 5))]))
        # C: opened, closed on 28 March; physical assault at school; boy of 8; teacher 41-60;
        # incident 38 days before; health referral provided after 10 days.
        add_case(s, Spec(d(3, 20), sex="male", age=8, gbv="physical_assault",
                         location="school", incident=d(2, 10), closed_on=d(3, 28),
                         perps=[Perp("male", "41_60", "teacher")],
                         refs=[Ref("health", "service_provided", d(3, 20),
                                   provided_on=d(3, 30))]))
        # D, E, F: March cases without statistics consent (refused, withdrawn, never asked).
        add_case(s, Spec(d(3, 12), consent=False, refs=[Ref("health", "sent", d(3, 12))],
                         follow_ups=[(d(3, 15), None)]))
        add_case(s, Spec(d(3, 15), withdrawn=True))
        add_case(s, Spec(d(3, 16), consent=None))
        # G: February case still open: active at the end of March; follow-up overdue.
        add_case(s, Spec(d(2, 15), follow_ups=[(d(3, 1), None)]))
        # J: January case closed on 5 March: closed, not active.
        add_case(s, Spec(d(1, 10), closed_on=d(3, 5)))
        # S1: SEA, rape at a UN base, woman of 20, UN staff 26-40 (military, primary) and a
        # police officer (not primary); incident the day before.
        add_case(s, Spec(d(3, 25), age=20, location="military_un_base", incident=d(3, 24),
                         sea=True, perps=[
                             Perp("male", "26_40", "un_humanitarian", affiliation="un_military"),
                             Perp("male", "26_40", "un_humanitarian", primary=False,
                                  affiliation="un_police")]))
        # S2: SEA with nothing recorded: sex, age, location, incident date, affiliation.
        add_case(s, Spec(d(3, 26), sex=None, age=None, gbv="sexual_assault", location=None,
                         sea=True, perps=[Perp(None, None, "un_humanitarian")]))
        # I: April: outside the period.
        add_case(s, Spec(d(4, 2)))
        # K: another site, March: counted only for all sites.
        add_case(s, Spec(d(3, 6), site_id=other.id))
        return {"main": supervisor.actor.site_id, "other": other.id}  # type: ignore[union-attr]


def _column(table: statistics.Table, name: str) -> int:
    return list(table.columns).index(name)


def test_counts_match_the_hand_count(supervisor: Vault, data: dict[str, str]) -> None:
    report = statistics.period_report(supervisor, MARCH, site_id=data["main"], lang="en",
                                      today=TODAY)
    cases = report.table("cases")
    assert [r.counts[0] for r in cases.rows] == [5, 5, 2]
    assert report.not_consented == 3

    gbv = report.table("gbv_type")
    assert {r.code: r.counts[0] for r in gbv.rows} == {
        "rape": 2, "sexual_assault": 2, "physical_assault": 1, "forced_marriage": 0,
        "denial_of_resources": 0, "psychological_abuse": 0, "non_gbv": 0, "_total": 5}
    assert [r.label for r in gbv.rows][:2] == ["Rape", "Sexual assault"]

    sex_age = report.table("survivor_sex_age")
    female, male = _column(sex_age, "Female"), _column(sex_age, "Male")
    unknown_sex = _column(sex_age, "Not recorded")
    assert sex_age.value("26_40", female) == 1
    assert sex_age.value("12_17", female) == 1  # born June 2010, incident March 2026
    assert sex_age.value("18_25", female) == 1
    assert sex_age.value("0_11", male) == 1
    assert sex_age.value("unknown", unknown_sex) == 1
    assert sex_age.value("_total") == 5

    perp = report.table("perpetrator")
    assert perp.value("intimate_partner", _column(perp, "26–40 years")) == 1
    assert perp.value("family", _column(perp, "18–25 years")) == 1
    assert perp.value("stranger") == 0  # not the primary perpetrator
    assert perp.value("teacher", _column(perp, "41–60 years")) == 1
    assert perp.value("un_humanitarian", _column(perp, "26–40 years")) == 1
    assert perp.value("un_humanitarian", _column(perp, "Not recorded")) == 1
    assert perp.value("_total") == 5

    where = report.table("location")
    assert {r.code: r.counts[0] for r in where.rows if r.counts[0]} == {
        "survivor_home": 1, "road": 1, "school": 1, "military_un_base": 1, "__none__": 1,
        "_total": 5}

    delay = report.table("delay")
    assert {r.code: r.counts[0] for r in delay.rows} == {
        "0_3": 2, "4_5": 1, "6_14": 0, "15_30": 0, "over_30": 1, "__none__": 1, "_total": 5}

    sea = report.table("sea_affiliation")
    assert {r.code: r.counts[0] for r in sea.rows if r.counts[0]} == {
        "un_military": 1, "un_police": 1, "__none__": 1, "_total": 3}

    refs = report.table("referrals")
    assert refs.value("health", _column(refs, "Service provided")) == 2
    assert refs.value("psychosocial", _column(refs, "No response")) == 1
    assert refs.value("legal") == 0  # a draft is not a referral yet
    assert refs.value("_total") == 3

    assert report.median_days_to_service == 7.0  # median of 4 and 10 days
    assert report.median_sample == 2
    assert report.overdue_follow_ups == 2  # G's and B's (done after 31 March)


def test_all_sites_adds_the_other_site(supervisor: Vault, data: dict[str, str],
                                       folder: DataFolder) -> None:
    with pytest.raises(PermissionDenied):  # a supervisor reports on her own site only
        statistics.period_report(supervisor, MARCH, site_id=None, lang="en", today=TODAY)
    supervisor.close()
    admin = folders.login(folder, folders.ADMIN)  # administrator and supervisor
    try:
        report = statistics.period_report(admin, MARCH, site_id=None, lang="en", today=TODAY)
    finally:
        admin.close()
    assert report.table("cases").value("opened", 0) == 6
    assert report.table("gbv_type").value("rape", 0) == 3
    assert report.site_label == "All sites"


def test_small_counts_are_suppressed_and_zero_stays(supervisor: Vault,
                                                    data: dict[str, str]) -> None:
    report = statistics.period_report(supervisor, MARCH, site_id=data["main"], lang="en",
                                      today=TODAY)
    shown = {row[0]: row[1:] for row in report.table("gbv_type").cells()}
    assert shown["Rape"] == ["<5"]
    assert shown["Forced marriage"] == ["0"]
    # The five age-group totals of the survivor table are "<5" each (so at least 1): a total
    # of 5 would make each of them 1. The period's total is hidden, in every table.
    assert shown["Total"] == ["hidden"]
    assert report.table("location").cells()[-1] == ["Total", "hidden"]
    assert report.table("cases").cells()[0] == ["Opened in the period", "hidden"]
    raw = {row[0]: row[1:] for row in report.table("gbv_type").cells(suppress_small=False)}
    assert raw["Rape"] == ["2"] and raw["Total"] == ["5"]
    assert [suppress(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]
    assert dict(report.figures())["Overdue follow-ups"] == "<5"
    assert report.table("gbv_type").chart_values()[0] == ("Rape", "<5")  # a mark, no bar


def test_the_issue_example_hides_a_second_cell(supervisor: Vault) -> None:
    """22 women and one man: the man's "<5" is no longer 23 - 22."""
    with supervisor.session() as s:
        for _ in range(22):
            add_case(s, Spec(d(3, 5)))
        add_case(s, Spec(d(3, 6), sex="male"))
    report = statistics.period_report(supervisor, MARCH, lang="fr", today=TODAY)
    sex_age = report.table("survivor_sex_age")
    shown = {row[0]: row[1:] for row in sex_age.cells()}
    assert shown["26 – 40 ans"][:2] == ["masqué", "<5"]  # Female hidden with Male
    assert shown["Total"][:2] == ["masqué", "<5"]
    assert report.table("gbv_type").cells()[0][1] == "23"  # one-way tables keep their counts
    assert sex_age.chart_values()[3][1] == 23  # the row total: two hidden cells under it


def test_labels_follow_the_language(supervisor: Vault, data: dict[str, str]) -> None:
    report = statistics.period_report(supervisor, MARCH, site_id=data["main"], lang="fr",
                                      today=TODAY)
    assert report.table("gbv_type").rows[0].label == "Viol"
    assert MARCH.label("fr") == "mars 2026"


def test_report_is_audited_and_needs_the_permission(folder, data: dict[str, str],
                                                    supervisor: Vault) -> None:
    statistics.period_report(supervisor, MARCH, today=TODAY)
    assert audit.events(supervisor, action="report_viewed")
    supervisor.close()
    from tests.helpers.folders import login

    worker = login(folder, "awa")
    try:
        with pytest.raises(PermissionDenied):
            statistics.period_report(worker, MARCH)
    finally:
        worker.close()


def test_periods() -> None:
    assert Period.quarter(2026, 1).end == date(2026, 3, 31)
    assert Period.month(2024, 2).end == date(2024, 2, 29)
    assert Period.quarter(2026, 2).label("en") == "Q2 2026"
    with pytest.raises(Exception, match="before its start"):
        Period.between(date(2026, 3, 2), date(2026, 3, 1))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_pdf_prints_the_site_name_as_typed(supervisor: Vault, data: dict[str, str],
                                               tmp_path, lang: str) -> None:
    typed = "Mopti <Centre> 2 & <b>Sévaré</b> &amp; ɛ ɔ ɲ ŋ"
    with supervisor.session() as s:
        site = s.get(Site, data["main"])
        assert site is not None
        site.name = typed + "\x07\t" + "x" * 300
    target = tmp_path / "stats.pdf"
    exports.export(supervisor, exports.ExportRequest("stats", "pdf", MARCH, data["main"],
                                                     lang=lang), target, today=TODAY)
    pdf = target.read_bytes()
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    assert typed in text and "\x07" not in text
    assert "x" * 300 in squash(text)  # the long word wraps, nothing is cut
    assert "<5" in text
    meta = " ".join(str(v) for v in (pypdf.PdfReader(io.BytesIO(pdf)).metadata or {}).values())
    assert "Mopti" not in meta

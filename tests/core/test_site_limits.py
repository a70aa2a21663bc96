"""A supervisor of one site never sees another site's cases, referrals, follow-ups or (in her
site's report) statistics: two sites in one database, a supervisor in each."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.core.errors import NotFound, PermissionDenied
from desktop.core.services.cases import case_list as cases
from desktop.core.services.referrals import followups, referral_queries
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.reports import exports, statistics
from desktop.core.services.reports.exports import ExportRequest
from desktop.core.services.reports.report_period import Period
from desktop.core.services.summaries import case_summary
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders, referral_data, sites

GAO_SUPERVISOR = "kadi"


@pytest.fixture
def two_sites(folder: DataFolder) -> dict[str, str]:
    """Mopti (awa's case, with a referral and a follow-up due today) and Gao, whose supervisor
    kadi opened a case of her own."""
    gao_id, mopti_id = sites.add_site_with_supervisor(folder, GAO_SUPERVISOR)
    vault = folders.login(folder, folders.CASEWORKER)
    try:
        mopti_case = referral_data.add_case(vault, release=("health",))
        referral = referrals.create_referral(
            vault, mopti_case, service_type="health", provider_id=referral_data.osc(vault),
            priority="normal", reason="Accompagnement")
        followups.schedule(vault, mopti_case, date.today(), purpose="Appel")
    finally:
        vault.close()
    vault = folders.login(folder, GAO_SUPERVISOR)
    try:
        gao_case = referral_data.add_case(vault)
    finally:
        vault.close()
    return {"mopti_case": mopti_case, "referral": referral.id, "gao_case": gao_case,
            "gao": gao_id, "mopti": mopti_id}


def test_a_supervisor_of_another_site_sees_nothing_of_this_one(
        folder: DataFolder, two_sites: dict[str, str]) -> None:
    vault = folders.login(folder, GAO_SUPERVISOR)
    try:
        assert cases.case_ids(vault) == [two_sites["gao_case"]]
        assert cases.count(vault) == 1
        assert referral_queries.list_referrals(vault) == []
        assert followups.due_today(vault) == []
        assert followups.due_today(vault, scope="site") == []
        for read in (lambda: cases.case_file(vault, two_sites["mopti_case"]),
                     lambda: referral_queries.referral_detail(vault, two_sites["referral"]),
                     lambda: followups.for_case(vault, two_sites["mopti_case"]),
                     lambda: case_summary.case_summary_pdf(vault, two_sites["mopti_case"])):
            with pytest.raises(NotFound):
                read()
        month = Period.between(date.today() - timedelta(days=30), date.today())
        report = statistics.period_report(vault, month, site_id=two_sites["gao"])
        assert report.table("cases").value("opened", 0) == 1  # her own case only
        assert statistics.period_report(vault, month).site_id == two_sites["gao"]  # her site
        for site_id in (two_sites["mopti"], None):  # this site, or every site: refused
            with pytest.raises(PermissionDenied):
                statistics.period_report(vault, month, site_id=site_id)
    finally:
        vault.close()


def test_this_sites_supervisor_sees_her_site_only(
        folder: DataFolder, two_sites: dict[str, str], tmp_path: Path) -> None:
    vault = folders.login(folder, folders.SUPERVISOR)
    try:
        assert cases.case_ids(vault) == [two_sites["mopti_case"]]
        assert [r.id for r in referral_queries.list_referrals(vault)] == [two_sites["referral"]]
        assert len(followups.due_today(vault)) == 1
        with pytest.raises(NotFound):
            cases.case_file(vault, two_sites["gao_case"])
        month = Period.between(date.today() - timedelta(days=30), date.today())
        assert vault.actor is not None
        report = statistics.period_report(vault, month, site_id=vault.actor.site_id)
        assert report.table("cases").value("opened", 0) == 1
        assert statistics.sites(vault) == [(vault.actor.site_id, "Mopti")]  # no other choice
        for site_id in (two_sites["gao"], None):  # another site, or every site
            with pytest.raises(PermissionDenied) as refused:
                statistics.period_report(vault, month, site_id=site_id)
            assert str(refused.value).startswith(
                "You may see the statistics of your own site only.")
            with pytest.raises(PermissionDenied):
                exports.export(vault, ExportRequest("statistics", "csv", month,
                                                    site_id=site_id), tmp_path / "s.csv")
        assert not (tmp_path / "s.csv").exists()
    finally:
        vault.close()
    vault = folders.login(folder, folders.ADMIN)  # administrator and supervisor: every site
    try:
        every = statistics.period_report(vault, month, site_id=None)  # None: every site
        assert every.table("cases").value("opened", 0) == 2
        assert statistics.period_report(vault, month).site_id == vault.actor.site_id
        assert len(statistics.sites(vault)) == 2
    finally:
        vault.close()

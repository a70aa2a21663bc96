"""The combined Incident Recorder and the SEA victim-assistance tracking against what each site
exports itself (two demo sites synced to a real hub)."""

from __future__ import annotations

import io
from collections import Counter
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import and_, select

from desktop.core.services.reports import export_build, export_rows
from desktop.core.services.reports.report_period import Period
from desktop.core.store.models import Case, Consent, Survivor
from desktop.core.store.vault import Vault
from desktop.hub import national_ir, sea_tracking
from tests.hub.conftest import HubProcess
from tests.hub.national_data import SITES, last_year, second_site, sync_both

GBV = "GBV TYPE"


def _site_ir(vault: Vault, year: Period) -> Counter[str]:
    """The GBV TYPE column of the site's own Incident Recorder export (consented cases)."""
    scope = export_rows.RowScope(year.start, year.end)
    with vault.reader() as session:
        data, _menu = export_build.ir_sheets(session, scope)
        column = data.header.index(GBV)
        return Counter(str(row[column]) for row in data.rows)


def _site_victims(vault: Vault) -> set[str]:
    """Survivor codes the site's victim-assistance rule lists (consented to inform the UN),
    of cases that go up (statistics consent), without a substitute's consent."""
    substitute = (select(Consent.case_id).where(
        Consent.given.is_(True), Consent.withdrawn_on.is_(None),
        Consent.given_by.in_(("trusted_adult", "caseworker"))))
    with vault.reader() as session:
        return set(session.scalars(
            select(Survivor.survivor_code).join(Case, Case.survivor_id == Survivor.id)
            .where(and_(Case.sea.is_(True), Case.stats_consent.is_(True),
                        export_rows.un_shared(), Case.id.not_in(substitute)))))


def test_the_combined_workbook_and_the_sea_tracking_match_the_sites(
        admin: Vault, tmp_path: Path, hub_server: HubProcess, today: date) -> None:
    year = last_year(today)
    with second_site(tmp_path) as kayes:
        sync_both(admin, kayes, hub_server, cases=150)
        expected_ir = _site_ir(admin, year) + _site_ir(kayes, year)
        expected_victims = {(SITES[0], c) for c in _site_victims(admin)} | {
            (SITES[1], c) for c in _site_victims(kayes)}
    data, name = national_ir.workbook(hub_server.db, year, None)
    assert name == f"relais-incident-recorder-national-{year.slug()}.xlsx"
    sheet = load_workbook(io.BytesIO(data), read_only=True)["Incident Data"]
    rows = list(sheet.iter_rows(values_only=True))
    column = list(rows[0]).index(GBV)
    assert Counter(str(r[column]) for r in rows[1:]) == expected_ir
    assert sum(expected_ir.values()) > 100
    ids = [r[0] for r in rows[1:]]
    assert len(ids) == len(set(ids))  # one id per incident across sites
    assert {str(r[list(rows[0]).index("REPORTING AGENCY CODE")]) for r in rows[1:]} == set(SITES)

    listed = sea_tracking.victims(hub_server.db, date.today())
    assert {(v.site, v.code) for v in listed} == expected_victims
    assert expected_victims  # the demo has SEA victims who consented to inform the UN
    assert all(v.days_since is not None and v.days_since >= 0 for v in listed)
    assert [v.days_since for v in listed] == sorted((v.days_since for v in listed),
                                                    reverse=True)

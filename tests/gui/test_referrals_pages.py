"""The Referrals page reads its list a page at a time (keyset pages), never every referral."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.services.referrals import directory
from desktop.core.services.referrals import workflow as referrals
from desktop.core.store.vault import Vault
from desktop.gui.referrals import page as referrals_page
from desktop.gui.referrals.page import ReferralsPage
from tests.gui.referrals_util import add_case, table_texts
from tests.gui.util import field


def test_the_list_shows_a_page_then_the_next_at_its_end(
        qtbot: Any, caseworker: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(referrals_page, "PAGE", 3)  # as 200 is over a large database
    case_id = add_case(caseworker, release=("health", "legal", "psychosocial"))
    provider = next(p for p in directory.list_providers(caseworker) if p.town == "Mopti")
    for priority in ("emergency", "urgent", "normal"):
        referrals.create_referrals(caseworker, case_id, provider_id=provider.id,
                                   service_types=["health", "psychosocial"], priority=priority)
    referrals.create_referrals(caseworker, case_id, provider_id=provider.id,
                               service_types=["health"], priority="urgent")
    every = [r.reference for r in referrals.list_referrals(caseworker)]
    assert len(every) == 7
    page = ReferralsPage(lang="en")
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.status.setCurrentIndex(page.status.findData(None))  # every status: keyset pages
    page.set_vault(caseworker)
    assert page.model.rowCount() in (3, 6)  # the first page (Qt may ask for one more)
    assert table_texts(page.table, 0) == every[:page.model.rowCount()]
    while page.model.canFetchMore():  # as scrolling to the end does
        page.table.scrollToBottom()
        page.model.fetchMore()
    assert table_texts(page.table, 0) == every  # each once, in order
    assert field(page, "referrals:count").text() == "7 referrals"
    page.set_vault(None)
    assert table_texts(page.table, 0) == []


def test_a_long_list_says_at_least(qtbot: Any, caseworker: Vault,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(referrals_page, "PAGE", 2)
    case_id = add_case(caseworker, release=("health", "legal", "psychosocial"))
    provider = next(p for p in directory.list_providers(caseworker) if p.town == "Mopti")
    for priority in ("urgent", "normal"):
        referrals.create_referrals(caseworker, case_id, provider_id=provider.id,
                                   service_types=["health", "psychosocial"],
                                   priority=priority)
    page = ReferralsPage(lang="en")
    qtbot.addWidget(page)
    page.status.setCurrentIndex(page.status.findData(None))  # every status: keyset pages
    page.set_vault(caseworker)  # not shown: Qt asks for no further page
    assert page.model.rowCount() == 2
    assert field(page, "referrals:count").text() == "at least 2 referrals"
    monkeypatch.setattr(referrals_page, "SEARCHED", 3)  # "to do" reads a bounded set
    page.status.setCurrentIndex(page.status.findData("todo"))
    assert page.model.rowCount() == 3 and not page.model.canFetchMore()
    assert field(page, "referrals:count").text() == "at least 3 referrals"
    page.search.setText("no such reference")
    assert page.model.rowCount() == 0
    page.set_vault(None)

"""The statistics fact tables stay equal to a rebuild from scratch after random edits through
the services, and the report read from them equals the report of the former queries over the
source tables (``tests/helpers/stats_oracle.py``).

Each seed makes ``RELAIS_STATS_EDITS`` edits (200 by default) of a real encrypted database:
cases opened with any sex, age, dates, consent, GBV type and perpetrators, intakes edited
(consent given and withdrawn, survivor, incident, perpetrators), new incidents, services given
and removed, referrals made, sent and answered, cases closed and reopened. Every 50 edits and at
the end: the maintained rows equal :func:`stats_facts.rebuild`'s, and the report (English and
French, three periods, each site and all, judged today and 20 days on) equals the oracle's.
``RELAIS_STATS_SEEDS`` seeds (3 by default) run; a longer soak:
``RELAIS_STATS_SEEDS=20 RELAIS_STATS_EDITS=1000 pytest tests/core/test_statistics_facts.py``.
"""

from __future__ import annotations

import os
from datetime import date, timedelta

import pytest

from desktop.core.services.reports import statistics
from desktop.core.services.reports.report_period import Period
from desktop.core.store.vault import Vault
from tests.helpers import stats_oracle
from tests.helpers.stats_edits import Editor, facts_rows, rebuilt_rows

SEEDS = int(os.environ.get("RELAIS_STATS_SEEDS", "3"))
EDITS = int(os.environ.get("RELAIS_STATS_EDITS", "200"))
CHECK_EVERY = 50


def _periods(day: date) -> list[Period]:
    this = Period.month(day.year, day.month)
    before = Period.month(*((day.year, day.month - 1) if day.month > 1
                            else (day.year - 1, 12)))
    return [this, before, Period(day - timedelta(days=90), day + timedelta(days=5))]


def _check(vault: Vault, day: date) -> None:
    assert facts_rows(vault) == rebuilt_rows(vault)
    assert vault.actor is not None
    with vault.reader() as s:
        for period in _periods(day):
            for site in (None, vault.actor.site_id):
                for today in (day, day + timedelta(days=20)):
                    for lang in ("en", "fr"):
                        assert statistics.build_report(
                            s, period, site_id=site, lang=lang, today=today
                        ) == stats_oracle.build_report(s, period, site_id=site, lang=lang,
                                                       today=today)


@pytest.mark.parametrize("seed", range(SEEDS))
def test_maintained_facts_equal_a_rebuild_and_the_report_the_former_queries(
        supervisor: Vault, seed: int, today: date) -> None:
    editor = Editor(supervisor, seed, today)
    for done in range(1, EDITS + 1):
        editor.apply()
        if done % CHECK_EVERY == 0 or done == EDITS:
            _check(supervisor, today)
    # The edits did what they say: every kind was accepted at least once.
    assert set(editor.done) == {"open", "consent", "intake", "incident", "service",
                                "unservice", "refer", "status", "close", "reopen"}, editor.done
    assert sum(len(rows) for rows in facts_rows(supervisor).values()) > 30

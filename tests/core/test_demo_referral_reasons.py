"""Demo referrals ask each service for what it gives: a reason for care goes to health, one
for shelter to a shelter (issue 12 point 4)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import select

from desktop.core.services.demo import generator as demo
from desktop.core.services.demo import referral_demo
from desktop.core.store.models import Referral


def test_demo_referral_reasons_match_their_services(admin) -> None:  # type: ignore[no-untyped-def]
    assert demo.generate(admin, 60, seed=5) == 60
    with admin.reader() as session:
        rows = session.execute(select(Referral.service_type, Referral.reason)).all()
    assert len(rows) > 30
    seen = Counter(service for service, _ in rows)
    assert len(seen) >= 2  # several services, so the check below means something
    for service, reason in rows:
        assert reason in referral_demo.REASONS.get(service, referral_demo.OTHER_REASONS), (
            service, reason)
    care = {reason for service, reason in rows if service == "health"}
    assert not care & {r for s, rs in referral_demo.REASONS.items() if s != "health" for r in rs}

"""Referral letter benchmark: one letter's rendering time against a one-page reportlab document.

quality.md target: one referral letter PDF < 150 ms; the baseline, measured in the same run, is
a plain one-page reportlab document (about thirty paragraphs, built-in Helvetica). Figures:

- the letter from plain data (``documents.referral_letter.render``: layout, embedded font);
- with a data folder: the letter through the service (``letters.preview_letter``: reading the
  referral, case, consent and provider from the encrypted database, then rendering — preview,
  so the benchmark records nothing in the database).

Run alone: ``.venv/bin/python -m bench.letters`` (document only, no database needed), or
through ``bench/run.py``.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

RUNS = 15
TARGET = "< 150 ms"
Row = tuple[str, float, float | None, str]


def _median(fn: Callable[[], Any], runs: int = RUNS) -> float:
    fn()  # fonts registered, caches warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def one_page_document() -> bytes:
    """The baseline: a one-page reportlab document of plain paragraphs."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buffer = io.BytesIO()
    style = getSampleStyleSheet()["BodyText"]
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build([Paragraph(f"Line {n}: a plain paragraph of ordinary text for the baseline.",
                         style) for n in range(30)])
    return buffer.getvalue()


def sample_letter() -> Any:
    """A typical letter's data (fictional), with a reason of a few lines."""
    from desktop.core.documents.referral_letter import Identity, LetterData

    return LetterData(
        lang="fr", organisation="Organisation fictive", site_name="One-Stop Centre de Mopti",
        reference="REF-MOP-2026-00017-4", issued_on=date(2026, 3, 2), priority="urgent",
        due_on=date(2026, 3, 5), service_type="legal",
        provider_name="Clinique juridique fictive « Dɛmɛ »",
        provider_details=("Quartier fictif", "Sévaré, Mopti", "+223 00 00 00 00"),
        reason="Accompagnement juridique pour une plainte ; conseil sur la garde des enfants. "
               * 3,
        survivor_code="S-7KQ2PX", identity=Identity("Nom Fictif", 27, "female", None),
        consent_given_by="survivor", consent_given_on=date(2026, 3, 1),
        consent_recorded_by="Agent fictif", override_by=None, worker_name="Agent fictif")


def _service_row(folder: Path, username: str, password: str, baseline: float) -> list[Row]:
    from desktop.core.services import session
    from desktop.core.services.referrals import letters
    from desktop.core.services.referrals import workflow as referrals
    from desktop.core.store.datafolder import DataFolder

    vault = session.login(DataFolder(folder), username, password)
    try:
        rows = referrals.list_referrals(vault, status="accepted")[:1]
        if not rows:
            return []
        referral_id = rows[0].id
        value = _median(lambda: letters.preview_letter(vault, referral_id, "fr"))
    finally:
        session.lock(vault, reason="logout")
    return [("referral letter (service, from DB)", value, baseline, TARGET)]


def run(folder: Path | None = None, username: str | None = None,
        password: str | None = None) -> list[Row]:
    """The letter figures, each with the one-page baseline of the same run."""
    from desktop.core.documents import referral_letter

    data = sample_letter()
    baseline = _median(one_page_document)
    rows: list[Row] = [("referral letter PDF (document)",
                        _median(lambda: referral_letter.render(data)), baseline, TARGET)]
    if folder is not None and username and password:
        rows += _service_row(folder, username, password, baseline)
    return rows


if __name__ == "__main__":
    from bench.startup import report

    print(report(run()))

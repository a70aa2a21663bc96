"""The case summary reads well (issue 12 point 5), read back with pdfplumber: references and
codes never broken mid-token, words wrapped whole, columns sized to their content, the
*possible sexual exploitation* and SEA flags shown when set, "Auteur présumé" for one."""

from __future__ import annotations

import io
import re
from datetime import date

import pdfplumber
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.core.documents import case_summary as doc
from desktop.core.documents import pdfkit
from desktop.core.services.referrals import workflow as referrals
from desktop.core.services.summaries import case_summary
from desktop.core.store.models import Case
from desktop.core.store.vault import Vault
from tests.helpers.referral_data import add_case, osc

REFERENCE = re.compile(r"REF-[A-Z]{3}-\d{4}-\d{5}-[A-Z0-9]")


def _pdf(vault: Vault, case_id: str, lang: str) -> bytes:
    return case_summary.case_summary_pdf(vault, case_id, lang=lang, today=date(2026, 11, 29))


def _lines(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as read:
        return [line for page in read.pages for line in (page.extract_text() or "").splitlines()]


def _words(pdf: bytes) -> set[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as read:
        return {w["text"] for page in read.pages for w in page.extract_words()}


def _referred_case(vault: Vault, sea: bool = True) -> tuple[str, list[str]]:
    case_id = add_case(vault, release=("health", "psychosocial"), sea=sea)
    refs = [referrals.create_referral(vault, case_id, service_type=service,
                                      provider_id=osc(vault), priority="urgent",
                                      reason="Soins").id for service in ("health",
                                                                         "psychosocial")]
    return case_id, [referrals.referral_detail(vault, r).reference for r in refs]


def test_references_and_codes_are_never_broken(caseworker) -> None:
    case_id, refs = _referred_case(caseworker)
    for lang in ("fr", "en"):
        lines = _lines(_pdf(caseworker, case_id, lang))
        broken = [line for line in lines if "REF-" in line and not REFERENCE.search(line)]
        assert broken == [], broken
        text = "\n".join(lines)
        for ref in refs:
            assert text.count(ref) >= 2, ref  # the referrals table and their history
        cut = [line for line in lines if re.search(r"\b[A-Z]{3}-\d{4}-$", line)
               or re.match(r"^\d{5}-[A-Z0-9]\b", line)]
        assert cut == [], cut  # no reference or case number cut at its dashes


def test_words_wrap_whole_in_narrow_columns(caseworker) -> None:
    case_id, _ = _referred_case(caseworker)
    words = _words(_pdf(caseworker, case_id, "fr"))
    for whole in ("One", "Stop", "Centre", "Mopti", "Urgent", "Brouillon"):
        assert whole in words, whole
    assert not {w for w in words if w.endswith("-") and len(w) > 1}  # no word cut at a dash


def test_columns_are_sized_to_their_content() -> None:
    header = ["Reference", "Service", "Provider", "Priority", "Sent", "Due", "Status",
              "Feedback"]
    rows = [["REF-MOP-2026-00001-J", "Health / medical", "One-Stop Centre de Mopti",
             "Emergency – within 24 hours", "2026-03-05", "2026-03-06", "Service provided",
             "2026-03-08; consultation and treatment given, follow-up in a week"]]
    widths = doc.fit_widths(header, rows)
    assert abs(sum(widths) - doc.WIDTH) < 0.01
    cell = pdfkit.styles()["cell"]
    for column, value in ((0, "REF-MOP-2026-00001-J"), (4, "2026-03-05"), (5, "2026-03-06")):
        assert widths[column] >= stringWidth(value, cell.fontName, cell.fontSize), column
    assert widths[7] > 1.2 * widths[4]  # the long text gets the room, not the dates
    assert widths[2] >= stringWidth("One-Stop", cell.fontName, cell.fontSize)
    assert widths[0] == max(widths)  # the widest token: the reference, kept in one piece
    short = doc.fit_widths(["A", "B"], [["x", "a much longer value"]])
    assert short[1] > short[0] and abs(sum(short) - doc.WIDTH) < 0.01


def test_the_exploitation_and_sea_flags_show_when_set(caseworker) -> None:
    flagged = add_case(caseworker, release=("health",))  # rape, goods exchanged, UN staff
    text = " ".join(_lines(_pdf(caseworker, flagged, "fr")))
    assert "Exploitation sexuelle possible" in text
    assert "des biens, de l’argent ou des services ont été échangés" in text
    assert "Contingent fictif" in text  # the SEA details of the perpetrator
    english = " ".join(_lines(_pdf(caseworker, flagged, "en")))
    assert "Possible sexual exploitation" in english
    plain = add_case(caseworker, release=("health",), sea=False)
    with caseworker.session() as session:
        row = session.get(Case, plain)
        assert row is not None
        row.possible_exploitation = False
    text = " ".join(_lines(_pdf(caseworker, plain, "fr")))
    assert "Exploitation sexuelle possible" not in text


def test_one_perpetrator_is_singular_several_plural(caseworker) -> None:
    several = " ".join(_lines(_pdf(caseworker, add_case(caseworker), "fr")))
    assert "Auteurs présumés — 1 sur 2 (principal)" in several
    assert "Auteurs présumés — 2 sur 2" in several
    one = " ".join(_lines(_pdf(caseworker, add_case(caseworker, sea=False), "fr")))
    assert "Auteur présumé" in one and "Auteurs présumés" not in one
    english = " ".join(_lines(_pdf(caseworker, add_case(caseworker, sea=False), "en")))
    assert "Alleged perpetrator " in english and "Alleged perpetrators" not in english

"""``relais referrals`` and ``relais letter``: output, exit codes, clear one-line errors."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pypdf

from desktop.core.services import session
from desktop.core.services.referrals import workflow as referrals
from tests.cli.conftest import Run
from tests.helpers import folders
from tests.helpers.referral_data import SURVIVOR_NAME, add_case, osc

PW = folders.PASSWORD + "\n"


def _setup(folder) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Two referrals of awa's: one draft, one sent. Returns their references."""
    awa = folders.login(folder, folders.CASEWORKER)
    try:
        case_id = add_case(awa, release=("health", "psychosocial"))
        made = referrals.create_referrals(awa, case_id, provider_id=osc(awa),
                                          service_types=["health", "psychosocial"],
                                          priority="urgent", reason="Soins & écoute")
        referrals.change_status(awa, made[1].id, "sent")
        return made[0].reference, made[1].reference
    finally:
        session.lock(awa)


def test_referrals_lists_one_per_line_tab_separated(relais: Run, folder) -> None:
    draft, sent = _setup(folder)
    data = str(folder.path)
    result = relais("referrals", "--data", data, "--as", "awa", stdin=PW)
    assert result.returncode == 0, result.stderr
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    due = (date.today() + timedelta(days=3)).isoformat()  # urgent: three days
    assert sorted(lines) == sorted([
        [draft, "draft", "health", "Centre One Stop de Mopti", due],
        [sent, "sent", "psychosocial", "Centre One Stop de Mopti", due]])
    only_sent = relais("referrals", "--data", data, "--as", "awa", "--status", "sent",
                       stdin=PW)
    assert [line.split("\t")[0] for line in only_sent.stdout.splitlines()] == [sent]
    other = relais("referrals", "--data", data, "--as", "fanta", stdin=PW)
    assert other.returncode == 0 and other.stdout == ""  # not her cases
    bad = relais("referrals", "--data", data, "--as", "awa", "--status", "lost", stdin=PW)
    assert bad.returncode == 2


def test_letter_is_written_where_asked(relais: Run, folder, tmp_path: Path) -> None:
    draft, _sent = _setup(folder)
    out = tmp_path / "lettre.pdf"
    result = relais("letter", "--data", str(folder.path), "--as", "awa", "--referral",
                    draft.lower(), "--lang", "fr", "--out", str(out), stdin=PW)
    assert result.returncode == 0, result.stderr
    text = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert draft in text and SURVIVOR_NAME in text and "LETTRE DE RÉFÉRENCE" in text
    again = relais("letter", "--data", str(folder.path), "--as", "awa", "--referral", draft,
                   "--out", str(out), stdin=PW)
    assert again.returncode == 1 and "already exists" in again.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["lettre.pdf"]


def test_unknown_or_mistyped_references_are_one_clear_line(relais: Run, folder,
                                                          tmp_path: Path) -> None:
    draft, _sent = _setup(folder)
    out = tmp_path / "letter.pdf"
    unknown = draft[:-7] + "99999-"
    from desktop.core.services.referrals.reference_numbers import check_character
    unknown += check_character(unknown[4:-1])
    result = relais("letter", "--data", str(folder.path), "--as", "awa", "--referral",
                    unknown, "--lang", "en", "--out", str(out), stdin=PW)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "No referral" in result.stderr
    assert "Traceback" not in result.stderr
    typo = draft[:-1] + ("A" if draft[-1] != "A" else "B")
    result = relais("letter", "--data", str(folder.path), "--as", "awa", "--referral", typo,
                    "--out", str(out), stdin=PW)
    assert result.returncode == 1 and "check" in result.stderr
    assert result.stderr.count("\n") == 1
    assert not out.exists()

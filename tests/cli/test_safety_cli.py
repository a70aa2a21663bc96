"""``relais high-risk``: the high-risk open cases of the person's caseload or (supervisors)
of the site, tab-separated; a case worker asking for the site gets one line and exit 1."""

from __future__ import annotations

from desktop.core.services.cases import intake
from desktop.core.store.datafolder import DataFolder
from tests.cli.conftest import Run
from tests.helpers import folders
from tests.helpers.intake_data import sample_intake

PW = folders.PASSWORD + "\n"


def _cases(folder: DataFolder) -> tuple[str, str]:
    """awa's cases: one at high risk (threat to kill), one at low risk; their numbers."""
    numbers = []
    with folders.as_user(folder, folders.CASEWORKER) as awa:
        for answer in ("yes", "no"):
            case_id = intake.open_case(awa, sample_intake(**{
                "assessment.safety_risk": None, "assessment.safety_threat_to_kill": answer}))
            numbers.append(intake.load_intake(awa, case_id)["registration.case_number"])
    return numbers[0], numbers[1]


def test_high_risk_lists_the_caseload_and_the_site(relais: Run, folder: DataFolder) -> None:
    high, low = _cases(folder)
    data = str(folder.path)
    mine = relais("high-risk", "--data", data, "--as", "awa", stdin=PW)
    assert mine.returncode == 0, mine.stderr
    [line] = [row.split("\t") for row in mine.stdout.splitlines()]
    assert line[0] == high and line[1].startswith("S-") and line[2:4] == ["Awa Agente", "open"]
    assert low not in mine.stdout and "Fictive" not in mine.stdout  # no name
    site = relais("high-risk", "--site", "--data", data, "--as", "sali", stdin=PW)
    assert site.returncode == 0 and site.stdout.split("\t")[0] == high
    refused = relais("high-risk", "--site", "--data", data, "--as", "awa", stdin=PW)
    assert refused.returncode == 1 and refused.stdout == ""
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "Traceback" not in refused.stderr and "supervisor" in refused.stderr

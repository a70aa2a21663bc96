"""``relais demo``: a new folder with an administrator, or more cases in an existing one."""

from __future__ import annotations

from desktop.core.services import session
from desktop.core.services.cases import case_list as cases
from desktop.core.store.datafolder import DataFolder


def test_demo_creates_a_folder_then_adds_to_it(relais, tmp_path):
    data = tmp_path / "demo"
    done = relais("--data", str(data), "demo", "--data", str(data), "--cases", "40",
                  stdin="demo password é\n")
    assert done.returncode == 0, done.stderr
    assert "40 fictional cases added" in done.stdout
    refused = relais("demo", "--data", str(data), "--cases", "5")
    assert refused.returncode == 1 and "--as" in refused.stderr
    more = relais("demo", "--data", str(data), "--as", "admin", "--cases", "5",
                  stdin="demo password é\n")
    assert more.returncode == 0, more.stderr
    vault = session.login(DataFolder(data), "agent1", "demo password é")
    try:
        visible = cases.count(vault)
    finally:
        vault.close()
    assert 0 < visible < 45  # a case worker sees only her own demo cases

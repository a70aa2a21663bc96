"""``--again`` runs a session's survivors only against the modules the session was made from:
cosmic-ray names a mutant by its operator and occurrence, so after an edit of a scoped module
the same job would mutate another place and report on a mutant nobody listed."""

from __future__ import annotations

import json
from pathlib import Path

from tests.mutation.run import ROOT, run_scope

MODULE = "desktop/core/store/restore_files.py"


def _work(tmp_path: Path, recorded: str | None) -> Path:
    work = tmp_path / "work"
    (work / "demo").mkdir(parents=True)
    (work / "demo" / "session.sqlite").write_bytes(b"the last run's session")
    if recorded is not None:
        (work / "demo.modules.json").write_text(recorded)
    return work


def test_again_refuses_a_module_edited_since_the_full_run_and_keeps_the_session(
        tmp_path: Path) -> None:
    for recorded in (json.dumps({MODULE: "0" * 64}), None):  # edited since; never recorded
        work = _work(tmp_path / str(recorded is None), recorded)
        outcome = run_scope("demo", {"modules": [MODULE], "tests": [], "timeout": 1}, {}, work,
                            again=True)
        assert "changed since the last full run" in outcome.error
        assert (work / "demo" / "session.sqlite").read_bytes() == b"the last run's session"
        assert not (work / "demo" / MODULE).exists()  # nothing copied, nothing run
    assert (ROOT / MODULE).exists()

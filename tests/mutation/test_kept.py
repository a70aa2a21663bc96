"""Kept mutation results (kept.py): a new session of the same modules starts from the judged
mutants of the last one, and never from results judged on other code. Real cosmic-ray
sessions of a small module, made by ``cosmic-ray init``."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from cosmic_ray.work_db import WorkDB, use_db
from cosmic_ray.work_item import TestOutcome as Verdict
from cosmic_ray.work_item import WorkerOutcome, WorkResult

from tests.mutation import kept
from tests.mutation.selection import NOT_COVERED

RULE = '''def allowed(n: int) -> bool:
    if n > 5:
        return False
    return n != 0
'''
COSMIC_RAY = Path(sys.executable).parent / "cosmic-ray"


def _session(tree: Path, source: str, name: str) -> tuple[Path, dict[str, str]]:
    module = tree / "rule.py"
    module.write_text(source)
    config = tree / "cr.toml"
    config.write_text('[cosmic-ray]\nmodule-path = ["rule.py"]\ntimeout = 10.0\n'
                      'excluded-modules = []\ntest-command = "true"\n\n'
                      '[cosmic-ray.distributor]\nname = "local"\n')
    session = tree / f"{name}.sqlite"
    subprocess.run([str(COSMIC_RAY), "init", str(config), str(session)], cwd=tree, check=True,
                   capture_output=True)
    return session, {"rule.py": hashlib.sha256(source.encode()).hexdigest()}


def _judge(session: Path) -> dict[str, tuple[str, str]]:
    """Judge the first mutants as a run would: killed, a timeout, survived (one not covered),
    a broken worker; the others not run. What each got, by mutant name."""
    given = [WorkResult(WorkerOutcome.NORMAL, "", Verdict.KILLED, "-a\n+b"),
             WorkResult(WorkerOutcome.NORMAL, "timeout", Verdict.KILLED, "-c\n+d"),
             WorkResult(WorkerOutcome.NORMAL, "", Verdict.SURVIVED, "-e\n+f"),
             WorkResult(WorkerOutcome.NORMAL, NOT_COVERED, Verdict.SURVIVED, "-g\n+h"),
             WorkResult(WorkerOutcome.EXCEPTION, "Traceback", None, None)]
    judged = {}
    with use_db(str(session), WorkDB.Mode.open) as db:
        items = list(db.work_items)
        assert len(items) > len(given) + 2
        for item, result in zip(items, given, strict=False):
            db.set_result(item.job_id, result)
            judged[kept._mutant(item)] = (result.test_outcome and result.test_outcome.value,
                                          result.output or "")
    return judged


def _results(session: Path) -> dict[str, tuple[str | None, str, str | None]]:
    with use_db(str(session), WorkDB.Mode.open) as db:
        items = {i.job_id: kept._mutant(i) for i in db.work_items}
        return {items[j]: (r.test_outcome and r.test_outcome.value, r.output or "", r.diff)
                for j, r in db.results}


def test_a_new_session_of_the_same_module_starts_from_the_judged_mutants(
        tmp_path: Path) -> None:
    first, modules = _session(tmp_path, RULE, "first")
    judged = _judge(first)
    assert kept.save("demo", first, modules, tmp_path / "results") == 4  # not the broken one
    written = json.loads((tmp_path / "results" / "demo.json").read_text())
    assert written["modules"] == modules and len(written["results"]) == 4

    second, same = _session(tmp_path, RULE, "second")
    assert kept.restore("demo", second, same, tmp_path / "results") == (4, "")
    got = _results(second)
    broken = [name for name, (outcome, _) in judged.items() if outcome is None]
    assert len(broken) == 1 and broken[0] not in got  # a broken worker's mutant runs again
    assert {n: (o, out) for n, (o, out, _) in got.items()} == {
        n: v for n, v in judged.items() if v[0] is not None}
    survivors = {n: d or "" for n, (o, _, d) in got.items() if o == "survived"}
    assert sorted(survivors.values()) == ["-e\n+f", "-g\n+h"]  # their diffs, for the report
    with use_db(str(second), WorkDB.Mode.open) as db:
        assert db.num_results == 4 and db.num_work_items > 6  # the others still to run


def test_results_of_other_code_or_another_cosmic_ray_are_not_used(tmp_path: Path) -> None:
    first, modules = _session(tmp_path, RULE, "first")
    _judge(first)
    kept.save("demo", first, modules, tmp_path / "results")

    edited, changed = _session(tmp_path, RULE.replace("n > 5", "n > 6"), "edited")
    assert kept.restore("demo", edited, changed, tmp_path / "results") == (
        0, "the scoped modules changed since those results")
    assert _results(edited) == {}

    path = tmp_path / "results" / "demo.json"
    data = json.loads(path.read_text())
    path.write_text(json.dumps(dict(data, cosmic_ray="0.0")))
    again, same = _session(tmp_path, RULE, "again")
    count, why = kept.restore("demo", again, same, tmp_path / "results")
    assert count == 0 and why.startswith("judged with cosmic-ray 0.0")
    path.write_text("{not json")
    assert kept.restore("demo", again, same, tmp_path / "results") == (
        0, "demo.json is not a results file")
    assert kept.restore("other", again, same, tmp_path / "results") == (0, "no kept results")
    assert _results(again) == {}


def test_a_mutant_equivalent_toml_explains_is_counted_survived_without_running(
        tmp_path: Path) -> None:
    """`n != 0` made `n == 0` (say it were explained): given survived with its diff before the
    run; the other mutants, and one already judged, keep waiting for the run as they were."""
    from tests.mutation.annotations import EXPLAINED, skip_explained_mutants
    from tests.mutation.run import changed_lines

    session, _ = _session(tmp_path, RULE, "explained")
    with use_db(str(session), WorkDB.Mode.open) as db:
        judged = next(i for i in db.work_items if i.mutations[0].operator_name == "core/AddNot")
        db.set_result(judged.job_id, WorkResult(WorkerOutcome.NORMAL, "", Verdict.KILLED,
                                                "-a\n+b"))
        total = db.num_work_items
    asked: list[tuple[str, str]] = []

    def explained(module: str, diff: str) -> str | None:
        asked.append((module, diff))
        return "why" if changed_lines(diff) == ("return n != 0", "return n == 0") else None

    assert skip_explained_mutants(session, tmp_path, explained) == 1
    assert len(asked) == total - 1 and {module for module, _ in asked} == {"rule.py"}
    got = _results(session)
    assert len(got) == 2
    (outcome, _, diff), = [r for r in got.values() if r[1] == EXPLAINED]
    assert outcome == "survived" and diff is not None
    assert changed_lines(diff) == ("return n != 0", "return n == 0")
    assert diff.startswith("--- mutation diff ---\n--- a/rule.py\n+++ b/rule.py\n")


def test_blank_lines_around_a_mutant_do_not_hide_its_explanation() -> None:
    """cosmic-ray's diff of the last line of a function also removes and adds the two blank
    lines after it: the explanation of that line still applies (a survivor of the fourth run
    was listed though `equivalent.toml` explained it)."""
    from tests.mutation.run import changed_lines, explained

    diff = ("--- mutation diff ---\n--- a/m.py\n+++ b/m.py\n@@ -3,6 +3,6 @@\n"
            "     for values in rows:\n"
            "-        yield dict(zip(keys, values, strict=True))\n-\n-\n"
            "+        yield dict(zip(keys, values, strict=False))\n+\n+\n")
    assert changed_lines(diff) == ("yield dict(zip(keys, values, strict=True))",
                                   "yield dict(zip(keys, values, strict=False))")
    entry = {"module": "m.py", "original": "yield dict(zip(keys, values, strict=True))",
             "mutant": "yield dict(zip(keys, values, strict=False))", "why": "same length"}
    assert explained("m.py", diff, [entry]) == "same length"
    assert explained("other.py", diff, [entry]) is None

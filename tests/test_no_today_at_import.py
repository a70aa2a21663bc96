"""No test module or helper reads "today" (or the time) when it is imported.

pytest-xdist imports every module at collection: a ``TODAY = date.today()`` taken at 23:55 is
yesterday for a test that runs after midnight, while the services judge "in the past",
"overdue" and "due today" with the new day (27 failures of a run started at 23:55). Tests read
the day when they run: the ``today`` fixture of ``tests/conftest.py``, a helper called inside
the test, or a ``timedelta`` in a ``parametrize`` table (``tests/helpers/days.py``).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from tests.helpers.clock_at_import import findings

ROOT = Path(__file__).resolve().parents[1]


def _sources() -> list[Path]:
    return sorted((ROOT / "tests").rglob("*.py"))


def test_no_test_module_reads_the_clock_at_import() -> None:
    sources = _sources()
    assert len(sources) > 200  # the whole tree was read, not an empty folder
    found = findings(ROOT, sources)
    assert not found, "the clock read at import (read it when the test runs):\n" + "\n".join(
        str(finding) for finding in found)


def _scan(tmp_path: Path, **modules: str) -> list[str]:
    """The findings in these made-up modules of a ``tests`` package, as ``name:line``."""
    for name, source in modules.items():
        path = tmp_path / "tests" / f"{name.replace('__', '/')}.py"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(source), encoding="utf-8")
    paths = sorted((tmp_path / "tests").rglob("*.py"))
    return [f"{finding.path.stem}:{finding.line}" for finding in findings(tmp_path, paths)]


@pytest.mark.parametrize(("source", "line"), [
    ("from datetime import date\nTODAY = date.today()\n", 2),
    ("import datetime\nNOW = datetime.datetime.now(datetime.UTC)\n", 2),
    ("from datetime import datetime\nSTAMP = datetime.utcnow().isoformat()\n", 2),
    ("import time\nSTARTED = time.time()\n", 2),
    ("import time\nLABEL = time.strftime('%Y-%m')\n", 2),
    ("from desktop.core.store.models.base import utcnow\nAT = utcnow()\n", 2),
    ("from datetime import date, timedelta\nWEEK = [date.today() + timedelta(days=d)\n"
     "        for d in range(7)]\n", 2),
    ("from datetime import date\nMONTH = f'{date.today():%Y-%m}-01'\n", 2),
    ("from datetime import date\nclass TestDays:\n    DAY = date.today()\n", 3),
    ("from datetime import date\ndef helper(day=date.today()):\n    return day\n", 2),
    ("from datetime import date\ndef helper(*, day=str(date.today())):\n    return day\n", 2),
    ("import pytest\nfrom datetime import date, timedelta\n"
     "@pytest.mark.parametrize('day', [date.today() - timedelta(days=1)])\n"
     "def test_x(day):\n    assert day\n", 3),
    ("from datetime import date\nF = lambda day=date.today(): day\n", 2),
    ("import os\nfrom datetime import date\nif os.name:\n    DAY = date.today()\n", 4),
    ("from datetime import date\ntry:\n    DAY = date.today()\nexcept ValueError:\n"
     "    DAY = None\n", 3),
    ("from datetime import date\ndef _day():\n    return date.today()\nDAY = _day()\n", 4),
    ("from datetime import date\nclass Made:\n    def __init__(self):\n"
     "        self.day = date.today()\nMADE = Made()\n", 5),
], ids=["date_today", "datetime_now", "utcnow", "time_time", "time_strftime", "utcnow_helper",
        "comprehension", "f_string", "class_attribute", "default_argument",
        "keyword_default", "parametrize_table", "lambda_default", "inside_if", "inside_try",
        "helper_called_at_import", "class_made_at_import"])
def test_each_way_of_reading_the_clock_at_import_is_named(tmp_path: Path, source: str,
                                                           line: int) -> None:
    assert _scan(tmp_path, test_made=source) == [f"test_made:{line}"]


def test_a_helper_of_another_module_is_followed(tmp_path: Path) -> None:
    found = _scan(tmp_path, helpers__dates="""
        from datetime import date, timedelta

        def yesterday():
            return _today() - timedelta(days=1)

        def _today():
            return date.today()

        def fixed():
            return date(2026, 4, 20)
        """, test_uses="""
        from tests.helpers import dates
        from tests.helpers.dates import yesterday as day_before

        PAST = day_before()
        ALSO = dates.yesterday()
        FIXED = dates.fixed()
        """)
    assert found == ["test_uses:5", "test_uses:6"]


def test_reading_the_clock_when_the_test_runs_is_not_named(tmp_path: Path) -> None:
    assert _scan(tmp_path, test_fine="""
        import time
        from datetime import date, timedelta

        import pytest

        FIXED = date(2026, 4, 20)  # a fixed day the services accept
        TABLE = [timedelta(days=-30), timedelta(days=1)]  # days from the day the test runs
        LATER = lambda: date.today()  # noqa: E731  (read when called)
        CLOCK = date.today  # not called
        BACK_THEN = time.strftime("%Y", time.gmtime(0))  # an explicit time: no clock

        def today_plus(days):
            return date.today() + timedelta(days=days)

        @pytest.fixture
        def day():
            return date.today()

        class TestDays:
            def test_inside(self):
                assert date.today() and today_plus(1)

        def test_nested():
            class Local:
                DAY = date.today()
            assert Local.DAY

        if __name__ == "__main__":
            print(date.today())
        """) == []

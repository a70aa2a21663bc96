"""The case list as the GUI shows it, in a process of its own: scrolling and memory.

Run by ``bench/cases.py`` (``python -m bench.case_list_gui FOLDER USERNAME PASSWORD`` prints one
JSON object). The process logs in, shows the case list (``CaseListView``) over the 100,000-case
demo database offscreen, waits for the first screen, then for the id list loaded in the
background, times "scroll to the end" (page cache emptied each run), scrolls through the whole
list page by page and reports its memory (resident set, current and peak). The baseline process
shows a bare PySide6 window and reports the same memory figures.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

RUNS = 7
BARE = """
import json, sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
from PySide6.QtCore import QEventLoop
w = QWidget(); w.resize(1100, 700); w.show(); QEventLoop().processEvents()
from bench.case_list_gui import memory_mb
print(json.dumps(memory_mb()), flush=True)
"""


def memory_mb() -> dict[str, float]:
    """This process's resident set now and at its peak, in MB (Linux ``/proc``)."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0]) / 1024
    return {"rss_mb": fields.get("VmRSS", 0.0), "peak_mb": fields.get("VmHWM", 0.0)}


def _until(loop: Any, done: Any, timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the case list did not get there in time")
        loop.processEvents()


def _measure(folder: Path, username: str, password: str) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from desktop.core.services import session
    from desktop.core.store.datafolder import DataFolder
    from desktop.gui.cases.case_list import CaseListView
    from desktop.gui.cases.list_model import PAGE

    app = QApplication(sys.argv[:1])
    # QEventLoop.processEvents: PySide6 6.12's static QCoreApplication.processEvents drops a
    # reference to None at each call (Python 3.11 aborts after some 45,000 calls).
    app_loop = QEventLoop(app)
    vault = session.login(DataFolder(folder), username, password)
    view = CaseListView(lang="en")
    view.resize(1100, 700)
    view.show()
    app_loop.processEvents()
    model, table = view.model, view.table
    started = time.perf_counter()
    view.set_vault(vault)
    _until(app_loop, lambda: 0 in model._pages)
    opened = time.perf_counter() - started
    while model.canFetchMore():  # as scrolling to the end, step by step, counts them all
        model.fetchMore()
    all_ids = time.perf_counter() - started
    last = (model.rowCount() - 1) // PAGE
    times = []
    for _ in range(RUNS + 1):
        model._pages.clear()
        table.scrollToTop()
        table.viewport().update()
        _until(app_loop, lambda: 0 in model._pages)
        start = time.perf_counter()
        table.scrollToBottom()
        _until(app_loop, lambda: last in model._pages)
        times.append(time.perf_counter() - start)
    total = model.rowCount()
    for row in range(0, total, PAGE):
        table.scrollTo(model.index(row, 0))
        app_loop.processEvents()
    table.scrollToBottom()
    _until(app_loop, lambda: last in model._pages)
    result = {"rows": total, "first_screen_s": opened, "all_ids_s": all_ids,
              "scroll_end_s": statistics.median(times[1:]), **memory_mb()}
    view.set_vault(None)
    session.lock(vault, reason="logout")
    return result


def _run(args: list[str]) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    root = str(Path(__file__).resolve().parents[1])
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env,
                         cwd=root, timeout=900, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def listed(folder: Path, username: str, password: str) -> dict[str, Any]:
    """The figures of a process that lists (and scrolls through) every case of ``username``."""
    return _run(["-m", "bench.case_list_gui", str(folder), username, password])


def bare() -> dict[str, Any]:
    """The memory of a process showing a bare PySide6 window."""
    return _run(["-c", BARE])


if __name__ == "__main__":
    print(json.dumps(_measure(Path(sys.argv[1]), sys.argv[2], sys.argv[3])), flush=True)

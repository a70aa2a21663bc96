"""The GUI survives many void Qt calls under Python 3.11 (the binding drops a reference to
``None`` on each: without the guard the process aborts after a few thousand)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
from PySide6.QtWidgets import QApplication, QLabel
import desktop.gui  # noqa: F401  (pins None)
app = QApplication([])
label = QLabel()
for i in range(200_000):
    label.setText(str(i % 7))
print("ALIVE", flush=True)
"""


def test_two_hundred_thousand_void_calls_do_not_abort() -> None:
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True,
                          text=True, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                               "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ALIVE"

"""Start-up and unlock benchmarks (quality.md targets: start to login < 1 s, unlock < 1 s).

Each figure is a median over several runs with a baseline measured in the same run:
- start to login window, against a bare PySide6 window (both as fresh processes);
- unlock (key slot + open + integrity and schema check + audit), against Argon2id alone;
- with ``RELAIS_BENCH_BUNDLE`` set to a built bundle's folder (``installer/build.sh DIST``,
  then ``DIST/Relais``): the frozen ``Relais`` executable's start to its login window (the
  smoke hook's ``login window shown`` line, ``gui/app.py``), against the same bare window.

Run: ``.venv/bin/python -m bench.startup`` (or through ``bench/run.py``).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RUNS = 5

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv[:1])
w = QWidget(); w.setWindowTitle("bare"); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

RELAIS = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from desktop.gui.app import make_application
from desktop.gui.shell import Shell
from desktop.core.store.datafolder import DataFolder
app = make_application()
shell = Shell(DataFolder(Path(sys.argv[1])))
shell.start()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""


def _time_to_shown(code: str, *args: str) -> float:
    return _time_to_line([sys.executable, "-c", code, *args], "shown")


def _time_to_line(command: list[str], expected: str, **env: str) -> float:
    """Seconds from starting ``command`` to its first line of output, which must start with
    ``expected``."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               **env)
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.stdout.read()
    proc.wait(timeout=60)
    if not line.startswith(expected):
        raise RuntimeError(f"no {expected!r} from {command[0]}: {line!r}")
    return elapsed


def _median(values: list[float]) -> float:
    return statistics.median(values)


def start_to_login(folder: Path) -> tuple[float, float]:
    """Median seconds from process start to the login window, and to a bare window."""
    relais = [_time_to_shown(RELAIS, str(folder)) for _ in range(RUNS)]
    bare = [_time_to_shown(BARE) for _ in range(RUNS)]
    return _median(relais), _median(bare)


def frozen_start_to_login(bundle: Path, folder: Path) -> float:
    """Median seconds from starting the bundle's ``Relais`` to its login window."""
    executable = bundle / ("Relais.exe" if os.name == "nt" else "Relais")
    return _median([_time_to_line([str(executable), "--data", str(folder)],
                                  "login window shown", RELAIS_SMOKE_QUIT_MS="0")
                    for _ in range(RUNS)])


def unlock(folder: Path, username: str, password: str) -> tuple[float, float]:
    """Median seconds to log in, and for the Argon2id derivation alone."""
    from desktop.core.services import session
    from desktop.core.store import keyslots
    from desktop.core.store.datafolder import DataFolder

    data = DataFolder(folder)
    slot = data.read_slots().find_user(username)
    assert slot is not None
    params = keyslots.KdfParams.from_dict(slot.kdf)
    salt = os.urandom(16)
    logins, kdfs = [], []
    for _ in range(RUNS):
        t = time.perf_counter()
        vault = session.login(data, username, password)
        logins.append(time.perf_counter() - t)
        vault.close()
        t = time.perf_counter()
        keyslots.derive_key(password, salt, params)
        kdfs.append(time.perf_counter() - t)
    return _median(logins), _median(kdfs)


def make_folder(root: Path) -> tuple[Path, str, str]:
    """A fresh data folder with an administrator."""
    from desktop.core.services import session
    from desktop.core.store.datafolder import DataFolder

    path = root / "startup-data"
    vault, _ = session.initialise(DataFolder(path), organisation="Bench", site="Mopti",
                                  admin_username="admin", admin_password="bench-password")
    session.lock(vault)
    return path, "admin", "bench-password"


def run(folder: Path | None = None, username: str = "admin",
        password: str = "bench-password") -> list[tuple[str, float, float | None, str]]:
    """Rows of (figure, median seconds, baseline seconds, target)."""
    with tempfile.TemporaryDirectory() as tmp:
        if folder is None:
            folder, username, password = make_folder(Path(tmp))
        login_s, bare_s = start_to_login(folder)
        unlock_s, kdf_s = unlock(folder, username, password)
        bundle = os.environ.get("RELAIS_BENCH_BUNDLE")
        frozen = [("  frozen bundle, same", frozen_start_to_login(Path(bundle), folder),
                   bare_s, "< 0.5 s")] if bundle else []
    return [
        ("start to login window", login_s, bare_s, "< 0.5 s"),
        *frozen,
        ("unlock (slot + open + checks)", unlock_s, kdf_s, "< 1 s"),
    ]


def _unit(target: str) -> Callable[[float], str]:
    """Figures in MB when the target is in MB (memory), else seconds shown in ms."""
    if target.endswith("MB"):
        return lambda value: f"{value:8.1f}MB"
    return lambda value: f"{value * 1000:8.1f}ms"


def report(rows: list[tuple[str, float, float | None, str]]) -> str:
    """A plain table of the figures."""
    lines = [f"{'figure':34} {'median':>10} {'baseline':>10} {'ratio':>7}  target"]
    for name, value, base, target in rows:
        ratio = f"{value / base:6.2f}x" if base else "      -"
        shown = _unit(target)
        base_text = shown(base) if base else "         -"
        lines.append(f"{name:34} {shown(value)} {base_text} {ratio}  {target}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(run()))

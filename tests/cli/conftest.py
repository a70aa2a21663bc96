"""Run ``relais`` as a user would: a real process, passwords on standard input."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def relais() -> Run:
    """Call ``relais ARGS`` with ``stdin`` text; returns the completed process."""

    def run(*args: str, stdin: str = "", lang: str = "en") -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        argv = [sys.executable, "-m", "desktop"]
        if lang:
            argv += ["--lang", lang]
        return subprocess.run([*argv, *args], input=stdin, capture_output=True, text=True,
                              env=env, timeout=120)

    return run

"""Run ``relais`` as a user would: a real process, passwords on standard input."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable

import pytest

from tests.helpers.cli_process import run_relais

Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def relais() -> Run:
    """Call ``relais ARGS`` with ``stdin`` text; returns the completed process (a process of
    its own, forked from one that imported Relais already: ``tests/helpers/cli_process.py``)."""

    def run(*args: str, stdin: str = "", lang: str = "en") -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        argv = ["--lang", lang] if lang else []
        return run_relais([*argv, *args], input=stdin, env=env, timeout=120)

    return run

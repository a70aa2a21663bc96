"""Timing helper shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any


def median_time(fn: Callable[[], Any], runs: int) -> float:
    """Median seconds of ``runs`` calls of ``fn``, after one warm-up call."""
    fn()  # warm the page cache and the statement caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)

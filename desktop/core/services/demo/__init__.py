"""Fictional demo data in bulk, for ``relais demo`` and the benchmarks (used by nothing else)."""

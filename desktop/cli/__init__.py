"""The command line: a thin face over ``desktop.core`` (``relais --help``).

A package rather than one ``cli.py``: each subcommand lives in its own small module and
registers itself in ``COMMANDS`` in ``main.py``.
"""

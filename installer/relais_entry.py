"""Entry point of the frozen Relais executables (``Relais`` GUI and ``relais-cli`` console).

Both executables run the same code: with no subcommand the GUI starts, otherwise the command
line runs (``relais-cli init ...``). On Windows only ``relais-cli.exe`` has a console, so
command-line output is visible there; ``Relais.exe`` is the one the shortcuts start.
"""

from desktop.cli.main import main

raise SystemExit(main())

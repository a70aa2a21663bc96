"""A command's start loads only what it needs: the export writers (XLSX, ZIP and the export
service) load for ``relais export``, not for every command (issue 13: the first command-line
login of the day under a second)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("xlsxwriter", "pyzipper", "desktop.core.services.reports.exports")
# what a login needs, imported while the password's Argon2 runs: not by the parser
DATABASE = ("sqlalchemy", "sqlcipher3", "desktop.core.store.models",
            "desktop.core.services.session")


def _loaded_after(code: str, watched: tuple[str, ...] = HEAVY) -> set[str]:
    probe = (f"import sys\n{code}\n"
             f"print(' '.join(m for m in {watched!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return set(done.stdout.split())


def test_the_parser_and_the_login_load_no_export_writer() -> None:
    assert _loaded_after("from desktop.cli import main\nmain.build_parser()\n"
                         "import desktop.cli.io, desktop.core.services.session") == set()


def test_the_export_command_loads_them_when_it_runs() -> None:
    # the probe proves itself: the same check sees them once the export service is imported
    assert _loaded_after("from desktop.cli import main\nmain.build_parser()\n"
                         "from desktop.core.services.reports import exports") == set(HEAVY)


def test_the_parser_is_built_without_the_database_layer() -> None:
    # ``relais --help`` or a mistyped option answers without SQLAlchemy or the models, and a
    # login starts the password's Argon2 before importing them (``io.login_as``)
    assert _loaded_after("from desktop.cli import main\nmain.build_parser()\n"
                         "import desktop.cli.io", DATABASE) == set()
    assert _loaded_after("from desktop.cli import main\nmain.build_parser()\n"
                         "import desktop.core.services.session", DATABASE) == set(DATABASE)

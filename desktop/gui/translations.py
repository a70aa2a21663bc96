"""Translations of the GUI: ``.ts`` sources compiled to ``.qm`` and installed as QTranslators.

Source strings are English, so English needs no translator; French (the default) loads every
``resources/translations/*_fr.qm`` plus Qt's own ``qtbase_fr.qm`` (standard buttons).

A fresh clone has only ``.ts`` files: at startup each ``.ts`` whose ``.qm`` is missing or older
is compiled with ``lrelease`` (shipped with PySide6) into a cache folder, so no build step is
needed. ``python -m desktop.gui.translations`` compiles them next to the ``.ts`` files (run it
before freezing the installer). Switching language also switches the core's messages
(``desktop.core.i18n.set_language``).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from desktop import APP_NAME
from desktop.core import i18n
from desktop.core.paths import resources_dir

LANGUAGES = i18n.LANGUAGES
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    """``resources/translations``."""
    return resources_dir() / "translations"


def cache_dir() -> Path:
    """Where ``.qm`` files compiled at startup go."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "translations"


def lrelease() -> str | None:
    """The ``lrelease`` program shipped with PySide6 (or on the PATH)."""
    package = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (package / name).exists():
            return str(package / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile one ``.ts`` to ``qm``; False when lrelease is missing or fails."""
    program = lrelease()
    if program is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [program, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
    return result.returncode == 0 and qm.exists()


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime


def qm_files(lang: str) -> list[Path]:
    """Up-to-date ``.qm`` files for ``lang``, compiling into the cache where needed."""
    folder = translations_dir()
    found: dict[str, Path] = {qm.stem: qm for qm in folder.glob(f"*_{lang}.qm")}
    for ts in sorted(folder.glob(f"*_{lang}.ts")):
        beside = ts.with_suffix(".qm")
        # The cached copy is named after the source's content, not trusted by its date: an
        # older or another copy of Relais (an upgrade, a second install) shares the cache.
        digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
        cached = cache_dir() / f"{ts.stem}-{digest}.qm"
        if _fresh(beside, ts):
            found[ts.stem] = beside
        elif cached.exists() or compile_ts(ts, cached):
            found[ts.stem] = cached
    return [found[name] for name in sorted(found)]


def install(lang: str) -> list[QTranslator]:
    """Make ``lang`` the language of the GUI and of the core's messages."""
    i18n.set_language(lang)
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang == i18n.SOURCE_LANGUAGE or app is None:
        return []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    paths = [Path(qt_dir) / f"qtbase_{lang}.qm", *qm_files(lang)]
    for path in paths:
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)


def main() -> int:
    """Compile every ``.ts`` in resources/translations to a ``.qm`` beside it."""
    program = lrelease()
    if program is None:
        print("lrelease not found (install PySide6)", file=sys.stderr)
        return 1
    status = 0
    for ts in sorted(translations_dir().glob("*.ts")):
        ok = compile_ts(ts, ts.with_suffix(".qm"))
        print(f"{'ok' if ok else 'FAILED'}  {ts.with_suffix('.qm').name}")
        status |= not ok
    return status


if __name__ == "__main__":
    raise SystemExit(main())

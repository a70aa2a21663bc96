"""The frozen build: installer/build.sh makes the PyInstaller bundle, which is then run as an
office PC would run it (offscreen): ``--version``, ``init``, ``check``, a referral letter when
that command exists, and the GUI up to its login window. ``makensis`` compiles the Windows
installer script against a stand-in payload so a syntax error is caught on Linux.

The bundle is built once per test run, even with ``-n 2``: the first worker builds under a
file lock in the run's shared temporary folder, the other one reuses it.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from filelock import FileLock

from desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
PASSWORD = "Mot de passe du test ɛɔ 2024"
HAVE_PYINSTALLER = importlib.util.find_spec("PyInstaller") is not None
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 120

Initialised = tuple[Path, subprocess.CompletedProcess[str]]
pytestmark = pytest.mark.installer
needs_pyinstaller = pytest.mark.skipif(
    not HAVE_PYINSTALLER or sys.platform != "linux",
    reason="PyInstaller not installed (or not Linux: build.sh is the Linux build)",
)


def _shared_tmp(factory: pytest.TempPathFactory) -> Path:
    """This run's temporary folder, shared by the xdist workers (the pytest-xdist recipe)."""
    base = factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``Relais/`` built by installer/build.sh (once per run)."""
    shared = _shared_tmp(tmp_path_factory) / "installer-build"
    shared.mkdir(exist_ok=True)
    dist, log = shared / "dist", shared / "build.log"
    with FileLock(str(shared / "build.lock")):
        if (shared / "failed").exists():
            pytest.fail(f"the bundle build failed (see {log})")
        if not (dist / "Relais" / "relais-cli").exists():
            env = {**os.environ, "PYTHON": sys.executable, "WORK_DIR": str(shared / "work")}
            started = time.monotonic()
            result = subprocess.run(
                ["bash", str(INSTALLER / "build.sh"), str(dist)],
                env=env,
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=BUILD_TIMEOUT,
                check=False,
            )
            log.write_text(result.stdout + result.stderr, encoding="utf-8")
            if result.returncode != 0:
                (shared / "failed").touch()
                pytest.fail(f"build.sh failed:\n{result.stderr[-3000:]}")
            (shared / "build-seconds").write_text(f"{time.monotonic() - started:.1f}")
    return dist / "Relais"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throwaway home so the frozen app's settings and caches stay in the test folder."""
    return tmp_path_factory.mktemp("home")


def run(
    bundle: Path, home: Path, program: str, args: Sequence[str], stdin: str = "", **extra_env: str
) -> subprocess.CompletedProcess[str]:
    """Run one of the bundle's executables as a user would, outside the source tree."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "RELAIS_", "XDG_"))
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_DATA_HOME=str(home / "data"),
        QT_QPA_PLATFORM="offscreen",
        **extra_env,
    )
    return subprocess.run(
        [str(bundle / program), *args],
        input=stdin,
        env=env,
        cwd=home,
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )


@pytest.fixture(scope="module")
def initialised(bundle: Path, home: Path, tmp_path_factory: pytest.TempPathFactory) -> Initialised:
    """A data folder made by the frozen ``relais init``; returns (folder, the run's result)."""
    data = tmp_path_factory.mktemp("frozen") / "data"
    init = [
        "init",
        "--data",
        str(data),
        "--org",
        "ONG Essai",
        "--site",
        "Mopti",
        "--admin",
        "admin",
    ]
    result = cli(bundle, home, *init)
    return data, result


def cli(
    bundle: Path, home: Path, *args: str, password: str = PASSWORD
) -> subprocess.CompletedProcess[str]:
    """``relais-cli ARGS`` with ``password`` as the one line on standard input."""
    return run(bundle, home, "relais-cli", args, stdin=password + "\n")


# -- the bundle ------------------------------------------------------------------------------
@needs_pyinstaller
def test_bundle_carries_resources_migrations_and_qt_plugins(bundle: Path) -> None:
    inside = bundle / "_internal"
    for name in ("Relais", "relais-cli"):
        assert os.access(bundle / name, os.X_OK), name
    translations = {p.name for p in (inside / "resources" / "translations").iterdir()}
    assert {"shell_fr.ts", "shell_fr.qm", "foundation_fr.qm"} <= translations
    assert (inside / "resources" / "reference" / "gbv_types.json").exists()
    assert (inside / "resources" / "fonts" / "DejaVuSans.ttf").exists()
    forms = {p.name for p in (inside / "ui").glob("*.ui")}
    assert forms == {p.name for p in (ROOT / "ui").glob("*.ui")}  # every form of ui/
    assert (inside / "ui" / "relais.qss").exists()
    assert (inside / "ui" / "icons" / "LICENSE").exists()
    assert (inside / "migrations" / "env.py").exists()
    assert (inside / "migrations" / "script.py.mako").exists()
    assert list((inside / "migrations" / "versions").glob("0001_*.py"))
    plugins = inside / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqoffscreen.so", "platforms/libqxcb.so"):
        assert (plugins / plugin).exists(), plugin
    for folder in ("printsupport", "imageformats"):
        assert any((plugins / folder).iterdir()), folder
    assert list((inside / "sqlcipher3").glob("_sqlite3*.so"))
    libs = {p.name for p in (inside / "PySide6" / "Qt" / "lib").iterdir()}
    assert not [lib for lib in libs if re.search("WebEngine|Quick|Qml|3D", lib)]
    assert not (inside / "pytest").exists() and not (inside / "_pytest").exists()


@needs_pyinstaller
def test_version(bundle: Path, home: Path) -> None:
    for program in ("relais-cli", "Relais"):
        result = run(bundle, home, program, ["--version"])
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"Relais {__version__}"


@needs_pyinstaller
def test_init_prints_recovery_key_and_check_says_ok(
    bundle: Path, home: Path, initialised: Initialised
) -> None:
    data, result = initialised
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{1,4})+", result.stdout.strip()), result.stdout
    assert (data / "relais.db").exists()
    check = cli(bundle, home, "check", "--data", str(data), "--as", "admin")
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip() == "ok"
    wrong = cli(bundle, home, "check", "--data", str(data), "--as", "admin", password="wrong")
    assert wrong.returncode == 1
    assert "Traceback" not in wrong.stderr and wrong.stderr.strip()


@needs_pyinstaller
def test_backup_restores_on_a_new_pc(
    bundle: Path, home: Path, initialised: Initialised, tmp_path: Path
) -> None:
    commands = cli(bundle, home, "--help").stdout
    for command in ("backup", "restore"):  # a subcommand missing from the bundle is a defect
        assert re.search(rf"\b{command}\b", commands), f"relais {command} not in the bundle"
    data, _ = initialised
    backup = tmp_path / "usb" / "relais.relaisbak"
    backup.parent.mkdir()
    made = cli(bundle, home, "backup", "--data", str(data), "--as", "admin", "--to", str(backup))
    assert made.returncode == 0, made.stderr
    new_pc = tmp_path / "new-pc" / "Relais"
    restored = cli(
        bundle, home, "restore", "--data", str(new_pc), "--from", str(backup), "--as", "admin"
    )
    assert restored.returncode == 0, restored.stderr
    check = cli(bundle, home, "check", "--data", str(new_pc), "--as", "admin")
    assert check.stdout.strip() == "ok", check.stderr


@needs_pyinstaller
def test_letter_to_pdf(bundle: Path, home: Path, tmp_path: Path) -> None:
    commands = cli(bundle, home, "--help").stdout
    missing = [c for c in ("demo", "referrals", "letter") if not re.search(rf"\b{c}\b", commands)]
    assert not missing, f"not in the bundle: relais {', '.join(missing)}"
    data = tmp_path / "demo"
    demo = cli(bundle, home, "demo", "--data", str(data), "--cases", "30", "--seed", "7")
    assert demo.returncode == 0, demo.stderr
    as_supervisor = ("--data", str(data), "--as", "superviseur")
    listed = cli(bundle, home, "referrals", *as_supervisor)
    assert listed.returncode == 0, listed.stderr
    lines = [line for line in listed.stdout.splitlines() if line.strip()]
    assert lines, "the demo data holds no referral the supervisor sees"
    reference = lines[0].split("\t")[0]
    pdf = tmp_path / "letter.pdf"
    letter = cli(
        bundle,
        home,
        "letter",
        *as_supervisor,
        "--referral",
        reference,
        "--lang",
        "fr",
        "--out",
        str(pdf),
    )
    assert letter.returncode == 0, letter.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    from pypdf import PdfReader

    text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    assert reference in text.replace(" ", "") or reference in text


@needs_pyinstaller
def test_gui_starts_to_login_window_in_french(
    bundle: Path, home: Path, initialised: Initialised
) -> None:
    data, _ = initialised
    started = time.monotonic()
    result = run(bundle, home, "Relais", ["--data", str(data)], RELAIS_SMOKE_QUIT_MS="0")
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    assert "login window shown: Relais — connexion" in result.stdout, result.stdout
    # the French came from the bundled .qm files, not from a compile into the user's cache
    assert not (home / "cache" / "Relais" / "translations").exists()
    assert "Traceback" not in result.stderr
    print(f"frozen start to login window: {seconds:.2f} s")


@needs_pyinstaller
def test_gui_starts_setup_wizard_on_an_empty_folder(
    bundle: Path, home: Path, tmp_path: Path
) -> None:
    result = run(
        bundle, home, "Relais", ["--data", str(tmp_path / "new")], RELAIS_SMOKE_QUIT_MS="0"
    )
    assert result.returncode == 0, result.stderr
    assert "setup wizard shown" in result.stdout, result.stdout
    assert not (tmp_path / "new" / "relais.db").exists()


# -- the Windows installer script ------------------------------------------------------------
@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (Debian nsis) absent")
def test_nsis_script_compiles_against_a_stand_in_payload(tmp_path: Path) -> None:
    payload = tmp_path / "Relais"
    (payload / "_internal" / "resources").mkdir(parents=True)
    for name in ("Relais.exe", "relais-cli.exe"):
        (payload / name).write_bytes(b"MZ stand-in")
    (payload / "_internal" / "resources" / "stand-in.txt").write_text("payload")
    setup = tmp_path / f"Relais-{__version__}-setup.exe"
    result = subprocess.run(
        [
            "makensis",
            "-V2",
            "-WX",
            f"-DVERSION={__version__}",
            f"-DSOURCE_DIR={payload}",
            f"-DOUT_FILE={setup}",
            str(INSTALLER / "relais.nsi"),
        ],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert setup.read_bytes()[:2] == b"MZ"


def test_uninstaller_never_touches_the_data_folder() -> None:
    script = (INSTALLER / "relais.nsi").read_text(encoding="utf-8")
    uninstall = script[script.index('Section "Uninstall"') :]
    uninstall = uninstall[: uninstall.index("SectionEnd")]
    code = "\n".join(line.split(";")[0] for line in uninstall.splitlines())
    assert "APPDATA" not in code and "$PROFILE" not in code
    assert not re.search(r'RMDir\s+/r\s+"\$INSTDIR"', code)
    assert "Vos données ne sont PAS supprimées" in script
    assert "Your data is NOT deleted" in script

"""The Windows installer run as Windows runs it: Debian's Wine, a fresh 64-bit prefix, no display.

``installer/relais.nsi`` (the release script) is compiled with ``makensis`` against a stand-in
payload (two small ``.exe`` files and an ``_internal`` folder; the real PyInstaller bundle is
tested in test_installer.py), then ``Relais-x.y.z-setup.exe /S`` runs silently in the prefix.
The checks read what Windows would show: the files in ``C:\\Program Files\\Relais``, the
Start-menu and desktop shortcuts (their targets parsed from the ``.lnk`` files), the Add/Remove
Programs entry (``reg query``), the language; then ``uninstall.exe /S`` must remove the program
and leave ``%LOCALAPPDATA%\\Relais`` (a database and backups planted there) untouched, as must an
upgrade over an older version.

One prefix per test process (``wineboot`` takes about 20 s); every test leaves it as it found it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

import pytest

from desktop import __version__

LnkParse3 = pytest.importorskip("LnkParse3", reason="LnkParse3 (dev extras) not installed")

ROOT = Path(__file__).resolve().parents[2]
NSI = ROOT / "installer" / "relais.nsi"
OLD_VERSION = "0.0.1"
TIMEOUT = 120
WINE32_LOADER = Path("/usr/lib/wine/wine")  # Debian's wine32:i386; the NSIS stub is 32-bit
UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Relais"
APP_KEY = r"HKLM\Software\Relais"
INSTDIR = r"C:\Program Files\Relais"
START_MENU = r"C:\ProgramData\Microsoft\Windows\Start Menu\Programs\Relais"
DESKTOP_LNK = r"C:\users\Public\Desktop\Relais.lnk"
FRENCH, ENGLISH = "1036", "1033"

pytestmark = [
    pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (Debian nsis) absent"),
    pytest.mark.skipif(shutil.which("wine") is None, reason="wine (Debian wine) not installed"),
    pytest.mark.skipif(
        not WINE32_LOADER.exists(),
        reason="wine32:i386 not installed: the NSIS installer is a 32-bit program",
    ),
]


@dataclass
class Prefix:
    """A Wine prefix (a fresh Windows) and how to run programs in it."""

    path: Path
    local_appdata: Path  # %LOCALAPPDATA% as a Linux path

    def env(self, locale: str) -> dict[str, str]:
        """Wine's environment: no display, no Mono/Gecko prompts, Windows' language from LANG."""
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env.update(
            WINEPREFIX=str(self.path),
            WINEDEBUG="-all",
            WINEDLLOVERRIDES="mscoree,mshtml=",
            LANG=locale,
            LC_ALL=locale,
        )
        return env

    def run(
        self, *args: str, locale: str = "en_US.UTF-8", check: bool = True, wait: bool = True
    ) -> subprocess.CompletedProcess[str]:
        """``wine ARGS``; ``wait``: until every program it started has ended (and wineserver)."""
        result = subprocess.run(
            ["wine", *args],
            env=self.env(locale),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        if wait:  # the uninstaller copies itself to %TEMP% and returns at once: wait for it
            subprocess.run(["wineserver", "-w"], env=self.env(locale), timeout=TIMEOUT, check=False)
        if check:
            assert result.returncode == 0, (args, result.returncode, result.stderr[-2000:])
        return result

    def unix(self, windows_path: str) -> Path:
        """The Linux path of ``C:\\...`` inside this prefix."""
        parts = PureWindowsPath(windows_path).parts
        assert parts[0].upper() == "C:\\", windows_path
        return self.path / "drive_c" / Path(*parts[1:])

    def reg(self, key: str) -> dict[str, tuple[str, str]] | None:
        """``reg query KEY`` in the 64-bit view: {name: (type, value)}, None if absent."""
        result = self.run("reg", "query", key, "/reg:64", check=False, wait=False)
        if result.returncode != 0:
            return None
        values = {}
        for line in result.stdout.splitlines():
            fields = line.strip().split("    ")
            if len(fields) == 3 and fields[1].startswith("REG_"):
                values[fields[0]] = (fields[1], fields[2])
        return values

    def uninstall(self) -> None:
        """Run the installed uninstaller silently, if there is one."""
        if self.unix(INSTDIR + r"\uninstall.exe").exists():
            self.run(INSTDIR + r"\uninstall.exe", "/S")


def compile_setup(out_dir: Path, version: str, payload_marker: str) -> Path:
    """``makensis`` the release script with a stand-in payload; return the setup's path."""
    payload = out_dir / f"payload-{version}" / "Relais"
    (payload / "_internal" / "resources").mkdir(parents=True)
    for name in ("Relais.exe", "relais-cli.exe"):
        (payload / name).write_bytes(f"MZ stand-in {name} {version}".encode())
    (payload / "_internal" / "resources" / "stand-in.txt").write_text(version)
    (payload / "_internal" / payload_marker).write_text(version)
    setup = out_dir / f"Relais-{version}-setup.exe"
    result = subprocess.run(
        [
            "makensis",
            "-V2",
            "-WX",
            f"-DVERSION={version}",
            f"-DSOURCE_DIR={payload}",
            f"-DOUT_FILE={setup}",
            str(NSI),
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return setup


@pytest.fixture(scope="session")
def setups(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The installer of this version and of an older one (for the upgrade)."""
    out = tmp_path_factory.mktemp("setups")
    return {
        "old": compile_setup(out, OLD_VERSION, "old-only-module.pyc"),
        "new": compile_setup(out, __version__, "new-module.pyc"),
    }


@pytest.fixture(scope="session")  # kept for the run: xdist may interleave this module's tests
def wine_prefix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prefix]:
    """A fresh 64-bit Windows (``wineboot --init``), its wineserver stopped at the end."""
    path = tmp_path_factory.mktemp("wine") / "prefix"
    prefix = Prefix(path, Path())
    env = {**prefix.env("en_US.UTF-8"), "WINEARCH": "win64"}
    boot = subprocess.run(
        ["wine", "wineboot", "--init"],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    subprocess.run(["wineserver", "-w"], env=env, timeout=TIMEOUT, check=False)
    assert boot.returncode == 0, boot.stderr[-2000:]
    echoed = prefix.run("cmd", "/c", "echo", "%LOCALAPPDATA%", wait=False).stdout.strip()
    prefix.local_appdata = prefix.unix(echoed)
    try:
        yield prefix
    finally:
        subprocess.run(["wineserver", "-k"], env=env, timeout=TIMEOUT, check=False)
        shutil.rmtree(path, ignore_errors=True)  # 1.3 GB of Windows DLLs


@pytest.fixture
def prefix(wine_prefix: Prefix) -> Iterator[Prefix]:
    """The module's prefix, with Relais uninstalled and the data folder removed after the test."""
    yield wine_prefix
    wine_prefix.uninstall()
    shutil.rmtree(wine_prefix.local_appdata / "Relais", ignore_errors=True)


def plant_data(prefix: Prefix) -> dict[str, str]:
    """A database and backups in %LOCALAPPDATA%\\Relais; returns {relative path: sha256}."""
    data = prefix.local_appdata / "Relais"
    (data / "backups").mkdir(parents=True)
    files = {
        "relais.db": os.urandom(64 * 1024),
        "backups/relais-20261130-080000-daily.relaisbak": os.urandom(16 * 1024),
        "backups/relais-20261201-071500-before-upgrade.relaisbak": os.urandom(16 * 1024),
        "settings.json": b'{"language": "fr"}',
    }
    for name, content in files.items():
        (data / name).write_bytes(content)
    return {name: hashlib.sha256(content).hexdigest() for name, content in files.items()}


def data_now(prefix: Prefix) -> dict[str, str]:
    """{relative path: sha256} of everything now in %LOCALAPPDATA%\\Relais."""
    data = prefix.local_appdata / "Relais"
    return {
        path.relative_to(data).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in data.rglob("*")
        if path.is_file()
    }


def shortcut(prefix: Prefix, windows_path: str) -> dict[str, str]:
    """A ``.lnk`` file's target, arguments and working folder, as Explorer would read them."""
    with prefix.unix(windows_path).open("rb") as handle:
        parsed = LnkParse3.lnk_file(handle).get_json()
    data = parsed.get("data", {})
    return {
        "target": parsed["link_info"]["local_base_path"],
        "arguments": data.get("command_line_arguments", ""),
        "working_directory": data.get("working_directory", ""),
    }


def start_menu(prefix: Prefix) -> list[str]:
    """The names in the Start menu's Relais folder ([] when there is no folder)."""
    folder = prefix.unix(START_MENU)
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


# -- the tests -------------------------------------------------------------------------------
def test_silent_install_shows_what_windows_would_show(prefix: Prefix, setups) -> None:
    # an English Windows, the administrator asks for French
    prefix.run(str(setups["new"]), "/S", "/LANG=fr")

    instdir = prefix.unix(INSTDIR)
    assert (instdir / "Relais.exe").read_bytes() == f"MZ stand-in Relais.exe {__version__}".encode()
    assert (instdir / "relais-cli.exe").exists()
    assert (instdir / "uninstall.exe").read_bytes()[:2] == b"MZ"
    assert (instdir / "_internal" / "resources" / "stand-in.txt").read_text() == __version__
    assert not prefix.unix(r"C:\Program Files (x86)\Relais").exists()  # 64-bit folder only

    assert start_menu(prefix) == ["Relais (ligne de commande).lnk", "Relais.lnk"]
    gui = INSTDIR + r"\Relais.exe"
    assert shortcut(prefix, START_MENU + r"\Relais.lnk")["target"] == gui
    assert shortcut(prefix, DESKTOP_LNK)["target"] == gui
    console = shortcut(prefix, START_MENU + r"\Relais (ligne de commande).lnk")
    assert console["target"].lower() == r"c:\windows\system32\cmd.exe"
    assert console["arguments"] == '/k "relais-cli.exe" --help'
    assert console["working_directory"] == INSTDIR

    entry = prefix.reg(UNINSTALL_KEY)
    assert entry is not None, "no Add/Remove Programs entry"
    assert entry["DisplayName"] == ("REG_SZ", "Relais")
    assert entry["DisplayVersion"] == ("REG_SZ", __version__)
    assert entry["Publisher"] == ("REG_SZ", "Relais")
    assert entry["DisplayIcon"] == ("REG_SZ", gui)
    assert entry["InstallLocation"] == ("REG_SZ", INSTDIR)
    assert entry["UninstallString"] == ("REG_SZ", f'"{INSTDIR}\\uninstall.exe"')
    assert entry["QuietUninstallString"] == ("REG_SZ", f'"{INSTDIR}\\uninstall.exe" /S')
    assert entry["NoModify"] == ("REG_DWORD", "0x1")
    app = prefix.reg(APP_KEY)
    assert app is not None
    assert app["InstallDir"] == ("REG_SZ", INSTDIR)
    assert app["Installer Language"] == ("REG_SZ", FRENCH)  # the uninstaller speaks French


@pytest.mark.parametrize(
    ("locale", "language", "console_name"),
    [
        ("fr_FR.UTF-8", FRENCH, "Relais (ligne de commande).lnk"),
        ("en_US.UTF-8", ENGLISH, "Relais (command line).lnk"),
    ],
)
def test_a_silent_install_speaks_windows_language(
    prefix: Prefix, setups, locale: str, language: str, console_name: str
) -> None:
    prefix.run(str(setups["new"]), "/S", locale=locale)
    assert start_menu(prefix) == sorted([console_name, "Relais.lnk"])
    app = prefix.reg(APP_KEY)
    assert app is not None and app["Installer Language"] == ("REG_SZ", language)


def test_an_unknown_language_installs_nothing(prefix: Prefix, setups) -> None:
    result = prefix.run(str(setups["new"]), "/S", "/LANG=de", check=False)
    assert result.returncode == 2  # NSIS: aborted by the script
    assert not prefix.unix(INSTDIR).exists()
    assert prefix.reg(UNINSTALL_KEY) is None
    assert start_menu(prefix) == []


def test_silent_uninstall_removes_the_program_and_keeps_the_data(prefix: Prefix, setups) -> None:
    planted = plant_data(prefix)
    prefix.run(str(setups["new"]), "/S", "/LANG=fr")
    assert prefix.unix(INSTDIR + r"\Relais.exe").exists()

    prefix.run(INSTDIR + r"\uninstall.exe", "/S")

    assert not prefix.unix(INSTDIR).exists()
    assert start_menu(prefix) == [] and not prefix.unix(START_MENU).exists()
    assert not prefix.unix(DESKTOP_LNK).exists()
    assert prefix.reg(UNINSTALL_KEY) is None
    assert prefix.reg(APP_KEY) is None
    assert data_now(prefix) == planted  # the database and every backup, byte for byte


def test_upgrade_over_an_older_version_keeps_the_data(prefix: Prefix, setups) -> None:
    prefix.run(str(setups["old"]), "/S", "/LANG=fr")
    entry = prefix.reg(UNINSTALL_KEY)
    assert entry is not None and entry["DisplayVersion"] == ("REG_SZ", OLD_VERSION)
    planted = plant_data(prefix)

    prefix.run(str(setups["new"]), "/S")  # an English Windows, no /LANG: the kept choice

    instdir = prefix.unix(INSTDIR)
    assert (instdir / "Relais.exe").read_bytes() == f"MZ stand-in Relais.exe {__version__}".encode()
    assert (instdir / "_internal" / "new-module.pyc").exists()
    assert not (instdir / "_internal" / "old-only-module.pyc").exists()  # no stale module
    entry = prefix.reg(UNINSTALL_KEY)
    assert entry is not None and entry["DisplayVersion"] == ("REG_SZ", __version__)
    assert start_menu(prefix) == ["Relais (ligne de commande).lnk", "Relais.lnk"]
    assert data_now(prefix) == planted

    prefix.run(INSTDIR + r"\uninstall.exe", "/S")
    assert not instdir.exists()
    assert data_now(prefix) == planted

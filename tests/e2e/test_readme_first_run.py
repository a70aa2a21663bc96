"""The README's first-run instructions (issue 11, point 7): the system packages it names are
every one that Qt's xcb window plugin loads, and every file it names is in the repository."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")

# Library → Debian/Ubuntu package. The base system of any desktop (C library, C++ runtime,
# compression, GLib, X11 itself) is there already and is not listed in the README.
PACKAGES = {
    "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1", "libX11-xcb.so.1": "libx11-xcb1",
    "libdbus-1.so.3": "libdbus-1-3", "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6", "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
}
BASE_SYSTEM = {"libc.so.6", "libm.so.6", "libgcc_s.so.1", "libstdc++.so.6", "libz.so.1",
               "libzstd.so.1", "libglib-2.0.so.0", "libgthread-2.0.so.0", "libX11.so.6",
               "ld-linux-x86-64.so.2", "libdl.so.2", "libpthread.so.0", "librt.so.1"}


# Files of the data folder the README describes (made by Relais, not shipped).
DATA_FOLDER_FILES = {"keyslots.json", "attempts.json"}


def _needed(library: Path) -> list[str]:
    output = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True,
                            check=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def _system_libraries_of_xcb_plugin() -> set[str]:
    qt = Path(PySide6.__file__).parent / "Qt"
    bundled = {path.name: path for path in (qt / "lib").glob("*.so*")}
    todo = [qt / "plugins" / "platforms" / "libqxcb.so"]
    seen: set[str] = set()
    system: set[str] = set()
    while todo:
        for name in _needed(todo.pop()):
            if name in bundled:
                if name not in seen:
                    seen.add(name)
                    todo.append(bundled[name])
            else:
                system.add(name)
    return system


def _readme_apt_packages() -> set[str]:
    command = re.search(r"sudo apt-get install -y ([^`]*?)\n```", README, re.S)
    assert command, "the README gives the apt-get command"
    return set(command.group(1).replace("\\", " ").split())


@pytest.mark.skipif(shutil.which("readelf") is None, reason="readelf (binutils) not installed")
@pytest.mark.skipif(not (Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")
                    .exists(), reason="no xcb plugin (not Linux)")
def test_readme_names_every_package_the_xcb_plugin_needs() -> None:
    system = _system_libraries_of_xcb_plugin()
    unknown = system - PACKAGES.keys() - BASE_SYSTEM
    assert not unknown, f"add to PACKAGES: {sorted(unknown)}"
    wanted = {PACKAGES[name] for name in system if name in PACKAGES}
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= wanted
    listed = _readme_apt_packages()
    assert wanted <= listed, sorted(wanted - listed)
    assert "python3-venv" in listed


def test_readme_points_only_to_files_in_the_repository() -> None:
    named = set(re.findall(r"`((?:[\w.-]+/)+[\w.-]+)`", README))
    named |= set(re.findall(r"\b([\w-]+\.(?:md|json|py|ts|spec|nsi|sh|ps1|qss|ui))\b", README))
    missing = []
    for name in sorted(named):
        if name.startswith(("/", "~")):  # a place on the user's machine (/tmp/relais-bench)
            continue
        if "/" in name:
            if not (ROOT / name).exists():
                missing.append(name)
        elif not any(ROOT.rglob(name)) and name not in DATA_FOLDER_FILES:
            missing.append(name)
    assert missing == []

"""Where Relais finds its resources and keeps its data, installed, frozen or from source."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from desktop import APP_NAME


def app_root() -> Path:
    """The folder holding ``resources/`` and ``migrations/`` (the bundle folder when frozen)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    """The ``resources/`` folder: translations, reference data, fonts, icons."""
    return app_root() / "resources"


def migrations_dir() -> Path:
    """The Alembic ``migrations/`` folder."""
    return app_root() / "migrations"


def default_data_dir() -> Path:
    """The data folder when none is given: ``RELAIS_DATA`` or the platform's user data folder."""
    env = os.environ.get("RELAIS_DATA")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))

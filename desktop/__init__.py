"""Relais: offline, encrypted case management for GBV and SEA survivor assistance."""

__version__ = "0.1.0"
APP_NAME = "Relais"

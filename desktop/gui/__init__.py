"""The PySide6 face of Relais: screens per feature over the core services."""

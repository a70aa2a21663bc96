"""The PySide6 face of Relais: screens per feature over the core services."""

from desktop.gui.none_guard import pin_none

pin_none()

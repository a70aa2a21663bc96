"""The look of Relais, kept in the top-level ``ui/`` folder: Qt Designer forms (``*.ui``,
loaded at run time with ``QUiLoader``), the application style sheet (``relais.qss``) and the
icons (``icons/*.svg``, Tabler Icons, MIT: ``icons/LICENSE``).

A form's texts are translated when it is loaded, in the context named by its ``<class>``
(``QUiLoader`` calls ``QCoreApplication.translate``), so its French lives in the ``.ts``
files like every other message. Code finds a form's widgets by their object names.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QByteArray, QFile, QIODevice, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.paths import app_root

ICON_SIZES = (16, 20, 24, 32, 48)
Q = TypeVar("Q", bound=QObject)


def ui_dir() -> Path:
    """The ``ui/`` folder (inside the bundle when frozen)."""
    return app_root() / "ui"


def form_path(name: str) -> Path:
    """``ui/<name>.ui``."""
    return ui_dir() / f"{name}.ui"


class _IntoLoader(QUiLoader):
    """Builds a form's top widget as ``base`` itself (its menus, status bar and central
    widget then belong to ``base``), the rest as usual."""

    def __init__(self, base: QWidget | None) -> None:
        super().__init__()
        self.base = base

    def createWidget(self, class_name: str, parent: QWidget | None = None,
                     name: str = "") -> QWidget:
        """``base`` for the top widget (once), else a new widget of ``class_name``."""
        if parent is None and self.base is not None:
            base, self.base = self.base, None
            if not base.inherits(class_name):
                raise TypeError(f"a {class_name} form cannot fill a {type(base).__name__}")
            base.setObjectName(name)
            return base
        return super().createWidget(class_name, parent, name)


def _load(name: str, parent: QWidget | None, base: QWidget | None) -> QWidget:
    path = form_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(path)
    try:
        loader = _IntoLoader(base)
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise ValueError(f"{path.name}: {loader.errorString()}")
    return widget


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget of ``ui/<name>.ui``, its texts in the current language."""
    return _load(name, parent, None)


def load_into(name: str, base: QWidget) -> None:
    """Build ``ui/<name>.ui`` into ``base`` (a window of the form's top class, e.g. the main
    window's ``QMainWindow``): its menus, actions, status bar and central widget, texts in
    the current language, found afterwards with :func:`child`."""
    _load(name, None, base)


def child(form: QObject, kind: type[Q], name: str) -> Q:
    """The ``kind`` named ``name`` inside a loaded form; a form without it raises
    ``LookupError`` naming both (a ``.ui`` file edited without the code)."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"{form.objectName()}: no {kind.__name__} named {name}")
    return found


def style_sheet() -> str:
    """The application style sheet, ``ui/relais.qss``."""
    return (ui_dir() / "relais.qss").read_text(encoding="utf-8")


def apply_style(app: QApplication) -> None:
    """Give the application its style sheet (once)."""
    if not app.property("relais_styled"):
        app.setStyleSheet(style_sheet())
        app.setProperty("relais_styled", True)


def icon_names() -> list[str]:
    """The names of the icons in ``ui/icons``."""
    return sorted(path.stem for path in (ui_dir() / "icons").glob("*.svg"))


@cache
def _svg(name: str, colour: str) -> bytes:
    text = (ui_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")
    return text.replace("currentColor", colour).encode("utf-8")


def icon(name: str) -> QIcon:
    """Icon ``name`` of ``ui/icons``, drawn in the palette's text colour (greyed when
    disabled); an unknown name raises ``KeyError``."""
    if not (ui_dir() / "icons" / f"{name}.svg").exists():
        raise KeyError(name)
    palette = QGuiApplication.palette()
    result = QIcon()
    for mode, group in ((QIcon.Mode.Normal, QPalette.ColorGroup.Active),
                        (QIcon.Mode.Disabled, QPalette.ColorGroup.Disabled)):
        colour = palette.color(group, QPalette.ColorRole.WindowText).name()
        renderer = QSvgRenderer(QByteArray(_svg(name, colour)))
        for size in ICON_SIZES:
            pixmap = QPixmap(QSize(size, size))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            result.addPixmap(pixmap, mode)
    return result

"""The ``ui/`` folder (issue 11, point 1): every Qt Designer form loads, in French, with every
text translated; the style sheet parses; every icon draws and has its licence."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QMenu, QWidget

from desktop.core import i18n
from desktop.gui import look, translations
from desktop.gui.app import make_application

FORMS = sorted(look.ui_dir().glob("*.ui"))


def _texts(form: Path) -> tuple[str, list[str]]:
    """The form's translation context (its class) and its translatable texts."""
    root = ET.parse(form).getroot()
    context = root.findtext("class") or ""
    texts = [node.text or "" for node in root.iter("string")
             if node.get("notr") != "true" and (node.text or "").strip()]
    return context, texts


def _shown(widget: QWidget) -> list[str]:
    """The texts a person reads on a loaded form: labels, buttons, group titles, menus."""
    return ([label.text() for label in widget.findChildren(QLabel)]
            + [button.text() for button in widget.findChildren(QAbstractButton)]
            + [box.title() for box in widget.findChildren(QGroupBox)]
            + [menu.title() for menu in widget.findChildren(QMenu)]
            + [action.text() for action in widget.findChildren(QAction)]
            + [widget.windowTitle()])


def test_the_ui_folder_holds_the_forms() -> None:
    assert {form.stem for form in FORMS} >= {
        "login", "change_password", "person", "provider", "setup_wizard", "recovery_key",
        "main_window", "export_options", "restore", "backups"}


@pytest.mark.parametrize("form", FORMS, ids=[form.stem for form in FORMS])
def test_every_form_loads_in_french_with_every_text_translated(qapp, form: Path) -> None:
    context, texts = _texts(form)
    missing = [text for text in texts if not i18n.is_translated(context, text, "fr")]
    assert missing == [], f"{form.name}: no French in context {context}"
    translations.install("fr")
    widget = look.load_form(form.stem)
    try:
        assert isinstance(widget, QWidget)
        shown = _shown(widget)
        for text in texts:
            french = i18n.translate(context, text, "fr")
            if french != text and (text in shown or french in shown):
                assert french in shown and text not in shown, text
    finally:
        widget.deleteLater()
        translations.install("en")


def test_every_icon_draws_and_is_credited(qapp) -> None:
    names = look.icon_names()
    assert len(names) >= 30
    credits = (look.ui_dir() / "icons" / "README.md").read_text(encoding="utf-8")
    assert "MIT" in (look.ui_dir() / "icons" / "LICENSE").read_text(encoding="utf-8")
    for name in names:
        icon = look.icon(name)
        assert not icon.isNull(), name
        image = icon.pixmap(24, 24).toImage()
        assert any(image.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24)), \
            name
        assert f"`{name}.svg`" in credits, name
    with pytest.raises(KeyError):
        look.icon("no-such-icon")


def test_the_application_gets_the_style_sheet(qapp, qtlog) -> None:  # type: ignore[no-untyped-def]
    app = make_application()
    try:
        assert isinstance(app, QApplication)
        assert "QListWidget#navigation" in app.styleSheet()
        probe = QWidget()
        probe.ensurePolished()  # a style sheet Qt cannot parse is reported here
        probe.deleteLater()
        assert not [r for r in qtlog.records if "style" in r.message.lower()]
    finally:
        app.setStyleSheet("")
        app.setProperty("relais_styled", False)

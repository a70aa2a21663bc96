"""Every message of the package screens (``desktop/gui/packages``) has its French, and the
French reads as French (typographic apostrophe, no-break spaces before : ; ? !)."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.gui import translations
from tests.core.test_french_typography import typography_problems

ROOT = Path(__file__).resolve().parents[2]


def messages() -> list[tuple[str, str]]:
    """(context, English) of every ``translate("Context", "…")`` of the package screens."""
    found = []
    for path in sorted((ROOT / "desktop" / "gui" / "packages").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate"
                    and len(node.args) >= 2 and all(isinstance(a, ast.Constant)
                                                    for a in node.args[:2])):
                found.append((node.args[0].value, node.args[1].value))  # type: ignore[attr-defined]
    return found


def test_every_message_of_the_package_screens_is_in_french(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(translations, "cache_dir", lambda: tmp_path)
    found = messages()
    assert len(found) > 100  # the scan reads the calls
    translations.install("fr")
    untranslated = [(context, text) for context, text in found
                    if QCoreApplication.translate(context, text) == text
                    and text not in ("Organisation", "Site", "Service", "Note")]
    assert untranslated == []
    french = [QCoreApplication.translate(context, text) for context, text in found]
    assert [t for t in french if typography_problems(t)] == []
    assert QCoreApplication.translate("PackageSend", "Send the package…") == "Envoyer le paquet…"
    assert QCoreApplication.translate("ProviderModel", "Receives packages") == \
        "Reçoit les paquets"

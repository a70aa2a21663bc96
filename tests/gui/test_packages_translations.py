"""Every message of the package screens (``desktop/gui/packages``) has its French, and the
French reads as French (typographic apostrophe, no-break spaces before : ; ? !)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.gui import translations
from tests.core.test_french_typography import typography_problems
from tests.helpers import translation_calls

ROOT = Path(__file__).resolve().parents[2]


def messages() -> list[tuple[str, str]]:
    """(context, English) of every message of the package screens."""
    return translation_calls.messages(sorted((ROOT / "desktop" / "gui" / "packages")
                                             .glob("*.py")))


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

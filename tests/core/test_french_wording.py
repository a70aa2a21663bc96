"""The French interface, letters and reports speak of "la personne survivante", never of "la
survivante" (which assumes every survivor is a woman)."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.catalogue import reference
from desktop.core.i18n import translate

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
FEMININE_ONLY = re.compile(r"\b(la|une|les|des|code) survivantes?\b|^survivantes?\b",
                           re.IGNORECASE)


def _french_texts() -> list[tuple[str, str]]:
    texts = []
    for path in sorted((RESOURCES / "translations").glob("*_fr.ts")):
        for text in re.findall(r"<translation>(.*?)</translation>",
                               path.read_text(encoding="utf-8"), re.DOTALL):
            texts.append((path.name, text))
    for path in sorted((RESOURCES / "reference").glob("*.json")):
        for text in re.findall(r'"fr":\s*"([^"]*)"', path.read_text(encoding="utf-8")):
            texts.append((path.name, text))
    return texts


def test_no_french_text_says_la_survivante() -> None:
    texts = _french_texts()
    assert len(texts) > 500  # the translations and the reference lists were read
    assert [(name, t) for name, t in texts if FEMININE_ONLY.search(t)] == []
    assert sum("personne survivante" in t for _, t in texts) >= 30


def test_the_letter_and_the_consent_giver_say_la_personne_survivante() -> None:
    assert reference.label("consent_given_by", "survivor", "fr") == "La personne survivante"
    assert translate("LetterDocument", "Survivor code", "fr") == "Code de la personne survivante"

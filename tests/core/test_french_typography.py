"""French that reads as French (issue 11, point 8): in every French ``.ts`` translation, the
typographic apostrophe (’), a non-breaking space before « : ; ! ? » and inside « », and no
message left untranslated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
NBSP = "\u00a0\u202f"  # no-break space, narrow no-break space
# What is not prose: markup, {placeholders}, addresses.
NOT_PROSE = re.compile(r"</?[A-Za-z][^<>]*>|\{[^{}]*\}|https?://\S+")


def _messages() -> list[tuple[str, str, str, str]]:
    """(file, context, source, French) for every message of every French .ts file."""
    found = []
    for path in sorted(TRANSLATIONS.glob("*_fr.ts")):
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                node = message.find("translation")
                if node is None or node.get("type") == "unfinished":
                    french = ""
                else:  # a plural message holds its forms in <numerusform>s
                    forms = [form.text or "" for form in node.iter("numerusform")]
                    french = " / ".join(forms) if forms else node.text or ""
                found.append((path.name, name, message.findtext("source") or "", french))
    return found


def typography_problems(french: str) -> list[str]:
    """What breaks French typography in ``french`` (empty when it reads right)."""
    prose = NOT_PROSE.sub("", french)
    problems = []
    if "'" in prose:
        problems.append("straight apostrophe (use ’)")
    if re.search(rf"(?<![{NBSP}])[;!?»]", prose) or re.search(rf"(?<![{NBSP}]):(?=\s|$)", prose):
        problems.append("no non-breaking space before : ; ! ? or »")
    if re.search(rf"«(?![{NBSP}])", prose):
        problems.append("no non-breaking space after «")
    return problems


def test_the_scan_sees_what_is_wrong() -> None:
    assert typography_problems("Le nom d'utilisateur") == ["straight apostrophe (use ’)"]
    assert typography_problems("Statut : ouvert") != []
    assert typography_problems("Statut: ouvert") != []
    assert typography_problems("Êtes-vous sûr ?") != []
    assert typography_problems("le premier « oui » donne le type") != []
    assert typography_problems("Sauvegarde écrite\u00a0: {path} ({size:.1f}).") == []
    assert typography_problems("Êtes-vous sûr\u202f? «\u00a0oui\u00a0» l’a dit") == []
    assert typography_problems("<a href='x'>lien</a> à 10:30") == []


def test_every_french_message_is_typographically_french() -> None:
    messages = _messages()
    assert len(messages) > 1000
    wrong = [(file, context, french, typography_problems(french))
             for file, context, _source, french in messages if typography_problems(french)]
    assert wrong == []


def test_no_message_is_left_untranslated() -> None:
    untranslated = [(file, context, source) for file, context, source, french in _messages()
                    if not french.strip()]
    assert untranslated == []


def test_a_header_typed_with_the_typographic_apostrophe_is_recognised() -> None:
    """A French spreadsheet (or Relais's own French export) writes l’organisation."""
    from desktop.core.exports.directory_synonyms import fold

    assert fold("Nom de l’organisation") == fold("Nom de l'organisation")
    assert fold("Type d’acteur") == "type d acteur"


def test_numbers_sizes_and_role_titles_read_as_french() -> None:
    from desktop.core.i18n import decimal, translate
    from desktop.core.services.accounts.permissions import role_label

    assert decimal(5.0, lang="fr") == "5,0" and decimal(5.0, lang="en") == "5.0"
    assert translate("Backups", "{n} MB", "fr").format(n=decimal(5.0, lang="fr")) == "5,0\u00a0Mo"
    assert translate("SetupWizard", "Password again", "fr") == "Confirmer le mot de passe"
    # a title that fits a woman as well as a man
    assert [translate("Roles", role, "fr") for role in (
        "Case worker", "Supervisor", "Administrator", "Administrator and supervisor")] == [
        "Gestionnaire de cas", "Superviseur·e", "Administrateur·rice",
        "Administrateur·rice et superviseur·e"]
    assert role_label("supervisor") in ("Superviseur·e", "Supervisor")


def test_the_one_stop_centre_has_one_french_name() -> None:
    """No stray English: the French says *Centre One Stop*, in messages and reference lists."""
    from desktop.core.catalogue import reference

    french = [text for _file, _context, _source, text in _messages()]
    assert not [text for text in french if "One-Stop" in text]
    assert reference.label("provider_kinds", "osc", "fr") == "Centre One Stop"
    from desktop.core.i18n import translate

    assert translate("Directory", "One-Stop Centre of {town}", "fr") == "Centre One Stop de {town}"


def test_the_reference_lists_french_labels_are_typographically_french() -> None:
    """The labels of the reference lists (services, places, relationships…) read the same."""
    import json

    wrong = []
    for path in sorted((TRANSLATIONS.parent / "reference").glob("*.json")):
        for text in re.findall(r'"fr":\s*"((?:[^"\\]|\\.)*)"', path.read_text(encoding="utf-8")):
            label = json.loads(f'"{text}"')
            if typography_problems(label):
                wrong.append((path.name, label, typography_problems(label)))
    assert wrong == []

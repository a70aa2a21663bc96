"""The words a directory file may use: column names and labels, with their other spellings.

The list ships as ``resources/import/directory_synonyms.json``; an administrator may extend it
with a file of the same shape named ``directory_synonyms.json`` in the data folder (kept when
Relais is upgraded). Everything is compared folded (case, accents and punctuation ignored), so
"Santé / Médical", "SANTE-MEDICAL" and "sante medical" are one word. A label may also be given
by its code or by its French or English label from the reference lists.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.catalogue import reference
from desktop.core.paths import resources_dir

FILE_NAME = "directory_synonyms.json"
LISTS = ("provider_kinds", "service_types", "regions")


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation and spaces collapsed to one space (the
    typographic apostrophe ’ of French headers too: it is punctuation, not a letter to drop)."""
    text = re.sub(r"[\u2018\u2019\u02bc\u00a0\u202f]", " ", text)
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", plain.casefold()).strip()


@dataclass
class Synonyms:
    """Folded words to field keys, to reference codes, and to yes/no."""

    headers: dict[str, str] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    yes: set[str] = field(default_factory=set)
    no: set[str] = field(default_factory=set)

    def header(self, text: str) -> str | None:
        """The field a column name stands for, or ``None``."""
        return self.headers.get(fold(text))

    def code(self, list_name: str, text: str) -> str | None:
        """The reference code that ``text`` names in ``list_name``, or ``None``
        ("Région de Mopti" names the region Mopti)."""
        table = self.labels.get(list_name, {})
        folded = fold(text)
        if folded not in table and list_name == "regions":
            folded = re.sub(r"^(region|district|cercle) (de la |de l |du |de |d |of )?", "",
                            folded)
        return table.get(folded) or table.get(folded.replace(" ", "") + " ")

    def suggest(self, list_name: str, text: str, lang: str | None = None) -> str | None:
        """The label closest to an unknown ``text`` (difflib), in ``lang``; or ``None``."""
        words = self.labels.get(list_name, {})
        wanted = fold(text)
        close = difflib.get_close_matches(wanted, list(words), n=1, cutoff=0.72)
        if not close:  # a typo inside a longer label: compare with its words too
            parts = {part: word for word in words for part in word.split() if len(part) > 3}
            close = [parts[m] for m in difflib.get_close_matches(wanted, list(parts), n=1,
                                                                 cutoff=0.8)]
        return reference.label(list_name, words[close[0]], lang) if close else None

    def close_header(self, text: str) -> str | None:
        """The field a column name not understood resembles ("Téléphones"), or ``None``."""
        close = difflib.get_close_matches(fold(text), list(self.headers), n=1, cutoff=0.8)
        return self.headers[close[0]] if close else None

    def flag(self, text: str) -> bool | None:
        """True for a yes, False for a no, ``None`` for anything else (empty included)."""
        folded = fold(text)
        if folded in self.yes:
            return True
        if folded in self.no:
            return False
        return None


def _merge(into: Synonyms, data: Any) -> None:
    if not isinstance(data, dict):
        raise ValueError("not an object")
    for key, words in (data.get("headers") or {}).items():
        for word in words:
            into.headers.setdefault(fold(str(word)), str(key))
    for list_name, codes in (data.get("labels") or {}).items():
        known = set(reference.codes(list_name)) if list_name in LISTS else set()
        for code, words in codes.items():
            if code not in known:
                continue  # a code the reference list does not hold is not invented here
            table = into.labels.setdefault(list_name, {})
            for word in words:
                table.setdefault(fold(str(word)), code)
    into.yes.update(fold(str(w)) for w in data.get("yes") or ())
    into.no.update(fold(str(w)) for w in data.get("no") or ())


def load(extra: Path | None = None) -> Synonyms:
    """The shipped synonyms, plus those of ``extra`` when that file exists.

    An unreadable extra file raises ``ValueError`` (the caller says so to the person)."""
    synonyms = Synonyms()
    for list_name in LISTS:  # codes and reference labels come first: they always win
        table = synonyms.labels.setdefault(list_name, {})
        for code in reference.codes(list_name):
            entry = reference.entry(list_name, code)
            for word in (code, entry.get("fr", ""), entry.get("en", "")):
                table.setdefault(fold(word), code)
    _merge(synonyms, _shipped())
    if extra is not None and extra.is_file():
        try:
            _merge(synonyms, json.loads(extra.read_text(encoding="utf-8-sig")))
        except (OSError, UnicodeDecodeError, ValueError, AttributeError, TypeError) as exc:
            raise ValueError(str(extra)) from exc
    synonyms.headers.pop("", None)
    for table in synonyms.labels.values():
        table.pop("", None)
        # "Psycho-social" and "psychosocial" alike: each word also without its spaces (the
        # trailing space keeps these keys apart from the words themselves).
        table.update({word.replace(" ", "") + " ": code for word, code in list(table.items())})
    return synonyms


def _shipped() -> Any:
    path = resources_dir() / "import" / FILE_NAME
    return json.loads(path.read_text(encoding="utf-8"))

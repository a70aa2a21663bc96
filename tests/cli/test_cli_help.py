"""``relais --help`` and every subcommand's help entirely in the chosen language (issue 11,
point 7): argparse's own headings and placeholders too, and they say what ``relais`` alone
does and where the data folder is."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from desktop.cli.main import build_parser
from desktop.core.i18n import set_language
from desktop.core.paths import default_data_dir
from tests.cli.conftest import Run

ARGPARSE_ENGLISH = ("usage:", "options:", "positional arguments", "show this help",
                    "show program's", "default:")
ENGLISH_PLACEHOLDERS = (" DATA", " USER", " FILE", " REASON", " COMMAND ", " PHONE")


def _parsers(parser: argparse.ArgumentParser,
             path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...],
                                                          argparse.ArgumentParser]]:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def _helps(lang: str) -> dict[tuple[str, ...], str]:
    set_language(lang)
    try:
        return {path: parser.format_help() for path, parser in _parsers(build_parser())}
    finally:
        set_language("fr")


def _texts(lang: str) -> dict[tuple[object, ...], str]:
    """Every description and option help of every parser, by where it is."""
    set_language(lang)
    try:
        texts: dict[tuple[object, ...], str] = {}
        for path, parser in _parsers(build_parser()):
            if parser.description:
                texts[(path, "description")] = parser.description
            for i, action in enumerate(parser._actions):
                if action.help and action.help != argparse.SUPPRESS:
                    texts[(path, i)] = action.help
        return texts
    finally:
        set_language("fr")


def test_every_french_help_has_no_english_left() -> None:
    helps = _helps("fr")
    assert len(helps) > 15  # relais, its commands and the nested ones (users add…)
    for path, text in helps.items():
        assert text.startswith("utilisation\u00a0: relais"), path
        for english in ARGPARSE_ENGLISH + ENGLISH_PLACEHOLDERS:
            assert english not in text, (path, english)
        assert "options\u00a0:" in text, path


def test_every_help_sentence_is_translated() -> None:
    english, french = _texts("en"), _texts("fr")
    assert english.keys() == french.keys()
    same = [text for key, text in english.items() if french[key] == text]
    assert same == []


def test_english_help_is_english() -> None:
    for path, text in _helps("en").items():
        assert text.startswith("usage: relais"), path
        assert "utilisation" not in text and "dossier" not in text, path


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_help_says_relais_alone_opens_the_window_and_where_the_data_is(relais: Run,
                                                                       lang: str) -> None:
    result = relais("--help", lang=lang)
    assert result.returncode == 0 and result.stderr == ""
    flat = " ".join(result.stdout.split())
    folder = str(default_data_dir())
    if lang == "fr":
        assert "Sans commande, relais ouvre sa fenêtre" in flat
        assert f"Le dossier des données est {folder}" in flat
    else:
        assert "Without a command, relais opens its window (the GUI)" in flat
        assert f"The data folder is {folder}" in flat
    sub = relais("backup", "--help", lang=lang)
    flat = " ".join(sub.stdout.split())
    assert sub.returncode == 0 and folder in flat
    assert ("dossier des données" if lang == "fr" else "data folder") in flat


def test_a_usage_error_is_one_french_line_after_the_usage(relais: Run) -> None:
    result = relais("users", "add", "--lang", "fr", lang="")
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("relais: arguments obligatoires manquants\u00a0: --as")
    assert "usage" not in result.stderr and "required" not in result.stderr

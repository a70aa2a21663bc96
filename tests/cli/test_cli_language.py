"""``--lang`` before or after the subcommand (issue 12, point 6); French when it is not given.

Real ``relais`` processes: the message a person reads on stderr, and the export file written.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.cli import main as cli_main
from desktop.core.i18n import translate
from desktop.core.store.datafolder import DataFolder
from tests.cli.conftest import Run
from tests.helpers.folders import ADMIN, ADMIN_PASSWORD, PASSWORD

Args = Callable[[Path, DataFolder], list[str]]

# For every subcommand: arguments that end in a translated user error without any password
# being right (a missing data folder, a malformed reference…), and that error in English.
SUBCOMMANDS: dict[str, tuple[Args, str, str]] = {
    "init": (lambda none, f: ["init", "--data", str(none), "--org", "O", "--site", "S",
                              "--admin", "a"],
             "CLI", "Expected a password on standard input: {what}"),
    "users list": (lambda none, f: ["users", "list", "--data", str(none), "--as", ADMIN],
                   "Storage", "No Relais database in this folder."),
    "users add": (lambda none, f: ["users", "add", "x", "--role", "caseworker",
                                   "--data", str(none), "--as", ADMIN],
                  "Storage", "No Relais database in this folder."),
    "users remove": (lambda none, f: ["users", "remove", "x", "--data", str(none),
                                      "--as", ADMIN],
                     "Storage", "No Relais database in this folder."),
    "users passwd": (lambda none, f: ["users", "passwd", "x", "--data", str(none),
                                      "--as", ADMIN],
                     "Storage", "No Relais database in this folder."),
    "check": (lambda none, f: ["check", "--data", str(none), "--as", ADMIN],
              "Storage", "No Relais database in this folder."),
    "demo": (lambda none, f: ["demo", "--data", str(f.path)],
             "CLI", "This folder already holds a database."),
    "export": (lambda none, f: ["export", "--data", str(none), "--as", ADMIN, "--kind",
                                "stats", "--from", "2026-03-01", "--to", "2026-03-31",
                                "--format", "csv", "--out", str(none.parent / "s.csv")],
               "Storage", "No Relais database in this folder."),
    "referrals": (lambda none, f: ["referrals", "--data", str(none), "--as", ADMIN],
                  "Storage", "No Relais database in this folder."),
    "letter": (lambda none, f: ["letter", "--data", str(f.path), "--as", ADMIN,
                                "--referral", "REF-MOP-2026-00017-X",
                                "--out", str(none.parent / "l.pdf")],
               "CLI", "{reference} is not a valid referral reference (check its last "
                      "character)."),
    "backup": (lambda none, f: ["backup", "--data", str(none), "--as", ADMIN],
               "Storage", "No Relais database in this folder."),
    "restore": (lambda none, f: ["restore", "--data", str(none), "--from",
                                 str(none.parent / "missing.relaisbak"), "--as", ADMIN],
                "Restore", "The backup file was not found."),
}


def _fixed_part(template: str) -> str:
    """The longest piece of a message template without a placeholder."""
    return max(re.split(r"\{[^}]*\}", template), key=len).strip()


def _with_lang(argv: list[str], depth: int, where: str) -> list[str]:
    """``argv`` with ``--lang en`` before the subcommand, after it (``depth`` words), or not."""
    if where == "before":
        return ["--lang", "en", *argv]
    if where == "after":
        return [*argv[:depth], "--lang", "en", *argv[depth:]]
    return argv


# After the subcommand for every one; before it and not at all (French) for a nested one, the
# one whose own --lang also chooses the letter's language, and a few message contexts.
CASES = [(name, "after") for name in SUBCOMMANDS] + [
    (name, "before") for name in ("users list", "letter", "export")] + [
    (name, "nowhere") for name in ("users list", "letter", "export", "init", "restore")]


@pytest.mark.parametrize(("name", "where"), CASES)
def test_lang_before_or_after_the_subcommand_and_french_by_default(
        relais: Run, folder: DataFolder, tmp_path: Path, name: str, where: str) -> None:
    args, context, english = SUBCOMMANDS[name]
    argv = _with_lang(args(tmp_path / "no-folder", folder), len(name.split()), where)
    expected = translate(context, english, "fr" if where == "nowhere" else "en")
    assert translate(context, english, "fr") != english  # the test can tell them apart
    done = relais(*argv, lang="", stdin="" if name == "init" else f"{ADMIN_PASSWORD}\n")
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 1, done.stderr
    assert len(lines) == 1 and lines[0].startswith("relais: "), done.stderr
    assert _fixed_part(expected) in lines[0], done.stderr


def _leaf_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
                   ) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    subcommands = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subcommands and path:
        yield path, parser
    for action in subcommands:
        for name, child in action.choices.items():
            yield from _leaf_commands(child, (*path, name))


def test_every_subcommand_takes_lang_after_it(capsys: pytest.CaptureFixture[str]) -> None:
    """Also those added later: each one's help follows ``--lang`` given after it."""
    leaves = list(_leaf_commands(cli_main.build_parser()))
    assert {" ".join(path) for path, _ in leaves} >= set(SUBCOMMANDS)
    for path, _parser in leaves:
        for lang, word in (("en", "language"), ("fr", "langue")):
            with pytest.raises(SystemExit) as done:
                cli_main.main([*path, "--lang", lang, "--help"])
            assert done.value.code == 0
            text = capsys.readouterr().out
            assert re.search(rf"--lang \{{fr,en\}}\s+{word}", text), (path, lang, text)


def test_export_after_lang_writes_english_and_the_global_lang_is_not_overridden(
        relais: Run, folder: DataFolder, tmp_path: Path) -> None:
    def export(*lang: str, before: tuple[str, ...] = ()) -> tuple[str, str]:
        out = tmp_path / f"stats-{len(lang)}-{len(before)}.csv"
        done = relais(*before, "export", *lang, "--data", str(folder.path), "--as", "sali",
                      "--kind", "stats", "--from", "2026-03-01", "--to", "2026-03-31",
                      "--format", "csv", "--out", str(out), lang="", stdin=f"{PASSWORD}\n")
        assert done.returncode == 0, done.stderr
        return done.stdout, out.read_text(encoding="utf-8-sig")

    title = "Incidents by type of GBV"
    stdout, text = export("--lang", "en")
    assert title in text and stdout.startswith("Wrote ")
    stdout, text = export(before=("--lang", "en"))  # the subcommand's SUPPRESS keeps it
    assert title in text and stdout.startswith("Wrote ")
    stdout, text = export()
    assert translate("Reports", title, "fr") in text and title not in text
    assert stdout.startswith("Fichier écrit")


def test_data_before_the_subcommand_is_kept(relais: Run, folder: DataFolder) -> None:
    done = relais("--data", str(folder.path), "check", "--as", ADMIN,
                  stdin=f"{ADMIN_PASSWORD}\n")
    assert done.returncode == 0, done.stderr

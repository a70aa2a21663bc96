"""argparse in the chosen language: its own words ("usage:", "options:", "positional
arguments", its error messages) and the placeholders it shows (``--data DATA``).

argparse marks its messages with ``gettext``; :func:`install` replaces the two gettext
functions argparse calls by ones reading the context ``argparse`` of the ``.ts`` files, so that
one translation source serves it like every other message. :func:`name_values` gives each
option and positional argument a placeholder in the language (``--data DOSSIER``).
"""

from __future__ import annotations

import argparse

from desktop.core.i18n import translate

CONTEXT = "argparse"
METAVAR_CONTEXT = "CLI placeholder"


def _gettext(message: str) -> str:
    return translate(CONTEXT, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return translate(CONTEXT, singular if n == 1 else plural)


def install() -> None:
    """Make argparse's own messages follow ``desktop.core.i18n``'s current language."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def name_values(action: argparse.Action) -> None:
    """Give ``action`` a translated placeholder when it takes a value and has none (a list of
    choices shows the choices, as before)."""
    if not isinstance(action.metavar, str | None) or action.choices is not None:
        return
    if action.nargs == 0:
        return
    if isinstance(action, argparse._SubParsersAction | argparse._HelpAction
                  | argparse._VersionAction):
        return
    name = action.dest.upper() if action.option_strings else action.dest
    action.metavar = translate(METAVAR_CONTEXT, action.metavar or name)


__all__ = ["install", "name_values"]

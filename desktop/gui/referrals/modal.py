"""Run this area's own modal dialogs through one function that tests can replace.

``run(dialog)`` shows ``dialog`` and returns True when it was accepted. A test sets
``modal.runner`` to a function that fills the real dialog (typing and clicking in it) and
returns True or False, instead of blocking in ``exec()``; ``seen`` keeps the dialogs a
test answered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog


def _exec(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


runner: Callable[[QDialog], bool] = _exec
seen: list[QDialog] = []


def run(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when accepted."""
    if runner is _exec:
        return _exec(dialog)
    seen.append(dialog)  # only while a test answers: nothing is kept in real use
    return bool(runner(dialog))

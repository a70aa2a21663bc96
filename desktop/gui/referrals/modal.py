"""Run this area's own modal dialogs through one function that tests can replace.

``run(dialog)`` shows ``dialog`` and returns True when it was accepted. A test sets
``modal.runner`` to a function that fills the real dialog (typing and clicking in it) and
returns True or False, instead of blocking in ``exec()``; ``seen`` keeps the dialogs a
test answered.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget


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


def run_until_saved(dialog: QDialog, save: Callable[[], object], parent: QWidget | None,
                    show_problem: Callable[[str], None]) -> bool:
    """Show ``dialog`` until ``save()`` succeeds (True) or it is cancelled (False). A
    ``ValidationError`` is shown in the dialog (``show_problem``) and the dialog comes back
    with everything typed; another ``UserError`` is shown in a message box and ends it."""
    from desktop.core.errors import UserError, ValidationError
    from desktop.gui import dialogs

    while run(dialog):
        try:
            save()
        except ValidationError as exc:
            show_problem("\n".join(exc.errors.values()) or exc.message)
            continue
        except UserError as exc:
            dialogs.show_error(parent, exc)
            return False
        return True
    return False

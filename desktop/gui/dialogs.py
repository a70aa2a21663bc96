"""Every message box, question and file chooser goes through here, so tests can answer them.

In a test, call ``script(answer, ...)`` first: while answers are queued, each question or file
chooser pops the next answer instead of showing anything (``True``/``False`` for ``ask``, a
string or ``None`` for choosers and ``choose_item``). Messages (``inform``, ``warn``,
``show_error``) are recorded in ``shown`` as ``(kind, text)`` and never shown while
``quiet`` is set (``script`` sets it; ``reset()`` clears everything).
"""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop.core.errors import UserError

translate = QCoreApplication.translate

answers: deque[Any] = deque()
shown: list[tuple[str, str]] = []
state = {"quiet": False}


def script(*scripted: Any) -> None:
    """Queue answers for the next questions, and stop showing messages (tests)."""
    answers.extend(scripted)
    state["quiet"] = True


def reset() -> None:
    """Forget scripted answers and recorded messages; show dialogs again."""
    answers.clear()
    shown.clear()
    state["quiet"] = False


def _scripted(kind: str, text: str) -> tuple[bool, Any]:
    shown.append((kind, text))
    if not state["quiet"]:
        return False, None
    if kind in ("inform", "warn", "error", "bug"):
        return True, None
    if not answers:
        raise AssertionError(f"no scripted answer for {kind}: {text}")
    return True, answers.popleft()


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str = ""
) -> None:
    box = QMessageBox(icon, title or "Relais", text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def inform(parent: QWidget | None, text: str, title: str = "") -> None:
    """An information message with an OK button."""
    done, _ = _scripted("inform", text)
    if not done:
        _box(parent, QMessageBox.Icon.Information, title, text)


def warn(parent: QWidget | None, text: str, title: str = "") -> None:
    """A warning with an OK button."""
    done, _ = _scripted("warn", text)
    if not done:
        _box(parent, QMessageBox.Icon.Warning, title, text)


def show_error(parent: QWidget | None, exc: UserError) -> None:
    """A known error (``UserError``): its message and hint, never a traceback."""
    done, _ = _scripted("error", str(exc))
    if not done:
        _box(
            parent, QMessageBox.Icon.Warning, translate("Dialogs", "Relais"), exc.message, exc.hint
        )


def show_bug(parent: QWidget | None) -> None:
    """A plain message for an unexpected problem (the details go to stderr)."""
    text = translate("Dialogs", "Something unexpected went wrong in Relais.")
    hint = translate(
        "Dialogs",
        "What was saved before is safe. If it happens again, tell your administrator "
        "what you were doing.",
    )
    done, _ = _scripted("bug", text)
    if not done:
        _box(parent, QMessageBox.Icon.Critical, translate("Dialogs", "Relais"), text, hint)


def ask(
    parent: QWidget | None, question: str, title: str = "", *, yes: str = "", no: str = ""
) -> bool:
    """A yes/no question; closing the box (or a lock) answers no."""
    done, answer = _scripted("ask", question)
    if done:
        return bool(answer)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title or "Relais",
        question,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    yes_button = box.addButton(yes or translate("Dialogs", "Yes"), QMessageBox.ButtonRole.YesRole)
    no_button = box.addButton(no or translate("Dialogs", "No"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def choose_item(
    parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0
) -> str | None:
    """One item of ``items``, or ``None`` if cancelled."""
    done, answer = _scripted("choose_item", label)
    if done:
        return answer  # type: ignore[no-any-return]
    text, ok = QInputDialog.getItem(parent, title, label, items, current, False)
    return text if ok else None


def ask_text(parent: QWidget | None, title: str, label: str, current: str = "") -> str | None:
    """A line of text, or ``None`` if cancelled."""
    done, answer = _scripted("ask_text", label)
    if done:
        return answer  # type: ignore[no-any-return]
    text, ok = QInputDialog.getText(parent, title, label, text=current)
    return text if ok else None


def open_file(parent: QWidget | None, title: str, filters: str = "") -> str | None:
    """A file to read, or ``None``."""
    done, answer = _scripted("open_file", title)
    if done:
        return answer  # type: ignore[no-any-return]
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def save_file(
    parent: QWidget | None, title: str, suggested: str = "", filters: str = ""
) -> str | None:
    """Where to write a file, or ``None``."""
    done, answer = _scripted("save_file", title)
    if done:
        return answer  # type: ignore[no-any-return]
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str | None:
    """A folder, or ``None``."""
    done, answer = _scripted("choose_folder", title)
    if done:
        return answer  # type: ignore[no-any-return]
    return QFileDialog.getExistingDirectory(parent, title, start) or None


def accept_print(parent: QWidget | None, dialog: QDialog) -> bool:
    """Show a print dialog; True when the person chose to print."""
    done, answer = _scripted("print", dialog.windowTitle())
    if done:
        return bool(answer)
    return dialog.exec() == QDialog.DialogCode.Accepted

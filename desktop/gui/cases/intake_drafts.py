"""Never lose typing: the intake is kept as a draft every 30 s, on lock and on close, and
offered back at the next login (after a crash or a power cut too)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel

from desktop.core.errors import UserError
from desktop.core.services.cases import drafts
from desktop.core.store.vault import Vault
from desktop.gui import dialogs

KIND = "intake"
INTERVAL_MS = 30_000
STEP_KEY = "_step"  # the step the person was on, kept with the draft


translate = QCoreApplication.translate


def ask_restore() -> bool:
    """Ask whether to take the unsaved intake back (through the dialogs wrapper)."""
    question = translate(
        "IntakeDrafts", "An intake was not finished (the application was closed, locked or "
        "stopped). Do you want to continue it?")
    return dialogs.ask(None, question, translate("IntakeDrafts", "Unsaved intake"),
                       yes=translate("IntakeDrafts", "Continue it"),
                       no=translate("IntakeDrafts", "Not now"))


class DraftForm(Protocol):
    """What the keeper needs from the intake form (``intake_form.IntakeForm``)."""

    vault: Vault | None
    case_id: str | None
    status: QLabel
    touched: set[str]

    def is_empty(self) -> bool: ...
    def data(self) -> dict[str, Any]: ...
    def set_data(self, data: dict[str, Any]) -> None: ...
    def load_case(self, case_id: str) -> None: ...
    def new_intake(self) -> None: ...
    def current_step(self) -> str: ...
    def go_to_step(self, name: str) -> None: ...


class DraftKeeper(QObject):
    """Saves the form's draft when it changed: on a timer, on lock and on close."""

    def __init__(self, form: DraftForm, owner: QObject) -> None:
        super().__init__(owner)
        self.form = form
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.save)

    def mark_changed(self) -> None:
        """Something was typed: save within the interval."""
        self.dirty = True
        if not self.timer.isActive():
            self.timer.start()

    def stop(self) -> None:
        """No more automatic saves (locked)."""
        self.timer.stop()

    def save(self, force: bool = False) -> bool:
        """Save the draft if there is something new (or ``force``); True when saved."""
        vault = self.form.vault
        if vault is None or not (self.dirty or force):
            return False
        if self.form.is_empty() and not force:
            return False
        try:
            data = self.form.data()
            data[STEP_KEY] = self.form.current_step()
            drafts.save_draft(vault, KIND, data, ref=self.ref())
        except UserError as exc:
            self.form.status.setText(str(exc))
            return False
        self.dirty = False
        self.timer.stop()
        return True

    def ref(self) -> str:
        """The draft's reference: the case being edited, or "" for a new intake."""
        return self.form.case_id or ""

    def forget(self) -> None:
        """The case was saved (the service discarded the draft in the same transaction)."""
        self.dirty = False
        self.timer.stop()

    def offer_back(self) -> bool:
        """At login: when an intake draft waits, offer it back; True when restored."""
        vault = self.form.vault
        if vault is None or not _offering[0]:
            return False
        waiting = list(drafts.pending_drafts(vault))
        pending = next((d for d in waiting if _field(d, "kind") == KIND), None)
        if pending is None:
            return False
        ref = _field(pending, "ref")
        data = drafts.load_draft(vault, KIND, ref=ref)
        if not data or not ask_restore():
            return False
        return self._restore(ref, data)

    def resume(self, ref: str) -> bool:
        """Take the intake draft of ``ref`` ("" for a new case) back without asking: the
        person chose it (home page, "Drafts to finish"). True when restored."""
        vault = self.form.vault
        data = drafts.load_draft(vault, KIND, ref=ref) if vault is not None else None
        return bool(data) and self._restore(ref, data or {})

    def _restore(self, ref: str, data: dict[str, Any]) -> bool:
        data = dict(data)
        step = data.pop(STEP_KEY, None)
        if ref:
            self.form.load_case(ref)
        else:
            self.form.new_intake()
        self.form.set_data(data)
        if isinstance(step, str) and step:
            self.form.go_to_step(step)  # back where she was
        self.dirty = True
        self.form.touched.update(k for k, v in data.items() if v not in (None, "", []))
        self.form.status.setText(translate("IntakeDrafts", "The unsaved intake was restored."))
        return True


_offering = [True]  # False while a page opens a draft itself (no question then)


@contextmanager
def not_offering() -> Iterator[None]:
    """Within the block, a form receiving the vault does not ask about a waiting draft."""
    _offering[0] = False
    try:
        yield
    finally:
        _offering[0] = True


def _field(draft: Any, name: str) -> str:
    if isinstance(draft, dict):
        return str(draft.get(name) or "")
    return str(getattr(draft, name, "") or "")

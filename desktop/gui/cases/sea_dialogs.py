"""Entry dialogs of the SEA file: a child born of SEA, a claim, a day she was informed, an
assistance. One dialog class built from the SEA-file catalogue (``sea_child.*``,
``sea_claim.*``, ``sea_informed.*``, ``sea_assistance.*``): the panel gives it the choices that
depend on the case (its children, the directory's providers, the site's staff) and a
``submit`` function that calls the service; a refused entry shows its messages beside the
fields and the dialog stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import reference
from desktop.core.catalogue import sea_file as catalogue
from desktop.core.errors import UserError, ValidationError
from desktop.gui import dialogs
from desktop.gui.cases.field_widgets import FieldEditor, make_editor
from desktop.gui.forms import FieldErrors

Choices = Sequence[tuple[str, str]]
KINDS = ("sea_child", "sea_claim", "sea_informed", "sea_assistance")


class SeaEntryDialog(QDialog):
    """One entry of a list of the SEA file; ``values()`` maps field names to plain data."""

    def __init__(self, kind: str, submit: Callable[[dict[str, Any]], Any],
                 choices: dict[str, Choices] | None = None, current: dict[str, Any] | None
                 = None, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        if kind not in KINDS:
            raise ValueError(f"unknown SEA entry {kind!r}")
        self.kind, self.submit, self.lang = kind, submit, lang
        self.setObjectName(f"sea_dialog:{kind}")
        self.setWindowTitle(self._title())
        self.setMinimumWidth(520)
        self.editors: dict[str, FieldEditor] = {}
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in catalogue.ITEM_FIELDS:
            if spec.section != kind:
                continue
            options = (choices or {}).get(spec.name)
            if options is None and spec.choices:
                options = reference.choices(spec.choices, lang)
            editor = make_editor(spec.key, spec.kind, options or (), self)
            label = spec.label_in(lang) + (" *" if spec.required else "")
            self.errors.add_row(form, spec.key, label, editor)
            self.editors[spec.name] = editor
        message = QLabel(self)
        message.setObjectName("sea_dialog:message")
        message.setWordWrap(True)
        self.errors.add_row(form, "form", "", message)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for name, value in (current or {}).items():
            if name in self.editors:
                self.editors[name].set_value(value)

    def _title(self) -> str:
        return {
            "sea_child": self.tr("A child born of SEA"),
            "sea_claim": self.tr("Paternity and child-support claim"),
            "sea_informed": self.tr("The victim was informed"),
            "sea_assistance": self.tr("Assistance (UN Protocol)"),
        }[self.kind]

    def values(self) -> dict[str, Any]:
        """What was entered, by field name (``None`` where nothing was)."""
        return {name: editor.value() for name, editor in self.editors.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the fields (tests, and an entry being changed)."""
        for name, value in values.items():
            self.editors[name].set_value(value)

    def try_accept(self) -> bool:
        """Submit; close on success, else show why beside the fields and stay open."""
        try:
            self.submit(self.values())
        except ValidationError as exc:
            self.errors.show({self._key(k): v for k, v in exc.errors.items()})
            return False
        except UserError as exc:
            dialogs.show_error(self, exc)
            return False
        self.accept()
        return True

    def _key(self, key: str) -> str:
        """The error's field key as the form knows it (``child`` → ``sea_claim.child``)."""
        if key in self.errors.labels:
            return key
        short = key.rsplit(".", 1)[-1]
        return f"{self.kind}.{short}" if f"{self.kind}.{short}" in self.errors.labels else "form"

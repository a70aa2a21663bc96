"""The "SEA" tab of the case file (SEA cases only): the victim's file as the UN Victim
Assistance Protocol tracks it.

The allegation (UN reference, entity and mission, category of personnel, exploitation or
abuse, the alleged perpetrator's nationality, her age at the incident, the date reported to the
UN), the investigation (its status, the days she was informed), the children born of SEA, the
paternity and child-support claims, and the Protocol's assistance. Everything goes through
``services.sea_file`` and ``services.sea_file_lists``; the panel reloads after each change.
A closed case is shown read only. The whole panel scrolls, so that it reads at 1366×768.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.catalogue import reference
from desktop.core.catalogue import sea_file as catalogue
from desktop.core.errors import UserError, ValidationError
from desktop.core.i18n import current_language
from desktop.core.services.accounts import staff as accounts
from desktop.core.services.casework import sea_file, sea_file_lists
from desktop.core.services.referrals import directory
from desktop.gui import dialogs
from desktop.gui.cases.case_file_parts import show_date
from desktop.gui.cases.field_widgets import FieldEditor, make_editor
from desktop.gui.cases.sea_dialogs import SeaEntryDialog
from desktop.gui.cases.sea_tables import SeaTables
from desktop.gui.forms import FieldErrors


class SeaPanel(QScrollArea):
    """The SEA file of the case shown; ``changed`` fires after a saved change."""

    changed = Signal(str)
    # Tests may replace this to fill an entry dialog instead of showing it.
    entry_dialog: Callable[..., Any] = SeaEntryDialog

    def __init__(self, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or current_language()
        self.setObjectName("case:sea")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.vault: Any = None
        self.case_id: str | None = None
        self.file: sea_file.SeaFileView | None = None
        self.incident_id: str | None = None
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        chooser = QHBoxLayout()  # a case with several incidents: one SEA file each
        self.incident_label = QLabel(self.tr("Incident"), inner)
        self.incident = QComboBox(inner)
        self.incident.setObjectName("sea:incident")
        self.incident.activated.connect(self._choose_incident)
        chooser.addWidget(self.incident_label)
        chooser.addWidget(self.incident)
        chooser.addStretch(1)
        layout.addLayout(chooser)
        layout.addWidget(self._build_form(inner))
        self.tables = SeaTables(self.lang, inner)
        self.tables.add.connect(self._add)
        self.tables.remove.connect(self._remove)
        self.tables.edit_claim.connect(self._edit_claim)
        layout.addWidget(self.tables)
        layout.addStretch(1)
        self.setWidget(inner)

    def _build_form(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(self.tr("The allegation and the investigation"), parent)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors = FieldErrors()
        self.editors: dict[str, FieldEditor] = {}
        for spec in catalogue.FILE_FIELDS:
            choices = _choices(spec.choices, self.lang) if spec.choices else ()
            editor = make_editor(spec.key, spec.kind, choices, box)
            self.errors.add_row(form, spec.key, spec.label_in(self.lang), editor)
            self.editors[spec.name] = editor
            if spec.choices == "countries":  # 249 entries: a list that scrolls, not a wall
                combo = editor.focus_widget()
                combo.setStyleSheet("combobox-popup: 0;")
                combo.setMaxVisibleItems(15)  # type: ignore[attr-defined]
            if spec.kind == "longtext":
                editor.focus_widget().setMaximumHeight(90)
            if spec.name == "victim_age":
                self.age_note = QLabel(box)
                self.age_note.setObjectName("sea:age_note")
                self.age_note.setWordWrap(True)
                form.addRow("", self.age_note)
        row = QHBoxLayout()
        self.saved = QLabel(box)
        self.saved.setObjectName("sea:saved")
        self.saved.setStyleSheet("color: #1b5e20;")
        self.save_button = QPushButton(self.tr("Save the SEA file"), box)
        self.save_button.setObjectName("sea:save")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.saved, 1)
        row.addWidget(self.save_button)
        form.addRow(row)
        return box

    # -- showing ---------------------------------------------------------------------------
    def show_case(self, vault: Any, case_id: str | None, incident_id: str | None = None) -> None:
        """Load the SEA file of ``case_id`` (its first incident unless ``incident_id``;
        ``None`` clears: lock, or a case without SEA)."""
        self.vault, self.case_id, self.file = vault, case_id, None
        self.saved.clear()
        self.errors.clear()
        if case_id is not None and vault is not None:
            try:
                self.file = sea_file.view(vault, case_id, incident_id)
            except UserError as exc:
                dialogs.show_error(self, exc)
                self.case_id = None
        self.incident_id = self.file.incident_id if self.file else None
        self._show_incidents()
        self._show()

    def _show_incidents(self) -> None:
        self.incident.clear()
        for number, (item_id, day) in enumerate(self.file.incidents if self.file else [], 1):
            text = self.tr("Incident {n}").format(n=number)
            self.incident.addItem(f"{text} — {show_date(day)}" if day else text, item_id)
        self.incident.setCurrentIndex(max(self.incident.findData(self.incident_id), 0))
        several = self.incident.count() > 1
        self.incident.setVisible(several)
        self.incident_label.setVisible(several)

    def _choose_incident(self, index: int) -> None:
        self.show_case(self.vault, self.case_id, self.incident.itemData(index))

    def _reload(self) -> None:
        self.show_case(self.vault, self.case_id, self.incident_id)

    def _show(self) -> None:
        shown = self.file
        for name, editor in self.editors.items():
            editor.set_value(shown.values.get(name) if shown else None)
        computed = bool(shown and shown.age_computed)
        if computed and shown is not None:
            self.editors["victim_age"].set_value(shown.age_at_incident)
            self.age_note.setText(self.tr(
                "Computed from her date of birth and the incident's date."))
        else:
            self.age_note.setText(self.tr(
                "Her date of birth or the incident's date is not known: enter her age."))
        self.editors["victim_age"].setEnabled(not computed)
        editable = bool(shown and shown.editable)
        for name, editor in self.editors.items():
            if name != "victim_age":
                editor.setEnabled(editable)
        self.save_button.setEnabled(editable)
        self.tables.show_file(shown)

    # -- changes ---------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the fields of the form (the age only when it is not computed)."""
        if self.vault is None or self.case_id is None or self.file is None:
            return False
        values = {name: editor.value() for name, editor in self.editors.items()}
        if self.file.age_computed:
            del values["victim_age"]
        try:
            changed = sea_file.save(self.vault, self.case_id, values, self.incident_id)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except UserError as exc:
            dialogs.show_error(self, exc)
            return False
        case_id = self.case_id
        self._reload()
        self.saved.setText(self.tr("SEA file saved.") if changed else self.tr(
            "Nothing to save: the SEA file is as shown."))
        if changed:
            self.changed.emit(case_id)
        return True

    def _choices(self) -> dict[str, list[tuple[str, str]]]:
        children = [(c.id, self.tr("Child {n}").format(n=c.number))
                    for c in (self.file.children if self.file else [])]
        return {
            "child": children,
            "provider": [(p.id, p.name) for p in directory.list_providers(self.vault)],
            "provided_by": [(s.staff_id, s.full_name or s.username)
                            for s in accounts.list_staff(self.vault)],
        }

    def _add(self, kind: str) -> None:
        self._open(kind, self._submitter(kind, None), {})

    def _edit_claim(self, claim_id: str) -> None:
        claim = next((c for c in (self.file.claims if self.file else []) if c.id == claim_id),
                     None)
        if claim is None:
            return
        current = {"child": claim.child_id, **{s: getattr(claim, s)
                                              for s in sea_file_lists.CLAIM_STEPS}}
        self._open("sea_claim", self._submitter("sea_claim", claim_id), current)

    def _open(self, kind: str, submit: Callable[[dict[str, Any]], Any],
              current: dict[str, Any]) -> None:
        if self.vault is None or self.case_id is None:
            return
        dialog = self.entry_dialog(kind, submit, self._choices(), current, self, self.lang)
        if "child" in getattr(dialog, "editors", {}):
            dialog.editors["child"].combo.setItemText(0, self.tr("The victim herself")
                                                      if kind == "sea_assistance" else "—")
        if dialog.exec():
            case_id = self.case_id
            self._reload()
            self.changed.emit(case_id)

    def _submitter(self, kind: str, item_id: str | None) -> Callable[[dict[str, Any]], Any]:
        vault, case_id, incident = self.vault, self.case_id or "", self.incident_id

        def submit(values: dict[str, Any]) -> Any:
            if kind == "sea_child":
                return sea_file_lists.add_child(vault, case_id, values["date_of_birth"],
                                                values["sex"], incident)
            if kind == "sea_claim":
                claim = sea_file_lists.Claim(values["child"], *(
                    values[s] for s in sea_file_lists.CLAIM_STEPS))
                return sea_file_lists.save_claim(vault, case_id, claim, item_id, incident)
            if kind == "sea_informed":
                return sea_file_lists.add_informed(vault, case_id, values["on"],
                                                   values["about"] or "", incident)
            return sea_file_lists.add_assistance(vault, case_id, sea_file_lists.Assistance(
                values["assistance_type"] or "", values["provided_on"], values["until_on"],
                values["provider"], values["provided_by"], values["child"]), incident)

        return submit

    def _remove(self, kind: str, item_id: str) -> None:
        if self.vault is None or self.case_id is None:
            return
        if not dialogs.ask(self, self.tr("Remove this entry from the SEA file?")):
            return
        try:
            sea_file_lists.remove(self.vault, self.case_id, kind, item_id, self.incident_id)
        except UserError as exc:
            dialogs.show_error(self, exc)
            return
        case_id = self.case_id
        self._reload()
        self.changed.emit(case_id)


def _choices(list_name: str, lang: str) -> list[tuple[str, str]]:
    """A reference list's choices; the country list in the alphabetical order of ``lang``
    (accents ignored: "Égypte" between "Congo" and "Érythrée", not after "Zimbabwe")."""
    pairs = reference.choices(list_name, lang)
    if list_name == "countries":
        pairs.sort(key=lambda p: unicodedata.normalize("NFKD", p[1]).encode(
            "ascii", "ignore").decode().casefold())
    return pairs

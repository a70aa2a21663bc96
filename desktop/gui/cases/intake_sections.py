"""The sections of the intake form, each built from the catalogue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from desktop.gui.cases import catalogue_view as cv
from desktop.gui.cases.classification import ClassificationWidget
from desktop.gui.cases.field_widgets import ChoiceEditor
from desktop.gui.cases.perpetrators import PerpetratorList
from desktop.gui.cases.sections import FieldGrid, Section
from desktop.gui.cases.validation_display import ErrorBoard

translate = QCoreApplication.translate


class RegistrationSection(Section):
    """Registration: the generated numbers are shown, not typed."""

    def __init__(self, lang: str, board: ErrorBoard, parent: QWidget | None = None) -> None:
        super().__init__("registration", cv.section_title("registration", lang), parent)
        wanted = cv.section_fields("registration")
        grid = FieldGrid([], lang, board, parent=self)
        waiting = translate("IntakeSections", "generated when the case is opened")
        self.case_number = QLabel(waiting, grid)
        self.case_number.setObjectName("generated:case_number")
        self.survivor_code = QLabel(waiting, grid)
        self.survivor_code.setObjectName("generated:survivor_code")
        grid.add_widget(translate("IntakeSections", "Case number"), self.case_number)
        grid.add_widget(translate("IntakeSections", "Survivor code"), self.survivor_code)
        for field in wanted:  # a list of check boxes takes the whole width, its label above
            grid.add_field(field, wide=field.kind == "multichoice")
        self.add_grid(grid)

    def show_numbers(self, case_number: str | None, survivor_code: str | None) -> None:
        """Show the generated numbers (``None``: not generated yet)."""
        waiting = translate("IntakeSections", "generated when the case is opened")
        self.case_number.setText(case_number or waiting)
        self.survivor_code.setText(survivor_code or waiting)


class PlainSection(Section):
    """A section whose fields are all plain catalogue fields."""

    def __init__(self, name: str, lang: str, board: ErrorBoard,
                 parent: QWidget | None = None) -> None:
        super().__init__(name, cv.section_title(name, lang), parent)
        self.add_grid(FieldGrid(cv.section_fields(name), lang, board, parent=self))


MANDATORY_REPORT = "incident.mandatory_report_made"
NOTE_STYLE = ("background: #eef3fb; border: 1px solid #b8c8e6; border-radius: 3px; "
              "padding: 6px; font-size: 11px;")


def mandatory_reporting_note(lang: str, parent: QWidget | None = None) -> QLabel:
    """The explanation of mandatory reporting shown before its questions."""
    note = QLabel(cv.mandatory_reporting(lang), parent)
    note.setObjectName("incident:mandatory_reporting")
    note.setWordWrap(True)
    note.setStyleSheet(NOTE_STYLE)
    return note


class IncidentSection(Section):
    """The incident, with region → cercle and the classification questions."""

    def __init__(self, lang: str, board: ErrorBoard, parent: QWidget | None = None) -> None:
        super().__init__("incident", cv.section_title("incident", lang), parent)
        self.lang = lang
        grid = FieldGrid([], lang, board, parent=self)
        self.classification: ClassificationWidget | None = None
        for field in cv.section_fields("incident"):
            if cv.is_gbv_type(field):
                self.classification = ClassificationWidget(field.key, lang, grid)
                grid.add_field(field, self.classification, wide=True)  # type: ignore[arg-type]
            elif field.key == MANDATORY_REPORT:
                grid.add_note(mandatory_reporting_note(lang, grid))
                grid.add_field(field)
            else:
                grid.add_field(field)
        self.add_grid(grid)
        self.region = self._find("region")
        self.cercle = self._find("cercle")
        self.goods = next((e for k, e in self.editors.items() if cv.is_goods_key(k)), None)
        if self.region is not None and self.cercle is not None:
            self.region.changed.connect(self._region_changed)
            self._region_changed()
        if self.goods is not None and self.classification is not None:
            self.goods.changed.connect(self._goods_changed)

    def _find(self, short: str) -> ChoiceEditor | None:
        for key, editor in self.editors.items():
            if key.rsplit(".", 1)[-1] == short and isinstance(editor, ChoiceEditor):
                return editor
        return None

    def _region_changed(self) -> None:
        assert self.region is not None and self.cercle is not None
        self.cercle.set_choices(cv.cercles(self.region.value(), self.lang))

    def _goods_changed(self) -> None:
        assert self.goods is not None and self.classification is not None
        self.classification.set_goods_exchanged(self.goods.value())

    def values(self) -> dict[str, Any]:
        data = super().values()
        if self.classification is not None:
            data[cv.ANSWERS_KEY] = self.classification.answers()
        return data

    def set_values(self, data: dict[str, Any]) -> None:
        # The region first, so that the cercle finds its choices.
        if self.region is not None:
            self.region.set_value(data.get(self.region.key))
        for key, editor in self.editors.items():
            if editor is self.classification:
                editor.set_value(data.get(key), data.get(cv.ANSWERS_KEY))  # type: ignore[call-arg]
            elif editor is not self.region:
                editor.set_value(data.get(key))


class PerpetratorSection(Section):
    """One or more alleged perpetrators."""

    def __init__(self, lang: str, board: ErrorBoard, parent: QWidget | None = None) -> None:
        super().__init__("perpetrators", cv.section_title("perpetrator", lang), parent)
        self.list = PerpetratorList(lang, board, self)
        self.list.changed.connect(self.changed)
        self.body.addWidget(self.list)

    def values(self) -> dict[str, Any]:
        return {"perpetrators": self.list.values()}

    def set_values(self, data: dict[str, Any]) -> None:
        self.list.set_values(list(data.get("perpetrators") or [{}]))


class SeaSection(PlainSection):
    """The SEA part: shown only when a perpetrator is UN or humanitarian personnel."""

    def __init__(self, lang: str, board: ErrorBoard, parent: QWidget | None = None) -> None:
        super().__init__("sea", lang, board, parent)
        note = QLabel(translate("IntakeSections", "A perpetrator is UN or humanitarian "
                                "personnel: record the SEA details below. She decides whether "
                                "the UN entity, the SEA focal point and the Victims' Rights "
                                "Advocate are informed: ask her, and record her answer with "
                                "its date and who gave it."), self)
        note.setWordWrap(True)
        self.body.insertWidget(0, note)

"""Two boxes of the case file's Safety tab: her safe-contact instructions (beside her phone)
and her safety plan in her words. They show and collect; ``safety_panel`` saves."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.core.catalogue import reference
from desktop.core.catalogue import safety as questions
from desktop.core.services.casework import safety_assessment as safety
from desktop.core.store.models.safety import PLAN_PARTS

TEXT_KEYS = ("safe_call_times", "safe_phone", "safe_word")
CHOICE_KEYS = ("safe_to_call", "safe_to_message")


class SafeContactBox(QGroupBox):
    """Her phone (read only: it is edited with the intake) and how to contact her safely."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Safe contact"), parent)
        self.lang = lang
        form = QFormLayout(self)
        self.phone = QLabel(self)
        self.phone.setObjectName("safety:phone")
        form.addRow(self.tr("Phone"), self.phone)
        self.choices: dict[str, QComboBox] = {}
        captions = {"safe_to_call": self.tr("May we call her?"),
                    "safe_to_message": self.tr("May we leave a message?"),
                    "safe_call_times": self.tr("When is it safe to call?"),
                    "safe_phone": self.tr("Another safe number"),
                    "safe_word": self.tr("Code word, or what to say if someone else answers")}
        for key in CHOICE_KEYS:
            box = QComboBox(self)
            box.setObjectName(f"safety:{key}")
            box.addItem("", None)
            for code, text in reference.choices(questions.ANSWERS, lang):
                box.addItem(text, code)
            form.addRow(captions[key], box)
            self.choices[key] = box
        self.texts: dict[str, QLineEdit] = {}
        for key in TEXT_KEYS:
            edit = QLineEdit(self)
            edit.setObjectName(f"safety:{key}")
            form.addRow(captions[key], edit)
            self.texts[key] = edit
        self.save = QPushButton(self.tr("Save safe contact"), self)
        self.save.setObjectName("safety:save_contact")
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.save)
        form.addRow(line)

    def show_contact(self, contact: safety.SafeContact | None) -> None:
        """Show her phone and instructions (``None`` clears)."""
        self.phone.setText((contact.phone or "—") if contact is not None else "")
        for key, box in self.choices.items():
            value = getattr(contact, key) if contact is not None else None
            box.setCurrentIndex(max(box.findData(value), 0) if value else 0)
        for key, edit in self.texts.items():
            edit.setText((getattr(contact, key) or "") if contact is not None else "")

    def values(self) -> dict[str, Any]:
        """What the box holds, keyed as ``safety.save_contact`` expects."""
        out: dict[str, Any] = {k: b.currentData() for k, b in self.choices.items()}
        out.update({k: e.text() for k, e in self.texts.items()})
        return out


class SafetyPlanBox(QGroupBox):
    """Her safety plan, in her words: one box per part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Safety plan, in her words"), parent)
        form = QFormLayout(self)
        captions = {"concerns": self.tr("Her concerns"),
                    "trusted_people": self.tr("People she trusts"),
                    "trusted_places": self.tr("Safe places"),
                    "strategies": self.tr("What she will do"),
                    "emergency_contacts": self.tr("Emergency contacts")}
        self.parts_edit: dict[str, QPlainTextEdit] = {}
        for part in PLAN_PARTS:
            edit = QPlainTextEdit(self)
            edit.setObjectName(f"safety:plan:{part}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(54)
            form.addRow(captions[part], edit)
            self.parts_edit[part] = edit
        self.updated = QLabel(self)
        self.updated.setObjectName("safety:plan_updated")
        self.save = QPushButton(self.tr("Save the safety plan"), self)
        self.save.setObjectName("safety:save_plan")
        line = QHBoxLayout()
        line.addWidget(self.updated, 1)
        line.addWidget(self.save)
        form.addRow(line)

    def show_plan(self, file: safety.SafetyFile | None) -> None:
        """Show the plan of ``file`` (``None`` clears)."""
        for part, edit in self.parts_edit.items():
            edit.setPlainText((file.plan.get(part) or "") if file is not None else "")
        if file is not None and file.plan_updated_at is not None:
            self.updated.setText(self.tr("Last saved by {person}").format(
                person=file.plan_updated_by or "—"))
        else:
            self.updated.clear()

    def parts(self) -> dict[str, str]:
        """Each part as typed."""
        return {part: edit.toPlainText() for part, edit in self.parts_edit.items()}

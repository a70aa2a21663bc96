"""Honest placeholders for pages not built yet: they say what the page will hold, no fake data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.gui.page import Page

translate = QCoreApplication.translate


class Placeholder(Page):
    """A page that only says what it will hold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{self.title()}</h2>")
        body = QLabel(
            self.description()
            + "\n\n"
            + translate("Placeholder", "This page is not available yet.")
        )
        body.setWordWrap(True)
        body.setObjectName("placeholder_text")
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
        for label in (heading, body):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def description(self) -> str:
        """What the page will hold."""
        return ""


class CasesPlaceholder(Placeholder):
    def title(self) -> str:
        return translate("Placeholder", "Cases")

    def description(self) -> str:
        return translate(
            "Placeholder",
            "Here you will register survivors (intake), follow each case through the "
            "six case management steps and write case notes.",
        )


class ReferralsPlaceholder(Placeholder):
    def title(self) -> str:
        return translate("Placeholder", "Referrals")

    def description(self) -> str:
        return translate(
            "Placeholder",
            "Here you will refer survivors to services with their consent, follow each "
            "referral's status and print referral letters.",
        )


class FollowUpsPlaceholder(Placeholder):
    def title(self) -> str:
        return translate("Placeholder", "Follow-ups")

    def description(self) -> str:
        return translate(
            "Placeholder",
            "Here you will see the follow-ups due and overdue, and record those done.",
        )


class DirectoryPlaceholder(Placeholder):
    def title(self) -> str:
        return translate("Placeholder", "Directory")

    def description(self) -> str:
        return translate(
            "Placeholder",
            "Here you will keep the directory of service providers and the services they offer.",
        )


class ReportsPlaceholder(Placeholder):
    def title(self) -> str:
        return translate("Placeholder", "Reports")

    def description(self) -> str:
        return translate(
            "Placeholder",
            "Here supervisors will produce de-identified monthly statistics, case "
            "summaries and the Incident Recorder export.",
        )

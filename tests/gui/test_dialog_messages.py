"""A refusal inside a form of ``ui/`` is read whole and where it belongs: the dialog grows to
show every line of it above its buttons (the restore dialog and the export options), the
restore dialog leaves no hole when the recovery key replaces the username, and the setup
wizard's messages sit right under their fields."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from desktop.core.errors import UserError, ValidationError
from desktop.core.store.datafolder import DataFolder
from desktop.gui.reports.export_dialog import ExportOptionsDialog
from desktop.gui.restore_flow import RestoreDialog
from desktop.gui.setup_wizard import SetupWizard

LONG = ("Ce nom d’utilisateur et ce mot de passe n’ouvrent pas cette sauvegarde. Utilisez le "
        "mot de passe d’un administrateur tel qu’il était lors de la sauvegarde, ou la clé "
        "de secours.")


def _read_whole(qtbot, dialog: QWidget, message: QLabel) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: message.isVisible())
    buttons = dialog.findChild(QDialogButtonBox, "buttons")
    assert buttons is not None
    needed = message.heightForWidth(message.width())
    assert message.height() >= needed, (message.height(), needed)  # no line cut off
    below = message.mapTo(dialog, message.rect().bottomLeft()).y()
    assert below < buttons.mapTo(dialog, buttons.rect().topLeft()).y()  # not under them
    assert message.mapTo(dialog, message.rect().bottomRight()).x() <= dialog.width()


def test_a_long_refusal_of_the_restore_dialog_is_shown_whole(qtbot, tmp_path: Path) -> None:
    dialog = RestoreDialog(tmp_path / "x.relaisbak", "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog._refused(UserError(LONG))
    _read_whole(qtbot, dialog, dialog.message)
    assert dialog.password.text() == "" and dialog.ok.isEnabled()


def test_the_recovery_key_takes_the_place_of_username_and_password(qtbot,
                                                                   tmp_path: Path) -> None:
    dialog = RestoreDialog(tmp_path / "x.relaisbak", "admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    dialog.use_recovery.click()
    assert not dialog.username.isVisible()
    assert dialog.height() < before  # no empty row left where the username was
    dialog.password.setText("ABCD-EFGH")
    assert dialog.secret() == {"recovery_key": "ABCD-EFGH"}
    dialog.use_recovery.click()
    assert dialog.username.isVisible() and dialog.secret()["username"] == "admin"


def test_a_long_refusal_of_the_export_options_is_shown_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    def refuse(_request: object) -> None:
        raise ValidationError({"password": LONG, "reason": LONG})

    dialog = ExportOptionsDialog(lambda *_: object(), kind_label="cas", may_identify=True,
                                 vet=refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.problems.isVisible()  # no empty gap before a problem
    dialog.accept()
    assert dialog.isVisible() and dialog.request is None
    _read_whole(qtbot, dialog, dialog.problems)


def _first_inked_row(widget: QWidget) -> int:
    """The first pixel row of ``widget`` where something is drawn (its text)."""
    image = widget.grab().toImage()
    background = image.pixelColor(0, 0)
    for y in range(image.height()):
        if any(image.pixelColor(x, y) != background for x in range(image.width())):
            return y
    return image.height()


def test_the_wizard_says_what_is_wrong_right_under_the_field(qtbot, tmp_path: Path) -> None:
    wizard = SetupWizard(DataFolder(tmp_path / "new"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.create_database()  # nothing typed
    for key in ("organisation", "site", "password"):
        field, message = wizard.fields[key], wizard.errors.labels[key]
        assert message.isVisible() and message.text()
        gap = (message.mapTo(wizard, message.rect().topLeft()).y() + _first_inked_row(message)
               - field.mapTo(wizard, field.rect().bottomLeft()).y())
        assert 0 < gap <= 10, (key, gap)  # under its own field, not half-way to the next

"""A refusal inside a dialog of ``ui/`` is read whole: the dialog grows to show every line
of it above its buttons (the restore dialog and the export options), and the restore dialog
leaves no hole when the recovery key replaces the username."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from desktop.core.errors import UserError, ValidationError
from desktop.gui.reports.export_dialog import ExportOptionsDialog
from desktop.gui.restore_flow import RestoreDialog

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

"""The background worker, the scripted dialogs and the page registry."""

from __future__ import annotations

import threading

import pytest

from desktop.core.errors import UserError
from desktop.gui import dialogs, pages, worker
from desktop.gui.page import Page


def test_worker_reports_progress_and_result_in_gui_thread(qtbot) -> None:
    seen: list[int] = []
    gui_thread = threading.get_ident()

    def work(task: worker.Task) -> int:
        assert threading.get_ident() != gui_thread
        for i in range(3):
            task.report(i * 50)
        return 42

    task = worker.start(work, saves=True)
    task.progress.connect(seen.append)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: not worker.running())
    assert seen == [0, 50, 100]
    assert not worker.saves_in_progress()


def test_worker_user_error_and_cancel(qtbot) -> None:
    def fails(task: worker.Task) -> None:
        raise UserError("The disk is full.")

    task = worker.start(fails)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert str(blocker.args[0]) == "The disk is full."

    gate = threading.Event()

    def slow(task: worker.Task) -> None:
        gate.wait(5)
        if task.cancelled:
            raise worker.Cancelled()

    task = worker.start(slow)
    worker.cancel_all()
    gate.set()
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert isinstance(blocker.args[0], worker.Cancelled)


def test_dialogs_answer_from_script() -> None:
    dialogs.script(True, "caseworker", None)
    try:
        assert dialogs.ask(None, "Remove?") is True
        assert dialogs.choose_item(None, "Role", "Role:", ["caseworker"]) == "caseworker"
        assert dialogs.save_file(None, "Save") is None
        dialogs.show_error(None, UserError("Wrong.", hint="Try again."))
        assert ("error", "Wrong. Try again.") in dialogs.shown
        with pytest.raises(AssertionError):
            dialogs.ask(None, "Unscripted?")
    finally:
        dialogs.reset()


def test_every_registered_page_is_a_page(qtbot) -> None:
    for key, spec in pages.PAGES:
        cls = pages.page_class(spec)
        page = cls()
        qtbot.addWidget(page)
        assert isinstance(page, Page)
        assert pages.nav_label(key)
        page.set_vault(None)

"""Upkeep that may wait until the person's work is done: planner statistics, the daily backup.

At the first login of a day a large database needs a minute or more of upkeep (``ANALYZE``,
the daily backup). The person must not wait for it before seeing what they asked for:

* by default (the GUI, tests, the services) the hooks run at the end of the login, as before
  (the GUI itself moves the daily backup to a background thread: ``backups.defer_daily_backups``);
* the command line calls ``defer(report)``: the login only notes what is due, and the work runs
  when the command is done, at its logout (``session.lock``), saying what it does through
  ``report`` (one line when it starts, one when it is done). A command that failed leaves the
  upkeep to the next login: the error is what the person must read, and nothing is lost (the
  daily backup is tried again at the next login until one is made that day).

Belongs to the ``accounts`` feature package (with ``session``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from desktop.core.i18n import translate
from desktop.core.store.vault import Vault

Hook = Callable[[Vault], Any]
Report = Callable[[str], None]

_state: dict[str, Any] = {"defer": False, "report": None}
_pending: dict[int, tuple[Vault, list[Hook]]] = {}


def defer(report: Report | None = None, on: bool = True) -> None:
    """Run upkeep at logout instead of in the login (the command line); ``report`` receives
    one sentence as each piece starts and ends."""
    _state["defer"], _state["report"] = on, report if on else None


def after_login(vault: Vault, hooks: list[Hook]) -> None:
    """Run ``hooks`` now, or note them for ``before_logout`` when upkeep is deferred."""
    if not _state["defer"]:
        for hook in hooks:
            hook(vault)
        return
    for key in [k for k, (v, _) in _pending.items() if not v.is_open]:  # closed, not locked
        del _pending[key]
    _pending[id(vault)] = (vault, list(hooks))


def pending(vault: Vault) -> list[Hook]:
    """The upkeep noted at this vault's login and not run yet."""
    entry = _pending.get(id(vault))
    return list(entry[1]) if entry and entry[0] is vault else []


def before_logout(vault: Vault) -> None:
    """Run the upkeep noted at login (once), unless an error is on its way to the person."""
    entry = _pending.pop(id(vault), None)
    if entry is None or entry[0] is not vault or not vault.is_open:
        return
    if sys.exc_info()[1] is not None:  # the command failed: its message comes first
        return
    report: Report | None = _state["report"]
    for hook in entry[1]:
        named = _announced.get(hook)
        label = named[0]() if report is not None and named and named[1](vault) else None
        started = time.perf_counter()
        if report is not None and label:
            report(translate("Upkeep", "{what}…").format(what=label))
        hook(vault)
        if report is not None and label:
            report(translate("Upkeep", "{what}: done in {seconds:.1f} s.").format(
                what=label, seconds=time.perf_counter() - started))


_announced: dict[Any, tuple[Callable[[], str], Callable[[Vault], bool]]] = {}


def announce(hook: Hook, label: Callable[[], str], due: Callable[[Vault], bool]) -> None:
    """Name a piece of upkeep for the command line: ``label()`` says what it does (translated
    when it runs), ``due(vault)`` whether it has real work to do now (else it runs quietly)."""
    _announced[hook] = (label, due)

"""One login try at a time per person: recorded before the password is checked, so that
tries in parallel processes count against each other (``DataFolder.throttle``)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from desktop.core.errors import WrongPassword
from desktop.core.i18n import translate
from desktop.core.store.datafolder import DataFolder


@contextlib.contextmanager
def one_try(folder: DataFolder, who: str) -> Iterator[None]:
    """One login try, recorded before the password is checked (so that tries in parallel
    processes count): ``WrongPassword`` makes it a failure, any other error forgets it."""
    wait = folder.throttle.reserve(who)
    if wait > 0:
        raise WrongPassword(translate(
            "Login", "Too many wrong passwords. Wait {seconds} seconds, then try again.").format(
                seconds=int(wait + 0.999)))
    try:
        yield
    except WrongPassword:
        folder.throttle.failed(who)
        raise
    except BaseException:
        folder.throttle.cancel(who)
        raise

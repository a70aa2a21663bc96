"""A site's sync in a process of its own, for the kill tests (``tests/hub/test_sync_kills.py``).

``python -m tests.helpers.sync_runner DATA_DIR CASES_PER_BATCH``: logs in as the administrator
(password on standard input), syncs with the hub it is enrolled at, printing ``acked N`` after
each acknowledgement was committed, and ``done`` at the end."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.core.services import session
from desktop.core.services.sync import journal, sync_service
from desktop.core.store.datafolder import DataFolder
from tests.helpers import folders


def main() -> int:
    data, per_batch = Path(sys.argv[1]), int(sys.argv[2])
    journal.CASES_PER_BATCH = per_batch
    vault = session.login(DataFolder(data), folders.ADMIN, sys.stdin.readline().rstrip("\n"))
    try:
        sync_service.sync(vault, progress=lambda sent, _cases: print(f"acked {sent}",
                                                                      flush=True))
    finally:
        session.lock(vault)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

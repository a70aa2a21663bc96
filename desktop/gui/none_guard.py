"""Keep ``None`` alive under Python 3.11 whatever the Qt binding does with it.

The PySide6 build Relais runs on returns ``None`` from every void method (``setText``,
``setVisible``, ``setEnabled``…) without taking a reference to it, so each call lowers
``None``'s reference count by one. Python 3.12 and later make ``None`` immortal; under 3.11 a
few thousand such calls (an intake typed for a while, a form revalidated as one types) bring
the count to zero and the process aborts with "none_dealloc: deallocating None". Adding 2⁴⁰
references once, when the GUI package is imported, does what 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

PINNED = 1 << 40


def pin_none() -> None:
    """Give ``None`` enough references to outlive any number of such calls (Python < 3.12)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the object's first field
    if count.value < PINNED:
        count.value += PINNED

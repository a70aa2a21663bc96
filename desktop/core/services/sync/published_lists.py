"""The reference lists the hub publishes for every site (``RELAIS-REFERENCE-1``), signed by its
key, framed like the national directory (``published``): ``magic | u32 length | JSON | 64-byte
Ed25519 signature by the hub``.

The JSON is ``{version, published_at, lists: {list name: [entries]}}``: ``version`` numbers the
hub's reference publications 1, 2, 3…; ``lists`` holds every list the hub updated so far (each
whole, in the shape of ``resources/reference/<list>.json``), so a site that missed a version
loses nothing by applying the newest. What a list may hold: ``catalogue.reference_rules``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import DamagedData
from desktop.core.i18n import translate
from desktop.core.services.sync import published, wire

REFERENCE_MAGIC = b"RELAIS-REFERENCE-1\n"
MAX_DOCUMENT = 2 * 1024 * 1024  # every list Relais ships is about 150 kB


def _bad() -> DamagedData:
    return DamagedData(translate("Sync", "Refused: these are not reference lists published by "
                                         "a hub, or they are damaged."))


@dataclass(frozen=True)
class Lists:
    """Published reference lists read from their bytes (signature not yet checked)."""

    version: int
    published_at: str
    lists: dict[str, Any]
    signed: bytes
    signature: bytes


def seal(version: int, published_at: str, lists: dict[str, list[dict[str, Any]]],
         sign: wire.Signer) -> bytes:
    """The bytes of reference version ``version``."""
    return wire.seal_json(REFERENCE_MAGIC, {"version": version, "published_at": published_at,
                                            "lists": lists}, sign)


def read(data: bytes) -> Lists:
    """Parse published reference lists (one clear line when they are not, or too large); the
    lists' contents are checked by ``reference_rules.check_update`` once the signature is."""
    if len(data) > MAX_DOCUMENT:
        raise DamagedData(translate("Sync", "Refused: the reference lists from the hub are "
                                            "larger than {most} kB.").format(
            most=MAX_DOCUMENT // 1024))
    value, signed, signature = wire.read_json(REFERENCE_MAGIC, data, _bad())
    version, lists = value.get("version"), value.get("lists")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1 or \
            not isinstance(lists, dict) or not isinstance(value.get("published_at"), str):
        raise _bad()
    return Lists(version=version, published_at=value["published_at"], lists=lists,
                 signed=signed, signature=signature)


def split(data: bytes) -> tuple[bytes, bytes]:
    """What follows an acknowledgement in its file, as (the national directory, the reference
    lists): each the document's bytes, or empty when the file carries none."""
    found = {published.DIRECTORY_MAGIC: b"", REFERENCE_MAGIC: b""}
    at = 0
    while at < len(data):
        magic = next((m for m in found if data.startswith(m, at)), None)
        if magic is None or len(data) < at + len(magic) + 4:
            raise _bad() if data.startswith(REFERENCE_MAGIC, at) else published._bad()
        (length,) = struct.unpack_from(">I", data, at + len(magic))
        end = at + len(magic) + 4 + length + wire.SIGNATURE
        found[magic] = data[at:end]
        at = end
    return found[published.DIRECTORY_MAGIC], found[REFERENCE_MAGIC]

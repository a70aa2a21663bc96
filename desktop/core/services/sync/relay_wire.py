"""The bytes of the package relay, the same on both ends (``docs/packages.md`` for what is
inside a package: the hub never sees that).

A **relayed package** (site → hub) wraps a package file, still age-encrypted to its recipient::

    b"RELAIS-RELAY-1\\n" | u32 header length | header (JSON {site, recipient, size, digest}) |
    the package's bytes | 64-byte Ed25519 signature by the sending site

``site``: the sender's name at the hub; ``recipient``: the recipient installation's fingerprint;
``size`` and ``digest`` (SHA-256, hex) of the package's bytes. The hub checks only this outer
envelope: the signature with the key the site enrolled, the size, the digest, that the
recipient is a site enrolled with it. A **mailbox request** (a site asking for its packages, or
saying which it received) is ``RELAIS-MAILBOX-1`` JSON {site, at, ids} signed by the site
(``wire.seal_json``); the hub refuses one more than ``FRESH_SECONDS`` away from its clock. The
answer to an inbox request is ``wire.pack_items`` of items, each the package's id (36 ASCII
bytes) followed by its bytes.
"""

from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass

from desktop.core.errors import DamagedData
from desktop.core.i18n import translate
from desktop.core.services.sync import wire

RELAY_MAGIC = b"RELAIS-RELAY-1\n"
MAILBOX_MAGIC = b"RELAIS-MAILBOX-1\n"
MAX_PACKAGE = 64 * 1024 * 1024
ID_BYTES = 36
FRESH_SECONDS = 15 * 60


def _bad() -> DamagedData:
    return DamagedData(translate("Sync", "This is not a relayed package, or it is damaged."))


@dataclass(frozen=True)
class Relayed:
    """A relayed package read from its bytes (signature checked by the hub with ``signed``)."""

    site: str
    recipient: str
    digest: str
    package: bytes
    signed: bytes
    signature: bytes


def digest_of(package: bytes) -> str:
    """The SHA-256 of a package's bytes, hex."""
    return hashlib.sha256(package).hexdigest()


def seal_relayed(site: str, recipient: str, package: bytes, sign: wire.Signer) -> bytes:
    """The relayed package's bytes, signed by the sending site."""
    head = json.dumps({"site": site, "recipient": recipient, "size": len(package),
                       "digest": digest_of(package)}, sort_keys=True).encode("utf-8")
    signed = RELAY_MAGIC + struct.pack(">I", len(head)) + head + package
    return signed + sign(signed)


def read_relayed(data: bytes) -> Relayed:
    """Parse a relayed package (one clear line when it is not one, or its size or digest
    differs from the header's)."""
    if not data.startswith(RELAY_MAGIC) or len(data) > MAX_PACKAGE + wire.MAX_HEADER + 100:
        raise _bad()
    at = len(RELAY_MAGIC)
    try:
        (length,) = struct.unpack_from(">I", data, at)
        if length > wire.MAX_HEADER:
            raise _bad()
        head = json.loads(data[at + 4:at + 4 + length].decode("utf-8"))
    except (struct.error, UnicodeDecodeError, ValueError) as exc:
        raise _bad() from exc
    if not isinstance(head, dict) or not all(isinstance(head.get(k), str)
                                             for k in ("site", "recipient", "digest")) or \
            not isinstance(head.get("size"), int) or isinstance(head.get("size"), bool):
        raise _bad()
    start = at + 4 + length
    package, signature = data[start:-wire.SIGNATURE], data[-wire.SIGNATURE:]
    if len(data) < start + wire.SIGNATURE or len(package) != head["size"] or \
            not 0 < head["size"] <= MAX_PACKAGE or digest_of(package) != head["digest"]:
        raise _bad()
    return Relayed(site=head["site"], recipient=head["recipient"][:80], digest=head["digest"],
                   package=package, signed=data[:-wire.SIGNATURE], signature=signature)

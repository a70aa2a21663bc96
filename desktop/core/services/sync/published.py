"""What the hub publishes for every site, signed by its key: the national service directory
(``RELAIS-DIRECTORY-1``), the same bytes on both ends.

A published document is ``magic | u32 length | JSON | 64-byte Ed25519 signature by the hub``
(framed like an acknowledgement, ``wire.seal_json``). The directory's JSON is ``{version,
published_at, providers: [{key, name, kind, region, town, address, contact_person, phone, email,
languages, hours, notes, services, takes_sea, active}]}``: ``version`` numbers the hub's
publications 1, 2, 3…; ``key`` names a provider across versions (its name, region and town,
folded). A site checks the signature with the hub key it kept at enrolment before it reads
anything, and applies only a version newer than the one it applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.core.errors import DamagedData
from desktop.core.i18n import translate
from desktop.core.services.sync import wire

DIRECTORY_MAGIC = b"RELAIS-DIRECTORY-1\n"
MAX_DOCUMENT = 64 * 1024 * 1024
PROVIDER_TEXT = ("name", "kind", "region", "town", "address", "contact_person", "phone",
                 "email", "languages", "hours", "notes")


def _bad() -> DamagedData:
    return DamagedData(translate("Sync", "This is not a directory published by a hub, or it is "
                                         "damaged."))


@dataclass(frozen=True)
class Directory:
    """A published directory read from its bytes (signature not yet checked: ``signed``)."""

    version: int
    published_at: str
    providers: list[dict[str, Any]]
    signed: bytes
    signature: bytes


def seal_directory(version: int, published_at: str, providers: list[dict[str, Any]],
                   sign: wire.Signer) -> bytes:
    """The bytes of directory ``version`` (``providers`` as in the module's docstring)."""
    return wire.seal_json(DIRECTORY_MAGIC, {"version": version, "published_at": published_at,
                                            "providers": providers}, sign)


def _provider(item: Any) -> dict[str, Any]:
    if not isinstance(item, dict) or not isinstance(item.get("key"), str) or \
            not isinstance(item.get("name"), str) or not item["name"].strip():
        raise _bad()
    clean: dict[str, Any] = {"key": item["key"][:300]}
    for name in PROVIDER_TEXT:
        value = item.get(name)
        if value is not None and not isinstance(value, str):
            raise _bad()
        clean[name] = value
    services = item.get("services", [])
    if not isinstance(services, list) or not all(isinstance(s, str) for s in services):
        raise _bad()
    clean["services"] = tuple(services)
    clean["takes_sea"] = item.get("takes_sea") is True
    clean["active"] = item.get("active") is not False
    return clean


def read_directory(data: bytes) -> Directory:
    """Parse a published directory (one clear line when it is not one)."""
    if len(data) > MAX_DOCUMENT:
        raise _bad()
    value, signed, signature = wire.read_json(DIRECTORY_MAGIC, data, _bad())
    version, providers = value.get("version"), value.get("providers")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1 or \
            not isinstance(providers, list) or not isinstance(value.get("published_at"), str):
        raise _bad()
    return Directory(version=version, published_at=value["published_at"],
                     providers=[_provider(item) for item in providers], signed=signed,
                     signature=signature)


def split_after_ack(data: bytes) -> tuple[bytes, bytes]:
    """An acknowledgement file's bytes as (the acknowledgement, what follows it: a published
    directory the hub added, or nothing)."""
    import struct

    at = len(wire.ACK_MAGIC)
    if not data.startswith(wire.ACK_MAGIC) or len(data) < at + 4:
        return data, b""
    (length,) = struct.unpack_from(">I", data, at)
    end = at + 4 + length + wire.SIGNATURE
    return data[:end], data[end:]

"""Talking to the hub over HTTPS with the standard library only (``urllib.request``, ``ssl``):
the desktop needs no HTTP package. Every failure is one line: the hub's own refusal when it
answered, else what went wrong with the line."""

from __future__ import annotations

import json
import ssl
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

from desktop.core.errors import UserError
from desktop.core.i18n import translate

TIMEOUT = 60.0


class HubRefused(UserError):
    """The hub answered with a refusal (``status``; ``ack``: its current acknowledgement, when it
    gave one)."""

    def __init__(self, message: str, status: int, ack: bytes | None) -> None:
        super().__init__(message)
        self.status = status
        self.ack = ack


class LineDown(UserError):
    """The hub could not be reached (or the answer was cut)."""


def _context(url: str, cafile: str | None) -> ssl.SSLContext | None:
    if not url.startswith("https://"):
        return None
    return ssl.create_default_context(cafile=cafile)


def check_url(url: str) -> str:
    """``https://host[:port]`` (or ``http://`` for a hub on this machine or behind a proxy)."""
    parsed = urllib.parse.urlparse(url.strip())
    if parsed.scheme not in ("https", "http") or not parsed.netloc:
        raise UserError(translate("Sync", "Give the hub's address as https://host:port."))
    return url.strip().rstrip("/")


def call(url: str, path: str, *, data: bytes | None = None, content_type: str = "",
         cafile: str | None = None, timeout: float = TIMEOUT, limit: int | None = None) -> bytes:
    """``GET`` (or ``POST data``) ``url + path``; the answer's bytes (at most ``limit`` + 1 of
    them read, when given: the caller refuses a longer answer)."""
    import base64

    request = urllib.request.Request(url + path, data=data, method="POST" if data is not None
                                     else "GET")
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=timeout,
                                    context=_context(url, cafile)) as answer:
            return bytes(answer.read() if limit is None else answer.read(limit + 1))
    except urllib.error.HTTPError as exc:
        try:
            body: Any = json.loads(exc.read() or b"{}")
        except (ValueError, OSError):
            body = {}
        message = body.get("error") if isinstance(body, dict) else None
        ack = body.get("ack") if isinstance(body, dict) else None
        raise HubRefused(str(message or translate("Sync", "The hub answered {status}.").format(
            status=exc.code))[:300], exc.code,
            base64.b64decode(ack) if isinstance(ack, str) else None) from exc
    except (urllib.error.URLError, OSError, ssl.SSLError) as exc:
        why = getattr(exc, "reason", None) or exc
        raise LineDown(translate("Sync", "The hub cannot be reached ({why}): nothing is lost, "
                                         "sync again later or use a file.").format(
            why=str(why)[:200])) from exc

"""``relais hub serve``: the API under uvicorn, HTTPS when a certificate and key are given (or
plain HTTP behind a reverse proxy that does TLS)."""

from __future__ import annotations

from desktop.core.errors import UserError
from desktop.core.i18n import translate
from desktop.hub import schema


def parse_listen(listen: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:8443`` for IPv6) → (host, port)."""
    host, sep, port = listen.rpartition(":")
    if not sep or not port.isdigit() or not 0 < int(port) < 65536:
        raise UserError(translate("Hub", "Give --listen as HOST:PORT, e.g. 0.0.0.0:8443."))
    return host.strip("[]") or "0.0.0.0", int(port)


def serve(url: str, listen: str, cert: str | None = None, key: str | None = None,
          keep_days: int | None = None) -> None:
    """Serve the hub until stopped (its schema must be current: ``relais hub init``);
    relayed packages nobody fetched are deleted after ``keep_days`` days."""
    import uvicorn

    from desktop.hub.app import make_app

    if (cert is None) != (key is None):
        raise UserError(translate("Hub", "Give both --cert and --key for HTTPS, or neither."))
    if schema.current(url) != schema.head():
        raise UserError(translate("Hub", "The hub's database is not initialised or not "
                                         "current: run relais hub init --db URL."))
    host, port = parse_listen(listen)
    if keep_days is not None and not 1 <= keep_days <= 3650:
        raise UserError(translate("Hub", "Give --keep-packages as a number of days from 1 to "
                                         "3650."))
    uvicorn.run(make_app(url, keep_days), host=host, port=port, ssl_certfile=cert, ssl_keyfile=key,
                log_level="warning", access_log=False)

"""The hub's HTTP API (Starlette), what ``relais hub serve`` runs under uvicorn.

``POST /v1/enrol`` (JSON: the one-time code and the site's public keys) → the site's name and the
hub's public keys. ``GET /v1/ack?site=NAME`` → the signed acknowledgement of the highest batch
stored. ``POST /v1/batches`` (a signed batch, ``desktop.core.services.sync.wire``) → its signed
acknowledgement (200), or a refusal: JSON ``{"error": one line}`` with 400 (damaged), 403
(unenrolled or bad signature), 409 (replayed or a gap: the body's ``ack`` field, base64, is the
current acknowledgement), 413 (too large). ``GET /v1/directory?after=N`` → the newest national
directory the hub published, signed (``desktop.core.services.sync.published``), or 204 when
none is newer than version N; ``GET /v1/reference?after=N`` the same for the reference lists
(``desktop/hub/reference.py``). ``POST /v1/relay`` (a relayed package,
``desktop.core.services.sync.relay_wire``) → ``{"id"}``; ``POST /v1/relay/inbox`` and
``/v1/relay/delivered`` (a signed mailbox request) → the site's waiting packages, or how many
acknowledged ones were deleted (``desktop/hub/relay.py``); ``/v1/relay/expired`` (signed
likewise) → the notices of the sender's packages deleted undelivered (``relay_expiry.py``: the
server deletes packages older than ``keep_days`` at start, then every hour). Nothing of a batch
is echoed.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop.core.errors import UserError
from desktop.core.i18n import translate
from desktop.hub import enrolment, hub_keys
from desktop.hub.ingest import Refused, current_ack, receive
from desktop.hub.web.routes import routes as web_routes

MAX_BATCH_BYTES = 64 * 1024 * 1024
ACK_TYPE = "application/x-relais-ack"


def _error(message: str, status: int, ack: bytes | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": message}
    if ack is not None:
        body["ack"] = base64.b64encode(ack).decode()
    return JSONResponse(body, status_code=status)


async def _body(request: Request) -> bytes | None:
    """The request's body, or None past ``MAX_BATCH_BYTES`` (read no further)."""
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BATCH_BYTES:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


EXPIRY_EVERY = 3600.0  # seconds between two sweeps of the relayed packages


def make_app(url: str, keep_days: int | None = None) -> Starlette:
    """The hub's application over the database at ``url``; relayed packages older than
    ``keep_days`` days (default ``relay_expiry.DEFAULT_KEEP_DAYS``) are deleted undelivered."""
    from starlette.concurrency import run_in_threadpool

    from desktop.hub import relay_expiry

    keep = relay_expiry.DEFAULT_KEEP_DAYS if keep_days is None else keep_days

    async def post_batch(request: Request) -> Response:
        data = await _body(request)
        if data is None:
            return _error(translate("Hub", "Refused: the batch is too large."), 413)
        try:
            stored = await run_in_threadpool(receive, url, data, "https")
        except Refused as exc:
            return _error(str(exc), exc.status, exc.ack)
        except UserError as exc:
            return _error(str(exc), 400)
        return Response(stored.ack, media_type=ACK_TYPE)

    async def get_ack(request: Request) -> Response:
        try:
            ack = await run_in_threadpool(current_ack, url, request.query_params.get("site", ""))
        except Refused as exc:
            return _error(str(exc), exc.status)
        return Response(ack, media_type=ACK_TYPE)

    async def post_enrol(request: Request) -> Response:
        data = await _body(request)
        try:
            asked = json.loads(data or b"")
            key = base64.b64decode(asked["signing_key"], validate=True)
            fields = {name: str(asked[name]) for name in (
                "code", "organisation", "site_label", "age_recipient", "fingerprint")}
        except (ValueError, KeyError, TypeError, binascii.Error):
            return _error(translate("Hub", "Refused: not an enrolment request."), 400)
        try:
            done = await run_in_threadpool(lambda: enrolment.enrol(
                url, fields.pop("code"), signing_key=key, **fields))
            hub = await run_in_threadpool(_hub_public, url)
        except UserError as exc:
            return _error(str(exc), 403)
        return JSONResponse({"site": done.name, **hub})

    def published(newest: Any, media_type: str, not_a_version: str) -> Any:
        """``GET …?after=N``: the newest document ``newest(url, N)`` gives, or 204."""
        async def get(request: Request) -> Response:
            try:
                after = int(request.query_params.get("after", "0"))
            except ValueError:
                return _error(not_a_version, 400)
            document = await run_in_threadpool(newest, url, after)
            if document is None:
                return Response(status_code=204)
            return Response(document, media_type=media_type)
        return get

    from desktop.hub import directory, reference

    get_directory = published(directory.newest, "application/x-relais-directory",
                              translate("Hub", "Refused: not a directory version."))
    get_reference = published(reference.newest, "application/x-relais-reference",
                              translate("Hub", "Refused: not a reference lists version."))

    async def relay_call(request: Request, work) -> Response:  # type: ignore[no-untyped-def]
        from desktop.hub.relay import RelayRefused

        data = await _body(request)
        if data is None:
            return _error(translate("Hub", "Refused: the package is too large."), 413)
        try:
            return await run_in_threadpool(work, url, data)
        except RelayRefused as exc:
            return _error(str(exc), exc.status)
        except UserError as exc:
            return _error(str(exc), 400)

    async def post_relay(request: Request) -> Response:
        from desktop.hub import relay

        def work(url: str, data: bytes) -> Response:
            stored = relay.store(url, data)
            return JSONResponse({"id": stored.id, "again": stored.again})
        return await relay_call(request, work)

    async def post_inbox(request: Request) -> Response:
        from desktop.hub import relay

        return await relay_call(request, lambda url, data: Response(
            relay.inbox(url, data), media_type="application/x-relais-packages"))

    async def post_delivered(request: Request) -> Response:
        from desktop.hub import relay

        return await relay_call(request, lambda url, data: JSONResponse(
            {"deleted": relay.delivered(url, data)}))

    async def post_expired(request: Request) -> Response:
        return await relay_call(request, lambda url, data: Response(
            relay_expiry.notices(url, data), media_type="application/json"))

    async def health(_request: Request) -> Response:
        return JSONResponse({"ok": True})

    async def sweep() -> None:
        while True:
            try:
                await run_in_threadpool(relay_expiry.expire, url, keep)
            except UserError as exc:  # the database is away: next hour
                logging.getLogger(__name__).warning("relayed packages not swept: %s", exc)
            await asyncio.sleep(EXPIRY_EVERY)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        task = asyncio.create_task(sweep())
        try:
            yield
        finally:
            task.cancel()

    return Starlette(routes=[
        Route("/v1/batches", post_batch, methods=["POST"]),
        Route("/v1/ack", get_ack, methods=["GET"]),
        Route("/v1/enrol", post_enrol, methods=["POST"]),
        Route("/v1/directory", get_directory, methods=["GET"]),
        Route("/v1/reference", get_reference, methods=["GET"]),
        Route("/v1/relay", post_relay, methods=["POST"]),
        Route("/v1/relay/inbox", post_inbox, methods=["POST"]),
        Route("/v1/relay/delivered", post_delivered, methods=["POST"]),
        Route("/v1/relay/expired", post_expired, methods=["POST"]),
        Route("/v1/health", health, methods=["GET"]),
        *web_routes(url),
    ], lifespan=lifespan)


def _hub_public(url: str) -> dict[str, str]:
    from desktop.hub import db

    with db.session(url) as session:
        keys = hub_keys.load(session)
        return {"hub_signing_key": base64.b64encode(keys.signing_key).decode(),
                "hub_age_recipient": keys.age_recipient, "hub_fingerprint": keys.fingerprint()}
